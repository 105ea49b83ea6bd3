/**
 * queue: scale-out over PostgreSQL. `ingest --enqueue` queues one job per
 * document; `unspun worker` processes it on any number of machines.
 */
export { BandTable } from "./band-table.js";
export { type FailedJob, type Job, type JobCounts, JobQueue, type JobState } from "./jobs.js";
export { runWorker, type WorkerOptions, type WorkerSummary } from "./worker.js";
