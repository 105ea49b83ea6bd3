/**
 * The JSON lines `unspun dedup` and `unspun export` write, in TypeBox like
 * the shapes of `src/json/schema.ts` they are built from. A dedup record is
 * open (it carries the input record's own fields); the export records are
 * closed.
 */
import { type Static, Type as T } from "@sinclair/typebox";
import { DocRef, Relation } from "./schema.js";

const Unit = T.Number({ minimum: 0, maximum: 1 });
const DedupRelation = T.Union(
  ["duplicate", "excerpt", "spun", "paraphrase"].map((k) => T.Literal(k)),
  { $id: "DedupRelation" },
);

export const DedupRecord = T.Object(
  {
    cluster: T.String({
      description: "the cluster: the kept record's document id (suffixed -2, -3 … for other kept records of the same text)",
    }),
    duplicate_of: T.Union([DocRef, T.Null()], { description: "null for a kept record; for a dropped one, the record kept in its place" }),
    relation: T.Union([DedupRelation, T.Null()], { description: "null for a kept record; else how it relates to the kept one" }),
    coverage: T.Union([Unit, T.Null()], { description: "null for a kept record; else the share of its words the kept one covers" }),
  },
  {
    $id: "DedupRecord",
    additionalProperties: true,
    description:
      "one input record with dedup's decision: a JSONL record's own fields as read, or {origin, title, text} for other inputs, then the four fields above",
  },
);
export type DedupRecordJson = Static<typeof DedupRecord>;

/** `export relations --format jsonl`: one stored relation a line, as every `--json` output gives it. */
export const ExportRelationRecord = Relation;
export type ExportRelationRecordJson = Static<typeof ExportRelationRecord>;

export const ExportClusterRecord = T.Object(
  {
    cluster: T.String({ description: "the copy family's first member id" }),
    size: T.Integer({ minimum: 2 }),
    representative: DocRef,
    members: T.Array(DocRef),
    missingOriginal: T.Boolean({ description: "the members copy an original that is not in the corpus" }),
  },
  {
    $id: "ExportCluster",
    additionalProperties: false,
    description:
      "`export clusters --format jsonl`: a copy family; the representative is its original when provenance names one, else its longest member",
  },
);
export type ExportClusterRecordJson = Static<typeof ExportClusterRecord>;
