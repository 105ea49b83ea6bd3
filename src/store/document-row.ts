/** A document's indexed columns, as both stores keep them beside the stored JSON. */
import { countWords } from "../text/word-count.js";
import type { StoredDocument } from "./store.js";

export function documentRow(doc: StoredDocument): DocumentRow {
  const a = doc.article;
  return {
    id: a.id,
    origin: a.origin,
    format: a.format,
    status: a.status,
    title: a.title ?? null,
    site: a.site ?? null,
    date: a.date?.value ?? null,
    dateConfidence: a.date?.confidence ?? null,
    words: countWords(a.text),
    bytes: doc.bytes,
    ingestedAt: doc.ingestedAt,
    article: JSON.stringify(a),
    raw: doc.raw,
  };
}

export interface DocumentRow {
  id: string;
  origin: string;
  format: string;
  status: string;
  title: string | null;
  site: string | null;
  date: string | null;
  dateConfidence: number | null;
  words: number;
  bytes: number;
  ingestedAt: string;
  article: string;
  raw: string;
}
