/**
 * extract: `RawDocument` → `Article`. HTML goes through Readability.js on
 * linkedom, plain text straight to blocks; both then share the same
 * news-specific cleanup: boilerplate filter, fragment joining, metadata.
 */
import { MAX_TEXT_CHARS } from "../ingest/options.js";
import { errorMessage, type Problem, problem } from "../problems.js";
import { detectLanguage } from "../text/language.js";
import { countWords } from "../text/word-count.js";
import type { Article, BoilerplateBlock, Extractor, RawDocument } from "../types.js";
import { assemble } from "./assemble.js";
import type { Block } from "./block.js";
import { filterBoilerplate } from "./boilerplate.js";
import { copyrightHolder, credits, wireCredit } from "./credits.js";
import { findAllDates } from "./dates.js";
import { joinFragments } from "./fragments.js";
import { extractHtml } from "./html.js";
import type { PageMeta } from "./meta.js";
import { textBlocks } from "./plaintext.js";
import { chooseDate } from "./publication-date.js";
import { siteName } from "./site-name.js";
import { streamBlocks } from "./stream.js";

/** Below this many words an extraction is kept but flagged `short`: a brief, or a failed page. */
export const SHORT_ARTICLE_WORDS = 50;
/** A date found only somewhere in the page's text is weak evidence of publication. */
const PROSE_DATE_WEIGHT = 0.25;

export interface ExtractOptions {
  /** The time against which future dates are judged; defaults to now. */
  now?: Date;
}

export type Extracted = { article: Article; problem?: undefined } | { problem: Problem; article?: undefined };

/**
 * `extract`, fenced for batches: a page the cascade still cannot handle, or
 * whose text is larger than any article, becomes a problem naming the
 * document, never an exception that would stop the rest.
 */
export function extractDocument(raw: RawDocument, options: ExtractOptions = {}): Extracted {
  let article: Article;
  try {
    article = extract(raw, options);
  } catch (err) {
    return { problem: problem("extract-failed", "error", { file: raw.origin }, `skipped: extraction failed (${errorMessage(err)})`) };
  }
  if (article.text.length > MAX_TEXT_CHARS) {
    const message = `skipped: ${article.text.length} characters of extracted text is not an article (limit ${MAX_TEXT_CHARS})`;
    return { problem: problem("too-large", "error", { file: raw.origin, stage: "extract" }, message) };
  }
  return { article };
}

export function extract(raw: RawDocument, options: ExtractOptions = {}): Article {
  const now = options.now ?? new Date();
  const problems = [...raw.problems];
  let blocks: Block[];
  let meta: PageMeta = { authors: [], dates: [] };
  let htmlByline: string | undefined;
  let extractor: Extractor = "text";
  let dropped: BoilerplateBlock[] = [];
  if (raw.format === "html") {
    const html = extractHtml(raw.content, raw.origin, now);
    ({ blocks, meta, extractor } = html);
    dropped = html.removed;
    htmlByline = html.byline;
    problems.push(...html.problems);
  } else {
    blocks = textBlocks(raw.content);
  }
  const title = raw.meta.title ?? meta.title;
  const filtered = filterBoilerplate(blocks, raw.format === "html" ? title : undefined);
  const { text, paragraphs, sourceMap } = assemble(joinFragments(filtered.kept));
  const removed = [...dropped, ...filtered.removed];
  const removedText = removed.map((b) => b.text);
  // The page's byline line credits too ("By Jane Doe | AP"), even where it sat outside the article's element.
  const found = credits(text, htmlByline ? [...removed, { text: htmlByline, reason: "byline" }] : removed);
  const words = countWords(text);
  const status = words === 0 ? "empty" : words < SHORT_ARTICLE_WORDS ? "short" : "ok";
  if (status !== "ok") {
    problems.push(
      problem(
        "short-text",
        "warning",
        { file: raw.origin },
        status === "empty" ? "no article text found" : `only ${words} words of article text`,
      ),
    );
  }
  const pageDates = [...meta.dates];
  if (pageDates.length === 0 && filtered.dates.length === 0) {
    const fallback = mostFrequentDate(
      raw.format === "html"
        ? streamBlocks(raw.content)
            .map((b) => b.text)
            .join("\n")
        : text,
      now,
    );
    if (fallback) pageDates.push({ value: fallback, source: "text", weight: PROSE_DATE_WEIGHT });
  }
  const url = raw.meta.url;
  // Authors the page marks up are named on purpose; a byline line is read from the layout.
  const byline = (meta.authors.length > 0 ? meta.authors.join(", ") : undefined) ?? htmlByline ?? filtered.byline;
  return {
    id: raw.id,
    origin: raw.origin,
    sourceId: raw.meta.sourceId,
    format: raw.format,
    status,
    title: inline(title ?? filtered.title),
    byline: inline(byline),
    authors: meta.authors.length > 0 ? meta.authors : byline ? splitAuthors(byline) : [],
    date: chooseDate({ given: raw.meta, page: pageDates, chrome: filtered.dates, url: url ?? meta.canonicalUrl, now }),
    // A masthead line is a site's name only when it reads as one: mastheads also hold buttons, section labels and slogans.
    site: inline(raw.meta.site ?? meta.site) ?? siteName(filtered.masthead.slice(0, 1)) ?? hostOf(url ?? meta.canonicalUrl),
    canonicalUrl: meta.canonicalUrl,
    url,
    // The text over the page's declaration: pages declare their template's language, often not the article's.
    language: detectLanguage(text) ?? meta.language,
    wireCredit: wireCredit(found),
    credits: found,
    copyright: copyrightHolder(removedText),
    text,
    paragraphs,
    sourceMap,
    boilerplate: removed,
    extractor,
    problems,
  };
}

/**
 * Metadata fields are plain text. Anything shaped like a tag in them is
 * markup that leaked (or was planted) into a title, and never belongs.
 */
function inline(value: string | undefined): string | undefined {
  const clean = value
    ?.replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return clean || undefined;
}

/**
 * With no marked-up date, the date a page repeats most (post header, footer,
 * comment stamps all echo it) is the likeliest publication date; ties go to
 * the first printed.
 */
function mostFrequentDate(text: string, now: Date): string | undefined {
  const counts = new Map<string, number>();
  for (const d of findAllDates(text, now)) counts.set(d.value, (counts.get(d.value) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

function splitAuthors(byline: string): string[] {
  return byline
    .replace(/^by\s+/i, "")
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
