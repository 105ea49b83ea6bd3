/**
 * One pass per document: during a scan and a report, each document is
 * analysed once — spin, facts, stories, direction and the API's answers all
 * read the analysis the corpus keeps — counted on the analysis channel.
 */
import { subscribe, unsubscribe } from "node:diagnostics_channel";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { reportCommand } from "../src/cli/commands/report.js";
import { makeContext } from "../src/cli/context.js";
import { ANALYZE_CHANNEL, Corpus } from "../src/index.js";
import { WEB_DIR } from "../src/server/index.js";
import { SEEDS, WIRE_SIBLINGS } from "./helpers/tmp.js";

const inputs = [SEEDS, WIRE_SIBLINGS, join("test", "fixtures", "despin")];
const dir = mkdtempSync(join(tmpdir(), "unspun-once-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function countAnalyses(run: () => Promise<unknown>): Promise<number> {
  let n = 0;
  const count = () => {
    n++;
  };
  subscribe(ANALYZE_CHANNEL, count);
  try {
    await run();
  } finally {
    unsubscribe(ANALYZE_CHANNEL, count);
  }
  return n;
}

describe("each document is analysed once", () => {
  it("in a scan", async () => {
    const corpus = Corpus.open(":memory:");
    let stored = 0;
    const analyses = await countAnalyses(async () => {
      const result = await corpus.scan(inputs);
      stored = result.summary.inserted;
      expect(result.relations.length).toBeGreaterThan(3);
    });
    await corpus.close();
    expect(stored).toBeGreaterThan(8);
    expect(analyses).toBe(stored);
  });

  it("in a report, whose every view reads the same analyses", async () => {
    if (!existsSync(new URL("index.html", WEB_DIR))) throw new Error("the web UI is not built: run npm run build");
    const quiet = { ...makeContext({ quiet: true }), o: { out: () => {}, err: () => {}, tty: false, json: false, quiet: true } };
    let code = -1;
    const analyses = await countAnalyses(async () => {
      code = await reportCommand(quiet, inputs, { html: join(dir, "report.html") });
    });
    expect(code).toBe(0);
    const corpus = Corpus.open(":memory:");
    const stored = (await corpus.ingest(inputs)).inserted;
    await corpus.close();
    expect(analyses).toBe(stored);
  });
});
