/** What provenance adds to a relation: which side is the original, and why (the types live with the other seam types). */
export type { Direction, DirectionDecision, DirectionEvidence } from "../types.js";
