/**
 * The embedded store: one SQLite file (better-sqlite3) in WAL mode, so
 * readers never block the writer, and every batch one transaction, so a
 * killed ingest leaves whole batches or nothing.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Article } from "../types.js";
import { documentRow } from "./document-row.js";
import { pageWindow, searchPatterns, withoutNulls } from "./query.js";
import {
  AmbiguousIdError,
  type DocumentPage,
  type DocumentQuery,
  type DocumentSummary,
  type LearnedSubstitution,
  type ListedDocument,
  type ListOptions,
  MIN_ID_PREFIX,
  type Origin,
  type PutResult,
  type RelationFilter,
  SchemaVersionError,
  type SequencedSketch,
  type SketchEntry,
  type SpinRow,
  type Store,
  type StoreCounts,
  type StoredDocument,
  type StoredRelation,
  type StoredStoryRow,
  StoreError,
} from "./store.js";

export const SCHEMA_VERSION = 8;
/** The pairs of documents related by one of the types given (a JSON array): read through `relations_type` alone. */
export const COPY_LINKS_SQL = "SELECT a, b FROM relations WHERE type IN (SELECT value FROM json_each(?)) AND a <> b";

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     origin TEXT NOT NULL,
     format TEXT NOT NULL,
     status TEXT NOT NULL,
     title TEXT,
     site TEXT,
     date TEXT,
     date_confidence REAL,
     words INTEGER NOT NULL,
     bytes INTEGER NOT NULL,
     ingested_at TEXT NOT NULL,
     article TEXT NOT NULL,
     raw TEXT NOT NULL
   );
   CREATE INDEX documents_ingested ON documents (ingested_at, id);`,
  `CREATE TABLE sketches (
     doc TEXT PRIMARY KEY,
     version INTEGER NOT NULL,
     keys BLOB NOT NULL
   );
   CREATE TABLE relations (
     a TEXT NOT NULL,
     b TEXT NOT NULL,
     type TEXT NOT NULL,
     coverage_a REAL NOT NULL,
     coverage_b REAL NOT NULL,
     confidence REAL NOT NULL,
     detail TEXT NOT NULL,
     PRIMARY KEY (a, b)
   );
   CREATE INDEX relations_b ON relations (b);`,
  // Rows of one pair go with its relation; imported rows have a = b = ''.
  `CREATE TABLE substitutions (
     a TEXT NOT NULL,
     b TEXT NOT NULL,
     original TEXT NOT NULL,
     spun TEXT NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (a, b, original, spun)
   );`,
  `CREATE TABLE stories (
     doc TEXT PRIMARY KEY,
     story TEXT NOT NULL,
     profile TEXT NOT NULL
   );
   CREATE INDEX stories_story ON stories (story);`,
  // Sequence numbers, so that a process sees what others wrote since it last looked, and a matched
  // flag, so that a document is pending until its relations are stored. Rows written before were matched.
  `ALTER TABLE sketches ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE sketches ADD COLUMN matched INTEGER NOT NULL DEFAULT 1;
   UPDATE sketches SET seq = rowid;
   CREATE INDEX sketches_seq ON sketches (version, seq);
   ALTER TABLE stories ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
   UPDATE stories SET seq = rowid;
   CREATE INDEX stories_seq ON stories (seq);`,
  // Every place a content id was read from: two files with the same bytes are one document with two origins.
  `CREATE TABLE origins (
     doc TEXT NOT NULL,
     origin TEXT NOT NULL,
     ingested_at TEXT NOT NULL,
     PRIMARY KEY (doc, origin)
   );
   INSERT INTO origins (doc, origin, ingested_at) SELECT id, origin, ingested_at FROM documents;`,
  // Copy families are found from pairs and types alone: a covering index reads them without the details.
  `CREATE INDEX relations_type ON relations (type, a, b);`,
  // The corpus listing: spin verdicts stored to filter on; every listed column in one index, so that a search or a
  // sort reads the index and never the rows that hold the articles; a pair's b end by type, to count a page's copies.
  `CREATE TABLE spin (
     doc TEXT PRIMARY KEY,
     verdict TEXT NOT NULL,
     score REAL NOT NULL
   );
   CREATE INDEX spin_verdict ON spin (verdict, doc);
   DROP INDEX documents_ingested;
   CREATE INDEX documents_listing ON documents (ingested_at, id, title, site, origin, date, date_confidence, words, status, format);
   CREATE INDEX relations_type_b ON relations (type, b, a);`,
];

export interface SqliteOptions {
  /** Refuse to create a store that does not exist yet: for commands that only read. */
  mustExist?: boolean;
}

export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;

  constructor(
    readonly path: string,
    options: SqliteOptions = {},
  ) {
    const memory = path === ":memory:";
    if (!memory && options.mustExist && !existsSync(path)) {
      throw new StoreError(`no store at ${path}: run unspun scan or ingest first, or name one with --db`, true);
    }
    try {
      if (!memory) mkdirSync(dirname(path), { recursive: true });
      this.#db = new Database(path);
      // The wait comes first: two processes opening a new store at once both set WAL and migrate.
      this.#db.pragma("busy_timeout = 10000");
      this.#db.pragma("journal_mode = WAL");
      this.#db.pragma("synchronous = NORMAL");
      migrate(this.#db);
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError(`cannot open the store at ${path} (${(err as Error).message})`);
    }
    this.#insert = this.#db.prepare(
      `INSERT INTO documents (id, origin, format, status, title, site, date, date_confidence, words, bytes, ingested_at, article, raw)
       VALUES (@id, @origin, @format, @status, @title, @site, @date, @dateConfidence, @words, @bytes, @ingestedAt, @article, @raw)
       ON CONFLICT (id) DO NOTHING`,
    );
  }

  async putDocuments(docs: readonly StoredDocument[], seen: readonly Origin[] = []): Promise<PutResult> {
    const origin = this.#db.prepare("INSERT INTO origins (doc, origin, ingested_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
    const run = this.#db.transaction(() => {
      let inserted = 0;
      for (const doc of docs) {
        inserted += this.#insert.run(documentRow(doc)).changes;
        origin.run(doc.article.id, doc.article.origin, doc.ingestedAt);
      }
      for (const o of seen) origin.run(o.doc, o.origin, o.ingestedAt);
      return inserted;
    });
    const inserted = run();
    return { inserted, existing: docs.length - inserted };
  }

  async origins(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = this.#db
      .prepare("SELECT doc, origin FROM origins WHERE doc IN (SELECT value FROM json_each(?)) ORDER BY ingested_at, rowid")
      .all(JSON.stringify(ids)) as Array<{ doc: string; origin: string }>;
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.doc, [...(out.get(r.doc) ?? []), r.origin]);
    return out;
  }

  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    const rows = this.#db
      .prepare("SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(?))")
      .pluck()
      .all(JSON.stringify(ids)) as string[];
    return new Set(rows);
  }

  async getDocument(idOrPrefix: string): Promise<StoredDocument | undefined> {
    const select = "SELECT article, raw, bytes, ingested_at FROM documents";
    let rows = this.#db.prepare(`${select} WHERE id = ?`).all(idOrPrefix) as DocRow[];
    if (rows.length === 0 && idOrPrefix.length >= MIN_ID_PREFIX && /^[0-9a-f]+$/.test(idOrPrefix)) {
      rows = this.#db.prepare(`${select} WHERE id >= ? AND id < ? LIMIT 6`).all(idOrPrefix, `${idOrPrefix}g`) as DocRow[];
      if (rows.length > 1)
        throw new AmbiguousIdError(
          idOrPrefix,
          rows.map((r) => (JSON.parse(r.article) as Article).id),
        );
    }
    const r = rows[0];
    return r && { article: JSON.parse(r.article) as Article, raw: r.raw, bytes: r.bytes, ingestedAt: r.ingested_at };
  }

  async listDocuments({ limit = 100, offset = 0, ids }: ListOptions = {}): Promise<DocumentSummary[]> {
    const where = ids ? `WHERE id IN (SELECT value FROM json_each(?))` : "";
    const params: unknown[] = ids ? [JSON.stringify(ids), limit, offset] : [limit, offset];
    const rows = this.#db
      .prepare(
        `SELECT id, origin, format, status, title, site, date, date_confidence AS dateConfidence, words, ingested_at AS ingestedAt
         FROM documents ${where} ORDER BY ingested_at, id LIMIT ? OFFSET ?`,
      )
      .all(...params) as Array<Record<string, unknown>>;
    return rows.map((r) => withoutNulls(r));
  }

  async queryDocuments(q: DocumentQuery): Promise<DocumentPage> {
    const { limit, offset } = pageWindow(q);
    const params: Record<string, unknown> = { types: JSON.stringify(q.copyTypes), dup: q.copyTypes.includes("duplicate") ? 1 : 0 };
    const where: string[] = [];
    searchPatterns(q.text).forEach((pattern, i) => {
      params[`w${i}`] = pattern;
      where.push(`(d.title LIKE @w${i} ESCAPE '\\' OR d.site LIKE @w${i} ESCAPE '\\' OR d.origin LIKE @w${i} ESCAPE '\\')`);
    });
    if (q.spin !== undefined) {
      params.spin = q.spin;
      where.push("d.id IN (SELECT doc FROM spin WHERE verdict = @spin)");
    }
    // Copies to filter or sort on are counted once for the whole store, from the covering indexes of the pairs.
    const counted = q.copiesOnly || q.sort === "copies";
    if (q.copiesOnly) where.push("c.n > 0");
    const dir = q.order === "desc" ? "DESC" : "ASC";
    // One pass over the listing index, whatever the filters and the sort: the planner, left to itself, walks the id
    // index and reads every row (articles and raw pages) to sort by date. Verdicts are looked up per entry.
    const from = `FROM documents d INDEXED BY documents_listing ${counted ? "LEFT JOIN c ON c.id = d.id" : ""} ${
      where.length ? `WHERE ${where.join(" AND ")}` : ""
    }`;
    const withCopies = counted ? SQLITE_COPY_COUNTS : "";
    const total = this.#db.prepare(`${withCopies} SELECT count(*) ${from}`).pluck().get(params) as number;
    // The page's ids first; then the page's rows, copies counted for them only.
    const ids = this.#db
      .prepare(`${withCopies} SELECT d.id ${from} ORDER BY ${sqliteOrder(q.sort, dir)} LIMIT @limit OFFSET @offset`)
      .pluck()
      .all({ ...params, limit, offset }) as string[];
    const rows = this.#db
      .prepare(
        `SELECT d.id, d.origin, d.format, d.status, d.title, d.site, d.date, d.date_confidence AS dateConfidence, d.words,
           d.ingested_at AS ingestedAt, s.verdict AS spin, s.score AS spinScore, ${SQLITE_COPIES} AS copies
         FROM documents d LEFT JOIN spin s ON s.doc = d.id WHERE d.id IN (SELECT value FROM json_each(@ids))`,
      )
      .all({ types: params.types, dup: params.dup, ids: JSON.stringify(ids) }) as Array<Record<string, unknown>>;
    const byId = new Map(rows.map((r) => [r.id as string, withoutNulls<ListedDocument>(r)]));
    return { total, documents: ids.map((id) => byId.get(id) as ListedDocument) };
  }

  async putSpin(rows: readonly SpinRow[]): Promise<void> {
    const put = this.#db.prepare(
      "INSERT INTO spin (doc, verdict, score) VALUES (?, ?, ?) ON CONFLICT (doc) DO UPDATE SET verdict = excluded.verdict, score = excluded.score",
    );
    this.#db.transaction(() => {
      for (const r of rows) put.run(r.doc, r.verdict, r.score);
    })();
  }

  async counts(): Promise<StoreCounts> {
    const relations = this.#db
      .prepare("SELECT type, count(*) AS n FROM relations WHERE type <> 'unrelated' AND a <> b GROUP BY type ORDER BY type")
      .all() as Array<{ type: string; n: number }>;
    const spin = this.#db
      .prepare("SELECT s.verdict, count(*) AS n FROM spin s JOIN documents d ON d.id = s.doc GROUP BY s.verdict ORDER BY s.verdict")
      .all() as Array<{ verdict: string; n: number }>;
    return {
      documents: await this.countDocuments(),
      relations: Object.fromEntries(relations.map((r) => [r.type, r.n])),
      spin: Object.fromEntries(spin.map((r) => [r.verdict, r.n])),
    };
  }

  async countDocuments(): Promise<number> {
    return this.#db.prepare("SELECT count(*) FROM documents").pluck().get() as number;
  }

  async putSketches(entries: readonly SketchEntry[]): Promise<void> {
    const put = this.#db.prepare(
      `INSERT INTO sketches (doc, version, keys, seq, matched) VALUES (?, ?, ?, ?, 0)
       ON CONFLICT (doc) DO UPDATE SET version = excluded.version, keys = excluded.keys, seq = excluded.seq, matched = 0`,
    );
    // SQLite has one writer at a time, so numbers taken inside the write transaction follow commit order.
    const last = this.#db.prepare("SELECT coalesce(max(seq), 0) FROM sketches").pluck();
    this.#db
      .transaction(() => {
        let seq = last.get() as number;
        for (const e of entries) put.run(e.id, e.version, Buffer.from(Float64Array.from(e.keys).buffer), ++seq);
      })
      .immediate();
  }

  async sketchStates(ids: readonly string[], version: number): Promise<Map<string, boolean>> {
    const rows = this.#db
      .prepare("SELECT doc, matched FROM sketches WHERE version = ? AND doc IN (SELECT value FROM json_each(?))")
      .all(version, JSON.stringify(ids)) as Array<{ doc: string; matched: number }>;
    return new Map(rows.map((r) => [r.doc, r.matched === 1]));
  }

  async pendingIds(version: number, before = "\uffff"): Promise<string[]> {
    return this.#db
      .prepare(
        `SELECT d.id FROM documents d LEFT JOIN sketches s ON s.doc = d.id AND s.version = ?
         WHERE d.status <> 'empty' AND (s.doc IS NULL OR s.matched = 0) AND d.ingested_at < ? ORDER BY d.ingested_at, d.id`,
      )
      .pluck()
      .all(version, before) as string[];
  }

  async sketchKeys(ids: readonly string[], version: number): Promise<Map<string, Float64Array>> {
    const rows = this.#db
      .prepare("SELECT doc, keys FROM sketches WHERE version = ? AND doc IN (SELECT value FROM json_each(?))")
      .all(version, JSON.stringify(ids)) as Array<{ doc: string; keys: Buffer }>;
    return new Map(rows.map((r) => [r.doc, keysOf(r.keys)]));
  }

  async *sketchesSince(version: number, after: number): AsyncIterable<SequencedSketch> {
    const rows = this.#db.prepare("SELECT doc, keys, seq FROM sketches WHERE version = ? AND seq > ? ORDER BY seq").iterate(version, after);
    for (const row of rows as Iterable<{ doc: string; keys: Buffer; seq: number }>)
      yield { id: row.doc, keys: keysOf(row.keys), seq: row.seq };
  }

  async putRelations(relations: readonly StoredRelation[], matched: readonly string[] = []): Promise<void> {
    const put = this.#db.prepare(
      `INSERT INTO relations (a, b, type, coverage_a, coverage_b, confidence, detail) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (a, b) DO UPDATE SET type = excluded.type, coverage_a = excluded.coverage_a, coverage_b = excluded.coverage_b,
         confidence = excluded.confidence, detail = excluded.detail`,
    );
    const clear = this.#db.prepare("DELETE FROM substitutions WHERE a = ? AND b = ?");
    const learn = this.#db.prepare("INSERT INTO substitutions (a, b, original, spun, count) VALUES (?, ?, ?, ?, ?)");
    const done = this.#db.prepare("UPDATE sketches SET matched = 1 WHERE doc = ?");
    this.#db.transaction(() => {
      for (const r of relations) {
        put.run(r.a, r.b, r.type, r.coverageA, r.coverageB, r.confidence, JSON.stringify(r.detail));
        clear.run(r.a, r.b);
        for (const s of r.substitutions ?? []) learn.run(r.a, r.b, s.original, s.spun, s.count);
      }
      for (const id of matched) done.run(id);
    })();
  }

  async substitutions(): Promise<LearnedSubstitution[]> {
    return this.#db
      .prepare("SELECT original, spun, SUM(count) AS count FROM substitutions GROUP BY original, spun ORDER BY count DESC, spun, original")
      .all() as LearnedSubstitution[];
  }

  async importSubstitutions(rows: readonly LearnedSubstitution[]): Promise<void> {
    const add = this.#db.prepare(
      `INSERT INTO substitutions (a, b, original, spun, count) VALUES ('', '', ?, ?, ?)
       ON CONFLICT (a, b, original, spun) DO UPDATE SET count = count + excluded.count`,
    );
    this.#db.transaction(() => {
      for (const r of rows) add.run(r.original, r.spun, r.count);
    })();
  }

  async storyRowsSince(after: number): Promise<StoredStoryRow[]> {
    const rows = this.#db.prepare("SELECT doc, story, profile, seq FROM stories WHERE seq > ? ORDER BY seq").all(after) as Array<{
      doc: string;
      story: string;
      profile: string;
      seq: number;
    }>;
    return rows.map((r) => ({ ...r, profile: JSON.parse(r.profile) }));
  }

  async putStoryRows(rows: readonly StoredStoryRow[]): Promise<void> {
    const put = this.#db.prepare(
      `INSERT INTO stories (doc, story, profile, seq) VALUES (?, ?, ?, ?)
       ON CONFLICT (doc) DO UPDATE SET story = excluded.story, profile = excluded.profile, seq = excluded.seq`,
    );
    const last = this.#db.prepare("SELECT coalesce(max(seq), 0) FROM stories").pluck();
    this.#db
      .transaction(() => {
        let seq = last.get() as number;
        for (const r of rows) put.run(r.doc, r.story, JSON.stringify(r.profile), ++seq);
      })
      .immediate();
  }

  async relations(filter: RelationFilter): Promise<StoredRelation[]> {
    const detail = filter.brief ? "json_object('direction', json_extract(detail, '$.direction')) AS detail" : "detail";
    const select = `SELECT a, b, type, coverage_a AS coverageA, coverage_b AS coverageB, confidence, ${detail} FROM relations`;
    const rows = filter.involving
      ? this.#db.prepare(`${select} WHERE a = ? OR b = ?`).all(filter.involving, filter.involving)
      : this.#db
          // "+b" keeps the planner from probing every (a, b) combination of the two lists: it walks each
          // a's relations by the key's prefix and checks b against the list (n probes, not n²).
          .prepare(`${select} WHERE a IN (SELECT value FROM json_each(?)) AND +b IN (SELECT value FROM json_each(?))`)
          .all(JSON.stringify(filter.among ?? []), JSON.stringify(filter.among ?? []));
    return (rows as Array<StoredRelation & { detail: string }>).map((r) => ({ ...r, detail: JSON.parse(r.detail) }));
  }

  async copyLinks(types: readonly string[]): Promise<Array<{ a: string; b: string }>> {
    return this.#db.prepare(COPY_LINKS_SQL).all(JSON.stringify(types)) as Array<{ a: string; b: string }>;
  }

  async close(): Promise<void> {
    this.#db.close();
  }
}

/**
 * A listed document's copies: the pairs of a copy type it is either side of (each end read through its own
 * covering index), and one more for a second origin when duplicates count.
 */
const SQLITE_COPIES = `((SELECT count(*) FROM relations r WHERE r.type IN (SELECT value FROM json_each(@types)) AND r.a = d.id AND r.b <> d.id)
  + (SELECT count(*) FROM relations r WHERE r.type IN (SELECT value FROM json_each(@types)) AND r.b = d.id AND r.a <> d.id)
  + (@dup AND (SELECT count(*) FROM origins o WHERE o.doc = d.id) > 1))`;

/** Every document's copies, as `c(id, n)`: the same count, for the whole store at once (documents without copies absent). */
const SQLITE_COPY_COUNTS = `WITH c(id, n) AS MATERIALIZED (SELECT id, count(*) FROM (
    SELECT a AS id FROM relations WHERE type IN (SELECT value FROM json_each(@types)) AND a <> b
    UNION ALL SELECT b FROM relations WHERE type IN (SELECT value FROM json_each(@types)) AND a <> b
    UNION ALL SELECT doc FROM origins WHERE @dup GROUP BY doc HAVING count(*) > 1
  ) GROUP BY id)`;

/** The listing's order: missing values last whichever way, ties by id. */
function sqliteOrder(sort: DocumentQuery["sort"], dir: "ASC" | "DESC"): string {
  const title = "lower(coalesce(d.title, d.origin))";
  switch (sort) {
    case "title":
      return `${title} ${dir}, d.id ${dir}`;
    case "site":
      return `d.site IS NULL, lower(d.site) ${dir}, ${title} ${dir}, d.id ${dir}`;
    case "date":
      return `d.date IS NULL, d.date ${dir}, d.id ${dir}`;
    case "words":
      return `d.words ${dir}, d.id ${dir}`;
    case "copies":
      return `coalesce(c.n, 0) ${dir}, d.id ${dir}`;
    case "spin":
      return `(SELECT score FROM spin WHERE doc = d.id) IS NULL, (SELECT score FROM spin WHERE doc = d.id) ${dir}, d.id ${dir}`;
    default:
      return `d.ingested_at ${dir}, d.id ${dir}`;
  }
}

interface DocRow {
  article: string;
  raw: string;
  bytes: number;
  ingested_at: string;
}

/**
 * Runs the missing migrations in one immediate transaction: the version is
 * read inside it, so of two processes opening a new store at once, one
 * migrates and the other waits, then finds nothing to do.
 */
function migrate(db: Database.Database): void {
  db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new SchemaVersionError(version, SCHEMA_VERSION);
    if (version === SCHEMA_VERSION) return;
    for (let v = version; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v] as string);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

function keysOf(blob: Buffer): Float64Array {
  const copy = new Uint8Array(blob);
  return new Float64Array(copy.buffer, 0, copy.byteLength / 8);
}
