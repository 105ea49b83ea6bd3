/**
 * The extractors the extraction benchmarks compare: unspun, and plain
 * Readability.js on linkedom, each giving the text and the metadata it found.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extract } from "../../src/extract/index.js";
import type { Article } from "../../src/types.js";
import { rawDocument } from "./raw.js";

export interface Page {
  id: string;
  html: string;
  truth: string;
  url?: string;
}

export interface Extraction {
  text: string;
  title?: string | undefined;
  byline?: string | undefined;
  date?: string | undefined;
}

export function unspunExtraction(page: Page): Extraction & { article: Article } {
  const article = extract(rawDocument(page.id, "html", page.html, page.url ? { url: page.url } : {}));
  return {
    article,
    text: article.text,
    title: article.title,
    byline: article.byline ?? article.authors.join(", "),
    date: article.date?.value,
  };
}

export function readabilityExtraction(page: Page): Extraction {
  const { document } = parseHTML(page.html);
  const r = new Readability(document as never).parse();
  return {
    text: (r?.textContent ?? "").trim(),
    title: r?.title ?? undefined,
    byline: r?.byline ?? undefined,
    date: r?.publishedTime ?? undefined,
  };
}

export function unspunText(page: Page): string {
  return unspunExtraction(page).text;
}
