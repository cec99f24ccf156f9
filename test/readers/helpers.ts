import { readFileSync } from "node:fs";
import path from "node:path";

export const FIXTURES = path.join(__dirname, "..", "fixtures", "readers");
export const SEEDS_DIR = path.join(__dirname, "..", "..", "samples", "seeds");
export const fixture = (rel: string) => new Uint8Array(readFileSync(path.join(FIXTURES, rel)));
