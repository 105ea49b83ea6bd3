import { walk } from "./files.js";

/** How many files the inputs hold (`-` counts as one), for a progress bar's total. */
export async function countFiles(inputs: readonly string[]): Promise<number> {
  let n = 0;
  for (const input of inputs) {
    if (input === "-") n++;
    else for await (const entry of walk(input)) if (typeof entry === "string") n++;
  }
  return n;
}
