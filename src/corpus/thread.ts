/**
 * Starting a worker thread on one of this folder's modules: from the build
 * the module is plain JavaScript; from source (tests, tsx) the thread
 * registers tsx before importing it.
 */
import { Worker } from "node:worker_threads";

export function startThread(module: string, workerData: unknown): Worker {
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = JSON.stringify(new URL(`./${module}${fromSource ? ".ts" : ".js"}`, import.meta.url).href);
  const boot = fromSource ? `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${entry}); })` : `import(${entry})`;
  return new Worker(boot, { eval: true, workerData });
}
