/** Where commands write: results to stdout, problems and progress to stderr. */

import pc from "picocolors";
import { formatProblem, type Problem, roundNumbers } from "../index.js";

export interface Output {
  json: boolean;
  quiet: boolean;
  /** Colours and progress bars only on a terminal. */
  tty: boolean;
  out(line: string): void;
  err(line: string): void;
}

export function consoleOutput(flags: { json?: boolean; quiet?: boolean }): Output {
  return {
    json: flags.json === true,
    quiet: flags.quiet === true,
    tty: process.stderr.isTTY === true,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

export function printProblem(o: Output, p: Problem): void {
  if (o.quiet && p.severity === "warning") return;
  const line = `unspun: ${formatProblem(p)}`;
  o.err(o.tty ? (p.severity === "error" ? pc.red(line) : pc.yellow(line)) : line);
}

/** One JSON value a line (shapes: docs/json.md); absent fields print as `null`, numbers to three places. */
export function printJson(o: Output, value: unknown): void {
  o.out(JSON.stringify(value, roundNumbers));
}
