// Writing a book to disk: to a temporary file in the same folder, renamed over the old one only
// once complete, so a failed write never leaves half a book over a good one.
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { WorkbookPlan } from "../../core/workbook/plan";
import { writePlanToBuffer } from "./writePlan";

/** `plan` as placed in the book (placeInBook); `base`: that book's bytes, when it existed. */
export async function writeBookAtomically(plan: WorkbookPlan, file: string, base?: Buffer): Promise<void> {
  const bytes = await writePlanToBuffer(plan, base);
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}
