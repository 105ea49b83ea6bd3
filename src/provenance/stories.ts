/**
 * Stories: documents about one event, copies and independent coverage alike.
 *
 * Clustering is incremental and average-link. A new document joins the one
 * story whose members it resembles most on average — features weighted by
 * their rarity across the documents placed so far, so that what every story
 * of a kind shares (a central bank's name, "earthquake") counts for little —
 * when that average reaches `STORY_SIMILARITY`; otherwise it starts a story.
 * Single link, which joined a story through any one similar member, chained
 * unrelated coverage into blobs; an average cannot be carried by one hub.
 * A copy relation joins (and merges) stories outright: copying is the
 * strongest evidence of one event. Time bounds the rest: a document dated
 * more than `STORY_WINDOW_DAYS` from a story's trusted dates joins it only
 * through a copy relation. Nothing placed is compared again, so placing the
 * same documents in the same order always gives the same stories.
 */
import type { StoryProfile } from "./profile.js";

export interface StoryRow {
  doc: string;
  story: string;
  profile: StoryProfile;
}

export interface Story {
  id: string;
  /** Key names and terms, as the members write them. */
  label: string;
  members: string[];
  /** First and last trusted date among the members. */
  span: { start: string; end: string } | undefined;
}

/**
 * Average weighted cosine to a story's members at which a document joins
 * it. Set on real-news-dev and checked on bench/real: lower merges recurring
 * events of one kind (meetings, launches, prizes), higher splits large
 * stories into their wire and local strands.
 */
export const STORY_SIMILARITY = 0.2;
/**
 * News of one event runs for days: later coverage a week on reports a new
 * development, and recurring events of one kind (rate decisions, launches,
 * quarterly results) are weeks apart.
 */
export const STORY_WINDOW_DAYS = 7;

const DAY = 86_400_000;
/** Background documents assumed before any is placed: rarity only tells once a corpus has grown past a handful. */
const PRIOR_DOCUMENTS = 50;

export class StoryClusters {
  readonly #rows = new Map<string, StoryRow>();
  readonly #members = new Map<string, Set<string>>();
  /** Feature → documents having it: candidates without comparing against everything, and rarity across the corpus. */
  readonly #postings = new Map<string, Set<string>>();

  constructor(rows: Iterable<StoryRow> = []) {
    this.apply(rows);
  }

  has(doc: string): boolean {
    return this.#rows.has(doc);
  }

  /** Takes in rows as stored, placed here or by another process: new documents, and documents moved by a merge. */
  apply(rows: Iterable<StoryRow>): void {
    for (const row of rows) {
      const old = this.#rows.get(row.doc);
      if (old && old.story !== row.story) {
        const members = this.#members.get(old.story);
        members?.delete(row.doc);
        if (members?.size === 0) this.#members.delete(old.story);
      }
      this.#index({ doc: row.doc, story: row.story, profile: row.profile });
    }
  }

  /**
   * Places a document, given the documents it is a copy of (or that copy
   * it); returns every row that changed (the new one, and the members of
   * stories merged into its story), for the caller to store.
   */
  add(doc: string, profile: StoryProfile, copies: readonly string[] = []): StoryRow[] {
    const joined = new Set<string>();
    for (const other of copies) {
      const row = this.#rows.get(other);
      if (row) joined.add(row.story);
    }
    if (joined.size === 0) {
      const best = this.#closest(profile);
      if (best) joined.add(best);
    }
    const story = [...joined].sort()[0] ?? `s:${doc.slice(0, 12)}`;
    const changed: StoryRow[] = [];
    for (const other of joined) {
      if (other === story) continue;
      for (const member of this.#members.get(other) ?? []) {
        const row = this.#rows.get(member) as StoryRow;
        row.story = story;
        this.#members.get(story)?.add(member);
        changed.push(row);
      }
      this.#members.delete(other);
    }
    const row = { doc, story, profile };
    this.#index(row);
    changed.push(row);
    return changed;
  }

  stories(): Story[] {
    return [...this.#members].map(([id, docs]) => {
      const rows = [...docs].map((d) => this.#rows.get(d) as StoryRow);
      const days = rows
        .map((r) => r.profile.date)
        .filter((d): d is string => d !== undefined)
        .sort();
      return {
        id,
        label: label(rows),
        members: rows.map((r) => r.doc).sort(),
        span: days.length > 0 ? { start: days[0] as string, end: days[days.length - 1] as string } : undefined,
      };
    });
  }

  /** The story the profile resembles most on average, when enough, among those in its time window. */
  #closest(profile: StoryProfile): string | undefined {
    const weigh = this.#rarityWeights(profile);
    const mine = normalised(profile.features, weigh);
    const stories = new Set<string>();
    for (const other of this.#candidates(profile)) stories.add((this.#rows.get(other) as StoryRow).story);
    // A member sharing no feature adds nothing to the average but its count: only those sharing one are scored.
    const sharing = new Set<string>();
    for (const f of mine.keys()) for (const doc of this.#postings.get(f) ?? []) sharing.add(doc);
    let best: { story: string; score: number } | undefined;
    for (const story of [...stories].sort()) {
      const members = [...(this.#members.get(story) ?? [])].map((m) => this.#rows.get(m) as StoryRow);
      if (!inWindow(profile.date, members)) continue;
      let sum = 0;
      for (const m of members) if (sharing.has(m.doc)) sum += cosineTo(mine, m.profile.features, weigh);
      const score = sum / members.length;
      if (score >= STORY_SIMILARITY && (!best || score > best.score)) best = { story, score };
    }
    return best?.story;
  }

  /**
   * How rare each feature is among the documents placed: log(1 + N / df),
   * over the corpus plus `PRIOR_DOCUMENTS` in which no feature occurs, so
   * that a corpus of a few documents (where everything shared looks common)
   * weighs features nearly alike.
   */
  #rarityWeights(profile: StoryProfile): (feature: string) => number {
    const n = this.#rows.size + 1 + PRIOR_DOCUMENTS;
    const cache = new Map<string, number>();
    return (f) => {
      let w = cache.get(f);
      if (w === undefined) {
        const df = (this.#postings.get(f)?.size ?? 0) + (profile.features[f] !== undefined ? 1 : 0);
        w = Math.log(1 + n / (df + 1));
        cache.set(f, w);
      }
      return w;
    };
  }

  #index(row: StoryRow): void {
    this.#rows.set(row.doc, row);
    const members = this.#members.get(row.story);
    if (members) members.add(row.doc);
    else this.#members.set(row.story, new Set([row.doc]));
    for (const f of Object.keys(row.profile.features)) {
      const set = this.#postings.get(f);
      if (set) set.add(row.doc);
      else this.#postings.set(f, new Set([row.doc]));
    }
  }

  /** Documents sharing a name or a figure with the profile: a story without one in common is another story. */
  #candidates(profile: StoryProfile): Set<string> {
    const out = new Set<string>();
    for (const f of Object.keys(profile.features)) {
      if (!f.startsWith("@") && !f.startsWith("#")) continue;
      for (const doc of this.#postings.get(f) ?? []) out.add(doc);
    }
    return out;
  }
}

/** A dated document fits a story whose trusted dates lie within the window; an undated one, or an undated story, fits any. */
function inWindow(date: string | undefined, members: readonly StoryRow[]): boolean {
  if (!date) return true;
  const at = Date.parse(date);
  const dated = members.map((m) => m.profile.date).filter((d): d is string => d !== undefined);
  return dated.length === 0 || dated.some((d) => Math.abs(Date.parse(d) - at) <= STORY_WINDOW_DAYS * DAY);
}

function normalised(features: Record<string, number>, weigh: (f: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const k in features) {
    const w = (features[k] as number) * weigh(k);
    v.set(k, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of v) v.set(k, w / norm);
  return v;
}

/**
 * The cosine of a normalised vector and a member's weighted features, in one
 * pass over the member's features and without building its vector: a story
 * is scored against every member for every document placed near it.
 */
function cosineTo(mine: ReadonlyMap<string, number>, features: Record<string, number>, weigh: (f: string) => number): number {
  let dot = 0;
  let norm = 0;
  for (const k in features) {
    const w = (features[k] as number) * weigh(k);
    norm += w * w;
    const x = mine.get(k);
    if (x !== undefined) dot += x * w;
  }
  return norm > 0 ? dot / Math.sqrt(norm) : 0;
}

/**
 * The names and terms weighing most across a story's members, written as
 * the members write them: three names, then two terms. Case and apostrophe
 * variants are one feature already (features are lower-cased, possessives dropped).
 */
function label(rows: readonly StoryRow[]): string {
  const weights = new Map<string, number>();
  const forms = new Map<string, string>();
  for (const r of rows) {
    for (const [k, w] of Object.entries(r.profile.features)) {
      weights.set(k, (weights.get(k) ?? 0) + w);
      const form = r.profile.forms?.[k];
      if (form && !forms.has(k)) forms.set(k, form);
    }
  }
  const ranked = [...weights].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k]) => k);
  const names: string[] = [];
  for (const k of ranked) {
    if (!k.startsWith("@") || names.length >= 3) continue;
    const name = k.slice(1);
    // "merkel" adds nothing to "angela merkel"; the longer name stands for both.
    const shorter = names.findIndex((n) => name.endsWith(` ${n}`));
    if (shorter >= 0) names[shorter] = name;
    else if (!names.some((n) => n.endsWith(` ${name}`))) names.push(name);
  }
  const terms = ranked.filter((k) => !k.startsWith("@") && !k.startsWith("#")).slice(0, 2);
  const shown = (k: string) => forms.get(k) ?? k.replace(/^@/, "");
  return [...names.map((n) => shown(`@${n}`)), ...terms.map(shown)].join(", ");
}
