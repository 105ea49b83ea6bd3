/**
 * Machine translation there and back, source-free: a round trip keeps the
 * facts and swaps common words for common words, so the spinner's signals
 * (rare synonyms, misfits) stay quiet. What it leaves instead are marks of
 * a machine rebuilding sentences: a phrase said twice over ("wait for them
 * or wait for them") and the letters of a foreign abbreviation left behind
 * ("UU." of "EE. UU."). Each is rare in edited news. Fused words and lost
 * full stops are not counted here: scraping leaves them as often (spun
 * scrapes carry the most), so they are spin signals' spans instead.
 */
import type { Analysis } from "../text/index.js";
import type { SpinSpan } from "./types.js";

export interface Translation {
  /** 0..1: how strongly the text shows the marks of a translation round trip. */
  score: number;
  verdict: "translated" | "uncertain" | "clean";
  /** Each mark, with its place in the text. */
  marks: SpinSpan[];
}

export const TRANSLATION_THRESHOLDS = {
  /**
   * Marks per hundred words at which the verdict tips (score 0.5): one in a
   * brief of 200 words. Clean news (bench:spin's clean sets) has almost none.
   */
  midpoint: 0.5,
  slope: 3,
  translated: 0.5,
  clean: 0.3,
} as const;

/** A run of this many words said again right after is a repetition, not rhetoric. */
const REPEAT_WORDS = 3;
/**
 * Spanish and Portuguese abbreviate a plural by doubling each letter ("EE. UU.",
 * "FF. AA."); a round trip translates one half and leaves the other: a doubled
 * capital and a stop, standing alone — not a Roman numeral ("Henry II.").
 */
const ORPHAN_ABBREVIATION = /(?<![\p{L}.])((?![IXCM])\p{Lu})\1\.(?!\p{L}|\s*(\p{Lu})\2\.)/gu;

export function translationMarks(analysis: Analysis): Translation {
  const marks: SpinSpan[] = [...repeatedPhrases(analysis), ...orphanAbbreviations(analysis.text)].sort((a, b) => a.start - b.start);
  const per100 = (100 * marks.length) / Math.max(100, analysis.units.length);
  const t = TRANSLATION_THRESHOLDS;
  const score = 1 / (1 + Math.exp(-t.slope * (per100 - t.midpoint)));
  return { score, verdict: score >= t.translated ? "translated" : score >= t.clean ? "uncertain" : "clean", marks };
}

/** "… wait for them or wait for them": a run of words repeated at once, with at most one word between. */
function repeatedPhrases(analysis: Analysis): SpinSpan[] {
  const u = analysis.units;
  const out: SpinSpan[] = [];
  // Within one sentence: a sentence ending as the next begins ("… the council voted. The council voted again …") is style.
  const sentenceOf = new Int32Array(u.length);
  for (const [n, s] of analysis.sentences.entries()) sentenceOf.fill(n, s.from, s.to);
  for (let i = 0; i + 2 * REPEAT_WORDS <= u.length; i++) {
    for (const gap of [0, 1]) {
      const j = i + REPEAT_WORDS + gap;
      if (j + REPEAT_WORDS > u.length) continue;
      let same = true;
      for (let k = 0; k < REPEAT_WORDS && same; k++) same = u[i + k]?.norm === u[j + k]?.norm;
      // Rhetoric repeats inside quotations ("never again, never again"); a machine repeats anywhere.
      // Lists and ranges repeat their names and figures ("Model 3 Plus and Model 3 Plus Max"); a machine repeats prose.
      const run = u.slice(i, i + REPEAT_WORDS);
      if (!same || run.every((x) => x.stop) || run.some((x) => x.name || x.value !== undefined) || analysis.quoted[i] === 1) continue;
      if (sentenceOf[i] !== sentenceOf[j + REPEAT_WORDS - 1]) continue;
      const start = (u[i] as (typeof u)[number]).start;
      const end = (u[j + REPEAT_WORDS - 1] as (typeof u)[number]).end;
      const text = analysis.text.slice(start, end);
      out.push({
        start,
        end,
        text,
        kind: "repeated-phrase",
        suggestion: analysis.text.slice(start, (u[i + REPEAT_WORDS - 1] as (typeof u)[number]).end),
      });
      i = j + REPEAT_WORDS - 1;
      break;
    }
  }
  return out;
}

function orphanAbbreviations(text: string): SpinSpan[] {
  return [...text.matchAll(ORPHAN_ABBREVIATION)].map((m) => ({
    start: m.index as number,
    end: (m.index as number) + m[0].length,
    text: m[0],
    kind: "orphan-abbreviation" as const,
    suggestion: "",
  }));
}
