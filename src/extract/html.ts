/**
 * HTML → blocks and page metadata. The cascade, each stage only when the one
 * before fell short: Readability.js on linkedom; then a streaming pass over
 * the whole body. Pages nested deeper than browsers allow skip the DOM.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { type Problem, problem } from "../problems.js";
import type { Block } from "./block.js";
import { MAX_DOM_DEPTH, nestingDepth } from "./depth.js";
import { domBlocks } from "./domblocks.js";
import { type PageMeta, readPageMeta } from "./meta.js";
import { streamBlocks } from "./stream.js";

export interface HtmlExtraction {
  blocks: Block[];
  meta: PageMeta;
  byline: string | undefined;
  problems: Problem[];
}

/**
 * Readability gives up on articles shorter than this many characters; news
 * briefs of two or three paragraphs still deserve its cleanup, so the bar is
 * lower than its default of 500.
 */
const READABILITY_CHAR_THRESHOLD = 250;
/** Below this much text Readability has likely picked a teaser box, not the article. */
const MIN_ARTICLE_CHARS = 200;

export function extractHtml(html: string, file: string, now: Date): HtmlExtraction {
  const depth = nestingDepth(html);
  if (depth > MAX_DOM_DEPTH) {
    const note = problem(
      "too-deep",
      "warning",
      { file },
      `elements nest ${depth} deep (browsers stop at ${MAX_DOM_DEPTH}); extracted without a DOM`,
    );
    return { blocks: streamBlocks(html), meta: { authors: [], dates: [] }, byline: undefined, problems: [note] };
  }
  const { document } = parseHTML(html);
  const meta = readPageMeta(document as never, now);
  const article = new Readability(document as never, {
    charThreshold: READABILITY_CHAR_THRESHOLD,
    serializer: (el: unknown) => el,
  }).parse() as { content: unknown; title?: string; byline?: string; textContent?: string } | null;
  if (article && (article.textContent ?? "").trim().length >= MIN_ARTICLE_CHARS) {
    meta.title ??= article.title || undefined;
    return { blocks: domBlocks(article.content as never), meta, byline: article.byline ?? undefined, problems: [] };
  }
  meta.title ??= (document as unknown as { title: string }).title || undefined;
  return { blocks: streamBlocks(html), meta, byline: undefined, problems: [] };
}
