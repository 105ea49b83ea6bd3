import type { Problem } from "../problems.js";

/**
 * Thrown from inside a stream when reading one input must stop at a limit;
 * the reader of inputs turns it into its problem and goes on to the next
 * input, keeping what the stopped one already gave.
 */
export class StopReading extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = "StopReading";
  }
}
