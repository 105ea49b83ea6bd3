import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { doc } from "../../test/helpers/stored-doc.js";
import { tempDir } from "../../test/helpers/tmp.js";
import { SCHEMA_VERSION, SchemaVersionError, SqliteStore, StoreError } from "./index.js";

// The Store contract (test/store-contract.test.ts) runs against SQLite and PostgreSQL; these are SQLite's own.
describe("SqliteStore", () => {
  it("keeps data across reopening and refuses a newer schema", async () => {
    const path = join(tempDir(), "u.db");
    const store = new SqliteStore(path);
    await store.putDocuments([doc("aaaa0001")]);
    await store.close();
    const again = new SqliteStore(path);
    expect(await again.countDocuments()).toBe(1);
    await again.close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => new SqliteStore(path)).toThrow(SchemaVersionError);
  });

  it("refuses to create a store for a command that only reads, and names an unusable location", () => {
    const missing = join(tempDir(), "none", "u.db");
    expect(() => new SqliteStore(missing, { mustExist: true })).toThrow(StoreError);
    expect(existsSync(join(missing, ".."))).toBe(false);
    const file = join(tempDir(), "plain");
    writeFileSync(file, "not a directory");
    expect(() => new SqliteStore(join(file, "u.db"))).toThrow(/cannot open the store/);
  });
});
