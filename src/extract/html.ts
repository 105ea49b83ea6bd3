/**
 * HTML → blocks and page metadata. The cascade, each stage only when the one
 * before fell short: Readability.js on linkedom; then a streaming pass over
 * the whole body. Pages nested deeper than browsers allow skip the DOM, and
 * so do pages the DOM cannot hold (tag-less text, a lone comment). A stage
 * that throws is a stage that fell short: the next one takes over, and the
 * problems say so, naming the file.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { errorMessage, type Problem, problem } from "../problems.js";
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

const NO_META: PageMeta = { authors: [], dates: [] };

export function extractHtml(html: string, file: string, now: Date): HtmlExtraction {
  const depth = nestingDepth(html);
  if (depth > MAX_DOM_DEPTH) {
    const note = problem(
      "too-deep",
      "warning",
      { file },
      `elements nest ${depth} deep (browsers stop at ${MAX_DOM_DEPTH}); extracted without a DOM`,
    );
    return streamed(html, { ...NO_META }, [note]);
  }
  let document: DomDocument;
  try {
    document = parseHTML(html).document as unknown as DomDocument;
  } catch (err) {
    return streamed(html, { ...NO_META }, [fallback(file, `the HTML parser failed (${errorMessage(err)})`)]);
  }
  if (!document.documentElement) {
    // linkedom builds no tree from text without tags, or from a lone comment: it is text, or nothing.
    return streamed(html, { ...NO_META }, [fallback(file, "no HTML elements in the page: read as text")]);
  }
  const problems: Problem[] = [];
  let meta: PageMeta;
  // Read before Readability, which rewrites the tree (and can leave it without a root).
  let title: string | undefined;
  try {
    title = document.title || undefined;
    meta = readPageMeta(document as never, now);
  } catch (err) {
    meta = { ...NO_META };
    problems.push(problem("extract-fallback", "warning", { file }, `page metadata could not be read (${errorMessage(err)})`));
  }
  try {
    const article = new Readability(document as never, {
      charThreshold: READABILITY_CHAR_THRESHOLD,
      serializer: (el: unknown) => el,
    }).parse() as { content: unknown; title?: string; byline?: string; textContent?: string } | null;
    if (article && (article.textContent ?? "").trim().length >= MIN_ARTICLE_CHARS) {
      meta.title ??= article.title || title;
      return { blocks: domBlocks(article.content as never), meta, byline: article.byline ?? undefined, problems };
    }
  } catch (err) {
    problems.push(fallback(file, `Readability.js failed (${errorMessage(err)})`));
  }
  meta.title ??= title;
  return streamed(html, meta, problems);
}

interface DomDocument {
  documentElement: unknown;
  title: string;
}

function streamed(html: string, meta: PageMeta, problems: Problem[]): HtmlExtraction {
  return { blocks: streamBlocks(html), meta, byline: undefined, problems };
}

function fallback(file: string, why: string): Problem {
  return problem("extract-fallback", "warning", { file }, `${why}; text from the streaming extractor`);
}
