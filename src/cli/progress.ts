/**
 * Progress on stderr for long work, only on a terminal (never with --json,
 * --quiet or off a TTY): one bar per stage, each with its count, rate and
 * time left, kept on screen when done so the run reads as a log of stages.
 */

import cliProgress from "cli-progress";
import { countRecords, formatProblem, type Problem, printable, type ScanStage } from "../index.js";
import type { Output } from "./output.js";

export interface Progress {
  tick(label: string): void;
  /** Writes a line to stderr above the bars without tearing them. */
  log(line: string): void;
  stop(): void;
}

const FORMAT = "{stage} {bar} {value}/{total} {unit}  {rate}/s  ETA {eta_formatted}  {label}";

interface Bars {
  /** Starts a stage's bar (ending the one before); `total` 0 means not known yet. */
  stage(name: string, total: number, unit: string): void;
  update(done: number, total?: number, label?: string): void;
  log(line: string): void;
  stop(): void;
}

function shown(o: Output): boolean {
  return o.tty && !o.json && !o.quiet;
}

function bars(o: Output): Bars {
  if (!shown(o)) return { stage: () => {}, update: () => {}, log: (line) => o.err(line), stop: () => {} };
  const multi = new cliProgress.MultiBar(
    { format: FORMAT, stream: process.stderr, hideCursor: true, clearOnComplete: false, etaBuffer: 50, fps: 10, barsize: 20 },
    cliProgress.Presets.shades_classic,
  );
  let bar: cliProgress.SingleBar | undefined;
  let started = 0;
  let name = "";
  let unit = "";
  const payload = (done: number, label = "") => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    return { stage: name.padEnd(8), unit, rate: rate >= 100 ? Math.round(rate) : rate.toFixed(1), label };
  };
  return {
    stage(next, total, nextUnit) {
      if (bar) bar.stop();
      name = next;
      unit = nextUnit;
      started = performance.now();
      bar = multi.create(Math.max(total, 1), 0, payload(0));
    },
    update(done, total, label) {
      if (!bar) return;
      if (total !== undefined && total > bar.getTotal()) bar.setTotal(total);
      bar.update(done, payload(done, label === undefined ? "" : printable(label.length > 40 ? `…${label.slice(-39)}` : label)));
    },
    log: (line) => multi.log(`${line}\n`),
    stop() {
      bar?.stop();
      multi.stop();
    },
  };
}

/** One bar over a known count (files, documents). */
export function startProgress(o: Output, total: number, unit: string): Progress {
  const b = bars(o);
  let done = 0;
  if (total >= 2) b.stage("reading", total, unit);
  return {
    tick: (label) => total >= 2 && b.update(++done, undefined, label),
    log: (line) => b.log(line),
    stop: () => b.stop(),
  };
}

const UNITS: Record<ScanStage, [string, string]> = {
  read: ["reading", "records"],
  sketch: ["sketching", "documents"],
  match: ["matching", "documents"],
  place: ["stories", "documents"],
};

/** What a scan's progress needs: pass `options` to `Corpus.scan` (or `dedup`), then `stop()`. */
export interface ScanProgress {
  options: {
    onProgress: (stage: ScanStage, done: number, total: number) => void;
    onProblem: (p: Problem) => void;
  };
  stop(): void;
}

/**
 * Bars for every stage of a scan: records read (of the lines of JSONL
 * files, counted up front on a terminal only), then documents sketched,
 * matched and placed in stories. Problems print above the bars.
 */
export async function scanProgress(o: Output, inputs: readonly string[]): Promise<ScanProgress> {
  const b = bars(o);
  const records = shown(o) ? await countRecords(inputs) : 0;
  let stage: ScanStage | undefined;
  return {
    options: {
      onProgress: (now, done, total) => {
        if (now !== stage) {
          stage = now;
          const [name, unit] = UNITS[now];
          b.stage(name, now === "read" ? records : total, unit);
        }
        b.update(done, now === "read" ? Math.max(records, done) : total);
      },
      onProblem: (p) => {
        if (!(o.quiet && p.severity === "warning")) b.log(`unspun: ${formatProblem(p)}`);
      },
    },
    stop: () => b.stop(),
  };
}

/** `3.2 s` since `started` (a `performance.now()`), for the one-line summary at the end. */
export function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
