/**
 * The datasets beside the repository (../shared). A test that needs one skips,
 * with a one-line reason, when it is absent, so a fresh clone passes on its
 * own; with UNSPUN_REQUIRE_DATA=1 (which .ci/run sets) a missing dataset is a
 * failure instead, so CI always runs every gate.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";

export const SHARED = join(import.meta.dirname, "..", "..", "..", "shared");
export const SHARED_DATA = join(SHARED, "data");
export const SHARED_BADINPUT = join(SHARED, "badinput");

/** Whether `path` is there for `what` to use; prints why not, or throws when CI requires it. */
export function haveData(what: string, path: string): boolean {
  if (existsSync(path)) return true;
  const reason = `${what}: ${path} is absent`;
  if (process.env.UNSPUN_REQUIRE_DATA === "1") throw new Error(`${reason}, and UNSPUN_REQUIRE_DATA=1 requires it`);
  console.log(`skipped: ${reason} (clone beside ../shared to run it)`);
  return false;
}
