/**
 * The main job as one library call: read and store the inputs, match every
 * new document (and any an earlier run left pending) against the corpus,
 * place them in stories, and return what a user reads — the documents, their
 * relations, copy families and stories — with every problem met on the way.
 */
import type { AlignOptions } from "../align/index.js";
import type { RelationReport } from "../match/index.js";
import type { Problem } from "../problems.js";
import { copyFamilies, type Family, type Story } from "../provenance/index.js";
import type { DocumentSummary } from "../store/index.js";
import type { PairVerifier } from "./detect.js";
import type { Corpus } from "./index.js";
import type { IngestRunOptions, IngestSummary } from "./ingest.js";

/** `read`: files and records stored; `match`: documents matched; `place`: documents placed in stories. */
export type ScanStage = "read" | "match" | "place";

export interface ScanOptions extends Omit<IngestRunOptions, "onProblem"> {
  /** Judges candidate pairs on worker threads (`VerifyPool`) instead of this one. */
  verify?: PairVerifier;
  align?: Partial<AlignOptions>;
  /** Every problem, as it happens; all of them are also in the result. */
  onProblem?: (p: Problem) => void;
  /** Progress within a stage: `done` of `total` (`total` is 0 while reading, where it is not known). */
  onProgress?: (stage: ScanStage, done: number, total: number) => void;
}

export interface ScanResult {
  /** The documents read, and the corpus documents they relate to. */
  documents: DocumentSummary[];
  /** Relations among those documents, unrelated pairs left out. */
  relations: RelationReport[];
  families: Family[];
  /** The stories holding any document read. */
  stories: Story[];
  summary: IngestSummary;
  problems: Problem[];
  /** Every document the inputs held, stored now or before, in input order. */
  ids: string[];
}

export async function scanInputs(corpus: Corpus, inputs: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  const problems: Problem[] = [];
  const onProblem = (p: Problem) => {
    problems.push(p);
    options.onProblem?.(p);
  };
  const started = new Date().toISOString();
  const ids: string[] = [];
  let read = 0;
  const summary = await corpus.ingest(inputs, {
    ...options,
    onProblem,
    onDocument: (doc) => {
      ids.push(doc.id);
      options.onDocument?.(doc);
      options.onProgress?.("read", ++read, 0);
    },
  });
  // Documents an earlier run left unmatched (killed, or a failed stage) are matched now too.
  const unique = [...new Set([...ids, ...(await corpus.pending(started))])];
  return { ...(await corpus.matchAndPlace(unique, { ...options, onProblem })), summary, problems, ids: [...new Set(ids)] };
}

/** Matches documents already stored and places them in stories; what `scanInputs` does after reading. */
export async function matchAndPlace(
  corpus: Corpus,
  ids: readonly string[],
  options: Pick<ScanOptions, "verify" | "align" | "onProgress"> & { onProblem: (p: Problem) => void },
): Promise<Pick<ScanResult, "documents" | "relations" | "families" | "stories">> {
  const found = await corpus.detect(ids, {
    onProblem: options.onProblem,
    onProgress: (done, total) => options.onProgress?.("match", done, total),
    ...(options.verify ? { verify: options.verify } : {}),
    ...(options.align ? { align: options.align } : {}),
  });
  await corpus.updateStories(ids, {
    onProblem: options.onProblem,
    onProgress: (done, total) => options.onProgress?.("place", done, total),
  });
  const involved = [...new Set([...ids, ...found.flatMap((r) => [r.a, r.b])])];
  const documents = await corpus.list({ ids: involved, limit: involved.length });
  const relations = await corpus.relations(involved);
  const inScan = new Set(involved);
  const stories = (await corpus.stories()).filter((s) => s.members.some((m) => inScan.has(m)));
  return { documents, relations, families: copyFamilies(relations), stories };
}
