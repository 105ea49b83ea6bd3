/**
 * provenance: who copied whom (a direction for every copy relation), copy
 * families with their provenance trees, and stories.
 */
import { COPY_TYPES } from "../judge/index.js";
import { type Analysed, mirrored, type RelationReport } from "../match/index.js";
import { detectSpin } from "../spin/index.js";
import { memoised } from "../text/index.js";
import { decideDirection } from "./direction.js";

export { DIRECTION, decideDirection } from "./direction.js";
export { copyFamilies, type Family, type FamilyEdge } from "./families.js";
export { type StoryProfile, storyProfile } from "./profile.js";
export { STORY_SIMILARITY, STORY_WINDOW_DAYS, type Story, StoryClusters, type StoryRow } from "./stories.js";
export type { Direction, DirectionDecision, DirectionEvidence } from "./types.js";

/** The source-free spin score of a document, computed once per analysed document. */
const spinScoreOf = memoised((doc: Analysed) => detectSpin(doc.analysis).score);

/**
 * The report with a direction when it is a copy relation of two texts.
 * Decided in the pair's one order (by id), like the relation itself, so the
 * same two texts get the same direction whichever is named first.
 */
export function withDirection(x: Analysed, y: Analysed, report: RelationReport): RelationReport {
  if (!COPY_TYPES.has(report.type) || report.a === report.b) return report;
  if (y.article.id < x.article.id) return mirrored(withDirection(y, x, mirrored(report)));
  return { ...report, direction: decideDirection(x, y, report, (side) => spinScoreOf(side === "a" ? x : y)) };
}
