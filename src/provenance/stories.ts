/**
 * Stories: documents about one event, copies and independent coverage alike.
 * Clustering is incremental and single-link: a new document joins every
 * story holding a document similar enough to it (or related to it by the
 * reuse engine), merging them if there are several, and starts a story of
 * its own otherwise. Nothing already clustered is compared again.
 */
import { profileSimilarity, type StoryProfile } from "./profile.js";

export interface StoryRow {
  doc: string;
  story: string;
  profile: StoryProfile;
}

export interface Story {
  id: string;
  /** Key names and terms. */
  label: string;
  members: string[];
  /** First and last confident date among the members. */
  span: { start: string; end: string } | undefined;
}

/** Profile similarity at which two documents belong to one story. */
export const STORY_SIMILARITY = 0.4;

export class StoryClusters {
  readonly #rows = new Map<string, StoryRow>();
  readonly #members = new Map<string, Set<string>>();
  /** Feature → documents having it, to find candidates without comparing against everything. */
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
   * Places a document; returns every row that changed (the new one, and the
   * members of stories merged into its story), for the caller to store.
   */
  add(doc: string, profile: StoryProfile, related: readonly string[] = []): StoryRow[] {
    const joined = new Set<string>();
    for (const other of this.#candidates(profile)) {
      const row = this.#rows.get(other) as StoryRow;
      if (profileSimilarity(profile, row.profile) >= STORY_SIMILARITY) joined.add(row.story);
    }
    for (const other of related) {
      const row = this.#rows.get(other);
      if (row) joined.add(row.story);
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

/** The names and terms weighing most across a story's members: three names, then two terms. */
function label(rows: readonly StoryRow[]): string {
  const weights = new Map<string, number>();
  for (const r of rows) for (const [k, w] of Object.entries(r.profile.features)) weights.set(k, (weights.get(k) ?? 0) + w);
  const ranked = [...weights].sort((x, y) => y[1] - x[1]).map(([k]) => k);
  const names: string[] = [];
  for (const k of ranked) {
    if (!k.startsWith("@") || names.length >= 3) continue;
    const name = k.slice(1);
    // "putin" adds nothing to "vladimir putin"; the longer name stands for both.
    const shorter = names.findIndex((n) => name.endsWith(` ${n}`));
    if (shorter >= 0) names[shorter] = name;
    else if (!names.some((n) => n.endsWith(` ${name}`))) names.push(name);
  }
  const terms = ranked.filter((k) => !k.startsWith("@") && !k.startsWith("#")).slice(0, 2);
  const titled = (n: string) => n.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  return [...names.map(titled), ...terms].join(", ");
}
