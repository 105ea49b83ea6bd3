/**
 * The corpus listing's query: sent to GET /api/documents when serving, or
 * answered here over the documents a report embeds, with the store's rules
 * (each word in the title, site or origin; missing values last; ties by id).
 */
import { embeddedListing, get, isReport, type Json } from "./api";

export type Sort = "ingested" | "title" | "date" | "site" | "words" | "copies" | "spin";
export interface ListingQuery {
  q: string;
  spin: string;
  copies: boolean;
  sort: Sort;
  order: "asc" | "desc";
  offset: number;
  limit: number;
}
export const PAGE_SIZE = 50;
export const DEFAULT_QUERY: ListingQuery = { q: "", spin: "", copies: false, sort: "ingested", order: "asc", offset: 0, limit: PAGE_SIZE };
const SORTS: readonly Sort[] = ["ingested", "title", "date", "site", "words", "copies", "spin"];

export interface ListingPage {
  total: number;
  corpus: number;
  documents: Json[];
}

/** The query as URL parameters: the API's, and the corpus view's own address (`#/documents?…`). */
export function toParams(query: ListingQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.q.trim()) p.set("q", query.q.trim());
  if (query.spin) p.set("spin", query.spin);
  if (query.copies) p.set("copies", "true");
  if (query.sort !== "ingested") p.set("sort", query.sort);
  if (query.order !== "asc") p.set("order", query.order);
  if (query.offset > 0) p.set("offset", String(query.offset));
  return p;
}

export function fromParams(p: URLSearchParams): ListingQuery {
  const sort = p.get("sort") as Sort | null;
  const offset = Number(p.get("offset") ?? 0);
  return {
    q: p.get("q") ?? "",
    spin: ["spun", "uncertain", "clean"].includes(p.get("spin") ?? "") ? (p.get("spin") as string) : "",
    copies: p.get("copies") === "true" || p.get("copies") === "1",
    sort: sort && SORTS.includes(sort) ? sort : "ingested",
    order: p.get("order") === "desc" ? "desc" : "asc",
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
    limit: PAGE_SIZE,
  };
}

export async function fetchListing(query: ListingQuery): Promise<ListingPage> {
  if (isReport) return localListing(embeddedListing(), query);
  const p = toParams(query);
  p.set("limit", String(query.limit));
  return get(`/api/documents?${p}`);
}

/** The store's listing over documents held here. */
export function localListing(all: readonly Json[], query: ListingQuery): ListingPage {
  const words = query.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  const matching = all.filter(
    (d) =>
      words.every((w) => [d.title, d.site, d.origin].some((f) => typeof f === "string" && f.toLowerCase().includes(w))) &&
      (!query.spin || d.spin === query.spin) &&
      (!query.copies || d.copies > 0),
  );
  const dir = query.order === "desc" ? -1 : 1;
  const title = (d: Json) => String(d.title ?? d.origin).toLowerCase();
  const compare = (x: unknown, y: unknown) => (x === y ? 0 : (x as string | number) < (y as string | number) ? -1 : 1);
  // Missing values last whichever way; then the key in the asked direction, then the id the same way.
  const keys: Record<Sort, (d: Json) => unknown[]> = {
    ingested: (d) => [d.ingestedAt],
    title: (d) => [title(d)],
    site: (d) => [d.site?.toLowerCase(), title(d)],
    date: (d) => [d.date],
    words: (d) => [d.words],
    copies: (d) => [d.copies],
    spin: (d) => [d.spinScore],
  };
  const key = keys[query.sort];
  const sorted = [...matching].sort((x, y) => {
    const [kx, ky] = [key(x), key(y)];
    const missing = Number(kx[0] === undefined) - Number(ky[0] === undefined);
    if (missing !== 0) return missing;
    for (let i = 0; i < kx.length; i++) {
      const c = compare(kx[i], ky[i]);
      if (c !== 0) return c * dir;
    }
    return compare(x.id, y.id) * dir;
  });
  return { total: matching.length, corpus: all.length, documents: sorted.slice(query.offset, query.offset + query.limit) };
}
