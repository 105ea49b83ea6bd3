/**
 * Where `dedup` and `export` write: stdout for `-` (or no file), else a file
 * written atomically — into a temporary file beside it, renamed over it only
 * once everything is written, so a reader never sees half a dataset and a
 * failed run leaves the old file as it was.
 */
import { createWriteStream, openSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { printable } from "../index.js";
import type { Output } from "./output.js";

export interface Sink {
  write(text: string): Promise<void>;
  /** Everything written: flushes, and renames the file into place. */
  commit(): Promise<void>;
  /** Something failed: the temporary file goes, the target is untouched. */
  abort(): void;
}

/** `openSink`, or one line on stderr saying why the target cannot be written (the command then exits 1). */
export function openSinkOrSay(o: Output, target: string | undefined): Sink | undefined {
  try {
    return openSink(target);
  } catch (err) {
    o.err(`unspun: cannot write ${printable(target ?? "-")}: ${printable((err as Error).message)}`);
    return undefined;
  }
}

/** Text is gathered into chunks this large before it is written. */
const CHUNK = 1 << 16;

/** Opens the target now (a file that cannot be created fails here, before any work), throwing the system's error. */
export function openSink(target: string | undefined): Sink {
  if (target === undefined || target === "-")
    return buffered(
      process.stdout,
      async () => {},
      () => {},
    );
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const stream = createWriteStream(temp, { fd: openSync(temp, "wx") });
  return buffered(
    stream,
    async () => {
      await new Promise<void>((resolve, reject) => {
        stream.once("error", reject);
        stream.end((err?: Error | null) => (err ? reject(err) : resolve()));
      });
      renameSync(temp, target);
    },
    () => {
      stream.destroy();
      rmSync(temp, { force: true });
    },
  );
}

function buffered(stream: NodeJS.WritableStream, done: () => Promise<void>, abort: () => void): Sink {
  let pending = "";
  let failed: Error | undefined;
  stream.on("error", (err: Error) => {
    failed ??= err;
  });
  const flush = async () => {
    if (failed) throw failed;
    if (pending === "") return;
    const text = pending;
    pending = "";
    if (!stream.write(text))
      await new Promise<void>((resolve) => {
        stream.once("drain", () => resolve());
        stream.once("error", () => resolve());
      });
    if (failed) throw failed;
  };
  return {
    write: async (text) => {
      pending += text;
      if (pending.length >= CHUNK) await flush();
    },
    commit: async () => {
      await flush();
      await done();
    },
    abort,
  };
}
