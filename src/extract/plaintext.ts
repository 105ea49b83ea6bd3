/**
 * Plain text → blocks. Each non-blank line is a paragraph, the way scraped
 * news is stored, except where a blank-line group is hard-wrapped prose (every
 * line but the last filled to a similar width), which is rejoined.
 */
import type { Block, Run } from "./block.js";

/** Hard-wrapped text fills lines to 60–80 columns; news paragraphs on one line run longer. */
const WRAP_MIN = 40;
const WRAP_MAX = 100;

export function textBlocks(raw: string): Block[] {
  const lines = splitLines(raw);
  const blocks: Block[] = [];
  let group: Block[] = [];
  const flush = () => {
    blocks.push(...(isHardWrapped(group) ? [mergeGroup(group)] : group));
    group = [];
  };
  for (const line of lines) {
    if (line.text === "") flush();
    else group.push(line);
  }
  flush();
  return blocks;
}

/** Lines with their raw offsets, accepting LF, CRLF and lone CR ends; text trimmed. */
function splitLines(raw: string): Block[] {
  const out: Block[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const m = re.exec(raw);
    const end = m ? m.index : raw.length;
    const line = raw.slice(start, end);
    const lead = line.length - line.trimStart().length;
    const text = line.trim();
    out.push(text === "" ? { text } : { text, runs: [[0, start + lead, text.length]] });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

function isHardWrapped(group: Block[]): boolean {
  if (group.length < 2) return false;
  return group.slice(0, -1).every((b) => b.text.length >= WRAP_MIN && b.text.length <= WRAP_MAX);
}

function mergeGroup(group: Block[]): Block {
  const runs: Run[] = [];
  let text = "";
  for (const b of group) {
    if (text) text += " ";
    for (const [at, raw, len] of b.runs ?? []) runs.push([text.length + at, raw, len]);
    text += b.text;
  }
  return { text, runs };
}
