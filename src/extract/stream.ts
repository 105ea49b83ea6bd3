/**
 * A linear, non-recursive HTML → blocks pass: a tag tokenizer over the raw
 * source. Used when a page is too deep for the DOM or when Readability finds
 * no article. htmlparser2 is not used here because its element stack makes
 * 100,000 nested elements take seconds.
 */
import { decodeHTML } from "entities";
import type { Block } from "./block.js";
import { BLOCK_TAGS, RAW_TEXT, TAG_TOKEN } from "./page-scan.js";

const TOKEN = new RegExp(TAG_TOKEN.source, "g");
export function streamBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  let buffer = "";
  let tag: string | undefined;
  const flush = (next: string | undefined) => {
    const text = decodeHTML(buffer).replace(/\s+/g, " ").trim();
    if (text) blocks.push(tag ? { text, tag } : { text });
    buffer = "";
    tag = next;
  };
  const lower = html.toLowerCase();
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    buffer += html.slice(at, m.index);
    at = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    if (m[1] !== "/" && RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, at);
      at = close < 0 ? html.length : close;
      TOKEN.lastIndex = at;
    } else if (BLOCK_TAGS.has(name)) {
      flush(m[1] === "/" ? undefined : name);
    }
  }
  buffer += html.slice(at);
  flush(undefined);
  return blocks;
}
