/**
 * HTML → blocks and page metadata. The cascade, each stage only when the one
 * before fell short:
 * 1. one streaming scan of the page (`page-scan.ts`), which gives the
 *    metadata, and the main-content scorer on it (`content-score.ts`);
 * 2. where the scorer is unsure, Readability.js on a linkedom DOM;
 * 3. the streaming pass over the whole body.
 * Pages nested deeper than browsers allow skip the DOM. A stage that throws
 * is a stage that fell short: the next one takes over, and the problems say
 * so, naming the file.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { errorMessage, type Problem, problem } from "../problems.js";
import type { BoilerplateBlock, Extractor } from "../types.js";
import type { Block } from "./block.js";
import { scoreContent } from "./content-score.js";
import { findDate } from "./dates.js";
import { MAX_DOM_DEPTH, nestingDepth } from "./depth.js";
import { domBlocks } from "./domblocks.js";
import { type PageMeta, readPageMeta } from "./meta.js";
import { type ScannedPage, scanPage } from "./page-scan.js";
import { streamBlocks } from "./stream.js";

export interface HtmlExtraction {
  blocks: Block[];
  meta: PageMeta;
  byline: string | undefined;
  /** The stage whose text this is. */
  extractor: Extractor;
  /** Blocks inside the article that the stage left out, with the reason. */
  removed: BoilerplateBlock[];
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
  const problems: Problem[] = [];
  const depth = nestingDepth(html);
  if (depth > MAX_DOM_DEPTH) {
    const message = `elements nest ${depth} deep (browsers stop at ${MAX_DOM_DEPTH}); extracted without a DOM`;
    problems.push(problem("too-deep", "warning", { file }, message));
  }
  let page: ScannedPage | undefined;
  let meta: PageMeta = { ...NO_META };
  try {
    page = scanPage(html);
    meta = readPageMeta(page.head, now);
  } catch (err) {
    problems.push(problem("extract-fallback", "warning", { file }, `the page could not be scanned (${errorMessage(err)})`));
  }
  const scored = page ? scoreContent(page) : undefined;
  const byline = page ? bylineOf(page) : undefined;
  if (scored?.confident) return { blocks: scored.blocks, meta, byline, extractor: "scorer", removed: scored.removed, problems };

  if (depth > MAX_DOM_DEPTH) return streamed(html, meta, problems);
  let document: DomDocument;
  try {
    document = parseHTML(html).document as unknown as DomDocument;
  } catch (err) {
    return streamed(html, meta, [...problems, fallback(file, `the HTML parser failed (${errorMessage(err)})`)]);
  }
  if (!document.documentElement) {
    // linkedom builds no tree from text without tags, or from a lone comment: it is text, or nothing.
    return streamed(html, meta, [...problems, fallback(file, "no HTML elements in the page: read as text")]);
  }
  try {
    const article = new Readability(document as never, {
      charThreshold: READABILITY_CHAR_THRESHOLD,
      serializer: (el: unknown) => el,
    }).parse() as { content: unknown; title?: string; byline?: string; textContent?: string } | null;
    if (article && (article.textContent ?? "").trim().length >= MIN_ARTICLE_CHARS) {
      meta.title ??= article.title || undefined;
      return {
        blocks: domBlocks(article.content as never),
        meta,
        byline: article.byline ?? undefined,
        extractor: "readability",
        removed: [],
        problems,
      };
    }
  } catch (err) {
    problems.push(fallback(file, `Readability.js failed (${errorMessage(err)})`));
  }
  // The scorer's choice, unsure as it was, still beats the whole body when it found an article's worth.
  if (scored && scored.chars >= MIN_ARTICLE_CHARS)
    return { blocks: scored.blocks, meta, byline, extractor: "scorer", removed: scored.removed, problems };
  return streamed(html, meta, problems);
}

/** A byline names people in a few words; a longer text in a byline's box is an author's biography. */
const MAX_BYLINE_WORDS = 12;

/** A label before the names ("By", "Par", "作者："), read off before judging what is left. */
const BYLINE_LABEL = /^(?:by|von|par|por|di|door|av|przez|автор|作者)\s*[:：]?\s*/iu;

/** The first author line the page marks as one that names someone: not a bare label, a date or a heading of the page. */
function bylineOf(page: ScannedPage): string | undefined {
  return page.head.bylines.find((b) => {
    const names = b.replace(BYLINE_LABEL, "");
    const words = names.split(" ");
    if (words.length > MAX_BYLINE_WORDS || !/\p{L}{2}/u.test(names)) return false;
    const date = findDate(names);
    if (date && date.length > names.length / 2) return false;
    // Names are capitalised (or written in a script without case); "on Deadspin", "AUTHORING" are not names.
    const capitalised = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
    return capitalised >= 2 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(names);
  });
}

interface DomDocument {
  documentElement: unknown;
  title: string;
}

function streamed(html: string, meta: PageMeta, problems: Problem[]): HtmlExtraction {
  return { blocks: streamBlocks(html), meta, byline: undefined, extractor: "stream", removed: [], problems };
}

function fallback(file: string, why: string): Problem {
  return problem("extract-fallback", "warning", { file }, `${why}; text from the streaming extractor`);
}
