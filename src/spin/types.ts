/** The data types the spin stage hands on. */
import type { Note } from "../text/notes.js";
import type { Translation } from "./translated.js";

export type SpinKind =
  /** A phrase from the tortured-phrase seed lexicon or from substitutions learned from aligned copies. */
  | "known-phrase"
  /** A fixed expression with one word swapped for a thesaurus neighbour ("take place" → "require place"). */
  | "broken-phrase"
  /** A rare word standing where a far more frequent synonym belongs. */
  | "rare-synonym"
  /** A word whose more common synonym fits the surrounding words far better: the wrong sense picked. */
  | "misfit-synonym"
  /** A number spelled out where news style writes digits. */
  | "spelled-number"
  /** A function word fused onto the next word ("theGovernment"). */
  | "fused-words"
  /** A sentence that runs into the next without its full stop. */
  | "lost-boundary"
  /** A run of words said twice at once, as a translation round trip leaves them (translation signal). */
  | "repeated-phrase"
  /** Two capitals and a stop, the half of a foreign abbreviation a translation kept (translation signal). */
  | "orphan-abbreviation";

export interface SpinSpan {
  /** Character offsets into the text given to the detector. */
  start: number;
  end: number;
  text: string;
  kind: SpinKind;
  /** What the original most likely said. */
  suggestion: string;
}

export type SpinVerdict = "spun" | "clean" | "uncertain";

export interface SpinReport {
  /** 0..1: how strongly the text shows signs of spinning. */
  score: number;
  verdict: SpinVerdict;
  /** Words read. */
  words: number;
  spans: SpinSpan[];
  /** The marks of a machine-translation round trip, a signal apart from spinning. */
  translation?: Translation;
  /**
   * What could not be read: an `english-only` note (feature `spin`) when the
   * text is in another language, or its language could not be told and it
   * is not mostly English words. Empty when the text was read.
   */
  notes: Note[];
}
