/**
 * The `Store` contract: what every store must do, run against the embedded
 * SQLite store and a real PostgreSQL server alike. What only one of them
 * has (SQLite's file, schema pragma and missing-directory rules) is tested
 * beside that store, in src/store/sqlite.test.ts.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AmbiguousIdError, type DocumentQuery, PostgresStore, SqliteStore, type Store } from "../src/store/index.js";
import { createDatabase, postgresForFile } from "./helpers/pg.js";
import { doc } from "./helpers/stored-doc.js";
import { tempDir } from "./helpers/tmp.js";

const { server } = postgresForFile("unspun-contract-");
let databases = 0;

const stores: Array<[string, () => Promise<Store>]> = [
  ["SqliteStore", async () => new SqliteStore(join(tempDir(), "db", "u.db"))],
  ["PostgresStore", async () => new PostgresStore(await createDatabase(server(), `contract${++databases}`))],
];

describe.each(stores)("%s keeps the Store contract", (_name, open) => {
  it("stores a batch once and skips repeats", async () => {
    const store = await open();
    expect(await store.putDocuments([doc("aaaa0001"), doc("aaaa0002")])).toEqual({ inserted: 2, existing: 0 });
    expect(await store.putDocuments([doc("aaaa0002"), doc("bbbb0003")])).toEqual({ inserted: 1, existing: 1 });
    expect(await store.countDocuments()).toBe(3);
    expect([...(await store.existingIds(["aaaa0001", "zzzz9999"]))]).toEqual(["aaaa0001"]);
    await store.close();
  });
  it("round-trips the article and finds it by unique prefix", async () => {
    const store = await open();
    await store.putDocuments([doc("abcd1111"), doc("abcd2222"), doc("ef001234")]);
    expect((await store.getDocument("ef001234"))?.article).toEqual(doc("ef001234").article);
    expect((await store.getDocument("ef00"))?.article.id).toBe("ef001234");
    await expect(store.getDocument("abcd")).rejects.toBeInstanceOf(AmbiguousIdError);
    expect(await store.getDocument("9999")).toBeUndefined();
    await store.close();
  });
  it("lists in ingest order with paging and an id filter", async () => {
    const store = await open();
    await store.putDocuments(["c", "a", "b"].map((x) => doc(`${x}0000000`)));
    const page = await store.listDocuments({ limit: 2, offset: 1 });
    expect(page.map((d) => d.id)).toEqual(["b0000000", "c0000000"]);
    expect(page[0]).toMatchObject({ title: "Title b0000000", date: "2021-12-30", words: 4, status: "ok" });
    expect((await store.listDocuments({ ids: ["c0000000"] })).map((d) => d.id)).toEqual(["c0000000"]);
    await store.close();
  });
  it("lists a page searched, filtered and sorted over the whole store, with the number matching", async () => {
    const store = await open();
    const made = (id: string, fields: { title?: string; site?: string; date?: string; text?: string }) => {
      const d = doc(id, fields.text);
      Object.assign(d.article, {
        title: fields.title,
        site: fields.site,
        date: fields.date ? { value: fields.date, source: "meta", confidence: 0.9 } : undefined,
      });
      return d;
    };
    await store.putDocuments([
      made("d0000001", { title: "Harbour budget approved", site: "Gazette", date: "2024-03-02", text: "one two three" }),
      made("d0000002", { title: "Ferry timetable", site: "Ledger", date: "2024-03-05", text: "one two three four five" }),
      made("d0000003", { title: "harbour FERRY strike", date: "2024-03-01", text: "one" }),
      made("d0000004", { title: "100% rise_in fares", site: "Gazette", text: "one two" }),
      made("d0000005", { title: undefined, site: "Ledger", date: "2024-03-04", text: "one two three four" }),
    ]);
    // A second origin of d0000002's content: a duplicate of itself, which counts as a copy.
    await store.putDocuments([], [{ doc: "d0000002", origin: "mirror/d0000002.txt", ingestedAt: "2026-01-02T00:00:00.000Z" }]);
    const rel = (a: string, b: string, type: string) => ({ a, b, type, coverageA: 1, coverageB: 1, confidence: 0.9, detail: {} });
    await store.putRelations([
      rel("d0000001", "d0000003", "spun"),
      rel("d0000001", "d0000004", "excerpt"),
      rel("d0000004", "d0000005", "same-story"),
    ]);
    await store.putSpin([
      { doc: "d0000001", verdict: "clean", score: 0.1 },
      { doc: "d0000003", verdict: "spun", score: 0.8 },
      { doc: "d0000004", verdict: "spun", score: 0.6 },
      { doc: "d0000004", verdict: "spun", score: 0.7 },
    ]);
    const copyTypes = ["duplicate", "excerpt", "spun", "paraphrase"];
    const ids = async (q: Omit<DocumentQuery, "copyTypes">) => {
      const page = await store.queryDocuments({ copyTypes, ...q });
      return [page.total, page.documents.map((d) => d.id.slice(-1)).join("")];
    };
    expect(await ids({})).toEqual([5, "12345"]);
    expect(await ids({ limit: 2, offset: 2 })).toEqual([5, "34"]);
    // Every word somewhere in the title, site or origin, whatever its case; LIKE's wildcards are plain characters.
    expect(await ids({ text: "HARBOUR" })).toEqual([2, "13"]);
    expect(await ids({ text: "ferry harbour" })).toEqual([1, "3"]);
    expect(await ids({ text: "gazette" })).toEqual([2, "14"]);
    expect(await ids({ text: "d0000005.txt" })).toEqual([1, "5"]);
    expect(await ids({ text: "100%" })).toEqual([1, "4"]);
    expect(await ids({ text: "e_" })).toEqual([1, "4"]);
    expect(await ids({ text: "0%r" })).toEqual([0, ""]);
    expect(await ids({ spin: "spun" })).toEqual([2, "34"]);
    expect(await ids({ copiesOnly: true })).toEqual([4, "1234"]);
    expect(await ids({ copiesOnly: true, spin: "spun", text: "harbour" })).toEqual([1, "3"]);
    // Sorted, missing values last either way, ties by id; a document without a title sorts by its origin.
    expect(await ids({ sort: "title" })).toEqual([5, "45213"]);
    expect(await ids({ sort: "title", order: "desc" })).toEqual([5, "31254"]);
    expect(await ids({ sort: "date", order: "desc" })).toEqual([5, "25134"]);
    expect(await ids({ sort: "date" })).toEqual([5, "31524"]);
    expect(await ids({ sort: "site" })).toEqual([5, "41523"]);
    expect(await ids({ sort: "site", order: "desc" })).toEqual([5, "25143"]);
    expect(await ids({ sort: "words", order: "desc" })).toEqual([5, "25143"]);
    expect(await ids({ sort: "copies", order: "desc", limit: 3 })).toEqual([5, "143"]);
    expect(await ids({ sort: "spin", order: "desc" })).toEqual([5, "34152"]);
    expect(await ids({ sort: "spin" })).toEqual([5, "14325"]);
    const page = await store.queryDocuments({ copyTypes, text: "harbour budget" });
    expect(page.documents[0]).toMatchObject({ id: "d0000001", title: "Harbour budget approved", spin: "clean", spinScore: 0.1, copies: 2 });
    expect((await store.queryDocuments({ copyTypes, text: "ferry timetable" })).documents[0]).toMatchObject({ spin: undefined, copies: 1 });
    expect(await store.counts()).toEqual({
      documents: 5,
      relations: { excerpt: 1, "same-story": 1, spun: 1 },
      spin: { clean: 1, spun: 2 },
    });
    await store.close();
  });
  it("rolls a failing batch back whole", async () => {
    const store = await open();
    const bad = doc("bad00000");
    (bad.article as { origin: unknown }).origin = null;
    await expect(store.putDocuments([doc("good0000"), bad])).rejects.toThrow();
    expect(await store.countDocuments()).toBe(0);
    await store.close();
  });
  it("keeps sketches by version, pending until matched, in sequence order; relations by pair", async () => {
    const store = await open();
    await store.putDocuments([doc("aaaa0001"), doc("bbbb0002")]);
    await store.putSketches([
      { id: "aaaa0001", version: 2, keys: [1, 2 ** 52 - 1, 42] },
      { id: "bbbb0002", version: 1, keys: [7] },
    ]);
    expect([...(await store.sketchStates(["aaaa0001", "bbbb0002"], 2))]).toEqual([["aaaa0001", false]]);
    expect(await store.pendingIds(2)).toEqual(["aaaa0001", "bbbb0002"]);
    const loaded: Array<{ id: string; keys: number[]; seq: number }> = [];
    for await (const s of store.sketchesSince(2, 0)) loaded.push({ id: s.id, keys: [...s.keys], seq: s.seq });
    expect(loaded).toEqual([{ id: "aaaa0001", keys: [1, 2 ** 52 - 1, 42], seq: 1 }]);
    expect([...(await store.sketchKeys(["aaaa0001"], 2)).get("aaaa0001")!]).toEqual([1, 2 ** 52 - 1, 42]);
    const rel = { a: "aaaa0001", b: "bbbb0002", type: "spun", coverageA: 0.5, coverageB: 0.6, confidence: 0.9, detail: { passages: [] } };
    await store.putRelations([rel], ["aaaa0001"]);
    expect([...(await store.sketchStates(["aaaa0001"], 2))]).toEqual([["aaaa0001", true]]);
    expect(await store.pendingIds(2)).toEqual(["bbbb0002"]);
    await store.putRelations([{ ...rel, type: "paraphrase" }]);
    expect(await store.relations({ among: ["aaaa0001", "bbbb0002"] })).toEqual([{ ...rel, type: "paraphrase" }]);
    expect(await store.relations({ involving: "bbbb0002" })).toHaveLength(1);
    expect(await store.relations({ among: ["aaaa0001"] })).toEqual([]);
    // Copy families are formed from the pairs alone, by type.
    expect(await store.copyLinks(["paraphrase", "duplicate"])).toEqual([{ a: "aaaa0001", b: "bbbb0002" }]);
    expect(await store.copyLinks(["excerpt"])).toEqual([]);
    // Re-sketching makes a document pending again, under a later number.
    await store.putSketches([{ id: "aaaa0001", version: 2, keys: [5] }]);
    const again: number[] = [];
    for await (const s of store.sketchesSince(2, 1)) again.push(s.seq);
    expect(again).toEqual([3]);
    expect(await store.pendingIds(2)).toEqual(["aaaa0001", "bbbb0002"]);
    await store.close();
  });
  it("numbers story rows in write order and reads those written since a number", async () => {
    const store = await open();
    await store.putStoryRows([
      { doc: "a", story: "s:a", profile: { features: {} } },
      { doc: "b", story: "s:a", profile: { features: {} } },
    ]);
    await store.putStoryRows([{ doc: "a", story: "s:c", profile: { features: {} } }]);
    expect((await store.storyRowsSince(0)).map((r) => [r.doc, r.story, r.seq])).toEqual([
      ["b", "s:a", 2],
      ["a", "s:c", 3],
    ]);
    expect((await store.storyRowsSince(2)).map((r) => r.doc)).toEqual(["a"]);
    await store.close();
  });
  it("keeps learned substitutions per pair, replaced with the pair, and adds imports up", async () => {
    const store = await open();
    const rel = { a: "aaaa0001", b: "bbbb0002", type: "spun", coverageA: 1, coverageB: 1, confidence: 0.9, detail: {} };
    await store.putRelations([{ ...rel, substitutions: [{ original: "fix", spun: "mend", count: 2 }] }]);
    await store.putRelations([{ ...rel, a: "cccc0003", substitutions: [{ original: "fix", spun: "mend", count: 1 }] }]);
    expect(await store.substitutions()).toEqual([{ original: "fix", spun: "mend", count: 3 }]);
    // Judging the first pair again replaces what it taught; it does not add to it.
    await store.putRelations([{ ...rel, substitutions: [{ original: "hire", spun: "engage", count: 1 }] }]);
    await store.importSubstitutions([
      { original: "hire", spun: "engage", count: 4 },
      { original: "hire", spun: "engage", count: 1 },
    ]);
    expect(await store.substitutions()).toEqual([
      { original: "hire", spun: "engage", count: 6 },
      { original: "fix", spun: "mend", count: 1 },
    ]);
    await store.close();
  });
});
