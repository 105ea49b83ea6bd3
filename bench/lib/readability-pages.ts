/**
 * Mozilla Readability's test pages (../shared/data/readability-testpages):
 * HTML with the article text and the metadata Readability's authors expect
 * (title, byline, site name, publication time), and the checks that compare
 * an extraction's metadata with them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export const READABILITY_PAGES = join(import.meta.dirname, "..", "..", "..", "shared", "data", "readability-testpages");

export interface ReadabilityPage {
  id: string;
  html: string;
  truth: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

export function loadReadabilityPages(dir = READABILITY_PAGES): ReadabilityPage[] {
  return readFileSync(join(dir, "gold.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((line) => {
      const r = JSON.parse(line) as { id: string; html_path: string; text: string; metadata: Record<string, string | null> };
      const html = new TextDecoder("utf-8").decode(gunzipSync(readFileSync(join(dir, r.html_path))));
      const m = r.metadata;
      return {
        id: r.id,
        html,
        truth: r.text,
        title: m.title ?? null,
        byline: m.byline ?? null,
        siteName: m.siteName ?? null,
        publishedTime: m.publishedTime ?? null,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const SEPARATOR = /\s+(?:[|\-–—:·»•]|::)\s+/u;

/**
 * The same headline: equal once case and punctuation are set aside, or
 * equal once site names and sections are cut off either end at separators
 * (the expected titles keep "… | Section | Site" on some pages and not on others).
 */
export function sameTitle(ours: string | undefined, gold: string): boolean {
  if (!ours) return false;
  const forms = (t: string) => {
    const parts = t.split(SEPARATOR);
    const out = new Set<string>();
    for (let from = 0; from < parts.length; from++) {
      for (let to = from + 1; to <= parts.length; to++)
        if (from === 0 || to === parts.length) out.add(norm(parts.slice(from, to).join(" ")));
    }
    out.delete("");
    return out;
  };
  const a = forms(ours);
  return [...forms(gold)].some((f) => a.has(f));
}

/** The same author: one names the other (expected bylines carry "By", roles and dates in some pages). */
export function sameByline(ours: string | undefined, gold: string): boolean {
  if (!ours) return false;
  const [x, y] = [norm(ours).replace(/^by /, ""), norm(gold).replace(/^by /, "")];
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

/** The same day. */
export function sameDay(ours: string | undefined, gold: string): boolean {
  const day = /^\d{4}-\d{2}-\d{2}/.test(gold) ? gold.slice(0, 10) : new Date(gold).toISOString().slice(0, 10);
  return ours !== undefined && ours.slice(0, 10) === day;
}
