/**
 * The `unspun` command line: a thin shell over the library. Each command
 * lives in `commands/`; this file wires flags and maps failures to the exit
 * codes in `exit-codes.ts`. A command's module, and the library with it, is
 * loaded only when that command runs, so `--help` and a usage error load
 * neither.
 */

import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { VERSION } from "../version.js";
import type { Context, GlobalFlags } from "./context.js";
import { EXIT } from "./exit-codes.js";
import { EMIT_CHOICES, FORMAT_CHOICES, KEEP_CHOICES, relationTypes, unitInterval } from "./option-values.js";

export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return await reportFailure(err);
  }
}

function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command("unspun")
    .description("Find every copy of a news story and trace it back to its source.")
    .version(VERSION)
    .option("--db <path-or-url>", "store: a SQLite file or a postgres:// URL (default: $UNSPUN_DB or .unspun/unspun.db)")
    .option("--json", "machine-readable output on stdout")
    .option("-q, --quiet", "no warnings or progress, errors only")
    .option("--config <file>", "settings by command, below the flags (default: ./unspun.config.json when present)")
    .exitOverride()
    // A usage error is one line, with where to look; the help itself is one --help away.
    .configureOutput({ outputError: (message, write) => write(`unspun: ${message.replace(/^error: /, "").trimEnd()} (see --help)\n`) })
    .configureHelp({ showGlobalOptions: true });
  const ctx = async (): Promise<Context> => (await import("./context.js")).makeContext(program.opts<GlobalFlags>());
  const run = (fn: () => Promise<number>) => async () => setCode(await fn());
  const maxBytes = new Option("--max-bytes <n>", "largest document accepted, in bytes after decompression").argParser(positiveInt);

  // Settings from the config file, wherever the command line gave none (src/cli/config.ts).
  program.hook("preAction", async (_program, action) => (await import("./config.js")).applyConfig(program, action));
  program
    .command("scan")
    .description("ingest, index and detect: report the inputs' documents and every copy relation among them and the corpus")
    .argument("<inputs...>", "files, directories, or - for stdin")
    .addOption(maxBytes)
    .addOption(new Option("--workers <n>", "threads judging candidate pairs (default 1: this thread)").argParser(positiveInt))
    .action((inputs: string[], flags) => run(async () => (await import("./commands/scan.js")).scanCommand(await ctx(), inputs, flags))());
  program
    .command("ingest")
    .description("read, extract and store documents (txt, html, html.gz, jsonl, warc, directories, -)")
    .argument("<inputs...>", "files, directories, or - for stdin")
    .addOption(maxBytes)
    .addOption(new Option("--batch-size <n>", "documents per transaction").argParser(positiveInt))
    .option("--enqueue", "queue a matching job per document for `unspun worker` (PostgreSQL)")
    .action((inputs: string[], flags) =>
      run(async () => (await import("./commands/ingest.js")).ingestCommand(await ctx(), inputs, flags))(),
    );
  program
    .command("worker")
    .description("process the PostgreSQL job queue: match each queued document against the corpus")
    .addOption(new Option("--concurrency <n>", "jobs claimed at a time").argParser(positiveInt).default(4))
    .option("--follow", "keep waiting for new jobs instead of stopping when the queue is drained")
    .addOption(new Option("--max-attempts <n>", "tries before a job is marked failed").argParser(positiveInt).default(3))
    .addOption(
      new Option("--lease-seconds <n>", "how long a claimed job is held before others may take it over").argParser(positiveInt).default(60),
    )
    .action((flags) => run(async () => (await import("./commands/worker.js")).workerCommand(await ctx(), flags))());
  program
    .command("jobs")
    .description("the PostgreSQL job queue: jobs per state, and failed jobs with their errors")
    .action(() => run(async () => (await import("./commands/worker.js")).jobsCommand(await ctx()))());
  program
    .command("ls")
    .description("list stored documents")
    .addOption(new Option("--limit <n>", "at most this many").argParser(positiveInt).default(100))
    .addOption(new Option("--offset <n>", "skip this many").argParser(nonNegativeInt).default(0))
    .action((flags) => run(async () => (await import("./commands/ls.js")).lsCommand(await ctx(), flags))());
  program
    .command("show")
    .description("show one stored document")
    .argument("<id>", "document id or a unique prefix of it")
    .action((id: string) => run(async () => (await import("./commands/show.js")).showCommand(await ctx(), id))());
  program
    .command("extract")
    .description("extract main text and metadata without storing anything")
    .argument("<files...>", "files, directories, or - for stdin")
    .addOption(maxBytes)
    .action((inputs: string[], flags) =>
      run(async () => (await import("./commands/extract.js")).extractCommand(await ctx(), inputs, flags))(),
    );
  program
    .command("find")
    .description("every corpus document related to one text, strongest first")
    .argument("<file-or-id>", "a file (read now, not stored) or a stored document id")
    .action((target: string) => run(async () => (await import("./commands/find.js")).findCommand(await ctx(), target))());
  program
    .command("compare")
    .description("the relation of two texts, with aligned passages side by side and changed words marked")
    .argument("<a>", "file or stored document id")
    .argument("<b>", "file or stored document id")
    .action((a: string, b: string) => run(async () => (await import("./commands/compare.js")).compareCommand(await ctx(), a, b))());
  program
    .command("align")
    .description("aligned passages with offsets only (JSON lines with --pairs or --json)")
    .argument("[texts...]", "two files or stored document ids")
    .option("--pairs <file>", "one `a<TAB>b` pair per line; JSONL out")
    .action((texts: string[], flags) => run(async () => (await import("./commands/align.js")).alignCommand(await ctx(), texts, flags))());
  program
    .command("report")
    .description("scan the inputs and write one self-contained HTML file with the compare and story views")
    .argument("<inputs...>", "files, directories, or - for stdin")
    .requiredOption("--html <file>", "where to write the report")
    .addOption(maxBytes)
    .action((inputs: string[], flags) =>
      run(async () => (await import("./commands/report.js")).reportCommand(await ctx(), inputs, flags))(),
    );
  program
    .command("serve")
    .description("serve the HTTP API over the corpus (127.0.0.1 by default)")
    .addOption(new Option("--port <n>", "port (0 picks a free one)").argParser(port).default(8080))
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--token <token>", "bearer token required for writes (visible in ps: prefer --token-file or $UNSPUN_TOKEN)")
    .option("--token-file <file>", "read the bearer token from a file (its first line)")
    .option("--allowed-host <name...>", "more Host names to answer besides loopback and --host (repeatable)")
    .addOption(new Option("--threads <n>", "threads answering find and compare (default: the core count)").argParser(positiveInt))
    .option("--create", "create the store when it does not exist yet, to fill it through the API")
    .addOption(new Option("--max-body <bytes>", "largest request body").argParser(positiveInt))
    .action((flags) => run(async () => (await import("./commands/serve.js")).serveCommand(await ctx(), flags))());
  program
    .command("stories")
    .description("every story in the corpus: documents about one event, with a label and a time span")
    .action(() => run(async () => (await import("./commands/stories.js")).storiesCommand(await ctx()))());
  program
    .command("drift")
    .description("the facts that differ between two aligned texts (numbers, dates, titles, names, quotations)")
    .argument("<a>", "file or stored document id")
    .argument("<b>", "file or stored document id")
    .action((a: string, b: string) => run(async () => (await import("./commands/drift.js")).driftCommand(await ctx(), a, b))());
  program
    .command("spin")
    .description("how spun each text looks, source-free: score, verdict, and spans with suggested originals")
    .argument("<inputs...>", "files, directories, stored document ids, or - for stdin")
    .addOption(maxBytes)
    .action((inputs: string[], flags) => run(async () => (await import("./commands/spin.js")).spinCommand(await ctx(), inputs, flags))());
  program
    .command("despin")
    .description("the copy with each substitution restored from its source, and a substitution table")
    .argument("<copy>", "file or stored document id")
    .requiredOption("--source <original>", "file or stored document id of the original")
    .action((copy: string, flags) => run(async () => (await import("./commands/despin.js")).despinCommand(await ctx(), copy, flags))());
  program
    .command("dedup")
    .description("a deduplicated dataset: scan the inputs, keep one record per cluster, write each record with its cluster (JSONL)")
    .argument("<inputs...>", "files, directories, or - for stdin (JSONL records keep all their fields)")
    .option("-o, --output <file>", "where to write the JSONL, atomically (default or -: stdout)")
    .addOption(new Option("--keep <rule>", "which record of a cluster to keep (default first)").choices(KEEP_CHOICES))
    .addOption(new Option("--emit <which>", "which records to write (default kept)").choices(EMIT_CHOICES))
    .addOption(
      new Option(
        "--min-coverage <share>",
        "share of a record's words the kept one must cover for it to be dropped (default 0.8)",
      ).argParser(unitInterval),
    )
    .addOption(
      new Option("--types <list>", "relation types that count as duplicates (default duplicate,excerpt,spun,paraphrase)").argParser(
        relationTypes,
      ),
    )
    .addOption(maxBytes)
    .addOption(new Option("--workers <n>", "threads judging candidate pairs (default 1: this thread)").argParser(positiveInt))
    .action((inputs: string[], flags) => run(async () => (await import("./commands/dedup.js")).dedupCommand(await ctx(), inputs, flags))());
  program
    .command("export")
    .description("a store's relations or copy families (clusters), as JSONL or CSV")
    .argument("<what>", "relations or clusters")
    .addOption(new Option("--format <format>", "jsonl or csv").choices(FORMAT_CHOICES).default("jsonl"))
    .option("-o, --output <file>", "where to write, atomically (default or -: stdout)")
    .action((what: string, flags) => run(async () => (await import("./commands/export.js")).exportCommand(await ctx(), what, flags))());
  const lexicon = program
    .command("lexicon")
    .description("the substitution lexicon learned from spun pairs, as TSV (spun, original, count)");
  lexicon
    .command("export")
    .description("write the learned lexicon as TSV")
    .option("--out <file>", "write here instead of stdout")
    .action((flags) => run(async () => (await import("./commands/lexicon.js")).lexiconExportCommand(await ctx(), flags))());
  lexicon
    .command("import")
    .description("add a TSV lexicon to the learned one (counts add up)")
    .argument("<file>", "TSV with spun, original and count columns")
    .action((file: string) => run(async () => (await import("./commands/lexicon.js")).lexiconImportCommand(await ctx(), file))());
  for (const command of program.commands) {
    const example = EXAMPLES[command.name()];
    if (example) command.addHelpText("after", `\nExample:\n  $ ${example}`);
  }
  return program;
}

/** One example per command, shown under its --help. */
const EXAMPLES: Record<string, string> = {
  scan: "unspun scan examples/seeds",
  ingest: "unspun --db corpus.db ingest crawl.warc.gz records.jsonl",
  worker: "unspun --db postgres://localhost/unspun worker --concurrency 8",
  jobs: "unspun --db postgres://localhost/unspun jobs",
  ls: "unspun ls --limit 20",
  show: "unspun show 31a4dacb",
  extract: "unspun --json extract page.html",
  find: "unspun find suspect.txt",
  compare: "unspun compare original.txt copy.txt",
  align: "unspun align --pairs pairs.tsv > passages.jsonl",
  report: "unspun report examples/seeds --html report.html",
  serve: "unspun serve --port 8080 --token-file token.txt",
  stories: "unspun --json stories",
  drift: "unspun drift original.txt copy.txt",
  spin: "unspun spin examples/seeds",
  despin: "unspun despin copy.txt --source original.txt",
  dedup: "unspun dedup records.jsonl --keep earliest -o deduplicated.jsonl",
  export: "unspun export relations --format csv -o relations.csv",
  lexicon: "unspun lexicon export --out learned.tsv",
};

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}

function port(value: string): number {
  const n = nonNegativeInt(value);
  if (n > 65535) throw new InvalidArgumentError("expected a port from 0 to 65535");
  return n;
}

function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
}

async function reportFailure(err: unknown): Promise<number> {
  const { isConnectionError, printable, StoreError } = await import("../index.js");
  if (err instanceof StoreError && err.missing) {
    process.stderr.write(`unspun: ${printable(err.message)}\n`);
    return EXIT.failed;
  }
  let message = err instanceof Error ? err.message : String(err);
  // PostgreSQL out of reach, and errors the server reports (they carry a severity).
  const unreachable = isConnectionError(err);
  if (unreachable) message = `cannot reach PostgreSQL (${message})`;
  const fromServer = typeof (err as { severity?: unknown }).severity === "string";
  const storeError = err instanceof StoreError || unreachable || fromServer || /SQLITE|database|PostgreSQL/i.test(message);
  process.stderr.write(`unspun: ${storeError ? "store error: " : "error: "}${printable(message)}\n`);
  return storeError ? EXIT.store : EXIT.failed;
}
