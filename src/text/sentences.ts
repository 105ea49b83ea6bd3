/**
 * Sentence spans with offsets. Splits at terminal punctuation followed by
 * a capital or a quote, except after abbreviations and initials; then cuts
 * over-long spans, because scraped copies often lose their full stops and a
 * "sentence" of 80 words is several run together.
 */
export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that end in a full stop without ending a sentence (news style). */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm gov sen rep rev hon pres sec dept corp inc ltd co no nos vs etc approx est fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd rd u.s u.k u.n e.u a.m p.m d.c i.e e.g".split(
    " ",
  ),
);
/**
 * A sentence ends at terminal punctuation before a capital, or at a line
 * break. Scraped copies often lose the space after the full stop
 * ("killed.Rescue workers"): a word of two or more small letters, the stop,
 * then a capitalised word, is a boundary too (abbreviations and initials,
 * "U.S.", "a.m.", never have two small letters before the stop and a word after).
 * The full-width stops of Chinese and Japanese end a sentence before anything:
 * those scripts have no capitals and no spaces.
 */
const BOUNDARY =
  /[.!?…]+["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])|(?<=\p{Ll}{2})[.!?]["'”’)]*(?=[\p{Lu}][\p{Ll}])|[。！？]+[」』”’）)]*\s*|\n+/gu;
/** Past this many words a span is cut; news sentences average 20–25 words. */
const MAX_WORDS = 45;
const TARGET_WORDS = 25;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    if (m[0].includes("\n") || !isAbbreviation(text, m.index)) {
      push(spans, text, start, end);
      start = m.index + m[0].length;
    }
  }
  push(spans, text, start, text.length);
  return spans.flatMap((s) => cutLong(text, s));
}

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== ".") return false;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  if (/^\p{Lu}$/u.test(before)) return true;
  return ABBREVIATIONS.has(before.toLowerCase());
}

function push(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** Cuts a span of more than MAX_WORDS words at the clause break nearest each TARGET_WORDS. */
function cutLong(text: string, span: Span): Span[] {
  // Words average over four characters: a span this short cannot hold MAX_WORDS of them.
  if (span.end - span.start < MAX_WORDS * 2) return [span];
  const words = [...text.slice(span.start, span.end).matchAll(/\S+/g)];
  if (words.length <= MAX_WORDS) return [span];
  const out: Span[] = [];
  let from = 0;
  while (words.length - from > MAX_WORDS) {
    let cut = from + TARGET_WORDS;
    for (let k = from + TARGET_WORDS - 8; k <= from + TARGET_WORDS + 8 && k < words.length - 1; k++) {
      if (/[,;:—–]$/.test(words[k]?.[0] ?? "")) {
        cut = k + 1;
        break;
      }
    }
    const s = span.start + (words[from]?.index ?? 0);
    const lastWord = words[cut - 1] as RegExpMatchArray;
    out.push({ start: s, end: span.start + (lastWord.index ?? 0) + lastWord[0].length });
    from = cut;
  }
  out.push({ start: span.start + (words[from]?.index ?? 0), end: span.end });
  return out;
}
