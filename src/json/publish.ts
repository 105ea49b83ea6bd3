/**
 * The JSON Schema document we publish (`schema/unspun.schema.json`): every
 * named shape once under `$defs`, referenced by `$ref`, and each command's
 * output as `$defs/output-<command>`. TypeBox writes a shape inline wherever
 * it is used; named ones are lifted out here so the file reads like the docs.
 */
import type { TSchema } from "@sinclair/typebox";
import { COMMAND_OUTPUTS } from "./commands.js";
import { DedupRecord, ExportClusterRecord, ExportRelationRecord } from "./dataset.js";

/** The outputs of the dataset commands, one JSON line per record. */
const DATASET_OUTPUTS: Record<string, TSchema> = {
  dedup: DedupRecord,
  "export-relations": ExportRelationRecord,
  "export-clusters": ExportClusterRecord,
};

export const SCHEMA_ID = "https://github.com/unspun/unspun/schema/unspun.schema.json";

export function jsonSchemaDocument(): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  const lift = (node: unknown, root: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => lift(n, false));
    if (node === null || typeof node !== "object") return node;
    const record = node as Record<string, unknown>;
    const id = record.$id;
    if (typeof id === "string" && !root) {
      if (!(id in defs)) {
        defs[id] = null; // reserve first: a shape refers to others, never to itself
        defs[id] = lift(record, true);
      }
      return { $ref: `#/$defs/${id}` };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) if (k !== "$id") out[k] = lift(v, false);
    return out;
  };
  const outputs = Object.entries({ ...COMMAND_OUTPUTS, ...DATASET_OUTPUTS }).sort(([x], [y]) => (x < y ? -1 : 1));
  for (const [command, schema] of outputs) defs[`output-${command}`] = lift(schema, true);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: SCHEMA_ID,
    title: "unspun --json output",
    description: "Every shape unspun prints with --json; each command's output is $defs/output-<command>. See docs/json.md.",
    $defs: Object.fromEntries(Object.entries(defs).sort(([x], [y]) => (x < y ? -1 : 1))),
  };
}
