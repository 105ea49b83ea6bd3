/**
 * Page metadata from the streaming scan: title, authors, site, canonical
 * URL, language and date candidates.
 */
import type { DateSource } from "../types.js";
import { parseMachineDate } from "./dates.js";
import { type JsonLdArticle, readJsonLd } from "./jsonld.js";
import type { PageHead } from "./page-scan.js";
import { siteName } from "./site-name.js";
import { chooseTitle } from "./title.js";

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

/** Meta names (lower-case) that name the author, most specific first; an `article:author` is often a profile URL. */
const AUTHOR_META = [
  "dc:creator",
  "dc.creator",
  "dcterms:creator",
  "dcterm:creator",
  "author",
  "parsely-author",
  "article:author",
  "sailthru.author",
];

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

export function readPageMeta(head: PageHead, now: Date): PageMeta {
  const metas = head.metas;
  const ld = readJsonLd(head.jsonLd);
  const canonical = head.canonical ?? metas.get("og:url");
  const authorMeta = AUTHOR_META.map((k) => metas.get(k)).find((v) => v && !/^https?:/.test(v));
  const site = siteName([metas.get("og:site_name"), ld.publisher, metas.get("application-name")]);
  return {
    title: chooseTitle(head, ld, site),
    authors: ld.authors.length > 0 ? ld.authors : authorMeta ? [authorMeta] : [],
    site,
    canonicalUrl: canonical && /^https?:\/\//i.test(canonical) ? canonical : undefined,
    language: normaliseLanguage(head.lang ?? metas.get("content-language") ?? metas.get("og:locale")),
    dates: dateCandidates(head, ld, now),
  };
}

function dateCandidates(head: PageHead, ld: JsonLdArticle, now: Date): DateCandidate[] {
  const out: DateCandidate[] = [];
  const add = (raw: string | null | undefined, source: DateSource, weight: number) => {
    const value = raw ? parseMachineDate(raw, now) : undefined;
    if (value) out.push({ value, source, weight });
  };
  add(ld.datePublished, "json-ld", 0.95);
  add(ld.dateCreated, "json-ld", 0.85);
  for (const [key, weight] of Object.entries(PUBLISHED_META)) add(head.metas.get(key), "meta", weight);
  for (const t of head.times) add(t.value, "time-element", /publish|pubdate|datepublished|posted/i.test(t.hints) ? 0.85 : 0.65);
  for (const text of head.dateTexts) if (text.length < 200) add(text, "text", 0.55);
  add(ld.dateModified, "json-ld", 0.45);
  return out;
}

function normaliseLanguage(value: string | undefined): string | undefined {
  const m = value ? /^([a-z]{2,3})\b/i.exec(value.trim()) : null;
  return m?.[1]?.toLowerCase();
}
