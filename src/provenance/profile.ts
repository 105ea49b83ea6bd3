/**
 * What a document is about, for story clustering: its names (people,
 * organisations, places) and its rarer content words, weighted by how much
 * they say (web rarity), and its date. Names weigh most: two reports of one
 * event share their people and places even when they share few words.
 */
import { extractFacts } from "../facts/index.js";
import type { Analysed } from "../match/index.js";
import { type SpinResources, spinResources } from "../spin/index.js";

export interface StoryProfile {
  /** Feature → weight, unit length. Names are `@name`, figures `#value`, words their synonym class. */
  features: Record<string, number>;
  /** ISO date, when the document has a confident one. */
  date?: string;
}

const MAX_FEATURES = 40;
const NAME_WEIGHT = 3;
const FIGURE_WEIGHT = 2;
/** Only figures this large identify an event ("100,000 troops"); small ones are everywhere. */
const MIN_FIGURE = 100;
const MIN_DATE_CONFIDENCE = 0.5;

export function storyProfile(doc: Analysed, resources: SpinResources = spinResources()): StoryProfile {
  const weights = new Map<string, number>();
  const add = (key: string, w: number) => weights.set(key, (weights.get(key) ?? 0) + w);
  for (const f of extractFacts(doc.analysis)) {
    // Initials ("U" of "U.S.") are too short to name anything.
    if ((f.kind !== "person" && f.kind !== "name") || f.key.replace(/\P{L}/gu, "").length < 3) continue;
    // The whole name, and its last word, so "Vladimir Putin" meets "Putin".
    const last = f.key.split(/\s+/).pop() as string;
    add(`@${f.key}`, NAME_WEIGHT);
    if (last !== f.key && last.length > 2) add(`@${last}`, NAME_WEIGHT);
  }
  for (const u of doc.analysis.units) {
    if (u.value !== undefined) {
      if (u.value >= MIN_FIGURE && !(u.digits && /^(1[89]|20)\d\d$/.test(u.norm))) add(`#${u.value}`, FIGURE_WEIGHT);
      continue;
    }
    if (u.stop || u.name || u.norm.length < 3) continue;
    const rarity = Math.log10(1e4 / (resources.webFrequency(u.lemma) + 0.1));
    if (rarity > 0) add(u.key, rarity);
  }
  // Repetition counts, with diminishing returns, so one long list does not swamp the profile.
  const top = [...weights]
    .map(([k, w]) => [k, Math.sqrt(w)] as const)
    .sort((x, y) => y[1] - x[1])
    .slice(0, MAX_FEATURES);
  const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
  const date = doc.article.date;
  return {
    features: Object.fromEntries(top.map(([k, w]) => [k, Math.round((w / norm) * 1e4) / 1e4])),
    ...(date && date.confidence >= MIN_DATE_CONFIDENCE ? { date: date.value } : {}),
  };
}

/** Cosine of two profiles, halved when their dates are more than two weeks apart. */
export function profileSimilarity(a: StoryProfile, b: StoryProfile): number {
  let dot = 0;
  for (const [k, w] of Object.entries(a.features)) dot += w * (b.features[k] ?? 0);
  if (a.date && b.date && Math.abs(Date.parse(a.date) - Date.parse(b.date)) > 14 * 86_400_000) dot /= 2;
  return dot;
}
