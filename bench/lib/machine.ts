import { availableParallelism, cpus } from "node:os";

/** The line every benchmark prints, so figures are read against the machine that made them. */
export function machineLine(): string {
  return `machine: ${availableParallelism()} core(s), ${cpus()[0]?.model ?? "unknown cpu"}, node ${process.version}`;
}
