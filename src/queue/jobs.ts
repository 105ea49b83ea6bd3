/**
 * The work queue in PostgreSQL: one job per document to match. Workers claim
 * jobs with `FOR UPDATE SKIP LOCKED` under a lease; a job whose lease ran out
 * (its worker died) is claimed again by another. A failed attempt is retried
 * with exponential backoff, and after `maxAttempts` the job is `failed` with
 * its error. Enqueuing a document twice is a no-op.
 */
import type pg from "pg";

export type JobState = "queued" | "running" | "done" | "failed";

export interface Job {
  id: number;
  doc: string;
  attempts: number;
}

export interface JobCounts {
  queued: number;
  running: number;
  done: number;
  failed: number;
}

export interface FailedJob {
  doc: string;
  attempts: number;
  error: string;
  updatedAt: string;
}

export class JobQueue {
  constructor(private readonly pool: pg.Pool) {}

  /** Queues the documents not queued before; returns how many were new. */
  async enqueue(docs: readonly string[]): Promise<number> {
    if (docs.length === 0) return 0;
    const r = await this.pool.query("INSERT INTO jobs (doc) SELECT unnest($1::text[]) ON CONFLICT (doc) DO NOTHING", [docs]);
    return r.rowCount ?? 0;
  }

  /**
   * Claims up to `n` ready jobs for `worker`: queued and due, running under an
   * expired lease (their worker died), or running under this worker's own
   * name (it lost its connection mid-job and is back).
   */
  async claim(n: number, worker: string, leaseSeconds: number): Promise<Job[]> {
    const r = await this.pool.query<{ id: string; doc: string; attempts: number }>(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1, worker = $2,
              lease_until = now() + make_interval(secs => $3), updated_at = now()
       WHERE id IN (
         SELECT id FROM jobs
         WHERE (state = 'queued' AND run_after <= now()) OR (state = 'running' AND (lease_until < now() OR worker = $2))
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, doc, attempts`,
      [n, worker, leaseSeconds],
    );
    return r.rows.map((row) => ({ id: Number(row.id), doc: row.doc, attempts: row.attempts })).sort((a, b) => a.id - b.id);
  }

  /** Marks a job done, if this worker still holds it. */
  async complete(job: Job, worker: string): Promise<void> {
    await this.pool.query("UPDATE jobs SET state = 'done', error = NULL, updated_at = now() WHERE id = $1 AND worker = $2", [
      job.id,
      worker,
    ]);
  }

  /** Records a failed attempt: back to the queue after a backoff, or `failed` for good after `maxAttempts`. */
  async fail(job: Job, worker: string, error: string, maxAttempts: number, backoffSeconds: number): Promise<JobState> {
    const state: JobState = job.attempts >= maxAttempts ? "failed" : "queued";
    await this.pool.query(
      `UPDATE jobs SET state = $3, error = $4, run_after = now() + make_interval(secs => $5), updated_at = now()
       WHERE id = $1 AND worker = $2`,
      [job.id, worker, state, error, backoffSeconds * 2 ** (job.attempts - 1)],
    );
    return state;
  }

  async counts(): Promise<JobCounts> {
    const r = await this.pool.query<{ state: JobState; n: string }>("SELECT state, count(*) AS n FROM jobs GROUP BY state");
    const counts: JobCounts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const row of r.rows) counts[row.state] = Number(row.n);
    return counts;
  }

  async failed(limit = 50): Promise<FailedJob[]> {
    const r = await this.pool.query<{ doc: string; attempts: number; error: string; updated_at: Date }>(
      "SELECT doc, attempts, error, updated_at FROM jobs WHERE state = 'failed' ORDER BY updated_at DESC LIMIT $1",
      [limit],
    );
    return r.rows.map((row) => ({ doc: row.doc, attempts: row.attempts, error: row.error, updatedAt: row.updated_at.toISOString() }));
  }
}
