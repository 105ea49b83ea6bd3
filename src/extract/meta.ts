/**
 * Page metadata read from the document head before Readability rewrites the
 * DOM: title, authors, site, canonical URL, language and date candidates.
 */
import type { DateSource } from "../types.js";
import { parseMachineDate } from "./dates.js";
import { type JsonLdArticle, readJsonLd } from "./jsonld.js";

export interface DateCandidate {
  value: string;
  source: DateSource;
  /** Trust in this kind of evidence as the publication date, before any checks. */
  weight: number;
}

export interface PageMeta {
  title?: string;
  authors: string[];
  site?: string;
  canonicalUrl?: string;
  language?: string;
  dates: DateCandidate[];
}

/** Meta names (lower-case) that carry the publication date, with the trust each has earned. */
const PUBLISHED_META: Record<string, number> = {
  "article:published_time": 0.9,
  "og:published_time": 0.9,
  "og:article:published_time": 0.9,
  datepublished: 0.9,
  "article.published": 0.85,
  "parsely-pub-date": 0.85,
  "sailthru.date": 0.8,
  pubdate: 0.85,
  publishdate: 0.85,
  "publish-date": 0.85,
  publish_date: 0.85,
  "dc.date.issued": 0.8,
  "dcterms.issued": 0.8,
  "dc.date.created": 0.8,
  "dcterms.created": 0.8,
  "dc.date": 0.75,
  "dcterms.date": 0.75,
  date: 0.7,
  citation_publication_date: 0.8,
  citation_date: 0.75,
  created: 0.6,
  "article:modified_time": 0.45,
  "og:updated_time": 0.4,
  datemodified: 0.45,
  "last-modified": 0.35,
};

/** Elements whose class or id says they hold a date: bylines, post meta, time stamps. */
const DATE_CLASS_SELECTOR = ["date", "time", "publish", "posted", "byline", "meta", "datum"]
  .map((w) => `[class*="${w}"],[id*="${w}"]`)
  .join(",");
const MAX_DATE_ELEMENTS = 40;

interface DomLike {
  querySelectorAll(selector: string): Iterable<ElementLike>;
  querySelector(selector: string): ElementLike | null;
  documentElement: ElementLike | null;
}
interface ElementLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

export function readPageMeta(doc: DomLike, now: Date): PageMeta {
  const metas = new Map<string, string>();
  for (const el of doc.querySelectorAll("meta")) {
    const key = (
      el.getAttribute("property") ??
      el.getAttribute("name") ??
      el.getAttribute("itemprop") ??
      el.getAttribute("http-equiv")
    )?.toLowerCase();
    const content = el.getAttribute("content")?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const ld = readJsonLd([...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ""));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? metas.get("og:url");
  const authorMeta = metas.get("author") ?? metas.get("article:author") ?? metas.get("parsely-author") ?? metas.get("dc.creator");
  return {
    title: ld.headline ?? metas.get("og:title") ?? metas.get("twitter:title"),
    authors: ld.authors.length > 0 ? ld.authors : authorMeta && !/^https?:/.test(authorMeta) ? [authorMeta] : [],
    site: metas.get("og:site_name") ?? ld.publisher ?? metas.get("application-name"),
    canonicalUrl: canonical && /^https?:\/\//i.test(canonical) ? canonical : undefined,
    language: normaliseLanguage(doc.documentElement?.getAttribute("lang") ?? metas.get("content-language") ?? metas.get("og:locale")),
    dates: dateCandidates(doc, metas, ld, now),
  };
}

function dateCandidates(doc: DomLike, metas: Map<string, string>, ld: JsonLdArticle, now: Date): DateCandidate[] {
  const out: DateCandidate[] = [];
  const add = (raw: string | null | undefined, source: DateSource, weight: number) => {
    const value = raw ? parseMachineDate(raw, now) : undefined;
    if (value) out.push({ value, source, weight });
  };
  add(ld.datePublished, "json-ld", 0.95);
  add(ld.dateCreated, "json-ld", 0.85);
  for (const [key, weight] of Object.entries(PUBLISHED_META)) add(metas.get(key), "meta", weight);
  for (const el of doc.querySelectorAll("time[datetime], [itemprop='datePublished']")) {
    const publishedHint = /publish|pubdate|datePublished|posted/i.test(
      `${el.getAttribute("itemprop") ?? ""} ${el.getAttribute("class") ?? ""} ${el.getAttribute("pubdate") === null ? "" : "pubdate"}`,
    );
    add(el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.textContent, "time-element", publishedHint ? 0.85 : 0.65);
  }
  let scanned = 0;
  for (const el of doc.querySelectorAll(DATE_CLASS_SELECTOR)) {
    const text = el.textContent ?? "";
    if (text.length > 0 && text.length < 200) add(text, "text", 0.55);
    if (++scanned >= MAX_DATE_ELEMENTS) break;
  }
  add(ld.dateModified, "json-ld", 0.45);
  return out;
}

function normaliseLanguage(value: string | undefined): string | undefined {
  const m = value ? /^([a-z]{2,3})\b/i.exec(value.trim()) : null;
  return m?.[1]?.toLowerCase();
}
