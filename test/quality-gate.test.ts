/**
 * The quality gate (after trafilatura's eval_gate): measured figures on
 * fixed slices of the shared datasets must not fall below the floors pinned
 * in eval-baseline.json. A checksum over each slice catches a silently
 * changed fixture; floors are only raised, or lowered by editing the file in
 * a reviewed change that says why.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadExtractionPages } from "../bench/lib/extraction-set.js";
import { unspunText } from "../bench/lib/extractors.js";
import { extractionScores, shingleMatching } from "../bench/lib/shingle-metric.js";

interface Gate {
  slice: string;
  count: number;
  checksum: string;
  floor: number;
}
const baseline = JSON.parse(readFileSync(join(import.meta.dirname, "eval-baseline.json"), "utf8")) as Record<string, Gate>;

function checksum(parts: string[]): string {
  return createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 16);
}

describe("quality gate", () => {
  it("extraction F1 on a fixed Scrapinghub slice stays above its floor", () => {
    const gate = baseline.extraction as Gate;
    const pages = loadExtractionPages().slice(0, gate.count);
    expect(checksum(pages.map((p) => `${p.id}\t${p.truth}`))).toBe(gate.checksum);
    const { f1 } = extractionScores(pages.map((p) => shingleMatching(p.truth, unspunText(p))));
    expect(f1).toBeGreaterThanOrEqual(gate.floor);
  });
});
