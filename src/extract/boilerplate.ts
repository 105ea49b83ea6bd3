/**
 * The line-level boilerplate filter shared by HTML and plain-text input.
 *
 * Prose runs from the first to the last block that reads like prose. Before
 * it lies the header (masthead, widgets, headline); after it the footer
 * (related links, navigation). Rules from `boilerplate-rules.ts` apply
 * everywhere; zone rules apply only in their zone.
 */
import type { BoilerplateBlock, BoilerplateReason } from "../types.js";
import { type Block, endsSentence, isProse, wordCount } from "./block.js";
import { BOILERPLATE_RULES, BOXED_REASONS } from "./boilerplate-rules.js";
import { findDate } from "./dates.js";

export interface ChromeDate {
  value: string;
  /**
   * `masthead`: above the headline, where sites print today's date;
   * `dateline`: between headline and prose; `body`: among the prose.
   */
  zone: "masthead" | "dateline" | "body";
  /** The line names itself as publication information ("Published …", "Updated …"). */
  labelled: boolean;
}

export interface Filtered {
  kept: Block[];
  removed: BoilerplateBlock[];
  title: string | undefined;
  byline: string | undefined;
  masthead: string[];
  dates: ChromeDate[];
}

/** Short, unpunctuated: a label, a name on its own line, a menu entry. */
const FRAGMENT_WORDS = 6;
/** Date lines may carry a weekday and a label ("Updated Monday, …") but little more. */
const DATE_LINE_EXTRA_WORDS = 3;
const PUBLICATION_LABEL = /\b(?:published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|pubblicato)\b/iu;
const BYLINE = /^(?:by|von|par|por|di)\s+\p{Lu}/u;

export function filterBoilerplate(blocks: readonly Block[], knownTitle?: string): Filtered {
  const reasons: Array<BoilerplateReason | undefined> = blocks.map(ruleReason);
  const dates: ChromeDate[] = [];
  const first = blocks.findIndex(isProse);
  const last = findLastIndex(blocks, isProse);
  let title = knownTitle;
  let byline: string | undefined;
  const masthead: string[] = [];

  const dateAt: Array<{ i: number; value: string }> = [];
  blocks.forEach((block, i) => {
    if (reasons[i]) return;
    const date = dateLine(block.text);
    if (date) {
      reasons[i] = "dateline";
      dateAt.push({ i, value: date });
    } else if (i > last && last >= 0 && isFragment(block.text)) {
      reasons[i] = "navigation";
    }
  });

  if (first > 0) {
    const header = blocks
      .slice(0, first)
      .map((b, i) => ({ b, i }))
      .filter(({ i }) => !reasons[i]);
    const titleAt = knownTitle ? header.find(({ b }) => sameText(b.text, knownTitle))?.i : longestHeadline(header);
    for (const { b, i } of header) {
      if (titleAt !== undefined && i === titleAt) {
        title = b.text.trim();
        reasons[i] = "title";
      } else if (BYLINE.test(b.text) && wordCount(b.text) <= 8) {
        byline = b.text.replace(/^\S+\s+/, "").trim();
        reasons[i] = "byline";
      } else if ((titleAt === undefined || i < titleAt) && isFragment(b.text)) {
        masthead.push(b.text.trim());
        reasons[i] = "masthead";
      }
    }
  }
  absorbBoxLabels(blocks, reasons);
  const titleIndex = reasons.indexOf("title");
  for (const { i, value } of dateAt) {
    const labelled = PUBLICATION_LABEL.test((blocks[i] as Block).text);
    const zone =
      first >= 0 && i > first
        ? "body"
        : titleIndex >= 0
          ? i < titleIndex
            ? "masthead"
            : "dateline"
          : knownTitle
            ? "dateline"
            : "masthead";
    dates.push({ value, zone, labelled });
  }

  const kept: Block[] = [];
  const removed: BoilerplateBlock[] = [];
  blocks.forEach((block, i) => {
    const reason = reasons[i];
    if (!reason) kept.push(block);
    else if (reason !== "title") removed.push({ text: block.text, reason });
  });
  return { kept, removed, title, byline, masthead, dates };
}

function ruleReason(block: Block): BoilerplateReason | undefined {
  if (block.tag === "figcaption") return "caption";
  const text = block.text.trim();
  const words = wordCount(text);
  return BOILERPLATE_RULES.find((r) => words <= r.maxWords && r.pattern.test(text))?.reason;
}

/** The date of a line that is nothing but a date (with perhaps a weekday or a label). */
function dateLine(text: string): string | undefined {
  const found = findDate(text);
  if (!found) return undefined;
  const rest = text.slice(0, found.index) + text.slice(found.index + found.length);
  return wordCount(rest.replace(/[^\p{L}\p{N}\s]/gu, " ")) <= DATE_LINE_EXTRA_WORDS ? found.value : undefined;
}

/** In plain text the headline is the longest multi-word line of the header. */
function longestHeadline(header: Array<{ b: Block; i: number }>): number | undefined {
  let best: { i: number; words: number } | undefined;
  for (const { b, i } of header) {
    const words = wordCount(b.text);
    if (words >= 3 && !BYLINE.test(b.text) && (!best || words > best.words)) best = { i, words };
  }
  return best?.i;
}

/** A short label next to a related-links or newsletter block is the box's heading. */
function absorbBoxLabels(blocks: readonly Block[], reasons: Array<BoilerplateReason | undefined>): void {
  for (let i = 0; i < blocks.length; i++) {
    if (reasons[i] || !isFragment((blocks[i] as Block).text)) continue;
    const boxed = [reasons[i - 1], reasons[i + 1]].find((r) => r && BOXED_REASONS.has(r));
    if (boxed) reasons[i] = boxed;
  }
}

export function isFragment(text: string): boolean {
  return wordCount(text) <= FRAGMENT_WORDS && !endsSentence(text);
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  return norm(a) === norm(b);
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
