/**
 * The scale-out store: PostgreSQL through a connection pool. The logical
 * schema is SQLite's, migrated under an advisory lock so that workers
 * starting together migrate once. Batches are one transaction each, written
 * as multi-row statements over arrays (`unnest`), one round trip per batch.
 */
import pg from "pg";
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
} from "./store.js";

export const PG_SCHEMA_VERSION = 6;

/** Network failures, server shutdowns (57P0x) and connection exceptions (08xxx): the server, not the request. */
const CONNECTION_ERROR = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|57P01|57P02|57P03|08\w\w\w)$/;

/** Whether an error means PostgreSQL could not be reached (or went away), as opposed to a failed query. */
export function isConnectionError(err: unknown): boolean {
  const code = (err as { code?: unknown } | undefined)?.code;
  return (
    (typeof code === "string" && CONNECTION_ERROR.test(code)) || /Connection terminated/i.test((err as Error | undefined)?.message ?? "")
  );
}

/** Version 1 is SQLite's schema v4, whole; version 2 adds the queue; version 3 is SQLite's v5 (sequence numbers, matched flags). */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     origin TEXT NOT NULL,
     format TEXT NOT NULL,
     status TEXT NOT NULL,
     title TEXT,
     site TEXT,
     date TEXT,
     date_confidence DOUBLE PRECISION,
     words INTEGER NOT NULL,
     bytes BIGINT NOT NULL,
     ingested_at TEXT NOT NULL,
     article TEXT NOT NULL,
     raw TEXT NOT NULL
   );
   CREATE INDEX documents_ingested ON documents (ingested_at, id);
   CREATE TABLE sketches (
     doc TEXT PRIMARY KEY,
     version INTEGER NOT NULL,
     keys BYTEA NOT NULL
   );
   CREATE TABLE relations (
     a TEXT NOT NULL,
     b TEXT NOT NULL,
     type TEXT NOT NULL,
     coverage_a DOUBLE PRECISION NOT NULL,
     coverage_b DOUBLE PRECISION NOT NULL,
     confidence DOUBLE PRECISION NOT NULL,
     detail TEXT NOT NULL,
     PRIMARY KEY (a, b)
   );
   CREATE INDEX relations_b ON relations (b);
   CREATE TABLE substitutions (
     a TEXT NOT NULL,
     b TEXT NOT NULL,
     original TEXT NOT NULL,
     spun TEXT NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (a, b, original, spun)
   );
   CREATE TABLE stories (
     doc TEXT PRIMARY KEY,
     story TEXT NOT NULL,
     profile TEXT NOT NULL
   );
   CREATE INDEX stories_story ON stories (story);`,
  // The work queue and the shared band table of scale-out workers (src/queue/).
  `CREATE TABLE jobs (
     id BIGSERIAL PRIMARY KEY,
     doc TEXT NOT NULL UNIQUE,
     state TEXT NOT NULL DEFAULT 'queued',
     attempts INTEGER NOT NULL DEFAULT 0,
     run_after TIMESTAMPTZ NOT NULL DEFAULT now(),
     lease_until TIMESTAMPTZ,
     worker TEXT,
     error TEXT,
     updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
   );
   CREATE INDEX jobs_ready ON jobs (state, run_after, id);
   CREATE TABLE bands (
     key BIGINT NOT NULL,
     doc TEXT NOT NULL,
     PRIMARY KEY (key, doc)
   );`,
  `CREATE SEQUENCE sketch_seq;
   CREATE SEQUENCE story_seq;
   ALTER TABLE sketches ADD COLUMN seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN matched BOOLEAN NOT NULL DEFAULT true;
   UPDATE sketches SET seq = nextval('sketch_seq');
   CREATE INDEX sketches_seq ON sketches (version, seq);
   ALTER TABLE stories ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
   UPDATE stories SET seq = nextval('story_seq');
   CREATE INDEX stories_seq ON stories (seq);`,
  `CREATE TABLE origins (
     doc TEXT NOT NULL,
     origin TEXT NOT NULL,
     ingested_at TEXT NOT NULL,
     seq BIGSERIAL,
     PRIMARY KEY (doc, origin)
   );
   INSERT INTO origins (doc, origin, ingested_at) SELECT id, origin, ingested_at FROM documents;`,
  `CREATE INDEX relations_type ON relations (type, a, b);`,
  // SQLite's v8: stored spin verdicts, the listing's sort keys, copies counted from both ends of a pair.
  `CREATE TABLE spin (
     doc TEXT PRIMARY KEY,
     verdict TEXT NOT NULL,
     score DOUBLE PRECISION NOT NULL
   );
   CREATE INDEX spin_verdict ON spin (verdict, doc);
   CREATE INDEX documents_title ON documents ((lower(coalesce(title, origin)) COLLATE "C"), id);
   CREATE INDEX documents_date ON documents (date COLLATE "C", id);
   CREATE INDEX documents_words ON documents (words, id);
   CREATE INDEX relations_type_b ON relations (type, b, a);`,
];

/** Any 64-bit values, so unspun never waits on another application's lock. */
const MIGRATION_LOCK = 0x756e7370756e;
/**
 * Writers of sketches (and of story rows) take this lock for their
 * transaction, so sequence numbers are handed out in commit order: a reader
 * that has seen number n can never later meet a smaller one committed late.
 */
const SKETCH_LOCK = 0x756e7370756f;
const STORY_LOCK = 0x756e73707570;

export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  #ready: Promise<void> | undefined;

  constructor(readonly url: string) {
    this.#pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle client losing its server must not crash the process; the next query reports it.
    this.#pool.on("error", () => {});
  }

  /** The pool, connected and migrated, for the queue's tables (src/queue/). */
  async pool(): Promise<pg.Pool> {
    await this.#db();
    return this.#pool;
  }

  /** Connects and migrates on first use. */
  #db(): Promise<void> {
    this.#ready ??= this.#transaction(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await c.query("CREATE TABLE IF NOT EXISTS unspun_schema (version INTEGER NOT NULL)");
      const found = (await c.query<{ version: number }>("SELECT version FROM unspun_schema")).rows[0]?.version ?? 0;
      if (found > PG_SCHEMA_VERSION) throw new SchemaVersionError(found, PG_SCHEMA_VERSION);
      for (let v = found; v < MIGRATIONS.length; v++) await c.query(MIGRATIONS[v] as string);
      await c.query("DELETE FROM unspun_schema");
      await c.query("INSERT INTO unspun_schema (version) VALUES ($1)", [PG_SCHEMA_VERSION]);
    });
    return this.#ready;
  }

  async #transaction<T>(run: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    // A connection dropped while checked out is reported by the failing query; the event itself must not crash.
    const ignore = () => {};
    client.on("error", ignore);
    try {
      await client.query("BEGIN");
      const result = await run(client);
      await client.query("COMMIT");
      return result;
    } catch (err) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      client.off("error", ignore);
      client.release();
    }
  }

  async #query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    await this.#db();
    return (await this.#pool.query<R>(sql, params)).rows;
  }

  async putDocuments(docs: readonly StoredDocument[], seen: readonly Origin[] = []): Promise<PutResult> {
    await this.#db();
    if (docs.length === 0 && seen.length === 0) return { inserted: 0, existing: 0 };
    const rows = docs.map(documentRow);
    const column = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    const origins = [...docs.map((d) => ({ doc: d.article.id, origin: d.article.origin, ingestedAt: d.ingestedAt })), ...seen];
    return this.#transaction(async (c) => {
      const result = await c.query(
        `INSERT INTO documents (id, origin, format, status, title, site, date, date_confidence, words, bytes, ingested_at, article, raw)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                            $8::float8[], $9::int[], $10::bigint[], $11::text[], $12::text[], $13::text[])
       ON CONFLICT (id) DO NOTHING`,
        [
          column("id"),
          column("origin"),
          column("format"),
          column("status"),
          column("title"),
          column("site"),
          column("date"),
          column("dateConfidence"),
          column("words"),
          column("bytes"),
          column("ingestedAt"),
          column("article"),
          column("raw"),
        ],
      );
      await c.query(
        `INSERT INTO origins (doc, origin, ingested_at) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
        [origins.map((o) => o.doc), origins.map((o) => o.origin), origins.map((o) => o.ingestedAt)],
      );
      const inserted = result.rowCount ?? 0;
      return { inserted, existing: docs.length - inserted };
    });
  }

  async origins(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.#query<{ doc: string; origin: string }>(
      "SELECT doc, origin FROM origins WHERE doc = ANY($1) ORDER BY ingested_at, seq",
      [ids],
    );
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.doc, [...(out.get(r.doc) ?? []), r.origin]);
    return out;
  }

  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.#query<{ id: string }>("SELECT id FROM documents WHERE id = ANY($1)", [ids]);
    return new Set(rows.map((r) => r.id));
  }

  async getDocument(idOrPrefix: string): Promise<StoredDocument | undefined> {
    const select = "SELECT article, raw, bytes, ingested_at FROM documents";
    let rows = await this.#query<DocRow>(`${select} WHERE id = $1`, [idOrPrefix]);
    if (rows.length === 0 && idOrPrefix.length >= MIN_ID_PREFIX && /^[0-9a-f]+$/.test(idOrPrefix)) {
      rows = await this.#query<DocRow>(`${select} WHERE id >= $1 AND id < $2 ORDER BY id LIMIT 6`, [idOrPrefix, `${idOrPrefix}g`]);
      if (rows.length > 1)
        throw new AmbiguousIdError(
          idOrPrefix,
          rows.map((r) => (JSON.parse(r.article) as Article).id),
        );
    }
    const r = rows[0];
    return r && { article: JSON.parse(r.article) as Article, raw: r.raw, bytes: Number(r.bytes), ingestedAt: r.ingested_at };
  }

  async listDocuments({ limit = 100, offset = 0, ids }: ListOptions = {}): Promise<DocumentSummary[]> {
    const where = ids ? "WHERE id = ANY($3)" : "";
    const rows = await this.#query<Record<string, unknown>>(
      `SELECT id, origin, format, status, title, site, date, date_confidence AS "dateConfidence", words, ingested_at AS "ingestedAt"
       FROM documents ${where} ORDER BY ingested_at, id LIMIT $1 OFFSET $2`,
      ids ? [limit, offset, ids] : [limit, offset],
    );
    return rows.map((r) => withoutNulls(r));
  }

  async queryDocuments(q: DocumentQuery): Promise<DocumentPage> {
    const { limit, offset } = pageWindow(q);
    const dir = q.order === "desc" ? "DESC" : "ASC";
    // Each statement numbers its own parameters: PostgreSQL refuses one that a statement does not use.
    const statement = () => {
      const params: unknown[] = [];
      const p = (value: unknown) => `$${params.push(value)}`;
      // Copies to filter or sort on are counted once for the whole store, as c(id, n).
      const counted = q.copiesOnly || q.sort === "copies";
      const withCopies = counted ? pgCopyCounts(p([...q.copyTypes]), p(q.copyTypes.includes("duplicate"))) : "";
      const where: string[] = [];
      for (const pattern of searchPatterns(q.text)) {
        const w = p(pattern);
        where.push(`(d.title ILIKE ${w} OR d.site ILIKE ${w} OR d.origin ILIKE ${w})`);
      }
      if (q.spin !== undefined) where.push(`s.verdict = ${p(q.spin)}`);
      if (q.copiesOnly) where.push("c.n > 0");
      const from = `FROM documents d LEFT JOIN spin s ON s.doc = d.id ${counted ? "LEFT JOIN c ON c.id = d.id" : ""} ${
        where.length ? `WHERE ${where.join(" AND ")}` : ""
      }`;
      return { params, p, withCopies, from };
    };
    const count = statement();
    const total = Number(
      (await this.#query<{ n: string }>(`${count.withCopies} SELECT count(*) AS n ${count.from}`, count.params))[0]?.n ?? 0,
    );
    const page = statement();
    const ids = (
      await this.#query<{ id: string }>(
        `${page.withCopies} SELECT d.id ${page.from} ORDER BY ${pgOrder(q.sort, dir)} LIMIT ${page.p(limit)} OFFSET ${page.p(offset)}`,
        page.params,
      )
    ).map((r) => r.id);
    const rows = await this.#query<Record<string, unknown>>(
      `SELECT d.id, d.origin, d.format, d.status, d.title, d.site, d.date, d.date_confidence AS "dateConfidence", d.words,
         d.ingested_at AS "ingestedAt", s.verdict AS spin, s.score AS "spinScore", ${pgCopies("$1", "$2")} AS copies
       FROM documents d LEFT JOIN spin s ON s.doc = d.id WHERE d.id = ANY($3)`,
      [[...q.copyTypes], q.copyTypes.includes("duplicate"), ids],
    );
    const byId = new Map(rows.map((r) => [r.id as string, withoutNulls<ListedDocument>({ ...r, copies: Number(r.copies) })]));
    return { total, documents: ids.map((id) => byId.get(id) as ListedDocument) };
  }

  async putSpin(batch: readonly SpinRow[]): Promise<void> {
    // One upsert cannot touch a row twice: the last verdict of a document in the batch is the one kept.
    const rows = [...new Map(batch.map((r) => [r.doc, r])).values()];
    if (rows.length === 0) return;
    await this.#query(
      `INSERT INTO spin (doc, verdict, score) SELECT * FROM unnest($1::text[], $2::text[], $3::float8[])
       ON CONFLICT (doc) DO UPDATE SET verdict = excluded.verdict, score = excluded.score`,
      [rows.map((r) => r.doc), rows.map((r) => r.verdict), rows.map((r) => r.score)],
    );
  }

  async counts(): Promise<StoreCounts> {
    const relations = await this.#query<{ type: string; n: string }>(
      "SELECT type, count(*) AS n FROM relations WHERE type <> 'unrelated' AND a <> b GROUP BY type ORDER BY type",
    );
    const spin = await this.#query<{ verdict: string; n: string }>(
      "SELECT s.verdict, count(*) AS n FROM spin s JOIN documents d ON d.id = s.doc GROUP BY s.verdict ORDER BY s.verdict",
    );
    return {
      documents: await this.countDocuments(),
      relations: Object.fromEntries(relations.map((r) => [r.type, Number(r.n)])),
      spin: Object.fromEntries(spin.map((r) => [r.verdict, Number(r.n)])),
    };
  }

  async countDocuments(): Promise<number> {
    return Number((await this.#query<{ n: string }>("SELECT count(*) AS n FROM documents"))[0]?.n ?? 0);
  }

  async putSketches(entries: readonly SketchEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.#db();
    await this.#transaction(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock($1)", [SKETCH_LOCK]);
      await c.query(
        `INSERT INTO sketches (doc, version, keys, seq, matched)
         SELECT doc, version, keys, nextval('sketch_seq'), false FROM unnest($1::text[], $2::int[], $3::bytea[]) AS e(doc, version, keys)
         ON CONFLICT (doc) DO UPDATE SET version = excluded.version, keys = excluded.keys, seq = excluded.seq, matched = false`,
        [entries.map((e) => e.id), entries.map((e) => e.version), entries.map((e) => Buffer.from(Float64Array.from(e.keys).buffer))],
      );
    });
  }

  async sketchStates(ids: readonly string[], version: number): Promise<Map<string, boolean>> {
    const rows = await this.#query<{ doc: string; matched: boolean }>(
      "SELECT doc, matched FROM sketches WHERE version = $1 AND doc = ANY($2)",
      [version, ids],
    );
    return new Map(rows.map((r) => [r.doc, r.matched]));
  }

  async pendingIds(version: number, before = "\uffff"): Promise<string[]> {
    const rows = await this.#query<{ id: string }>(
      `SELECT d.id FROM documents d LEFT JOIN sketches s ON s.doc = d.id AND s.version = $1
       WHERE d.status <> 'empty' AND (s.doc IS NULL OR NOT s.matched) AND d.ingested_at < $2 ORDER BY d.ingested_at, d.id`,
      [version, before],
    );
    return rows.map((r) => r.id);
  }

  async sketchKeys(ids: readonly string[], version: number): Promise<Map<string, Float64Array>> {
    const rows = await this.#query<{ doc: string; keys: Buffer }>("SELECT doc, keys FROM sketches WHERE version = $1 AND doc = ANY($2)", [
      version,
      ids,
    ]);
    return new Map(rows.map((r) => [r.doc, keysOf(r.keys)]));
  }

  async *sketchesSince(version: number, after: number): AsyncIterable<SequencedSketch> {
    // Keyset pages, so a corpus of millions streams without one giant result.
    let last = after;
    for (;;) {
      const rows = await this.#query<{ doc: string; keys: Buffer; seq: string }>(
        "SELECT doc, keys, seq FROM sketches WHERE version = $1 AND seq > $2 ORDER BY seq LIMIT 5000",
        [version, last],
      );
      for (const row of rows) yield { id: row.doc, keys: keysOf(row.keys), seq: Number(row.seq) };
      if (rows.length < 5000) return;
      last = Number((rows[rows.length - 1] as { seq: string }).seq);
    }
  }

  async putRelations(relations: readonly StoredRelation[], matched: readonly string[] = []): Promise<void> {
    if (relations.length === 0 && matched.length === 0) return;
    await this.#db();
    await this.#transaction(async (c) => {
      if (matched.length > 0) await c.query("UPDATE sketches SET matched = true WHERE doc = ANY($1)", [matched]);
      if (relations.length === 0) return;
      await c.query(
        `INSERT INTO relations (a, b, type, coverage_a, coverage_b, confidence, detail)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::float8[], $7::text[])
         ON CONFLICT (a, b) DO UPDATE SET type = excluded.type, coverage_a = excluded.coverage_a, coverage_b = excluded.coverage_b,
           confidence = excluded.confidence, detail = excluded.detail`,
        [
          relations.map((r) => r.a),
          relations.map((r) => r.b),
          relations.map((r) => r.type),
          relations.map((r) => r.coverageA),
          relations.map((r) => r.coverageB),
          relations.map((r) => r.confidence),
          relations.map((r) => JSON.stringify(r.detail)),
        ],
      );
      await c.query("DELETE FROM substitutions s USING unnest($1::text[], $2::text[]) AS p(a, b) WHERE s.a = p.a AND s.b = p.b", [
        relations.map((r) => r.a),
        relations.map((r) => r.b),
      ]);
      const subs = relations.flatMap((r) => (r.substitutions ?? []).map((s) => ({ ...s, a: r.a, b: r.b })));
      if (subs.length > 0) {
        await c.query(
          `INSERT INTO substitutions (a, b, original, spun, count) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])`,
          [subs.map((s) => s.a), subs.map((s) => s.b), subs.map((s) => s.original), subs.map((s) => s.spun), subs.map((s) => s.count)],
        );
      }
    });
  }

  async substitutions(): Promise<LearnedSubstitution[]> {
    const rows = await this.#query<{ original: string; spun: string; count: string }>(
      "SELECT original, spun, SUM(count) AS count FROM substitutions GROUP BY original, spun ORDER BY SUM(count) DESC, spun, original",
    );
    return rows.map((r) => ({ original: r.original, spun: r.spun, count: Number(r.count) }));
  }

  async importSubstitutions(rows: readonly LearnedSubstitution[]): Promise<void> {
    await this.#db();
    await this.#transaction(async (c) => {
      // One statement per row: a batch may name the same pair twice, which one upsert cannot.
      for (const r of rows) {
        await c.query(
          `INSERT INTO substitutions (a, b, original, spun, count) VALUES ('', '', $1, $2, $3)
           ON CONFLICT (a, b, original, spun) DO UPDATE SET count = substitutions.count + excluded.count`,
          [r.original, r.spun, r.count],
        );
      }
    });
  }

  async storyRowsSince(after: number): Promise<StoredStoryRow[]> {
    const rows = await this.#query<{ doc: string; story: string; profile: string; seq: string }>(
      "SELECT doc, story, profile, seq FROM stories WHERE seq > $1 ORDER BY seq",
      [after],
    );
    return rows.map((r) => ({ doc: r.doc, story: r.story, profile: JSON.parse(r.profile), seq: Number(r.seq) }));
  }

  async putStoryRows(rows: readonly StoredStoryRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.#db();
    await this.#transaction(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock($1)", [STORY_LOCK]);
      await c.query(
        `INSERT INTO stories (doc, story, profile, seq)
         SELECT doc, story, profile, nextval('story_seq') FROM unnest($1::text[], $2::text[], $3::text[]) AS r(doc, story, profile)
         ON CONFLICT (doc) DO UPDATE SET story = excluded.story, profile = excluded.profile, seq = excluded.seq`,
        [rows.map((r) => r.doc), rows.map((r) => r.story), rows.map((r) => JSON.stringify(r.profile))],
      );
    });
  }

  async relations(filter: RelationFilter): Promise<StoredRelation[]> {
    const detail = filter.brief ? "json_build_object('direction', detail::json->'direction')::text AS detail" : "detail";
    const select = `SELECT a, b, type, coverage_a AS "coverageA", coverage_b AS "coverageB", confidence, ${detail} FROM relations`;
    const rows = filter.involving
      ? await this.#query<StoredRelation & { detail: string }>(`${select} WHERE a = $1 OR b = $1 ORDER BY a, b`, [filter.involving])
      : await this.#query<StoredRelation & { detail: string }>(`${select} WHERE a = ANY($1) AND b = ANY($1) ORDER BY a, b`, [
          filter.among ?? [],
        ]);
    return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) }));
  }

  async copyLinks(types: readonly string[]): Promise<Array<{ a: string; b: string }>> {
    return this.#query<{ a: string; b: string }>("SELECT a, b FROM relations WHERE type = ANY($1) AND a <> b", [[...types]]);
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}

/** SQLite's listing copies, given the parameters that hold the copy types and whether a second origin counts. */
function pgCopies(types: string, dup: string): string {
  return `((SELECT count(*) FROM relations r WHERE r.type = ANY(${types}::text[]) AND r.a = d.id AND r.b <> d.id)
  + (SELECT count(*) FROM relations r WHERE r.type = ANY(${types}::text[]) AND r.b = d.id AND r.a <> d.id)
  + (CASE WHEN ${dup}::boolean AND (SELECT count(*) FROM origins o WHERE o.doc = d.id) > 1 THEN 1 ELSE 0 END))`;
}

/** SQLite's copy counts for the whole store, as `c(id, n)`. */
function pgCopyCounts(types: string, dup: string): string {
  return `WITH c(id, n) AS (SELECT id, count(*) FROM (
      SELECT a AS id FROM relations WHERE type = ANY(${types}::text[]) AND a <> b
      UNION ALL SELECT b FROM relations WHERE type = ANY(${types}::text[]) AND a <> b
      UNION ALL SELECT doc FROM origins WHERE ${dup}::boolean GROUP BY doc HAVING count(*) > 1
    ) x GROUP BY id)`;
}

/** SQLite's listing order, byte-wise ("C") where PostgreSQL would sort by the locale. */
function pgOrder(sort: DocumentQuery["sort"], dir: "ASC" | "DESC"): string {
  const title = `lower(coalesce(d.title, d.origin)) COLLATE "C"`;
  switch (sort) {
    case "title":
      return `${title} ${dir}, d.id ${dir}`;
    case "site":
      return `d.site IS NULL, lower(d.site) COLLATE "C" ${dir}, ${title} ${dir}, d.id ${dir}`;
    case "date":
      return `d.date IS NULL, d.date COLLATE "C" ${dir}, d.id ${dir}`;
    case "words":
      return `d.words ${dir}, d.id ${dir}`;
    case "copies":
      return `coalesce(c.n, 0) ${dir}, d.id ${dir}`;
    case "spin":
      return `s.score IS NULL, s.score ${dir}, d.id ${dir}`;
    default:
      return `d.ingested_at ${dir}, d.id ${dir}`;
  }
}

interface DocRow {
  article: string;
  raw: string;
  bytes: string | number;
  ingested_at: string;
}

function keysOf(blob: Buffer): Float64Array {
  const copy = new Uint8Array(blob);
  return new Float64Array(copy.buffer, 0, copy.byteLength / 8);
}
