/** The extractors the extraction benchmarks compare: unspun, and plain Readability.js on linkedom. */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extract } from "../../src/extract/index.js";
import type { ExtractionPage } from "./extraction-set.js";
import { rawDocument } from "./raw.js";

export function unspunText(page: ExtractionPage): string {
  return extract(rawDocument(page.id, "html", page.html, { url: page.url })).text;
}

export function readabilityText(page: ExtractionPage): string {
  const { document } = parseHTML(page.html);
  return (new Readability(document as never).parse()?.textContent ?? "").trim();
}
