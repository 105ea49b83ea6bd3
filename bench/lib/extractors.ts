/** The extractors the extraction benchmarks compare: unspun, and plain Readability.js on linkedom. */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extract } from "../../src/extract/index.js";
import type { ExtractionPage } from "./extraction-set.js";

export function unspunText(page: ExtractionPage): string {
  const article = extract({
    id: page.id,
    origin: page.id,
    format: "html",
    content: page.html,
    bytes: page.html.length,
    meta: { url: page.url },
    problems: [],
  });
  return article.text;
}

export function readabilityText(page: ExtractionPage): string {
  const { document } = parseHTML(page.html);
  return (new Readability(document as never).parse()?.textContent ?? "").trim();
}
