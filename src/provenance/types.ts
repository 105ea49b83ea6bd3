/** What provenance adds to a relation: which side is the original, and why. */

export type DirectionDecision = "a-original" | "b-original" | "siblings" | "undetermined";

export interface DirectionEvidence {
  /** Strong (can decide): credit, date, canonical. Weak (only adds): containment, substitutions, spin. Siblings: shared-credit, exclusive-facts. */
  signal: "credit" | "date" | "canonical" | "containment" | "substitutions" | "spin" | "shared-credit" | "exclusive-facts";
  /** The side this evidence says is the original, or both for siblings. */
  favours: "a" | "b" | "both";
  weight: number;
  note: string;
}

export interface Direction {
  decision: DirectionDecision;
  confidence: number;
  evidence: DirectionEvidence[];
  /** Why no side was chosen, when none was. */
  reason?: string;
}
