/** Facts a news text states, with offsets into the text they were read from. */

export type FactKind = "number" | "date" | "person" | "quote" | "name";

export interface Fact {
  kind: FactKind;
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** What identifies the fact across two texts: the counted noun's class, the month, the surname, the speaker, the name. */
  key: string;
  /** What may change between copies: the value, the day, the title, the quotation. */
  value: string;
}

export type DriftChange = "changed" | "lost" | "added";

/** One fact that differs between two aligned texts: `a` → `b`. */
export interface DriftItem {
  kind: FactKind;
  change: DriftChange;
  /** The fact in a (absent when added). */
  a: Pick<Fact, "start" | "end" | "text" | "value"> | undefined;
  /** The fact in b (absent when lost). */
  b: Pick<Fact, "start" | "end" | "text" | "value"> | undefined;
}
