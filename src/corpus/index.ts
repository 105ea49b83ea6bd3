/**
 * The library's front door: a `Corpus` is a store plus the pipeline that
 * fills it. CLI, server and web are thin shells over this.
 *
 * @example
 * const corpus = Corpus.open(".unspun/unspun.db");
 * const summary = await corpus.ingest(["examples/seeds"]);
 * console.log(summary.inserted, await corpus.count());
 * await corpus.close();
 */
import { type ListOptions, openStore, type Store } from "../store/index.js";
import { type IngestRunOptions, type IngestSummary, ingestInputs } from "./ingest.js";

export { DEFAULT_BATCH_SIZE, type IngestRunOptions, type IngestSummary } from "./ingest.js";

export class Corpus {
  constructor(readonly store: Store) {}

  /** Opens the store at `location` (a SQLite path; `UNSPUN_DB` or `.unspun/unspun.db` by default). */
  static open(location?: string): Corpus {
    return new Corpus(openStore(location));
  }

  ingest(inputs: readonly string[], options?: IngestRunOptions): Promise<IngestSummary> {
    return ingestInputs(this.store, inputs, options);
  }

  list(options?: ListOptions) {
    return this.store.listDocuments(options);
  }

  get(idOrPrefix: string) {
    return this.store.getDocument(idOrPrefix);
  }

  count(): Promise<number> {
    return this.store.countDocuments();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
