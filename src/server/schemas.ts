/**
 * The API's request and response schemas (TypeBox): they validate requests,
 * serialise responses, and are the OpenAPI document at /openapi.json.
 * Nested results (relations, articles) are described loosely: their shapes
 * are the library's types, documented in docs/api.md.
 */
import { Type } from "@sinclair/typebox";

const open = { additionalProperties: true } as const;

export const ErrorBody = Type.Object({ error: Type.String(), message: Type.String() });
export const Id = Type.Object({ id: Type.String({ minLength: 4, maxLength: 64 }) });
export const Page = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 50 }),
  // Offsets past any corpus are a bad request, not a database error.
  offset: Type.Integer({ minimum: 0, maximum: 2 ** 31 - 1, default: 0 }),
});

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
export const ListQuery = Type.Composite([
  Page,
  Type.Object({
    /** Kept for older clients: spin and copies are always listed now. */
    details: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 200, description: "words each found in the title, site or origin (case-insensitive)" })),
    spin: Type.Optional(literals(["spun", "uncertain", "clean"] as const)),
    copies: Type.Optional(Type.Boolean({ description: "only documents with at least one copy" })),
    sort: Type.Optional(literals(["ingested", "title", "date", "site", "words", "copies", "spin"] as const)),
    order: Type.Optional(literals(["asc", "desc"] as const)),
  }),
]);

export const DocumentSummary = Type.Object(
  {
    id: Type.String(),
    origin: Type.String(),
    title: Type.Optional(Type.String()),
    site: Type.Optional(Type.String()),
    date: Type.Optional(Type.String()),
    words: Type.Integer(),
    status: Type.String(),
  },
  open,
);
export const ListedDocument = Type.Composite(
  [
    DocumentSummary,
    Type.Object({
      dateConfidence: Type.Optional(Type.Number()),
      spin: Type.Optional(Type.String()),
      spinScore: Type.Optional(Type.Number()),
      copies: Type.Integer(),
    }),
  ],
  open,
);
export const DocumentList = Type.Object({
  total: Type.Integer({ description: "documents matching the query" }),
  corpus: Type.Integer({ description: "documents in the corpus" }),
  documents: Type.Array(ListedDocument),
});
const Counts = Type.Record(Type.String(), Type.Integer());
export const Summary = Type.Object({
  documents: Type.Integer(),
  relations: Counts,
  copies: Counts,
  families: Type.Integer(),
  spin: Counts,
  unjudged: Type.Integer(),
  stories: Type.Integer(),
  largestStories: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), members: Type.Integer() })),
});

export const NewDocument = Type.Object({
  text: Type.Optional(Type.String({ maxLength: 5_000_000 })),
  html: Type.Optional(Type.String({ maxLength: 5_000_000 })),
  id: Type.Optional(Type.String({ maxLength: 200 })),
  url: Type.Optional(Type.String({ maxLength: 2000 })),
  title: Type.Optional(Type.String({ maxLength: 2000 })),
  date: Type.Optional(Type.String({ maxLength: 40 })),
  site: Type.Optional(Type.String({ maxLength: 200 })),
});
export const IngestBody = Type.Object({ documents: Type.Array(NewDocument, { minItems: 1, maxItems: 1000 }) });
export const IngestResult = Type.Object({
  inserted: Type.Integer(),
  existing: Type.Integer(),
  skipped: Type.Integer(),
  ids: Type.Array(Type.String()),
  problems: Type.Array(Type.String()),
});

export const DocumentView = Type.Object({ article: Type.Object({}, open), spin: Type.Object({}, open), ingestedAt: Type.String() });
export const Relations = Type.Object({ relations: Type.Array(Type.Object({}, open)) });

export const CompareBody = Type.Object({
  a: Type.Optional(Type.String({ maxLength: 64 })),
  b: Type.Optional(Type.String({ maxLength: 64 })),
  textA: Type.Optional(Type.String({ maxLength: 5_000_000 })),
  textB: Type.Optional(Type.String({ maxLength: 5_000_000 })),
});
export const CompareResult = Type.Object({
  relation: Type.Object({}, open),
  substitutions: Type.Array(Type.Object({}, open)),
  drift: Type.Array(Type.Object({}, open)),
  texts: Type.Object({ a: Type.String(), b: Type.String() }),
});
export const FindBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: 5_000_000 }) });

export const Stories = Type.Object({ stories: Type.Array(Type.Object({}, open)) });
export const StoryView = Type.Object({
  story: Type.Object({}, open),
  documents: Type.Array(DocumentSummary),
  families: Type.Array(Type.Object({}, open)),
});
export const Families = Type.Object({ total: Type.Integer(), families: Type.Array(Type.Object({}, open)) });
export const Stats = Type.Object({
  documents: Type.Integer(),
  stories: Type.Integer(),
  substitutions: Type.Integer(),
  version: Type.String(),
});
