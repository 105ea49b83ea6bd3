/** The JSON vocabulary of every `--json` output: shapes (as JSON Schema) and the presenters that build them. */
export * as commandSchemas from "./commands.js";
export {
  articleJson,
  driftJson,
  familyJson,
  type Named,
  Names,
  problemJson,
  relationJson,
  roundNumbers,
  storyJson,
  substitutionJson,
  summaryJson,
} from "./present.js";
export type {
  ArticleOutJson,
  DirectionJson,
  DocRefJson,
  DocumentSummaryJson,
  DriftJson,
  FamilyJson,
  NoteJson,
  ProblemJson,
  RelationJson,
  StoryJson,
  SubstitutionJson,
} from "./schema.js";
export * as schemas from "./schema.js";
