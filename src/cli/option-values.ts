/**
 * Parsers for the values of dedup's and export's options. They load no
 * library code, so that `--help` and a usage error stay cheap; the names and
 * defaults mirror the library's (`DEDUP_TYPES`, `KEEP_RULES` in src/dedup/).
 */
import { InvalidArgumentError } from "commander";

export const KEEP_CHOICES = ["earliest", "original", "longest", "first"] as const;
export const EMIT_CHOICES = ["kept", "dropped", "all"] as const;
export const FORMAT_CHOICES = ["jsonl", "csv"] as const;
const DUPLICATE_TYPES = ["duplicate", "excerpt", "spun", "paraphrase"];

/** A share from 0 to 1. */
export function unitInterval(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError("expected a number from 0 to 1");
  return n;
}

/** A comma-separated list of the relation types that count as duplicates. */
export function relationTypes(value: string): string[] {
  const types = [...new Set(value.split(",").map((t) => t.trim()))].filter((t) => t !== "");
  if (types.length === 0) throw new InvalidArgumentError(`expected one or more of ${DUPLICATE_TYPES.join(", ")}`);
  for (const t of types) {
    if (t === "same-story") throw new InvalidArgumentError("same-story is never a duplicate: the texts share a story, not words");
    if (!DUPLICATE_TYPES.includes(t))
      throw new InvalidArgumentError(`unknown relation type "${t}" (expected ${DUPLICATE_TYPES.join(", ")})`);
  }
  return types;
}
