/**
 * The 20,000-document BBC paragraph-mix corpus of ../shared/bench
 * (make-bbc-mix-corpus.py; the issues' datasketch figures were measured on
 * it), built once into the system's temp directory and read as `{id, text}`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const SCRIPT = join(import.meta.dirname, "..", "..", "..", "shared", "bench", "make-bbc-mix-corpus.py");
export const BBC_MIX = join(tmpdir(), "unspun-bbc-mix-20k.jsonl");

/** The corpus file, built on first use; throws with the reason when the script or its data is missing. */
export function bbcMixCorpus(): string {
  if (existsSync(BBC_MIX)) return BBC_MIX;
  if (!existsSync(SCRIPT)) throw new Error(`needs ${SCRIPT} (and ../shared/data/bbc-news) to build the corpus`);
  execFileSync("python3", [SCRIPT, BBC_MIX], { stdio: "inherit" });
  return BBC_MIX;
}

export function bbcMixTexts(limit = Number.POSITIVE_INFINITY): string[] {
  const lines = readFileSync(bbcMixCorpus(), "utf8").split("\n").filter(Boolean);
  return lines.slice(0, limit).map((l) => (JSON.parse(l) as { text: string }).text);
}
