/**
 * The one word count every output gives (`ls`, `show`, `extract`, `spin`,
 * the store): runs of non-space characters in the extracted text, and in
 * scripts written without spaces the words `Intl.Segmenter` finds.
 */
import { segmentWords, UNSPACED } from "./tokens.js";

export function countWords(text: string): number {
  const runs = text.match(/\S+/g) ?? [];
  if (!UNSPACED.test(text)) return runs.length;
  // Scripts written without spaces: a run counts the words the segmenter finds in it.
  let n = 0;
  for (const run of runs) n += UNSPACED.test(run) ? Math.max(1, segmentWords(run).length) : 1;
  return n;
}
