/**
 * Quotations: the spans of a text inside quotation marks. Two reports of one
 * event quote the same statement word for word without either copying the
 * other, so later stages need to know which words are a third party's.
 *
 * Marks, as data: straight and curly double quotes, « » and » «, „ “ and „ ”,
 * and single quotes (‘ ’ and straight ') where they cannot be apostrophes.
 * Quotes nested inside a quotation belong to it. News style opens every
 * paragraph of a long quotation and closes only the last, so a quotation still
 * open at a paragraph's end continues when the next paragraph opens with a
 * mark; one left open with no such continuation ends with its paragraph, and
 * is dropped when it would run on for longer than any quoted sentence does.
 */

export interface QuoteSpan {
  /** Character offsets, marks included. */
  start: number;
  end: number;
}

/** Opening double marks and the closers each accepts (misencoded or mixed pairs are common on the web). */
const DOUBLE: Record<string, string> = {
  '"': '"”“',
  "“": '”"“',
  "„": '“”"',
  "«": "»",
  "»": "«",
  "‟": '”"',
  "＂": "＂",
};
/** An unterminated quotation longer than this many characters is a stray mark, not a quotation. */
const MAX_OPEN_QUOTE_CHARS = 600;
/** Single-quoted spans shorter than this many words are scare quotes or apostrophes more often than speech. */
const MIN_SINGLE_QUOTE_WORDS = 3;

export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let continuing = false;
  for (const para of paragraphs(text)) {
    const found = paragraphQuotes(text, para.start, para.end, continuing);
    spans.push(...found.spans);
    continuing = found.open;
  }
  return spans;
}

function* paragraphs(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  for (let nl = text.indexOf("\n", start); nl >= 0; nl = text.indexOf("\n", start)) {
    if (nl > start) yield { start, end: nl };
    start = nl + 1;
  }
  if (start < text.length) yield { start, end: text.length };
}

/**
 * The quotations of one paragraph. `continuing`: the last paragraph ended
 * inside a quotation, so a closing mark met before any opening one ends it.
 */
function paragraphQuotes(text: string, from: number, to: number, continuing: boolean): { spans: QuoteSpan[]; open: boolean } {
  const spans: QuoteSpan[] = [];
  let open: { at: number; closers: string } | undefined;
  let i = from;
  while (i < to) {
    const c = text[i] as string;
    if (open) {
      if (open.closers.includes(c) && (c !== '"' || !opensHere(text, i, to))) {
        spans.push({ start: open.at, end: i + 1 });
        open = undefined;
      }
      i++;
      continue;
    }
    const closers = DOUBLE[c];
    if (closers && (c !== '"' || opensHere(text, i, to) || !closesHere(text, i))) {
      open = { at: i, closers };
      i++;
      continue;
    }
    if (continuing && spans.length === 0 && '”"»'.includes(c) && closesHere(text, i)) {
      spans.push({ start: from, end: i + 1 });
      i++;
      continue;
    }
    if (c === "‘" || c === "'") {
      const end = singleQuoteEnd(text, i, to);
      if (end > 0) {
        spans.push({ start: i, end });
        i = end;
        continue;
      }
    }
    i++;
  }
  if (!open) return { spans, open: false };
  // Open at the paragraph's end: a quotation that goes on in the next paragraph, or ends with this one.
  const next = nextParagraphStart(text, to);
  const carries = next !== undefined && DOUBLE[text[next] as string] !== undefined;
  if (carries || to - open.at <= MAX_OPEN_QUOTE_CHARS) spans.push({ start: open.at, end: to });
  return { spans, open: carries };
}

/** A straight mark opens where a word follows it and none precedes it. */
function opensHere(text: string, i: number, to: number): boolean {
  const before = i === 0 ? " " : (text[i - 1] as string);
  const after = i + 1 < to ? (text[i + 1] as string) : " ";
  return /[\s([{—–-]/u.test(before) && /[\p{L}\p{N}'‘…]/u.test(after);
}

/** A closing mark follows a word or a sentence's end. */
function closesHere(text: string, i: number): boolean {
  return i > 0 && /[\p{L}\p{N}.,!?…)'’]/u.test(text[i - 1] as string);
}

/**
 * The end of a single-quoted span starting at `i`, or 0. The opener must
 * start a word after a space; the closer must end a word or sentence and be
 * followed by a space or punctuation, and the span must hold a few words:
 * otherwise the mark is an apostrophe ("’90s", "students’ union").
 */
function singleQuoteEnd(text: string, i: number, to: number): number {
  const before = i === 0 ? " " : (text[i - 1] as string);
  if (!/[\s([{—–-]/u.test(before) || !/\p{L}/u.test(text[i + 1] ?? "")) return 0;
  const closer = text[i] === "‘" ? "’" : "'";
  for (let j = i + 2; j < to; j++) {
    if (text[j] !== closer) continue;
    const prev = text[j - 1] as string;
    const next = j + 1 < to ? (text[j + 1] as string) : " ";
    if (/\p{L}/u.test(prev) && /\p{L}/u.test(next)) continue;
    if (!/[\p{L}\p{N}.,!?…]/u.test(prev) || !/[\s,.;:!?)—–-]/u.test(next)) continue;
    const words = text.slice(i + 1, j).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    return words >= MIN_SINGLE_QUOTE_WORDS ? j + 1 : 0;
  }
  return 0;
}

function nextParagraphStart(text: string, end: number): number | undefined {
  for (let i = end; i < text.length; i++) if (!/\s/.test(text[i] as string)) return i;
  return undefined;
}
