/** What every signal reads: the analysed text and the resources. */
import type { Analysis, Lexicon } from "../../text/index.js";
import type { SpinResources } from "../resources.js";
import type { FitOf } from "./context-fit.js";

export interface SignalContext {
  analysis: Analysis;
  lexicon: Lexicon;
  resources: SpinResources;
  /** Learned substitutions: spun phrase → original phrase. */
  learned: ReadonlyMap<string, string>;
  /** How well a word fits the context of a unit (see context-fit.ts). */
  fitOf: FitOf;
}

/** Keeps the case of the word it replaces: "State" for "Point", "state" for "point". */
export function matchCase(replacement: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return replacement.toUpperCase();
  const first = like[0];
  return first && first !== first.toLowerCase() ? (replacement[0]?.toUpperCase() ?? "") + replacement.slice(1) : replacement;
}
