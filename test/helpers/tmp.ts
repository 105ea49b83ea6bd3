import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

/** A fresh directory per call, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "unspun-test-"));
  created.push(dir);
  return dir;
}

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The five seed pages, as the repository ships them. */
export const SEEDS = join(import.meta.dirname, "..", "..", "examples", "seeds");

/** Two invented copies of one wire story, each crediting the agency: siblings under a missing original. */
export const WIRE_SIBLINGS = join(import.meta.dirname, "..", "fixtures", "wire-siblings");
