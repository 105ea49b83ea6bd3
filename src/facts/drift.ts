/**
 * Fact drift between two aligned texts: inside each aligned passage, the
 * facts of a are matched to those of b by kind and key (the counted noun,
 * the month, the surname, the speaker); a matched pair with another value is
 * `changed`, a fact with no counterpart is `lost` (in a only) or `added`
 * (in b only). A fact whose words still appear on the other side (a name
 * without its title, a number counting another noun) is not drift.
 */
import type { DriftItem, Fact } from "./types.js";

interface Range {
  start: number;
  end: number;
}

/** Quotations sharing less than this share of their words were changed. */
const SAME_QUOTE = 0.9;
/** Quotations sharing at least this share are one quotation, however reworded. */
const QUOTE_PAIR = 0.3;

export function driftBetween(
  factsA: readonly Fact[],
  factsB: readonly Fact[],
  passages: ReadonlyArray<{ a: Range; b: Range }>,
  texts: { a: string; b: string },
): DriftItem[] {
  const items: DriftItem[] = [];
  for (const p of passages) {
    const inA = factsA.filter((f) => f.start >= p.a.start && f.end <= p.a.end);
    const inB = factsB.filter((f) => f.start >= p.b.start && f.end <= p.b.end);
    const restA = new Set(inA);
    const restB = new Set(inB);
    const pair = (x: Fact, y: Fact) => {
      restA.delete(x);
      restB.delete(y);
    };
    // Identical facts first, so a repeated figure is not read as changed.
    for (const x of inA) {
      const y = [...restB].find((f) => f.kind === x.kind && f.key === x.key && same(f, x));
      if (y) pair(x, y);
    }
    for (const x of [...restA]) {
      if (!x.key) continue;
      const y = [...restB].find((f) => f.kind === x.kind && f.key === x.key);
      if (!y) continue;
      pair(x, y);
      items.push({ kind: x.kind, change: "changed", a: view(x), b: view(y) });
    }
    // Quotations whose speaker was not found pair up by the words they share.
    for (const x of [...restA]) {
      if (x.kind !== "quote") continue;
      const y = [...restB].filter((f) => f.kind === "quote").sort((u, v) => overlap(v, x) - overlap(u, x))[0];
      if (!y || overlap(x, y) < QUOTE_PAIR) continue;
      pair(x, y);
      if (overlap(x, y) < SAME_QUOTE) items.push({ kind: "quote", change: "changed", a: view(x), b: view(y) });
    }
    const textA = texts.a.slice(p.a.start, p.a.end).toLowerCase();
    const textB = texts.b.slice(p.b.start, p.b.end).toLowerCase();
    for (const x of restA) if (!survives(x, textB)) items.push({ kind: x.kind, change: "lost", a: view(x), b: undefined });
    for (const y of restB) if (!survives(y, textA)) items.push({ kind: y.kind, change: "added", a: undefined, b: view(y) });
  }
  return items;
}

function same(x: Fact, y: Fact): boolean {
  return x.kind === "quote" ? overlap(x, y) >= SAME_QUOTE : x.value === y.value;
}

/** Shared words over the larger word set of two values. */
function overlap(x: Fact, y: Fact): number {
  const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}+/gu) ?? []);
  const [wx, wy] = [words(x.value), words(y.value)];
  let shared = 0;
  for (const w of wx) if (wy.has(w)) shared++;
  return shared / Math.max(1, Math.max(wx.size, wy.size));
}

/** Still stated on the other side in other words: the value (a number, a day) or the name is there. */
function survives(fact: Fact, other: string): boolean {
  switch (fact.kind) {
    case "number":
    case "date":
      return other.includes(Number(fact.value).toLocaleString("en-US").toLowerCase()) || new RegExp(`\\b${fact.value}\\b`).test(other);
    case "person":
      return other.includes(fact.key);
    case "name":
      return fact.key.split(/\s+/).some((w) => w.length > 2 && other.includes(w));
    case "quote":
      return false;
  }
}

function view(f: Fact): NonNullable<DriftItem["a"]> {
  return { start: f.start, end: f.end, text: f.text, value: f.value };
}
