/**
 * Rejoins sentences that a scraper cut at inline links: "The finance minister" /
 * "Jane Doe" / "said on Monday …" were one sentence with a linked name.
 */
import { type Block, endsSentence, type Run } from "./block.js";
import { isFragment } from "./boilerplate.js";

const CONTINUES = /^[\p{Ll},;:)\]–—]/u;
const HEADING = /^h[1-6]$/;

export function joinFragments(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    let current = blocks[i] as Block;
    while (i + 1 < blocks.length && shouldJoin(current, blocks[i + 1] as Block, blocks[i + 2])) {
      current = join(current, blocks[i + 1] as Block);
      i++;
    }
    out.push(current);
  }
  return out;
}

function shouldJoin(p: Block, q: Block, r: Block | undefined): boolean {
  if (HEADING.test(p.tag ?? "") || HEADING.test(q.tag ?? "")) return false;
  const pText = p.text.trimEnd();
  if (endsSentence(pText) && !pText.endsWith(",")) return false;
  if (CONTINUES.test(q.text.trimStart())) return true;
  return isFragment(q.text) && r !== undefined && CONTINUES.test(r.text.trimStart());
}

function join(p: Block, q: Block): Block {
  const shift = p.text.length + 1;
  const joined: Block = { text: `${p.text} ${q.text}` };
  if (p.tag) joined.tag = p.tag;
  if (p.runs && q.runs) joined.runs = [...p.runs, ...q.runs.map(([at, raw, len]): Run => [at + shift, raw, len])];
  return joined;
}
