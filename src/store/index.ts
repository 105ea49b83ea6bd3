/**
 * store: persistence behind one interface. `openStore` picks the
 * implementation from the location: a file path means embedded SQLite.
 */
import { SqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

export { SCHEMA_VERSION, SqliteStore } from "./sqlite.js";
export * from "./store.js";

/** Where the store lives when neither `--db` nor `UNSPUN_DB` says. */
export const DEFAULT_DB_PATH = ".unspun/unspun.db";

export function openStore(location: string = process.env.UNSPUN_DB ?? DEFAULT_DB_PATH): Store {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new Error("PostgreSQL stores are not available in this version; use a SQLite file path");
  }
  return new SqliteStore(location);
}
