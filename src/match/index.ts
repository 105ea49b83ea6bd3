/**
 * match: candidate pairs of articles → verified relations, with passages and
 * changes in the offsets of the user's own files.
 */
export {
  type Analysed,
  analysed,
  type Change,
  compareArticles,
  identicalAt,
  mirrored,
  type PassageReport,
  type RelationReport,
} from "./compare.js";
export { type OffsetBasis, offsetBasis, toSource } from "./offsets.js";
