/**
 * The band index as a PostgreSQL table, shared by every worker: a document's
 * band keys are committed before its candidates are looked up, so of two
 * documents processed at once the later lookup always sees the other. The
 * lookup follows `CorpusIndex`: keys shared by too many documents are stock
 * phrases and do not count, and the strongest candidates are kept.
 */
import type pg from "pg";
import { type CandidateSource, MAX_CANDIDATES, MAX_KEY_DOCUMENTS } from "../corpus/index.js";

export class BandTable implements CandidateSource {
  constructor(private readonly pool: pg.Pool) {}

  async add(id: string, keys: ArrayLike<number>): Promise<void> {
    await this.pool.query("INSERT INTO bands (key, doc) SELECT k, $2 FROM unnest($1::bigint[]) AS k ON CONFLICT DO NOTHING", [
      Array.from(keys, String),
      id,
    ]);
  }

  async candidates(keys: ArrayLike<number>, exclude?: string): Promise<Map<string, number>> {
    const rows = await this.pool.query<{ doc: string; hits: string }>(
      `WITH mine AS (SELECT DISTINCT unnest($1::bigint[]) AS key),
            usable AS (SELECT b.key FROM bands b JOIN mine USING (key) GROUP BY b.key HAVING count(*) <= $3)
       SELECT b.doc, count(*) AS hits FROM bands b JOIN usable USING (key)
       WHERE b.doc <> $2 GROUP BY b.doc ORDER BY count(*) DESC, b.doc LIMIT $4`,
      [Array.from(keys, String), exclude ?? "", MAX_KEY_DOCUMENTS, MAX_CANDIDATES],
    );
    return new Map(rows.rows.map((r) => [r.doc, Number(r.hits)]));
  }
}
