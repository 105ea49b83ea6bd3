/** A progress bar on stderr for long work, shown only on a terminal. */

import cliProgress from "cli-progress";
import { printable } from "../index.js";
import type { Output } from "./output.js";

export interface Progress {
  tick(label: string): void;
  /** Writes a line to stderr above the bar without tearing it. */
  log(line: string): void;
  stop(): void;
}

export function startProgress(o: Output, total: number, unit: string): Progress {
  if (!o.tty || o.json || o.quiet || total < 2) {
    return { tick: () => {}, log: (line) => o.err(line), stop: () => {} };
  }
  const multi = new cliProgress.MultiBar(
    { format: `{bar} {value}/{total} ${unit} | {label}`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(total, 0, { label: "" });
  return {
    tick: (label) => bar.increment({ label: printable(label.length > 40 ? `…${label.slice(-39)}` : label) }),
    log: (line) => multi.log(`${line}\n`),
    stop: () => multi.stop(),
  };
}
