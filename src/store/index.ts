/**
 * store: persistence behind one interface. `openStore` picks the
 * implementation from the location: a `postgres://` URL means PostgreSQL,
 * anything else a SQLite file path.
 */
import { PostgresStore } from "./postgres.js";
import { type SqliteOptions, SqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

export { isConnectionError, PG_SCHEMA_VERSION, PostgresStore } from "./postgres.js";
export { SCHEMA_VERSION, type SqliteOptions, SqliteStore } from "./sqlite.js";
export * from "./store.js";

/** Where the store lives when neither `--db` nor `UNSPUN_DB` says. */
export const DEFAULT_DB_PATH = ".unspun/unspun.db";

/** A SQLite path or a `postgres://` URL; the library reads no environment (the CLI turns `UNSPUN_DB` into `location`). */
export function openStore(location: string = DEFAULT_DB_PATH, options: SqliteOptions = {}): Store {
  return isPostgresUrl(location) ? new PostgresStore(location) : new SqliteStore(location, options);
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}
