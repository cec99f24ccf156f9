// The inputs of a run, listed and explained: what is missing, what was passed over and why, and a
// clear word when there is nothing to read at all.
import { listSources, type SourceFile } from "./files";
import type { Reporter } from "./report";

const sample = (names: string[]) => names.slice(0, 3).join(", ") + (names.length > 3 ? ", …" : "");

/** The files to read, or undefined (after saying why) when there are none. */
export async function listInputs(inputs: string[], rep: Reporter, exclude: string[] = []): Promise<SourceFile[] | undefined> {
  const listing = await listSources(inputs, { exclude });
  for (const e of listing.errors) rep.line(`error: ${e}`);
  for (const n of listing.notes) rep.line(`note: ${n}`);
  if (listing.skipped.length) {
    const n = listing.skipped.length;
    rep.line(`note: passed over ${n} hidden or temporary ${n > 1 ? "entries" : "entry"} (${sample(listing.skipped)})`);
  }
  for (const d of listing.emptyFolders) rep.line(`error: ${d}: no files to read in this folder or its subfolders`);
  if (!listing.files.length) {
    // one input already said what is wrong with it
    if (inputs.length > 1 || listing.notes.length) rep.line("error: nothing to read in the files and folders given");
    return undefined;
  }
  return listing.files;
}
