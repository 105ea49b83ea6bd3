/** What each command prints with `--json`, built from the shapes in schema.ts. One line per value. */
import { Type as T, type TSchema } from "@sinclair/typebox";
import {
  ArticleJson,
  DocRef,
  DocumentSummary,
  DriftItem,
  Family,
  IngestSummary,
  Note,
  Problem,
  Relation,
  RelationType,
  Span,
  SpinSpan,
  Story,
  Substitution,
} from "./schema.js";

const Obj: typeof T.Object = ((props: Parameters<typeof T.Object>[0], options?: object) =>
  T.Object(props, { additionalProperties: false, ...options })) as typeof T.Object;
const Int = T.Integer({ minimum: 0 });

export const ScanOutput = Obj({
  documents: T.Array(DocumentSummary),
  relations: T.Array(Relation),
  families: T.Array(Family),
  stories: T.Array(Story),
  summary: IngestSummary,
  problems: T.Array(Problem),
});

export const IngestOutput = Obj({ summary: IngestSummary, queued: T.Union([Int, T.Null()]), problems: T.Array(Problem) });

export const FindOutput = Obj({ target: DocRef, relations: T.Array(Relation) });

export const CompareOutput = Obj({ relation: Relation, substitutions: T.Array(Substitution) });

export const AlignOutput = Obj({ a: DocRef, b: DocRef, passages: T.Array(Obj({ a: Span, b: Span })) });

export const SpinOutput = Obj({
  document: DocRef,
  score: T.Number({ minimum: 0, maximum: 1 }),
  verdict: T.Union([T.Literal("spun"), T.Literal("clean"), T.Literal("uncertain")]),
  words: Int,
  spans: T.Array(SpinSpan),
  translation: T.Union([
    Obj({
      score: T.Number({ minimum: 0, maximum: 1 }),
      verdict: T.Union([T.Literal("translated"), T.Literal("uncertain"), T.Literal("clean")]),
      marks: T.Array(SpinSpan),
    }),
    T.Null(),
  ]),
  notes: T.Array(Note),
});

export const DespinOutput = Obj({
  copy: DocRef,
  source: DocRef,
  type: RelationType,
  text: T.String(),
  substitutions: T.Array(Substitution),
  notes: T.Array(Note),
});

export const DriftOutput = Obj({ a: DocRef, b: DocRef, type: RelationType, drift: T.Array(DriftItem) });

export const StoriesOutput = Obj({ stories: T.Array(Story) });

export const LsOutput = Obj({ total: Int, offset: Int, documents: T.Array(DocumentSummary) });

export const JobsOutput = Obj({
  queued: Int,
  running: Int,
  done: Int,
  failed: Int,
  failedJobs: T.Array(Obj({ document: DocRef, attempts: Int, error: T.String(), updatedAt: T.String() })),
});

/** Every command's `--json` output (for `extract` and `show`, an article). */
export const COMMAND_OUTPUTS: Record<string, TSchema> = {
  scan: ScanOutput,
  ingest: IngestOutput,
  find: FindOutput,
  compare: CompareOutput,
  align: AlignOutput,
  spin: SpinOutput,
  despin: DespinOutput,
  drift: DriftOutput,
  stories: StoriesOutput,
  ls: LsOutput,
  show: ArticleJson,
  extract: ArticleJson,
  jobs: JobsOutput,
};
