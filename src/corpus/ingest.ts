/**
 * The ingest pipeline: read inputs, skip what is already stored, extract the
 * rest and store it in batches. Each batch is one transaction, so a killed run
 * loses at most the batch in flight, and the rerun fills it in.
 */
import { extractDocument } from "../extract/index.js";
import { type IngestItem, type IngestOptions, readInputs } from "../ingest/index.js";
import type { Problem } from "../problems.js";
import type { Origin, Store, StoredDocument } from "../store/index.js";
import type { RawDocument } from "../types.js";

export interface IngestRunOptions extends Partial<IngestOptions> {
  /** Documents per transaction. */
  batchSize?: number;
  now?: Date;
  stdin?: AsyncIterable<Uint8Array>;
  onProblem?: (p: Problem) => void;
  onDocument?: (doc: { id: string; origin: string; stored: boolean }) => void;
}

export interface IngestSummary {
  files: number;
  /** Documents read, stored or not. */
  documents: number;
  inserted: number;
  /** Already in the store: same content id. */
  existing: number;
  /** Files or records that produced no document. */
  skipped: number;
  warnings: number;
}

/**
 * Large enough to amortise the commit (an fsync in WAL mode), small enough
 * that a killed run redoes little.
 */
export const DEFAULT_BATCH_SIZE = 100;

export async function ingestInputs(store: Store, inputs: readonly string[], options: IngestRunOptions = {}): Promise<IngestSummary> {
  let files = 0;
  const readOptions: Partial<IngestOptions> = {
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    onFile: (file) => {
      files++;
      options.onFile?.(file);
    },
  };
  return { ...(await ingestItems(store, readInputs(inputs, readOptions, options.stdin), options)), files };
}

/**
 * Stores read documents (or records posted to the API, `recordItem`), a
 * batch per transaction; each problem is reported and counted, and the rest
 * go on. Files are the reader's to count (`files` stays 0 here).
 */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  options: IngestRunOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { files: 0, documents: 0, inserted: 0, existing: 0, skipped: 0, warnings: 0 };
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const report = (p: Problem) => {
    if (p.severity === "error") summary.skipped++;
    else summary.warnings++;
    options.onProblem?.(p);
  };
  let batch: RawDocument[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    await storeBatch(store, batch, summary, options, report);
    batch = [];
  };
  for await (const item of items) {
    if (item.problem) {
      report(item.problem);
      continue;
    }
    summary.documents++;
    batch.push(item.document);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}

async function storeBatch(
  store: Store,
  batch: RawDocument[],
  summary: IngestSummary,
  options: IngestRunOptions,
  report: (p: Problem) => void,
): Promise<void> {
  const known = await store.existingIds(batch.map((d) => d.id));
  const ingestedAt = (options.now ?? new Date()).toISOString();
  const fresh = new Map<string, StoredDocument>();
  // The same content read again, from here or another origin: one document, with every origin kept.
  const seen: Origin[] = [];
  for (const raw of batch) {
    if (known.has(raw.id) || fresh.has(raw.id)) {
      summary.existing++;
      seen.push({ doc: raw.id, origin: raw.origin, ingestedAt });
      options.onDocument?.({ id: raw.id, origin: raw.origin, stored: false });
      continue;
    }
    const { article, problem } = extractDocument(raw, options.now ? { now: options.now } : {});
    if (problem) {
      report(problem);
      continue;
    }
    for (const p of article.problems) report(p);
    fresh.set(raw.id, { article, raw: raw.content, bytes: raw.bytes, ingestedAt });
  }
  const result = await store.putDocuments([...fresh.values()], seen);
  summary.inserted += result.inserted;
  summary.existing += result.existing;
  for (const doc of fresh.values()) options.onDocument?.({ id: doc.article.id, origin: doc.article.origin, stored: true });
}
