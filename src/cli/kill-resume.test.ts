/**
 * SIGKILL an ingest halfway, run it again: every document ends up stored
 * exactly once. Batches are transactions and ids are content addresses, so
 * the rerun skips what was committed and redoes only the batch in flight.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { runCli, startCli } from "../../test/helpers/cli.js";
import { tempDir } from "../../test/helpers/tmp.js";

const FILES = 3000;

function storedCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare("SELECT count(*) FROM documents").pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

describe("a killed ingest", () => {
  it("resumes without losing or duplicating documents", async () => {
    const dir = join(tempDir(), "corpus");
    mkdirSync(dir);
    for (let i = 0; i < FILES; i++) {
      writeFileSync(
        join(dir, `${String(i).padStart(5, "0")}.txt`),
        `Report number ${i}\n\nThe council met on day ${i} and voted to approve item ${i * 7} of the budget, officials said.`,
      );
    }
    const db = join(tempDir(), "u.db");
    const child = startCli(["--db", db, "ingest", dir, "--batch-size", "10"]);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    while (storedCount(db) === 0) await sleep(5);
    child.kill("SIGKILL");
    await exited;
    const afterKill = storedCount(db);
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(FILES);
    expect(afterKill % 10).toBe(0);

    const rerun = await runCli(["--db", db, "--json", "ingest", dir]);
    expect(rerun.code).toBe(0);
    const { summary } = JSON.parse(rerun.stdout);
    expect(summary.existing).toBe(afterKill);
    expect(summary.inserted).toBe(FILES - afterKill);
    const conn = new Database(db, { readonly: true });
    const row = conn.prepare("SELECT count(*) AS n, count(DISTINCT origin) AS origins FROM documents").get();
    conn.close();
    expect(row).toEqual({ n: FILES, origins: FILES });
  });
});
