/**
 * The main job as one library call: read and store the inputs, match every
 * new document (and any an earlier run left pending) against the corpus,
 * place them in stories, and return what a user reads — the documents, their
 * relations, copy families and stories — with every problem met on the way.
 */
import type { AlignOptions } from "../align/index.js";
import { recordItem } from "../ingest/index.js";
import type { RelationReport } from "../match/index.js";
import type { Problem } from "../problems.js";
import { copyFamilies, type Family, type Story } from "../provenance/index.js";
import type { DocumentSummary } from "../store/index.js";
import type { PairVerifier } from "./detect.js";
import type { Corpus } from "./index.js";
import { type IngestRunOptions, type IngestSummary, ingestItems } from "./ingest.js";

/**
 * `read`: records read and stored; `sketch`: new documents analysed and sketched; `match`: documents
 * matched; `place`: documents placed in stories.
 */
export type ScanStage = "read" | "sketch" | "match" | "place";

export interface ScanOptions extends Omit<IngestRunOptions, "onProblem"> {
  /** Judges candidate pairs on worker threads (`VerifyPool`) instead of this one. */
  verify?: PairVerifier;
  align?: Partial<AlignOptions>;
  /** Every problem, as it happens; all of them are also in the result. */
  onProblem?: (p: Problem) => void;
  /** Progress within a stage: `done` of `total` (`total` is 0 while reading, where it is not known). */
  onProgress?: (stage: ScanStage, done: number, total: number) => void;
  /**
   * Store each matched document's spin verdict, for the web listing's filter. Spin detection costs about
   * 6 ms a document (a third of a scan), so `scan` leaves it to the listing, which judges the documents it
   * shows (`Corpus.listing`), unless asked. Posted documents (`ingestDocuments`) are judged by default.
   */
  judgeSpin?: boolean;
}

export interface ScanResult extends Ingested {
  /** The documents read, and the corpus documents they relate to. */
  documents: DocumentSummary[];
  /** Relations among those documents, unrelated pairs left out. */
  relations: RelationReport[];
  families: Family[];
  /** The stories holding any document read. */
  stories: Story[];
}

/** What storing and matching inputs gives, before the report is assembled. */
export interface Ingested {
  summary: IngestSummary;
  problems: Problem[];
  /** Every document the inputs held, stored now or before, in input order. */
  ids: string[];
}

export async function scanInputs(corpus: Corpus, inputs: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  const started = new Date().toISOString();
  const ingested = await ingestAndMatch(
    corpus,
    options,
    (o) => corpus.ingest(inputs, o),
    () => corpus.pending(started),
  );
  return { ...(await assemble(corpus, ingested.matched, ingested.found)), ...ingested.result };
}

/** Stores records given as objects (an API request), then matches and places them; `origin` names them in problems. */
export async function ingestRecords(
  corpus: Corpus,
  records: readonly Record<string, unknown>[],
  options: ScanOptions & { origin?: string } = {},
): Promise<Ingested> {
  const origin = options.origin ?? "request";
  const items = records.map((r, i) => recordItem(r, origin, i + 1));
  return (await ingestAndMatch(corpus, { judgeSpin: true, ...options }, (o) => ingestItems(corpus.store, items, o))).result;
}

/**
 * Stores what `ingest` reads, then matches the documents (with any `pending`
 * adds: documents an earlier run left unmatched) and places them in stories.
 */
async function ingestAndMatch(
  corpus: Corpus,
  options: ScanOptions,
  ingest: (o: IngestRunOptions) => Promise<IngestSummary>,
  pending: () => Promise<string[]> = async () => [],
): Promise<{ result: Ingested; matched: string[]; found: RelationReport[] }> {
  const problems: Problem[] = [];
  const onProblem = (p: Problem) => {
    problems.push(p);
    options.onProblem?.(p);
  };
  const ids: string[] = [];
  let read = 0;
  const summary = await ingest({
    ...options,
    onProblem,
    onDocument: (doc) => {
      ids.push(doc.id);
      options.onDocument?.(doc);
      options.onProgress?.("read", ++read, 0);
    },
  });
  const matched = [...new Set([...ids, ...(await pending())])];
  const found = await corpus.detect(matched, {
    onProblem,
    onProgress: (done, total) => options.onProgress?.("match", done, total),
    onSketch: (done, total) => options.onProgress?.("sketch", done, total),
    ...(options.verify ? { verify: options.verify } : {}),
    ...(options.align ? { align: options.align } : {}),
  });
  await corpus.updateStories(matched, { onProblem, onProgress: (done, total) => options.onProgress?.("place", done, total) });
  // Verdicts for the listing's filter, with what this batch's spun pairs taught the lexicon.
  if (options.judgeSpin) await corpus.judgeSpin(matched, { onProblem });
  return { result: { summary, problems, ids: [...new Set(ids)] }, matched, found };
}

/** The documents matched, those their relations reach, and the relations, families and stories among them. */
async function assemble(
  corpus: Corpus,
  ids: readonly string[],
  found: readonly RelationReport[],
): Promise<Pick<ScanResult, "documents" | "relations" | "families" | "stories">> {
  const involved = [...new Set([...ids, ...found.flatMap((r) => [r.a, r.b])])];
  const documents = await corpus.list({ ids: involved, limit: involved.length });
  const relations = await corpus.relations(involved);
  const inScan = new Set(involved);
  const stories = (await corpus.stories()).filter((s) => s.members.some((m) => inScan.has(m)));
  return { documents, relations, families: copyFamilies(relations), stories };
}
