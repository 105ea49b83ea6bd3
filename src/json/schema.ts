/**
 * The one JSON vocabulary of every `--json` output: one shape per concept
 * (document reference, span, relation, direction, family edge, story,
 * problem), each command's output built from them. Written in TypeBox so the
 * types the CLI prints and the JSON Schema we publish
 * (`schema/unspun.schema.json`, see docs/json.md) come from one source.
 */
import { type Static, Type as T, type TSchema } from "@sinclair/typebox";

const Nullable = <S extends TSchema>(s: S) => T.Union([s, T.Null()]);
/** Closed objects: a field added without the schema knowing fails the schema test. */
const Obj: typeof T.Object = ((props: Parameters<typeof T.Object>[0], options?: object) =>
  T.Object(props, { additionalProperties: false, ...options })) as typeof T.Object;
const Int = T.Integer({ minimum: 0 });
const Unit = T.Number({ minimum: 0, maximum: 1 });

export const DocRef = Obj(
  {
    id: T.String({ description: "content id (hex); a unique prefix of it is accepted wherever an id is" }),
    origin: T.String({ description: "where it was read: a file, a URL, or a JSONL record (`file#id`, or `file#L<line>` without an id)" }),
    title: Nullable(T.String()),
  },
  { $id: "DocRef", description: "a document, named" },
);

export const Span = Obj({ start: Int, end: Int }, { $id: "Span", description: "character offsets, end exclusive" });
export const TextSpan = Obj({ start: Int, end: Int, text: T.String() }, { $id: "TextSpan" });

export const Sides = Obj({ a: T.Number(), b: T.Number() }, { $id: "Sides", description: "one figure for each side of a pair" });

const EditKind = T.Union(["inflection", "synonym", "number-spelling", "name-variant", "other"].map((k) => T.Literal(k)));
export const Change = Obj(
  {
    kind: EditKind,
    sure: T.Boolean({ description: "inside a sentence pair aligned well enough that this is a substitution, not a misalignment" }),
    a: TextSpan,
    b: TextSpan,
  },
  { $id: "Change" },
);
export const SentencePair = Obj(
  { a: Span, b: Span, score: T.Number() },
  { $id: "SentencePair", description: "two sentences aligned as reuse" },
);
export const Passage = Obj(
  { a: Span, b: Span, score: T.Number(), changes: T.Array(Change), sentences: T.Array(SentencePair) },
  { $id: "Passage", description: "a run of reused sentences; `changes` are the substituted words inside them" },
);

export const RelationType = T.Union(
  ["duplicate", "excerpt", "spun", "paraphrase", "same-story", "unrelated"].map((k) => T.Literal(k)),
  { $id: "RelationType" },
);

export const DirectionEvidence = Obj(
  {
    signal: T.Union(
      ["credit", "date", "canonical", "containment", "substitutions", "spin", "shared-credit", "exclusive-facts"].map((k) => T.Literal(k)),
    ),
    favours: T.Union([T.Literal("a"), T.Literal("b"), T.Literal("both")]),
    weight: T.Number(),
    note: T.String(),
  },
  { $id: "DirectionEvidence" },
);
export const Direction = Obj(
  {
    decision: T.Union(["a-original", "b-original", "siblings", "undetermined"].map((k) => T.Literal(k))),
    original: Nullable(DocRef),
    confidence: Unit,
    evidence: T.Array(DirectionEvidence),
    reason: Nullable(T.String()),
  },
  { $id: "Direction", description: "which side of a pair is the original, and why; `original` is null unless one was named" },
);

const Fact = Obj({ start: Int, end: Int, text: T.String(), value: T.String() });
export const DriftItem = Obj(
  {
    kind: T.Union(["number", "date", "person", "quote", "name"].map((k) => T.Literal(k))),
    change: T.Union([T.Literal("changed"), T.Literal("lost"), T.Literal("added")]),
    a: Nullable(Fact),
    b: Nullable(Fact),
  },
  { $id: "DriftItem" },
);

export const Evidence = Obj(
  {
    passages: Int,
    reusedSentences: Int,
    alignedWords: Int,
    proseWords: Int,
    identical: Int,
    substitutions: T.Record(T.String(), Int),
    inserted: Int,
    deleted: Int,
    identity: T.Number(),
    sharedNames: T.Number(),
    figureConflicts: Int,
    sharedQuotes: Obj({ count: Int, words: Int, quotes: T.Array(Obj({ a: Span, b: Span, words: Int })) }),
    notes: T.Array(T.String()),
  },
  { $id: "Evidence" },
);

export const Note = Obj(
  {
    code: T.String(),
    feature: T.String(),
    language: Nullable(T.String()),
    message: T.String(),
  },
  { $id: "Note", description: "a feature that could not read this text as it reads others (English-only features on other languages)" },
);

export const Relation = Obj(
  {
    a: DocRef,
    b: DocRef,
    type: RelationType,
    coverage: Sides,
    confidence: Unit,
    passages: T.Array(Passage),
    evidence: Evidence,
    drift: T.Array(DriftItem),
    direction: Nullable(Direction),
    origins: Nullable(T.Array(T.String(), { description: "for a text and itself (a = b): every origin it was read from" })),
    notes: T.Array(Note),
  },
  { $id: "Relation" },
);

export const FamilyEdge = Obj(
  {
    a: Nullable(DocRef),
    b: DocRef,
    type: T.String(),
    direction: Direction,
  },
  {
    $id: "FamilyEdge",
    description: "a copy link: a → b when decided (`a-original`); a is null where the original is missing from the corpus (`siblings`)",
  },
);
export const Family = Obj(
  {
    root: Nullable(DocRef),
    missingOriginal: T.Boolean({ description: "the members copy an original that is not in the corpus" }),
    members: T.Array(DocRef),
    edges: T.Array(FamilyEdge),
  },
  { $id: "Family" },
);

export const Story = Obj(
  {
    id: T.String(),
    label: T.String(),
    members: T.Array(DocRef),
    span: Nullable(Obj({ start: T.String(), end: T.String() })),
  },
  { $id: "Story" },
);

export const Problem = Obj(
  {
    code: T.String(),
    severity: T.Union([T.Literal("error"), T.Literal("warning")]),
    stage: T.String(),
    file: T.String(),
    line: Nullable(Int),
    record: Nullable(Int),
    document: Nullable(T.String()),
    other: Nullable(T.String()),
    message: T.String(),
  },
  { $id: "Problem" },
);

export const DateJson = Obj(
  { value: T.String(), source: Nullable(T.String()), confidence: Unit, note: Nullable(T.String()) },
  { $id: "Date", description: "a publication date; confidence below 0.5 marks one read from site chrome or later than the crawl" },
);

export const DocumentSummary = Obj(
  {
    id: T.String(),
    origin: T.String(),
    title: Nullable(T.String()),
    site: Nullable(T.String()),
    date: Nullable(DateJson),
    words: Int,
    status: T.String(),
    format: T.String(),
    ingestedAt: Nullable(T.String()),
  },
  { $id: "DocumentSummary" },
);

/** An extracted article (`extract`, `show`): every field of the library's `Article`, plus `words`. */
export const ArticleJson = Obj(
  {
    id: T.String(),
    origin: T.String(),
    sourceId: Nullable(T.String()),
    format: T.String(),
    status: T.String(),
    title: Nullable(T.String()),
    byline: Nullable(T.String()),
    authors: T.Array(T.String()),
    date: Nullable(DateJson),
    site: Nullable(T.String()),
    canonicalUrl: Nullable(T.String()),
    url: Nullable(T.String()),
    language: Nullable(T.String()),
    wireCredit: Nullable(T.String()),
    credits: T.Array(Obj({ outlet: T.String(), kind: T.String(), text: T.String() })),
    copyright: Nullable(T.String()),
    words: Int,
    text: T.String(),
    paragraphs: T.Array(Obj({ start: Int, end: Int, rawStart: Nullable(Int), rawEnd: Nullable(Int) })),
    sourceMap: T.Array(Int),
    boilerplate: T.Array(Obj({ text: T.String(), reason: T.String() })),
    extractor: Nullable(T.String()),
    problems: T.Array(Problem),
    ingestedAt: T.Optional(T.String()),
    bytes: T.Optional(Int),
  },
  { $id: "Article" },
);

export const IngestSummary = Obj(
  { files: Int, documents: Int, inserted: Int, existing: Int, skipped: Int, warnings: Int },
  { $id: "IngestSummary" },
);

export const Substitution = Obj(
  {
    start: Int,
    end: Int,
    copy: T.String(),
    source: T.String(),
    kind: EditKind,
  },
  { $id: "Substitution", description: "a word the copy changed, with the copy's offsets and what the source says" },
);

export const SpinSpan = Obj({ start: Int, end: Int, text: T.String(), kind: T.String(), suggestion: T.String() }, { $id: "SpinSpan" });

export type DocRefJson = Static<typeof DocRef>;
export type RelationJson = Static<typeof Relation>;
export type DirectionJson = Static<typeof Direction>;
export type FamilyJson = Static<typeof Family>;
export type StoryJson = Static<typeof Story>;
export type ProblemJson = Static<typeof Problem>;
export type DocumentSummaryJson = Static<typeof DocumentSummary>;
export type ArticleOutJson = Static<typeof ArticleJson>;
export type DriftJson = Static<typeof DriftItem>;
export type SubstitutionJson = Static<typeof Substitution>;
export type NoteJson = Static<typeof Note>;
