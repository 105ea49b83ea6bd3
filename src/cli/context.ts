/** What every command gets: its output channels and a way to open the corpus. */
import { AmbiguousIdError, Corpus, DEFAULT_DB_PATH, isPostgresUrl, printable, StoreError } from "../index.js";
import { EXIT } from "./exit-codes.js";
import { consoleOutput, type Output } from "./output.js";
import { ResolveError } from "./resolve.js";

export interface GlobalFlags {
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

/** Commands that only read never create a store: for them a missing one is an error, not a new empty store. */
export type StoreMode = "create" | "existing";

export interface Context {
  o: Output;
  flags: GlobalFlags;
  /** `--db`, else `$UNSPUN_DB`, else the default path. */
  location: string;
  openCorpus(mode?: StoreMode): Corpus;
}

export function makeContext(flags: GlobalFlags): Context {
  const location = flags.db ?? process.env.UNSPUN_DB ?? DEFAULT_DB_PATH;
  return {
    o: consoleOutput(flags),
    flags,
    location,
    openCorpus: (mode = "create") => Corpus.open(location, { mustExist: mode === "existing" }),
  };
}

/**
 * Runs a command against the corpus: opens it, closes it afterwards, and
 * turns a lookup the user got wrong (no such file or id, an ambiguous id
 * prefix) into one line on stderr and exit code 1.
 */
export async function withCorpus(ctx: Context, run: (corpus: Corpus) => Promise<number>, mode: StoreMode = "existing"): Promise<number> {
  const corpus = ctx.openCorpus(mode);
  try {
    return await lookups(ctx, () => run(corpus));
  } finally {
    await corpus.close();
  }
}

/**
 * For commands that take files or stored ids: the corpus when a store
 * exists, `undefined` when none does, so that comparing two files needs no
 * store and creates none.
 */
export async function withOptionalCorpus(ctx: Context, run: (corpus: Corpus | undefined) => Promise<number>): Promise<number> {
  let corpus: Corpus | undefined;
  try {
    corpus = ctx.openCorpus("existing");
  } catch (err) {
    if (!(err instanceof StoreError && err.missing) || isPostgresUrl(ctx.location)) throw err;
  }
  try {
    return await lookups(ctx, () => run(corpus));
  } finally {
    await corpus?.close();
  }
}

async function lookups(ctx: Context, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof ResolveError || err instanceof AmbiguousIdError)) throw err;
    ctx.o.err(`unspun: ${printable(err.message)}`);
    return EXIT.failed;
  }
}
