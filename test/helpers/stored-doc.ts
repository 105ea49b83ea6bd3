/** A stored document with every article field set, for store tests. */
import type { StoredDocument } from "../../src/store/index.js";
import type { Article } from "../../src/types.js";

export function doc(id: string, text = "Some article text here."): StoredDocument {
  const article: Article = {
    id,
    origin: `${id}.txt`,
    sourceId: undefined,
    format: "text",
    status: "ok",
    title: `Title ${id}`,
    byline: undefined,
    authors: [],
    date: { value: "2021-12-30", source: "meta", confidence: 0.9 },
    site: "Example",
    canonicalUrl: undefined,
    url: undefined,
    language: "en",
    wireCredit: undefined,
    copyright: undefined,
    text,
    paragraphs: [{ start: 0, end: text.length }],
    sourceMap: [],
    boilerplate: [],
    problems: [],
  };
  return { article, raw: text, bytes: text.length, ingestedAt: "2026-01-01T00:00:00.000Z" };
}
