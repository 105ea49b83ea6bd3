/** What every command gets: its output channels and a way to open the corpus. */
import { Corpus } from "../corpus/index.js";
import { AmbiguousIdError } from "../store/index.js";
import { EXIT } from "./exit-codes.js";
import { consoleOutput, type Output } from "./output.js";
import { ResolveError } from "./resolve.js";

export interface GlobalFlags {
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

export interface Context {
  o: Output;
  flags: GlobalFlags;
  openCorpus(): Corpus;
}

export function makeContext(flags: GlobalFlags): Context {
  return { o: consoleOutput(flags), flags, openCorpus: () => Corpus.open(flags.db) };
}

/**
 * Runs a command against the corpus: opens it, closes it afterwards, and
 * turns a lookup the user got wrong (no such file or id, an ambiguous id
 * prefix) into one line on stderr and exit code 1.
 */
export async function withCorpus(ctx: Context, run: (corpus: Corpus) => Promise<number>): Promise<number> {
  const corpus = ctx.openCorpus();
  try {
    return await run(corpus);
  } catch (err) {
    if (!(err instanceof ResolveError || err instanceof AmbiguousIdError)) throw err;
    ctx.o.err(`unspun: ${err.message}`);
    return EXIT.failed;
  } finally {
    await corpus.close();
  }
}
