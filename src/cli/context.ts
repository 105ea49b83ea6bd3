/** What every command gets: its output channels and a way to open the corpus. */
import { Corpus } from "../corpus/index.js";
import { consoleOutput, type Output } from "./output.js";

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
