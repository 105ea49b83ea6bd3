/** Blocks → the clean text, its paragraphs, and (for plain text) the map back to the raw input. */
import type { Paragraph } from "../types.js";
import type { Block } from "./block.js";

export interface Assembled {
  text: string;
  paragraphs: Paragraph[];
  /** Flat triples `textOffset, rawOffset, length`; empty for HTML. */
  sourceMap: number[];
}

const PARAGRAPH_SEPARATOR = "\n\n";

export function assemble(blocks: readonly Block[]): Assembled {
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  const sourceMap: number[] = [];
  let at = 0;
  for (const block of blocks) {
    if (parts.length > 0) at += PARAGRAPH_SEPARATOR.length;
    const paragraph: Paragraph = { start: at, end: at + block.text.length };
    if (block.runs && block.runs.length > 0) {
      const first = block.runs[0] as [number, number, number];
      const last = block.runs[block.runs.length - 1] as [number, number, number];
      paragraph.rawStart = first[1];
      paragraph.rawEnd = last[1] + last[2];
      for (const [offset, raw, length] of block.runs) sourceMap.push(at + offset, raw, length);
    }
    paragraphs.push(paragraph);
    parts.push(block.text);
    at += block.text.length;
  }
  return { text: parts.join(PARAGRAPH_SEPARATOR), paragraphs, sourceMap };
}
