/**
 * A deduplicated dataset: scan the inputs (`Corpus.scan`), keep one record
 * per cluster (`keep.ts`), and write every record as it was read with what
 * was decided about it (`cluster`, `duplicate_of`, `relation`, `coverage`).
 *
 * The inputs are read three times: once by the scan, once to list their
 * records in order (light: an id and an origin each), and once more while
 * the output is written, so that no record's text is held for long. JSONL
 * records are written from their line as read, so their own fields pass
 * through byte for byte; other inputs give `{origin, title, text}`.
 * Standard input, which cannot be read twice, is held in memory.
 *
 * @example
 * const run = await dedup(corpus, ["data.jsonl"], { keep: "longest" });
 * for await (const line of run.lines()) process.stdout.write(`${line}\n`);
 */
import type { Corpus, IngestSummary, ScanOptions } from "../corpus/index.js";
import { readInputs } from "../ingest/index.js";
import { roundNumbers } from "../json/index.js";
import type { DocRefJson } from "../json/schema.js";
import { type Problem, problem } from "../problems.js";
import { DIRECTION } from "../provenance/index.js";
import type { DocumentSummary } from "../store/index.js";
import { DEDUP_TYPES, DEFAULT_MIN_COVERAGE, type DedupType, decideKept, type KeepDecision, type KeepRule } from "./keep.js";

export {
  type ClusterExport,
  clusterCsvHeader,
  clusterCsvRows,
  exportClusters,
  exportRelations,
  type RelationExport,
  relationCsvHeader,
  relationCsvRow,
} from "./export.js";
export {
  DEDUP_TYPES,
  DEFAULT_MIN_COVERAGE,
  type DedupType,
  KEEP_RULES,
  type KeepCandidate,
  type KeepDecision,
  type KeepRule,
} from "./keep.js";

/** Which records `lines()` writes. */
export type DedupEmit = "kept" | "dropped" | "all";
export const DEDUP_EMITS: readonly DedupEmit[] = ["kept", "dropped", "all"];

export interface DedupOptions {
  /** Which record of a cluster to keep (default `first`). */
  keep?: KeepRule;
  /** Which records to write (default `kept`). */
  emit?: DedupEmit;
  /** Share of a record's words the kept one must cover for a relation to make it a duplicate (default 0.8). */
  minCoverage?: number;
  /** Relation types that make a record a duplicate (default duplicate, excerpt, spun, paraphrase). */
  types?: readonly DedupType[];
  /** How the inputs are scanned: limits, verification threads, progress; `onProblem` hears every problem, the scan's and the writing's. */
  scan?: ScanOptions;
  /** Standard input, for an input `-` (default `process.stdin`); held in memory, since it is read more than once. */
  stdin?: AsyncIterable<Uint8Array>;
}

/** What was decided, counted. */
export interface DedupSummary {
  /** Records the inputs held that were stored (and so decided on). */
  records: number;
  kept: number;
  dropped: number;
  /** Dropped records by their relation to the kept one. */
  droppedBy: Record<DedupType, number>;
  /** Files or records that gave no record (each a problem). */
  skipped: number;
  /** The scan's own tally. */
  scan: IngestSummary;
}

/** The fields dedup adds to each record. */
export interface DedupFields {
  cluster: string;
  duplicate_of: DocRefJson | null;
  relation: DedupType | null;
  coverage: number | null;
}

export interface DedupRun {
  summary: DedupSummary;
  problems: Problem[];
  /** Each record chosen by `emit`, in input order, as one JSON text (no newline). Re-reads the inputs. */
  lines(): AsyncGenerator<string>;
}

const ADDED = ["cluster", "duplicate_of", "relation", "coverage"] as const;

interface RecordRef {
  id: string;
  origin: string;
}

export async function dedup(corpus: Corpus, inputs: readonly string[], options: DedupOptions = {}): Promise<DedupRun> {
  const keep = options.keep ?? "first";
  const emit = options.emit ?? "kept";
  const minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
  const types = options.types ?? DEDUP_TYPES;
  if (!(minCoverage >= 0 && minCoverage <= 1)) throw new RangeError(`minCoverage must be from 0 to 1, got ${minCoverage}`);
  const scanOptions = options.scan ?? {};
  const stdin = inputs.includes("-") ? await replayable(options.stdin ?? process.stdin) : undefined;
  const reread = () => (stdin ? { stdin: stdin() } : {});
  const problems: Problem[] = [];
  const result = await corpus.scan(inputs, {
    ...scanOptions,
    ...reread(),
    onProblem: (p) => {
      problems.push(p);
      scanOptions.onProblem?.(p);
    },
  });
  const readOptions = scanOptions.maxBytes ? { maxBytes: scanOptions.maxBytes } : {};

  // Every record in input order, by the document it gave; problems were reported by the scan.
  const records: RecordRef[] = [];
  for await (const item of readInputs(inputs, readOptions, stdin?.())) if (item.document) records.push(item.document);
  const ids = [...new Set(records.map((r) => r.id))];
  const docs = new Map<string, DocumentSummary>();
  for (let i = 0; i < ids.length; i += 500) {
    const page = ids.slice(i, i + 500);
    for (const d of await corpus.list({ ids: page, limit: page.length })) docs.set(d.id, d);
  }
  const firstAt = new Map<string, number>();
  records.forEach((r, i) => {
    if (docs.has(r.id) && !firstAt.has(r.id)) firstAt.set(r.id, i);
  });
  const candidates = [...firstAt].map(([id, order]) => {
    const d = docs.get(id) as DocumentSummary;
    const trusted = d.date !== undefined && (d.dateConfidence ?? 1) >= DIRECTION.minDateConfidence;
    return { id, order, words: d.words, ...(trusted ? { date: d.date } : {}) };
  });
  const decisions = decideKept(candidates, result.relations, { keep, minCoverage, types });

  // Record-level decisions: a kept document's first record is kept; its other records are duplicates of it.
  const fields: Array<DedupFields | undefined> = [];
  const keptRecord = new Map<string, number>();
  const clusterOf = new Map<number, string>();
  const clusterIds = new Set<string>();
  const summary: DedupSummary = {
    records: 0,
    kept: 0,
    dropped: 0,
    droppedBy: { duplicate: 0, excerpt: 0, spun: 0, paraphrase: 0 },
    skipped: result.summary.skipped,
    scan: result.summary,
  };
  const ref = (i: number): DocRefJson => {
    const r = records[i] as RecordRef;
    return { id: r.id, origin: r.origin, title: docs.get(r.id)?.title ?? null };
  };
  const keepRecord = (i: number, id: string) => {
    // Two records of one text are both kept only when duplicates do not count: each is then its own cluster.
    let cluster = id;
    for (let n = 2; clusterIds.has(cluster); n++) cluster = `${id}-${n}`;
    clusterIds.add(cluster);
    clusterOf.set(i, cluster);
    fields[i] = { cluster, duplicate_of: null, relation: null, coverage: null };
    summary.kept++;
  };
  const dropRecord = (i: number, by: number, type: DedupType, coverage: number) => {
    fields[i] = { cluster: clusterOf.get(by) as string, duplicate_of: ref(by), relation: type, coverage };
    summary.dropped++;
    summary.droppedBy[type]++;
  };
  // Kept documents first, so that every dropped record finds its kept one's cluster.
  records.forEach((r, i) => {
    const d = decisions.get(r.id);
    if (!d?.kept) return;
    const first = keptRecord.get(r.id);
    if (first === undefined) {
      keptRecord.set(r.id, i);
      keepRecord(i, r.id);
    } else if (types.includes("duplicate")) dropRecord(i, first, "duplicate", 1);
    else keepRecord(i, r.id);
  });
  records.forEach((r, i) => {
    const d = decisions.get(r.id) as KeepDecision | undefined;
    if (d && !d.kept) dropRecord(i, keptRecord.get(d.by) as number, d.type, d.coverage);
  });
  summary.records = summary.kept + summary.dropped;

  const wanted = (f: DedupFields) => emit === "all" || (emit === "kept") === (f.duplicate_of === null);
  async function* lines(): AsyncGenerator<string> {
    let i = 0;
    const replaced = new Set<string>();
    for await (const item of readInputs(inputs, readOptions, stdin?.())) {
      if (!item.document) continue;
      const at = i++;
      const expected = records[at];
      if (expected?.id !== item.document.id) throw new Error(`the inputs changed while being deduplicated (at ${item.document.origin})`);
      const f = fields[at];
      if (!f || !wanted(f)) continue;
      const added = JSON.stringify(f, roundNumbers).slice(1, -1);
      if (item.source !== undefined) {
        const clash = ADDED.filter((k) => item.source?.includes(`"${k}"`) && Object.hasOwn(JSON.parse(item.source) as object, k));
        if (clash.length === 0) {
          const body = item.source.slice(0, item.source.lastIndexOf("}")).trimEnd();
          yield `${body}${body.endsWith("{") ? "" : ","}${added}}`;
          continue;
        }
        for (const k of clash) {
          if (replaced.has(k)) continue;
          replaced.add(k);
          const p = problem(
            "bad-record",
            "warning",
            { file: item.document.origin },
            `field "${k}" replaced by dedup's own (and in every later record)`,
          );
          problems.push(p);
          scanOptions.onProblem?.(p);
        }
        yield JSON.stringify({ ...(JSON.parse(item.source) as object), ...f }, roundNumbers);
        continue;
      }
      const stored = await corpus.get(item.document.id);
      yield JSON.stringify(
        { origin: item.document.origin, title: stored?.article.title ?? null, text: stored?.article.text ?? "", ...f },
        roundNumbers,
      );
    }
  }
  return { summary, problems, lines };
}

/** A stream read once into memory, to be read again as often as needed. */
async function replayable(source: AsyncIterable<Uint8Array>): Promise<() => AsyncIterable<Uint8Array>> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return async function* () {
    yield* chunks;
  };
}
