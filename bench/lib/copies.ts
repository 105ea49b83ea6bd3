/**
 * Copy generators for the news reuse benchmark: verbatim, boilerplate-wrapped,
 * excerpted, spun at a given share of content words, and sentence-reordered.
 */
import { type Lexicon, STOPWORDS, sentenceSpans } from "../../src/text/index.js";
import { shuffle } from "./rng.js";

export type CopyType = "verbatim" | "wrapped" | "excerpt" | "spun-15" | "spun-30" | "spun-50" | "reordered";
export const COPY_TYPES: readonly CopyType[] = ["verbatim", "wrapped", "excerpt", "spun-15", "spun-30", "spun-50", "reordered"];

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

export function wrapped(text: string, otherTitle: string, random: () => number): string {
  const paras = paragraphsOf(text);
  const at = 1 + Math.floor(random() * Math.max(1, paras.length - 1));
  paras.splice(at, 0, `Read also: ${otherTitle}`);
  return [
    "12.4 C",
    "Tuesday, March 4, 2025",
    "Daily Wire Digest",
    ...paras,
    "Newsletter Sign-up",
    "Copyright © 2025 Daily Wire Digest. All rights reserved.",
    "Related Articles",
  ].join("\n\n");
}

export function excerpt(text: string, random: () => number): string {
  const paras = paragraphsOf(text);
  const n = Math.min(paras.length, 2 + Math.floor(random() * 4));
  const from = Math.floor(random() * (paras.length - n + 1));
  return paras.slice(from, from + n).join("\n\n");
}

export function reordered(text: string, random: () => number): string {
  return shuffle(paragraphsOf(text), random)
    .map((p) =>
      shuffle(
        sentenceSpans(p).map((s) => p.slice(s.start, s.end)),
        random,
      ).join(" "),
    )
    .join("\n\n");
}

/** One word the spinner replaced: its offsets in the spun text and the word it stood for. */
export interface Replacement {
  start: number;
  end: number;
  original: string;
}

/**
 * Replaces `rate` of the content words with a synonym from `lex` (the
 * spinner's half), in place and keeping capitalisation, the way article
 * spinners do. Returns the text, the share actually replaced and where.
 */
export function spun(
  text: string,
  rate: number,
  lex: Lexicon,
  random: () => number,
): { text: string; replaced: number; replacements: Replacement[] } {
  const words = [...text.matchAll(/\p{L}+/gu)];
  const content = words.filter((m) => !STOPWORDS.has(m[0].toLowerCase()) && m[0].length > 2);
  const want = Math.round(rate * content.length);
  const chosen = new Map<number, string>();
  for (const m of shuffle(content, random)) {
    if (chosen.size >= want) break;
    const w = m[0].toLowerCase();
    const options = lex.synonymsOf(w).filter((s) => /^[a-z]+$/.test(s));
    if (options.length === 0) continue;
    const pick = options[Math.floor(random() * options.length)] as string;
    chosen.set(m.index as number, m[0][0] === m[0][0]?.toUpperCase() ? pick[0]?.toUpperCase() + pick.slice(1) : pick);
  }
  let out = "";
  let at = 0;
  const replacements: Replacement[] = [];
  for (const m of words) {
    const replacement = chosen.get(m.index as number);
    if (replacement === undefined) continue;
    out += text.slice(at, m.index);
    replacements.push({ start: out.length, end: out.length + replacement.length, original: m[0].toLowerCase() });
    out += replacement;
    at = (m.index as number) + m[0].length;
  }
  return { text: out + text.slice(at), replaced: content.length > 0 ? chosen.size / content.length : 0, replacements };
}

/**
 * A machine-translation round trip, roughly: `rate` of the content words
 * become their most common synonym (translation normalises vocabulary, the
 * opposite of spinning) and sentences in each paragraph swap neighbours.
 */
export function translatedLike(text: string, rate: number, lex: Lexicon, random: () => number): string {
  const common = text.replace(/\p{L}+/gu, (w) => {
    const lower = w.toLowerCase();
    if (STOPWORDS.has(lower) || w.length <= 2 || random() >= rate) return w;
    const best = [...lex.synonymsOf(lower)].filter((s) => /^[a-z]+$/.test(s)).sort((x, y) => lex.count(y) - lex.count(x))[0];
    if (!best || lex.count(best) <= lex.count(lower)) return w;
    return w[0] === w[0]?.toUpperCase() ? (best[0]?.toUpperCase() ?? "") + best.slice(1) : best;
  });
  return paragraphsOf(common)
    .map((p) => {
      const sentences = sentenceSpans(p).map((s) => p.slice(s.start, s.end));
      for (let i = 0; i + 1 < sentences.length; i += 2)
        if (random() < 0.3) [sentences[i], sentences[i + 1]] = [sentences[i + 1] as string, sentences[i] as string];
      return sentences.join(" ");
    })
    .join("\n\n");
}
