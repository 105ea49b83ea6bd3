/**
 * The PostgreSQL store against a real server: the same inputs scanned into
 * SQLite and into PostgreSQL give the same documents, relations, families
 * and stories; and a server that goes away is reported as a store error.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { FamilyJson, RelationJson, StoryJson } from "../src/json/index.js";
import { runCli } from "./helpers/cli.js";
import { createDatabase, postgresForFile, startPostgres } from "./helpers/pg.js";
import { SEEDS } from "./helpers/tmp.js";

interface Scan {
  documents: Array<{ id: string }>;
  relations: RelationJson[];
  families: FamilyJson[];
  stories: StoryJson[];
}

const { dir, server: testServer } = postgresForFile("unspun-pgtest-");

const database = (name: string) => createDatabase(testServer(), name);

const inputs = [SEEDS, join("test", "fixtures", "despin")];
const byPair = (rs: RelationJson[]) => [...rs].sort((x, y) => (x.a.id + x.b.id < y.a.id + y.b.id ? -1 : 1));

describe("PostgreSQL store", () => {
  let sqlite: Scan;
  let postgres: Scan;
  let url: string;
  beforeAll(async () => {
    url = await database("parity");
    const a = await runCli(["--db", join(dir, "parity.db"), "--json", "scan", ...inputs]);
    const b = await runCli(["--db", url, "--json", "scan", ...inputs]);
    expect(a.code).toBe(0);
    expect(b.stderr).toBe("");
    expect(b.code).toBe(0);
    sqlite = JSON.parse(a.stdout);
    postgres = JSON.parse(b.stdout);
  }, 120_000);

  it("stores the same documents", () => {
    expect(postgres.documents.map((d) => d.id).sort()).toEqual(sqlite.documents.map((d) => d.id).sort());
    expect(postgres.documents.length).toBe(7);
  });

  it("finds the same relations, families and stories as SQLite", () => {
    expect(byPair(postgres.relations)).toEqual(byPair(sqlite.relations));
    expect(postgres.relations.length).toBeGreaterThan(0);
    expect(postgres.families).toEqual(sqlite.families);
    expect(postgres.stories).toEqual(sqlite.stories);
  });

  it("keeps what it stored for the next run: a rescan stores nothing new", async () => {
    const again = await runCli(["--db", url, "--json", "scan", ...inputs]);
    expect(JSON.parse(again.stdout).summary.inserted).toBe(0);
    const lexicon = await runCli(["--db", url, "lexicon", "export"]);
    expect(lexicon.stdout).toContain("sanguine\toptimistic");
  });
});

describe("a PostgreSQL server that goes away", () => {
  it("is a store error with a clear message, not a crash", async () => {
    const gone = await startPostgres();
    const url = gone.url;
    expect((await runCli(["--db", url, "ls"])).code).toBe(0);
    gone.stop();
    const r = await runCli(["--db", url, "ls"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^unspun: store error: cannot reach PostgreSQL \(connect ECONNREFUSED/);
  }, 60_000);
});
