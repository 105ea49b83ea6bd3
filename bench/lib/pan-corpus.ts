/** Reads a PAN 2013 text-alignment corpus: pairs per obfuscation type, and their true cases. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Annotation } from "./plagdet.js";

export const PAN_DIR = join(import.meta.dirname, "..", "..", "..", "shared", "data", "pan13-train");

export interface PanPair {
  /** The key cases and detections share: "<susp file> <src file>". */
  pair: string;
  type: string;
  susp: string;
  src: string;
  cases: Annotation[];
}

export function loadPanPairs(dir = PAN_DIR, perType = Number.POSITIVE_INFINITY): PanPair[] {
  const types = readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, "pairs")))
    .sort();
  const out: PanPair[] = [];
  for (const type of types) {
    const lines = readFileSync(join(dir, type, "pairs"), "utf8")
      .split("\n")
      .filter(Boolean)
      .slice(0, perType);
    for (const line of lines) {
      const [susp = "", src = ""] = line.trim().split(/\s+/);
      const pair = `${susp} ${src}`;
      const xml = join(dir, type, `${susp.replace(/\.txt$/, "")}-${src.replace(/\.txt$/, "")}.xml`);
      const cases: Annotation[] = [];
      if (existsSync(xml)) {
        for (const m of readFileSync(xml, "utf8").matchAll(/<feature[^>]*name="plagiarism"[^>]*\/>/g)) {
          const attr = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(m[0])?.[1] ?? Number.NaN);
          const suspStart = attr("this_offset");
          const srcStart = attr("source_offset");
          cases.push({ pair, suspStart, suspEnd: suspStart + attr("this_length"), srcStart, srcEnd: srcStart + attr("source_length") });
        }
      }
      out.push({ pair, type, susp: join(dir, "susp", susp), src: join(dir, "src", src), cases });
    }
  }
  return out;
}
