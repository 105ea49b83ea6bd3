/**
 * A relation's direction in plain words, from its evidence: which side is the
 * original and which the copy, and why, said from each side ("credits AP",
 * "published 4 days later"); or, when no side was chosen, why not. The notes
 * come from src/provenance/direction.ts; one this does not know is shown as
 * it is.
 */
import type { Json } from "./api";

export type Side = "a" | "b";
export interface Badge {
  role: "original" | "copy" | "sibling";
  because: string[];
}
export interface Reading {
  a?: Badge;
  b?: Badge;
  /** Evidence for the side not chosen, in words. */
  against: string[];
  /** Why no side was chosen (undetermined), in words. */
  undetermined?: string;
}

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

/** One piece of evidence in words, said of the side it favours ("original") or of the other ("copy"). */
export function evidenceWords(e: Json, of: "original" | "copy"): string {
  const note: string = e.note ?? "";
  switch (e.signal) {
    case "credit": {
      const outlet = /credits (.+?) \(/.exec(note)?.[1] ?? "the other's outlet";
      const line = /\("(.*)"\)/.exec(note)?.[1];
      return of === "copy" ? `credits ${outlet}${line ? ` (“${line}”)` : ""}` : `is ${outlet}, which the other credits`;
    }
    case "date": {
      const n = Number(/(\d+) day/.exec(note)?.[1]);
      const gap = Number.isFinite(n) ? `${days(n)} ` : "";
      return `published ${gap}${of === "copy" ? "later" : "earlier"}`;
    }
    case "canonical":
      return of === "copy" ? "its canonical link points to the other" : "the other's canonical link points here";
    case "containment":
      return of === "copy" ? "is a part of the other" : "holds the other's text whole, and more";
    case "substitutions": {
      const count = /in (\d+ of \d+) substitutions/.exec(note)?.[1];
      return of === "copy"
        ? `its words are the rarer ones in the swaps${count ? ` (${count})` : ""}, as a spinner's are`
        : `the other's words are the rarer ones in the swaps${count ? ` (${count})` : ""}`;
    }
    case "spin":
      return of === "copy" ? "reads spun where the other reads clean" : "reads clean where the other reads spun";
    default:
      return note;
  }
}

/** Why a pair's direction is undetermined, in words (the library's reason names sides a and b). */
export function undeterminedWords(reason: string | undefined): string {
  if (!reason) return "nothing says which came first.";
  if (reason.startsWith("no evidence"))
    return "neither has a trusted date, a credit naming the other's outlet or a canonical link, so nothing says which came first.";
  if (reason.startsWith("evidence split")) return "the evidence points both ways, so neither is named the original.";
  if (reason.startsWith("only weak evidence"))
    return "there is only weak evidence (one holds more of the text, or reads more spun); without a trusted date, a credit or a canonical link that is not enough to name an original.";
  return reason.replace(/\bfor a\b/g, "for the left").replace(/\bfor b\b/g, "for the right");
}

/** Badges for both sides of a relation's direction, with the evidence in words. */
export function readDirection(d: Json | undefined): Reading {
  if (!d) return { against: [], undetermined: undeterminedWords(undefined) };
  const evidence: Json[] = d.evidence ?? [];
  if (d.decision === "a-original" || d.decision === "b-original") {
    const original: Side = d.decision === "a-original" ? "a" : "b";
    const copy: Side = original === "a" ? "b" : "a";
    const pro = evidence.filter((e) => e.favours === original);
    const out: Reading = {
      [original]: { role: "original", because: pro.map((e) => evidenceWords(e, "original")) },
      [copy]: { role: "copy", because: pro.map((e) => evidenceWords(e, "copy")) },
      against: evidence.filter((e) => e.favours === copy).map((e) => `the ${copy === "a" ? "left" : "right"} ${evidenceWords(e, "original")}`),
    };
    return out;
  }
  if (d.decision === "siblings") {
    const because = evidence.filter((e) => e.favours === "both").map((e) => e.note as string);
    const both = ["copies of one original that is not in the corpus", ...because];
    return { a: { role: "sibling", because: both }, b: { role: "sibling", because: both }, against: [] };
  }
  return { against: [], undetermined: undeterminedWords(d.reason) };
}
