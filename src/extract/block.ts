/** A candidate paragraph on its way from the page to the clean text. */
import { countWords } from "../text/word-count.js";

export interface Block {
  text: string;
  /** The element it came from, when the input was HTML (`p`, `h2`, `li`, `figcaption` …). */
  tag?: string;
  /**
   * For plain text: where the block's characters sit in the raw input, as
   * runs `[offsetInBlock, rawOffset, length]`. Characters between runs (the
   * space that joins two lines) map to no raw character of their own.
   */
  runs?: Run[];
}

export type Run = [blockOffset: number, rawOffset: number, length: number];

/** Sentence-final punctuation, the full-width forms of Chinese and Japanese too. */
const TERMINAL = /[.!?…:;"”’»)\]。！？：；」』）]$/u;

/** Words as every output counts them: space-separated runs, and segmented words in scripts without spaces. */
export function wordCount(text: string): number {
  return countWords(text);
}

/** Ends like a sentence (or a quotation closing one). */
export function endsSentence(text: string): boolean {
  return TERMINAL.test(text.trimEnd());
}

/**
 * A block of running prose: long enough and ending like a sentence.
 * Twelve words is below the shortest news lede yet above any widget or label;
 * headlines run as long but do not end in a full stop.
 */
export function isProse(block: Block): boolean {
  const words = wordCount(block.text);
  return (words >= 12 && endsSentence(block.text)) || words >= 30;
}
