/**
 * The main content of a scanned page, chosen without a DOM. Each paragraph
 * of prose scores the elements above it (more for commas and length, less
 * the further up); an element's score is weighed by its tag and by what its
 * class and id call it, and discounted by the share of its text in links.
 * The best-scoring element, widened to the ancestor that several strong
 * candidates share, plus the siblings that score nearly as well, is the
 * article; inside it, boxes that read as navigation (mostly links, no
 * commas) or call themselves chrome are left out. This is the method of
 * Readability.js (arc90's), on the streaming scan instead of a cloned DOM.
 *
 * The result carries a confidence: a page whose best element holds little
 * prose, or too few paragraphs, is one where the scorer may have picked a
 * teaser box, and the caller asks Readability.js instead.
 */
import type { BoilerplateBlock } from "../types.js";
import type { Block } from "./block.js";
import { CONTENT_HINTS, EXCLUDED_ROLES, EXCLUDED_TAGS, TAG_WEIGHTS } from "./content-hints.js";
import type { PageElement, ScannedPage } from "./page-scan.js";

export interface ScoredContent {
  blocks: Block[];
  /** Blocks inside the article left out of it, with the reason: link boxes and teaser links. */
  removed: BoilerplateBlock[];
  /** Prose characters in the chosen content. */
  chars: number;
  /** Paragraphs of prose scored inside it. */
  paragraphs: number;
  /** Whether the choice is clear enough to stand without a second opinion. */
  confident: boolean;
}

/**
 * How much the scorer needs to stand alone: a news article of four
 * paragraphs and 600 characters of prose is past any teaser, caption box or
 * comment; below that, the DOM pass (Readability.js) takes over. Set on the
 * Scrapinghub pages: lower let teaser boxes through, higher sent most news
 * briefs to the slower pass for no gain.
 */
export const CONFIDENT = { minChars: 300, minParagraphs: 2 };
/**
 * Blocks that score: paragraphs, preformatted text, table cells and text set
 * straight in a container (Readability's choice). List items and headings do
 * not: teaser lists and link blocks are lists of long items with commas.
 */
const SCORED_TAGS: ReadonlySet<string | undefined> = new Set([
  undefined,
  "p",
  "pre",
  "td",
  "div",
  "section",
  "article",
  "blockquote",
  "main",
]);
/** A block shorter than this is not scored: labels, buttons and bylines are not prose. */
const MIN_SCORED_CHARS = 25;
/** Ancestors a paragraph scores. */
const SCORED_LEVELS = 5;
/** Siblings join the top element when they score this share of it (and at least `MIN_SIBLING_SCORE`). */
const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
/** Candidates that, sharing an ancestor in enough numbers, make the ancestor the article. */
const ALTERNATIVES = { considered: 5, needed: 3, share: 0.75 };
/** Boxes inside the article with fewer commas than this are judged by their links. */
const BOX_COMMAS = 10;
/** Link density above which a box is navigation: lower when it does not call itself content. */
const BOX_LINK_DENSITY = { plain: 0.2, content: 0.5 };
/** A block this much in links, and shorter than a paragraph of prose, links elsewhere. */
const LINKED_BLOCK = { density: 0.8, maxChars: 200 };
/** Chrome never holds more than this share of a page's text. */
const MAX_CHROME_SHARE = 0.5;
/** Loose paragraphs beside the article join it when they read as prose. */
const SIBLING_PARAGRAPH = { longChars: 80, maxLinkDensity: 0.25 };

export function scoreContent(page: ScannedPage): ScoredContent {
  const { elements, blocks } = page;
  const excluded = exclusions(elements);
  const score = new Float64Array(elements.length);
  const scored = new Uint8Array(elements.length);
  const weight = elements.map(classWeight);
  const initialise = (e: number) => {
    if (scored[e]) return;
    scored[e] = 1;
    score[e] = (TAG_WEIGHTS[(elements[e] as PageElement).tag] ?? 0) + (weight[e] as number);
  };
  for (const block of blocks) {
    if (block.element < 0 || excluded[block.element] || block.text.length < MIN_SCORED_CHARS || !SCORED_TAGS.has(block.tag)) continue;
    const points = 1 + countCommas(block.text) + Math.min(Math.floor(block.text.length / 100), 3);
    let e = (elements[block.element] as PageElement).parent;
    for (let level = 0; level < SCORED_LEVELS && e >= 0; level++, e = (elements[e] as PageElement).parent) {
      initialise(e);
      score[e] = (score[e] as number) + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  const final = (e: number) => (score[e] as number) * (1 - linkDensity(elements[e] as PageElement));
  const ranked: number[] = [];
  for (let e = 0; e < elements.length; e++) if (scored[e] && !excluded[e]) ranked.push(e);
  ranked.sort((x, y) => final(y) - final(x));
  let top = ranked[0];
  if (top === undefined) return { blocks: [], removed: [], chars: 0, paragraphs: 0, confident: false };
  top = widened(elements, ranked, top, final);

  const chosen = new Uint8Array(elements.length);
  chosen[top] = 1;
  const parent = (elements[top] as PageElement).parent;
  const threshold = Math.max(MIN_SIBLING_SCORE, final(top) * SIBLING_SHARE);
  if (parent >= 0) {
    for (let e = 0; e < elements.length; e++) {
      const el = elements[e] as PageElement;
      if (e === top || el.parent !== parent || excluded[e] || !scored[e]) continue;
      const bonus = el.hints && el.hints === (elements[top] as PageElement).hints ? final(top) * SIBLING_SHARE : 0;
      if (final(e) + bonus >= threshold) chosen[e] = 1;
    }
  }
  addTemplateParts(page, chosen, excluded, top);
  const dropped = boxes(elements, weight, excluded);
  const inside = (e: number): "in" | "out" | "box" => {
    for (let x = e; x >= 0; x = (elements[x] as PageElement).parent) {
      if (dropped[x]) return "box";
      if (chosen[x]) return "in";
    }
    return "out";
  };
  const out: Block[] = [];
  const removed: BoilerplateBlock[] = [];
  let chars = 0;
  let paragraphs = 0;
  for (const block of blocks) {
    if (block.element < 0) continue;
    const where = inside(block.element);
    // Prose beside the article, set straight in its parent or in a paragraph of its own there, belongs to it.
    const beside = block.element === parent || ((elements[block.element] as PageElement).parent === parent && SCORED_TAGS.has(block.tag));
    const loose = where === "out" && parent >= 0 && beside && looseProse(block.text, block.linkChars);
    if (!(where === "in" || loose)) {
      if (where === "box" && inArticle(elements, block.element, chosen)) removed.push({ text: block.text, reason: "navigation" });
      continue;
    }
    const density = block.linkChars / block.text.length;
    // A paragraph that is all link is a teaser for another page ("Who will make the Hall of Fame?").
    if (density >= LINKED_BLOCK.density && block.text.length < LINKED_BLOCK.maxChars) {
      removed.push({ text: block.text, reason: "related-links" });
      continue;
    }
    out.push(block.tag ? { text: block.text, tag: block.tag } : { text: block.text });
    if (block.text.length >= MIN_SCORED_CHARS && density < SIBLING_PARAGRAPH.maxLinkDensity) {
      chars += block.text.length;
      paragraphs++;
    }
  }
  return { blocks: out, removed, chars, paragraphs, confident: chars >= CONFIDENT.minChars && paragraphs >= CONFIDENT.minParagraphs };
}

/** Whether the element is chosen or inside one that is (a dropped box outside the article is simply not the article). */
function inArticle(elements: readonly PageElement[], e: number, chosen: Uint8Array): boolean {
  for (let x = e; x >= 0; x = (elements[x] as PageElement).parent) if (chosen[x]) return true;
  return false;
}

/**
 * The top candidate, or the ancestor it shares with most of the other
 * strong candidates (an article whose paragraphs are split over several
 * wrappers), or a parent that scores higher still.
 */
function widened(elements: readonly PageElement[], ranked: readonly number[], top: number, final: (e: number) => number): number {
  const strong = ranked.slice(1, ALTERNATIVES.considered).filter((e) => final(e) >= final(top) * ALTERNATIVES.share);
  if (strong.length >= ALTERNATIVES.needed) {
    const lineage = (e: number) => {
      const out = new Set<number>();
      for (let x = (elements[e] as PageElement).parent; x >= 0; x = (elements[x] as PageElement).parent) out.add(x);
      return out;
    };
    const lines = strong.map(lineage);
    for (let x = (elements[top] as PageElement).parent; x >= 0; x = (elements[x] as PageElement).parent) {
      if (lines.filter((l) => l.has(x)).length >= ALTERNATIVES.needed) {
        top = x;
        break;
      }
    }
  }
  // Climb while the parent holds more of the article than the child (Readability's rule: stop once a parent
  // scores under a third of the last, and take the first that scores above it).
  let last = final(top);
  for (
    let x = (elements[top] as PageElement).parent;
    x >= 0 && (elements[x] as PageElement).tag !== "body";
    x = (elements[x] as PageElement).parent
  ) {
    const s = final(x);
    if (s === 0) continue;
    if (s < last / 3) break;
    if (s > last) return x;
    last = s;
  }
  return top;
}

/**
 * The other parts of an article the page's template split up: a CMS sets
 * every stretch of the body in the same wrapper (one tag, one class), with
 * figures, embeds or ads between, often at different depths. Wrappers like
 * those holding the chosen paragraphs join the article wherever they are.
 * Only labelled wrappers: a bare `<div>` says nothing of what it holds.
 */
function addTemplateParts(page: ScannedPage, chosen: Uint8Array, excluded: Uint8Array, top: number): void {
  const { elements, blocks } = page;
  const within = (e: number) => inArticle(elements, e, chosen);
  const signature = (e: number) => {
    const el = elements[e] as PageElement;
    // The first class is the template's name for the component ("block-text"); the rest are modifiers.
    const name = el.hints.split(" ")[0];
    return name ? `${el.tag}.${name}` : undefined;
  };
  const wrappers = new Set<string>();
  for (const b of blocks) {
    if (b.element < 0 || b.text.length < MIN_SCORED_CHARS || !SCORED_TAGS.has(b.tag) || !within(b.element)) continue;
    // A <p> is the template's paragraph and its parent the wrapper; a classed <div> may be the paragraph itself.
    const sig = signature(b.tag === "p" ? (elements[b.element] as PageElement).parent : b.element);
    if (sig) wrappers.add(sig);
  }
  if (wrappers.size === 0) return;
  const ancestors = new Set<number>();
  for (let x = top; x >= 0; x = (elements[x] as PageElement).parent) ancestors.add(x);
  elements.forEach((el, e) => {
    if (el.parent < 0 || excluded[e] || ancestors.has(e) || chosen[e]) return;
    const sig = signature(e);
    if (sig && wrappers.has(sig) && !within(e)) chosen[e] = 1;
  });
}

/**
 * Elements never part of the article, with everything inside them:
 * navigation, forms, asides, and what calls itself chrome. A wrapper that
 * holds most of the page's text is not chrome whatever it is called: whole
 * pages sit in a `<form>` (ASP.NET) or under a class such as "header-spacing".
 */
function exclusions(elements: readonly PageElement[]): Uint8Array {
  const out = new Uint8Array(elements.length);
  const total = elements.reduce((n, el) => (el.parent < 0 ? n + el.textChars : n), 0);
  elements.forEach((el, e) => {
    if (el.parent >= 0 && out[el.parent]) out[e] = 1;
    else if (el.hidden) out[e] = 1;
    else if (el.textChars > total * MAX_CHROME_SHARE) return;
    else if (EXCLUDED_TAGS.has(el.tag) || roleOf(el.hints).some((r) => EXCLUDED_ROLES.has(r))) out[e] = 1;
    else if (
      el.tag !== "body" &&
      el.tag !== "article" &&
      el.tag !== "main" &&
      CONTENT_HINTS.unlikely.test(el.hints) &&
      !CONTENT_HINTS.maybe.test(el.hints)
    )
      out[e] = 1;
  });
  return out;
}

/** Boxes inside the article that read as navigation or call themselves chrome: mostly links, no prose. */
function boxes(elements: readonly PageElement[], weight: readonly number[], excluded: Uint8Array): Uint8Array {
  const out = new Uint8Array(elements.length);
  elements.forEach((el, e) => {
    if (excluded[e]) out[e] = 1;
    if (!BOX_TAGS.has(el.tag) || el.commas >= BOX_COMMAS) return;
    const w = weight[e] as number;
    const density = linkDensity(el);
    if (w < 0 || (w < 25 && density > BOX_LINK_DENSITY.plain) || density > BOX_LINK_DENSITY.content) out[e] = 1;
  });
  return out;
}

const BOX_TAGS = new Set(["div", "section", "ul", "ol", "table", "form", "aside", "nav", "header", "footer"]);

function looseProse(text: string, links: number): boolean {
  const density = links / Math.max(1, text.length);
  if (text.length > SIBLING_PARAGRAPH.longChars) return density < SIBLING_PARAGRAPH.maxLinkDensity;
  return density === 0 && /\.( |$)/.test(text);
}

function classWeight(el: PageElement): number {
  if (!el.hints) return 0;
  let w = 0;
  if (CONTENT_HINTS.negative.test(el.hints)) w -= 25;
  if (CONTENT_HINTS.positive.test(el.hints)) w += 25;
  return w;
}

function linkDensity(el: PageElement): number {
  return el.textChars > 0 ? el.linkChars / el.textChars : 0;
}

function roleOf(hints: string): string[] {
  return hints.split(" ");
}

/** Commas of the world's scripts: Latin, Arabic, CJK full-width and small forms. */
function countCommas(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === "," || ch === "\u060C" || ch === "\uFF0C" || ch === "\uFE50" || ch === "\u3001") n++;
  return n;
}
