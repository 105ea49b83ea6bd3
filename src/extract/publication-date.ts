/**
 * Chooses the publication date from every candidate, weighted by how far its
 * source can be trusted, and lowers the confidence of dates that cannot be
 * right: later than the crawl, or printed in the site's masthead.
 */
import type { DateInfo, GivenMetadata } from "../types.js";
import type { ChromeDate } from "./boilerplate.js";
import { parseMachineDate } from "./dates.js";
import type { DateCandidate } from "./meta.js";

/** Trust in dates by where they sat in the text, for lack of markup. */
const ZONE_WEIGHT = { masthead: 0.15, dateline: 0.6, body: 0.3 } as const;
const LABELLED_BONUS = 0.1;
/** A date later than the crawl can only be a widget showing "today" or a fake. */
const AFTER_CRAWL_CONFIDENCE = 0.05;
const URL_DATE = /\/((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:\/|[_-]|\.html?|$)/;

export interface DateEvidence {
  given: GivenMetadata;
  page: DateCandidate[];
  chrome: ChromeDate[];
  url: string | undefined;
  now: Date;
}

export function chooseDate(e: DateEvidence): DateInfo | undefined {
  const candidates: DateCandidate[] = [...e.page];
  const given = e.given.date ? parseMachineDate(e.given.date, e.now) : undefined;
  if (given) candidates.push({ value: given, source: "given", weight: 0.9 });
  const m = e.url ? URL_DATE.exec(e.url) : null;
  if (m) candidates.push({ value: `${m[1]}-${m[2]}-${m[3]}`, source: "url", weight: 0.75 });
  for (const d of e.chrome) {
    const weight = ZONE_WEIGHT[d.zone] + (d.labelled ? LABELLED_BONUS : 0);
    candidates.push({ value: d.value, source: d.zone === "masthead" && !d.labelled ? "site-chrome" : "text", weight });
  }
  const best = candidates.sort((a, b) => b.weight - a.weight)[0];
  if (!best) return undefined;
  const info: DateInfo = { value: best.value, source: best.source, confidence: best.weight };
  if (best.source === "site-chrome") info.note = "printed in the site's masthead, not in the article";
  const crawl = e.given.crawledAt ? e.given.crawledAt.slice(0, 10) : undefined;
  const limit = crawl ?? e.now.toISOString().slice(0, 10);
  if (best.value > limit) {
    info.confidence = AFTER_CRAWL_CONFIDENCE;
    info.note = crawl ? `later than the crawl date ${crawl}` : "in the future";
  }
  return info;
}
