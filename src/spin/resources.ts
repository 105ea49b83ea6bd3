/**
 * The detector's shipped resources (data/spin.tsv.gz, built by
 * scripts/build-spin-data.ts): web word frequencies, multiword expressions
 * indexed by their open slots, thesaurus neighbours of multiword phrases, and
 * the tortured-phrase seed lexicon. Loaded once, on first use.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

export const SPIN_DATA_VERSION = 1;
const SPIN_DATA_URL = new URL("../../data/spin.tsv.gz", import.meta.url);

/** A multiword expression with one word left open: what the slot should hold. */
export interface FrameFill {
  expected: string;
  /** Words in the whole expression. */
  length: number;
}

export interface SpinResources {
  /** Occurrences per million words of web text; 0 when unknown. */
  webFrequency(word: string): number;
  isExpression(phrase: string): boolean;
  /** Expressions matching a frame such as `secretary of *`. */
  fills(frame: string): readonly FrameFill[] | undefined;
  /** Single words a multiword phrase stands for, one thesaurus hop away, and two hops away. */
  phraseNeighbours(phrase: string): { near: ReadonlySet<string>; far: ReadonlySet<string> } | undefined;
  /** The seed lexicon of tortured phrases: tortured → expected. */
  readonly tortured: ReadonlyMap<string, string>;
}

let loaded: SpinResources | undefined;

export function spinResources(): SpinResources {
  loaded ??= parseSpinData(gunzipSync(readFileSync(SPIN_DATA_URL)).toString("utf8"));
  return loaded;
}

function parseSpinData(source: string): SpinResources {
  const lines = source.split("\n");
  const version = /spin data v(\d+)/.exec(lines[0] ?? "")?.[1];
  if (Number(version) !== SPIN_DATA_VERSION) {
    throw new Error(
      `spin data format v${version ?? "?"} does not match this unspun (v${SPIN_DATA_VERSION}); rebuild with npm run build:spin-data`,
    );
  }
  const frequencies = new Map<string, number>();
  const expressions = new Set<string>();
  const frames = new Map<string, FrameFill[]>();
  const phrases = new Map<string, { near: Set<string>; far: Set<string> }>();
  const tortured = new Map<string, string>();
  for (let i = 1; i < lines.length; i++) {
    const [kind, a = "", b = "", c = ""] = (lines[i] as string).split("\t");
    if (kind === "f") frequencies.set(a, Number(b));
    else if (kind === "m") addExpression(a, b, expressions, frames);
    else if (kind === "p") phrases.set(a, { near: new Set(b.split(",")), far: new Set(c ? c.split(",") : []) });
    else if (kind === "t") tortured.set(a, b);
  }
  return {
    webFrequency: (w) => frequencies.get(w) ?? 0,
    isExpression: (p) => expressions.has(p),
    fills: (frame) => frames.get(frame),
    phraseNeighbours: (p) => phrases.get(p),
    tortured,
  };
}

/**
 * Two-word noun and adjective expressions ("little sister", "health care")
 * are compositional: swapping one word ("younger sister") is ordinary
 * English, so only verb idioms ("take place", "rule out") and longer
 * expressions make frames.
 */
function addExpression(phrase: string, partsOfSpeech: string, expressions: Set<string>, frames: Map<string, FrameFill[]>): void {
  expressions.add(phrase);
  const words = phrase.split(" ");
  if (words.length === 2 && !partsOfSpeech.includes("v")) return;
  for (let slot = 0; slot < words.length; slot++) {
    const frame = words.map((w, i) => (i === slot ? "*" : w)).join(" ");
    const fill = { expected: words[slot] as string, length: words.length };
    const list = frames.get(frame);
    if (list) list.push(fill);
    else frames.set(frame, [fill]);
  }
}
