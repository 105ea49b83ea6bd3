/**
 * The corpus view over 10,000 documents, in a real browser (playwright-core
 * driving Debian's chromium) against `unspun serve`: the search runs in the
 * store over the whole corpus, so it finds a document far beyond the first
 * page; the pager walks the pages; a column header sorts the whole corpus.
 * The store is filled by the library's ingest from a generated JSONL file
 * (stored, not matched: matching 10,000 documents is not what this tests).
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Corpus } from "../src/index.js";
import { ROOT, servingAddress, startCli } from "./helpers/cli.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const SHOTS = join(ROOT, "docs", "screenshots");
const N = 10_000;
const dir = mkdtempSync(join(tmpdir(), "unspun-e2e-corpus-"));
let server: ChildProcess;
let base: string;
let browser: Browser;

const PLACES = [
  "harbour",
  "valley",
  "station",
  "market",
  "bridge",
  "library",
  "stadium",
  "airport",
  "museum",
  "school",
  "hospital",
  "park",
];
const ACTS = ["reopens", "closes", "expands", "is repaired", "gets a new budget", "changes its hours", "is sold", "hires staff"];
const pad = (i: number) => String(i).padStart(5, "0");
/** A distinct generated record: its title names its number, so one can be searched for. */
function record(i: number) {
  const place = PLACES[i % PLACES.length] as string;
  const act = ACTS[(i * 7) % ACTS.length] as string;
  const text = [
    `The ${place} in district ${i % 97} ${act}, officials said on Monday after a meeting that ran late into the evening.`,
    `Residents of street ${i} were told that work would start in week ${(i % 52) + 1} and last about ${(i % 9) + 2} months, at a cost of ${i * 13} thousand.`,
    `A spokesperson for the council said notice ${pad(i)} would be posted at the town hall and online, and that objections could be sent until the end of the month.`,
  ].join("\n\n");
  const month = String((i % 12) + 1).padStart(2, "0");
  const day = String((i % 28) + 1).padStart(2, "0");
  return {
    id: `rec-${pad(i)}`,
    title: `Notice ${pad(i)}: the ${place} ${act}`,
    site: `site${i % 40}.example`,
    date: `2023-${month}-${day}`,
    text,
  };
}

beforeAll(async () => {
  if (!CHROMIUM) throw new Error("chromium is not installed: the browser tests need it (apt-get install chromium, or set CHROMIUM_PATH)");
  const jsonl = join(dir, "notices.jsonl");
  writeFileSync(jsonl, `${Array.from({ length: N }, (_, i) => JSON.stringify(record(i))).join("\n")}\n`);
  const db = join(dir, "corpus.db");
  const corpus = Corpus.open(db);
  const summary = await corpus.ingest([jsonl]);
  await corpus.close();
  expect(summary.inserted).toBe(N);
  server = startCli(["--db", db, "serve", "--port", "0"]);
  base = await servingAddress(server);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/${path}`);
  return page;
}
const titles = (page: Page) => page.locator("tbody tr td:nth-child(1) a").allTextContents();

describe("the corpus view over 10,000 documents", () => {
  it("finds a document far beyond the first page, and pages through the whole corpus", async () => {
    const page = await open("#/");
    await page.waitForSelector("table[data-shown='']");
    expect(await page.locator(".count").textContent()).toBe("1–50 of 10,000 documents");
    expect(await page.locator(".page-of").textContent()).toBe("Page 1 of 200");
    const first = await titles(page);
    expect(first).toHaveLength(50);
    const target = record(7342).title;
    expect(first).not.toContain(target);

    // Typed as a person types; the search waits for a pause, then asks the server.
    await page.locator("input[type=search]").pressSequentially("notice 07342");
    await page.waitForSelector("table[data-shown='q=notice+07342']");
    expect(await titles(page)).toEqual([target]);
    expect(await page.locator(".count").textContent()).toBe("1–1 of 1 matching (10,000 in the corpus)");
    // Words are found wherever they are: the site is searched too.
    await page.fill("input[type=search]", "site8.example bridge");
    await page.waitForSelector("table[data-shown='q=site8.example+bridge']");
    const bridges = Array.from({ length: N }, (_, i) => record(i)).filter((r) => r.site === "site8.example" && r.title.includes("bridge"));
    expect(bridges.length).toBeGreaterThan(50);
    expect(await page.locator(".count").textContent()).toBe(`1–50 of ${bridges.length} matching (10,000 in the corpus)`);
    expect((await titles(page)).every((t) => t.includes("bridge"))).toBe(true);

    await page.fill("input[type=search]", "");
    await page.waitForSelector("table[data-shown='']");
    expect(await titles(page)).toEqual(first);
    await page.click("nav.pager button.next");
    await page.waitForSelector("table[data-shown='offset=50']");
    expect(await page.locator(".count").textContent()).toBe("51–100 of 10,000 documents");
    expect(await page.locator(".page-of").textContent()).toBe("Page 2 of 200");
    const second = await titles(page);
    expect(second).toHaveLength(50);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
    await page.click("nav.pager button.prev");
    await page.waitForSelector("table[data-shown='']");
    expect(await titles(page)).toEqual(first);
    await page.click("nav.pager button:has-text('Last')");
    await page.waitForSelector("table[data-shown='offset=9950']");
    expect(await page.locator(".count").textContent()).toBe("9,951–10,000 of 10,000 documents");
    expect(await page.locator("nav.pager button.next").isDisabled()).toBe(true);
    await page.close();
  });

  it("sorts the whole corpus by a column header, both ways", async () => {
    const page = await open("#/");
    await page.waitForSelector("table[data-shown='']");
    const all = Array.from({ length: N }, (_, i) => record(i).title.toLowerCase()).sort();
    await page.click("th button[data-sort=title]");
    await page.waitForSelector("table[data-shown='sort=title']");
    expect((await titles(page)).map((t) => t.toLowerCase())).toEqual(all.slice(0, 50));
    await page.click("th button[data-sort=title]");
    await page.waitForSelector("table[data-shown='sort=title&order=desc']");
    expect((await titles(page)).map((t) => t.toLowerCase())).toEqual(all.slice(-50).reverse());
    // Dates: the latest first, on every page the pager reaches.
    await page.click("th button[data-sort=date]");
    await page.waitForSelector("table[data-shown='sort=date&order=desc']");
    const dates = await page.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(new Set(dates)).toEqual(new Set(["2023-12-28"]));
    await page.screenshot({ path: join(SHOTS, "corpus-pages.png") });
    await page.close();
  });
});
