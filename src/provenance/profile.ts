/**
 * What a document is about, for story clustering: its names (people,
 * organisations, places), its figures and the years it names, and its rarer
 * dictionary words, each weighted by how much it says — rarity on the web,
 * so a rare surname says more than "NASA" and "isotope" more than "prize" —
 * and its date when trusted. Names weigh most: two reports of one event
 * share their people and places even when they share few words. Each
 * feature keeps the form it was written in, for labels.
 */
import { extractFacts } from "../facts/index.js";
import type { Analysed } from "../match/index.js";
import { type SpinResources, spinResources } from "../spin/index.js";
import { isEnglish, lexicon, UNSPACED } from "../text/index.js";

export interface StoryProfile {
  /** Feature → weight, unit length. Names are `@name`, figures `#value`, years `#y2023`, words their synonym class. */
  features: Record<string, number>;
  /** Feature → how the document wrote it ("Angela Merkel", "isotope"), for labels. */
  forms?: Record<string, string>;
  /** ISO date, when the document has a confident one. */
  date?: string;
}

/** Enough features to hold an event's people, places and figures; more is topic. */
const MAX_FEATURES = 40;
const NAME_WEIGHT = 3;
const FIGURE_WEIGHT = 2;
const YEAR_WEIGHT = 1;
/**
 * Common words are the topic (earthquakes, rates, launches), and recurring
 * events of one kind share it: they count for less than names and figures.
 * Measured on real-news-dev: words at full weight merge its three Fed
 * meetings and three SpaceX launches; at a third they no longer dominate.
 */
const WORD_WEIGHT = 0.3;
/** Only figures this large, or with decimals ("6.8", "0.75"), identify an event; small counts are everywhere. */
const MIN_FIGURE = 100;
const MIN_DATE_CONFIDENCE = 0.5;
/** Web frequency (per million) at which a word or name token stops being distinctive. */
const COMMON_PER_MILLION = 1e4;
/** A name made only of common tokens ("White House") still names something. */
const MIN_NAME_RARITY = 0.3;
/**
 * The web frequencies are English: a word of another language weighs as an
 * unseen word does, so its terms are ranked by how often the text uses them.
 */
const UNSEEN_RARITY = Math.log10(COMMON_PER_MILLION / 0.1);
/** Shortest term: three letters, or two characters in scripts without spaces, where most words have two. */
const MIN_TERM_CHARS = 3;
const MIN_UNSPACED_TERM_CHARS = 2;
const LETTERS_ONLY = /^[\p{L}\p{M}'’]+$/u;

export function storyProfile(doc: Analysed, resources: SpinResources = spinResources()): StoryProfile {
  const weights = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const add = (key: string, w: number, form: string) => {
    weights.set(key, (weights.get(key) ?? 0) + w);
    const f = forms.get(key) ?? new Map<string, number>();
    f.set(form, (f.get(form) ?? 0) + 1);
    forms.set(key, f);
  };
  const rarity = (word: string) => Math.log10(COMMON_PER_MILLION / (resources.webFrequency(word) + 0.1));
  const nameRarity = (word: string) => Math.max(MIN_NAME_RARITY, rarity(word) / 3);
  for (const f of extractFacts(doc.analysis)) {
    // Initials ("U" of "U.S.") are too short to name anything.
    if ((f.kind !== "person" && f.kind !== "name") || f.key.replace(/\P{L}/gu, "").length < 3) continue;
    const words = f.key.split(/\s+/);
    const surface = f.kind === "person" ? f.text.split(/\s+/).slice(-words.length).join(" ") : f.text;
    add(`@${f.key}`, NAME_WEIGHT * Math.max(...words.map(nameRarity)), surface);
    // The last word too, so "Angela Merkel" meets "Merkel".
    const last = words.at(-1) as string;
    if (words.length > 1 && last.length > 2) add(`@${last}`, NAME_WEIGHT * nameRarity(last), surface.split(/\s+/).at(-1) ?? last);
  }
  const lex = lexicon();
  const language = doc.analysis.language;
  const english = language === undefined || isEnglish(language);
  // Dictionary words only in English: a fused scrap ("theU") is no term. Other languages have no dictionary
  // here; their stopword lists keep function words out, and a term is made of letters.
  const isTerm = english
    ? (u: (typeof doc.analysis.units)[number]) => u.norm.length >= MIN_TERM_CHARS && lex.isLemma(u.lemma)
    : (u: (typeof doc.analysis.units)[number]) =>
        u.norm.length >= (UNSPACED.test(u.norm) ? MIN_UNSPACED_TERM_CHARS : MIN_TERM_CHARS) && LETTERS_ONLY.test(u.norm);
  for (const u of doc.analysis.units) {
    const written = doc.analysis.text.slice(u.start, u.end);
    if (u.value !== undefined) {
      if (u.digits && /^(1[89]|20)\d\d$/.test(u.norm)) add(`#y${u.value}`, YEAR_WEIGHT, written);
      else if (u.value >= MIN_FIGURE || !Number.isInteger(u.value)) add(`#${u.value}`, FIGURE_WEIGHT, written);
      continue;
    }
    if (u.stop || u.name || !isTerm(u)) continue;
    // Keyed by synonym class, so a spun report ("vessel" for "ship") still meets its story; shown as written.
    const r = english ? rarity(u.lemma) : UNSEEN_RARITY;
    if (r > 0) add(u.key, WORD_WEIGHT * r, u.lemma);
  }
  // Repetition counts, with diminishing returns, so one long list does not swamp the profile.
  const top = [...weights]
    .map(([k, w]) => [k, Math.sqrt(w)] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, MAX_FEATURES);
  const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
  const date = doc.article.date;
  return {
    features: Object.fromEntries(top.map(([k, w]) => [k, Math.round((w / norm) * 1e4) / 1e4])),
    forms: Object.fromEntries(top.map(([k]) => [k, mostFrequent(forms.get(k) as Map<string, number>)])),
    ...(date && date.confidence >= MIN_DATE_CONFIDENCE ? { date: date.value.slice(0, 10) } : {}),
  };
}

function mostFrequent(counts: Map<string, number>): string {
  let best: [string, number] = ["", -1];
  for (const e of counts) if (e[1] > best[1]) best = e;
  return best[0];
}
