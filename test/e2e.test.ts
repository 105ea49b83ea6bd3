/**
 * The web UI in a real browser (playwright-core driving Debian's chromium)
 * against `unspun serve` on the seed pages: the corpus (sorted by its column
 * headers, filtered, low-confidence dates marked), a story with its
 * provenance tree (undetermined edges as plain lines, decided ones as
 * arrows), the compare view of 001 and 002 with aligned passages, changed
 * words and the reason no original is named, and of a pair whose direction
 * is decided, with titles and "Original" and "Copy" badges in words; hostile
 * titles and text shown as text with no script run; a report that opens on
 * its summary; and screenshots of the main views for the README
 * (docs/screenshots/). The 10,000-document listing is test/e2e-corpus.test.ts.
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, servingAddress, startCli } from "./helpers/cli.js";
import { SEEDS, WIRE_SIBLINGS } from "./helpers/tmp.js";

/** What the page-side callbacks read, typed here because the tests compile without the DOM library. */
interface Browserish {
  document: {
    activeElement: { tagName?: string } | null;
    documentElement: { scrollWidth: number };
    querySelectorAll: (selector: string) => { length: number };
  };
  __pwned?: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const SHOTS = join(ROOT, "docs", "screenshots");
const dir = mkdtempSync(join(tmpdir(), "unspun-e2e-"));
let server: ChildProcess;
let base: string;
let browser: Browser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  if (!CHROMIUM) throw new Error("chromium is not installed: the browser tests need it (apt-get install chromium, or set CHROMIUM_PATH)");
  server = startCli(["--db", join(dir, "e2e.db"), "serve", "--create", "--port", "0"]);
  base = await servingAddress(server);
  const files = readdirSync(SEEDS).sort();
  const r = await fetch(`${base}/api/documents`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ documents: files.map((f) => ({ text: readFileSync(join(SEEDS, f), "utf8") })) }),
  });
  const posted = (await r.json()) as { ids: string[] };
  files.forEach((f, i) => {
    ids[f.slice(0, 3)] = posted.ids[i] as string;
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  mkdirSync(SHOTS, { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

async function open(path: string, width = 1280, url = `${base}/${path}`): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

describe("web UI", () => {
  it("lists the corpus with spin verdicts and copy counts, and is keyboard navigable", async () => {
    const page = await open("#/");
    await page.waitForSelector("tbody tr");
    expect(await page.locator("tbody tr").count()).toBe(5);
    expect(await page.locator(".verdict.spun").count()).toBe(3);
    expect(await page.locator(".count").textContent()).toBe("1–5 of 5 documents");
    // Dates under 0.5 confidence (seed 003's is in its masthead) are marked as not to be trusted, as `ls` marks them.
    const listed = (await (await fetch(`${base}/api/documents`)).json()) as { documents: Array<{ id: string; dateConfidence?: number }> };
    const low = listed.documents.filter((d) => d.dateConfidence !== undefined && d.dateConfidence < 0.5).map((d) => d.id);
    expect(low).toContain(ids["003"]);
    const row003 = page.locator("tbody tr", { has: page.locator(`a[href="#/doc/${ids["003"]}"]`) });
    expect(await row003.locator(".date.low").textContent()).toMatch(/^\d{4}-\d\d-\d\d\?$/);
    expect(await page.locator("tbody .date.low").count()).toBe(low.length);
    expect(await page.locator("tbody .date:not(.low):not(.none)").count()).toBe(
      listed.documents.filter((d) => d.dateConfidence !== undefined && d.dateConfidence >= 0.5).length,
    );
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (globalThis as unknown as Browserish).document.activeElement?.tagName)).toBe("A");
    await page.screenshot({ path: join(SHOTS, "corpus.png"), fullPage: true });
    await page.close();
  });

  it("sorts by a column header, both ways, and filters by verdict on the server", async () => {
    const page = await open("#/");
    await page.waitForSelector("table[data-shown='']");
    const words = async () => (await page.locator("tbody tr td:nth-child(4)").allTextContents()).map((t) => Number(t.replace(/,/g, "")));
    const ingestOrder = await words();
    await page.click("th button[data-sort=words]");
    await page.waitForSelector("table[data-shown='sort=words&order=desc']");
    expect(await page.locator("th[aria-sort=descending] button").textContent()).toMatch(/^Words/);
    const down = await words();
    expect(down).toEqual([...ingestOrder].sort((x, y) => y - x));
    await page.click("th button[data-sort=words]");
    await page.waitForSelector("table[data-shown='sort=words']");
    expect(await words()).toEqual([...down].reverse());
    await page.selectOption("select", "spun");
    await page.waitForSelector("table[data-shown='spin=spun&sort=words']");
    expect(await page.locator("tbody .verdict").allTextContents()).toEqual(["spun", "spun", "spun"]);
    expect(await page.locator(".count").textContent()).toBe("1–3 of 3 matching (5 in the corpus)");
    // The query is in the address: reloading keeps it.
    expect(page.url()).toMatch(/#\/documents\?spin=spun&sort=words$/);
    await page.reload();
    await page.waitForSelector("table[data-shown='spin=spun&sort=words']");
    expect(await page.locator("tbody tr").count()).toBe(3);
    await page.close();
  });

  it("opens a story: members on a timeline, and no invented original where the evidence is weak", async () => {
    const page = await open("#/");
    await page.waitForSelector(".stories a");
    await page.locator(".stories a").first().click();
    await page.waitForSelector(".timeline li");
    expect(await page.locator(".timeline li").count()).toBe(5);
    // The seeds' copies name no original and no missing one: their evidence is containment and spin only.
    await page.waitForSelector(".node");
    expect(await page.locator(".node.ghost").count()).toBe(0);
    // Undetermined edges are plain lines: no arrowhead says who copied whom.
    expect(await page.locator("svg .edge.undetermined").count()).toBeGreaterThan(0);
    expect(await page.locator("svg .edge[marker-end]").count()).toBe(0);
    expect(await page.locator(".edges li").first().textContent()).toMatch(/who copied whom is undetermined/);
    // Seed 003's masthead date is marked on the timeline too, and no trusted date is.
    expect(
      await page
        .locator(".timeline li", { has: page.locator(`a[href="#/doc/${ids["003"]}"]`) })
        .locator(".date.low")
        .count(),
    ).toBe(1);
    const story = (await (await fetch(`${base}/api/stories/${page.url().split("#/story/")[1] as string}`)).json()) as {
      documents: Array<{ dateConfidence?: number }>;
    };
    expect(await page.locator(".timeline .date.low").count()).toBe(story.documents.filter((d) => (d.dateConfidence ?? 1) < 0.5).length);
    await page.screenshot({ path: join(SHOTS, "story.png"), fullPage: true });
    await page.close();
  });

  it("draws a missing original as a ghost node above two copies that credit the same agency", async () => {
    const documents = readdirSync(WIRE_SIBLINGS)
      .sort()
      .map((f) => ({ text: readFileSync(join(WIRE_SIBLINGS, f), "utf8") }));
    const r = await fetch(`${base}/api/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ documents }),
    });
    const [first] = ((await r.json()) as { ids: string[] }).ids;
    const { stories } = (await (await fetch(`${base}/api/stories`)).json()) as { stories: Array<{ id: string; members: string[] }> };
    const story = stories.find((s) => s.members.includes(first as string));
    const page = await open(`#/story/${encodeURIComponent(story?.id as string)}`);
    await page.waitForSelector(".timeline li");
    expect(await page.locator(".timeline li").count()).toBe(2);
    expect(await page.locator(".node.ghost").count()).toBe(1);
    await page.close();
  });

  it("shows 001 and 002 side by side with the aligned passages and changed words visible", async () => {
    const page = await open(`#/compare/${ids["001"]}/${ids["002"]}`);
    await page.waitForSelector(".column .passage");
    const left = page.locator(".column").nth(0).locator(".passage");
    const right = page.locator(".column").nth(1).locator(".passage");
    expect(await left.count()).toBeGreaterThan(10);
    expect(await right.count()).toBeGreaterThan(10);
    await expect(left.first().isVisible()).resolves.toBe(true);
    expect(await page.locator(".column mark.change.synonym").count()).toBeGreaterThan(0);
    expect(await page.locator(".drift li").count()).toBeGreaterThan(0);
    // Headed by the documents' titles, not their ids; no badge where nothing decides, and the reason in words.
    const stored = async (id: string) => {
      const { article } = (await (await fetch(`${base}/api/documents/${id}`)).json()) as { article: { title?: string; origin: string } };
      return article.title ?? article.origin;
    };
    expect(await page.locator(".column h2").allTextContents()).toEqual([
      await stored(ids["001"] as string),
      await stored(ids["002"] as string),
    ]);
    expect(await page.locator(".badge").count()).toBe(0);
    expect(await page.locator(".direction.undetermined").textContent()).toMatch(
      /^Who copied whom is undetermined: there is only weak evidence/,
    );
    await page.screenshot({ path: join(SHOTS, "compare.png") });
    const phone = await open(`#/compare/${ids["001"]}/${ids["002"]}`, 390);
    await phone.waitForSelector(".column .passage");
    const width = await phone.evaluate(() => (globalThis as unknown as Browserish).document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.close();
    await page.close();
  });

  it("heads a decided pair with titles, sites and dates, and badges the original and the copy with the evidence in words", async () => {
    const body = [
      "The city council approved a new budget on Tuesday after a long debate over funding for public transport, schools and road repairs.",
      "The mayor said the plan would help families who struggle with rising costs, and that the council had listened to residents at several public meetings held across the city this winter.",
      "Under the budget, the city will spend more on buses and trains, hire 120 extra teachers and fix hundreds of damaged streets before the first snow arrives.",
      "Opposition members argued that the spending would force higher property taxes within two years, and they promised to challenge several items when the council meets again in April.",
    ].join("\n\n");
    const original = {
      text: body,
      title: "Budget approved after long debate",
      site: "DW",
      url: "https://www.dw.com/en/budget/a-1",
      date: "2025-03-10",
    };
    const copy = {
      text: body.replace("after a long debate", "after a long debate, DW reported,"),
      title: "Budget passes, DW says",
      site: "News Example",
      url: "https://news.example/budget",
      date: "2025-03-14",
    };
    const r = await fetch(`${base}/api/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ documents: [original, copy] }),
    });
    const [o, c] = ((await r.json()) as { ids: string[] }).ids as [string, string];
    // Open with the copy on the left: the badges follow the evidence, not the order.
    const page = await open(`#/compare/${c}/${o}`);
    await page.waitForSelector(".badge");
    expect(await page.locator(".column h2").allTextContents()).toEqual([copy.title, original.title]);
    const left = page.locator(".column").nth(0);
    const right = page.locator(".column").nth(1);
    expect(await left.locator(".meta").textContent()).toBe("News Example · 2025-03-14");
    expect(await right.locator(".meta").textContent()).toBe("DW · 2025-03-10");
    expect(await left.locator(".badge").textContent()).toBe("Copy");
    expect(await right.locator(".badge").textContent()).toBe("Original");
    const because = await left.locator(".because").textContent();
    expect(because).toMatch(/credits DW \(“DW reported”\)/);
    expect(because).toMatch(/published 4 days later/);
    expect(await right.locator(".because").textContent()).toMatch(/published 4 days earlier/);
    expect(await page.locator(".direction.undetermined").count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, "compare-direction.png") });
    // In its story, the decided edge is an arrow from the original to the copy.
    const { stories } = (await (await fetch(`${base}/api/stories`)).json()) as { stories: Array<{ id: string; members: string[] }> };
    const story = stories.find((s) => s.members.includes(o) && s.members.includes(c));
    await page.goto(`${base}/#/story/${encodeURIComponent(story?.id as string)}`);
    // A vertical line has no width, which playwright calls hidden: wait for it to be there.
    await page.waitForSelector("svg .edge", { state: "attached" });
    const arrow = page.locator(`svg .edge.decided[data-from="${o}"][data-to="${c}"]`);
    expect(await arrow.count()).toBe(1);
    expect(await arrow.getAttribute("marker-end")).toMatch(/^url\(#arrow-\d+\)$/);
    expect(await page.locator("svg .edge.undetermined").count()).toBe(0);
    await page.close();
  });

  it("shows a document's spin spans with their suggestions", async () => {
    const page = await open(`#/doc/${ids["000"]}`);
    await page.waitForSelector("mark.spin");
    const titles = await page.locator("mark.spin").evaluateAll((els) => els.map((e) => e.getAttribute("title")));
    expect(titles).toContain("broken-phrase: Secretary of State");
    await page.screenshot({ path: join(SHOTS, "document.png"), fullPage: true });
    await page.close();
  });

  it("checks a pasted text against the corpus", async () => {
    const page = await open("#/check");
    await page.fill("#check-text", readFileSync(join(SEEDS, readdirSync(SEEDS).sort()[2] as string), "utf8"));
    await page.click("text=Where is this from?");
    await page.waitForSelector("section li");
    expect(await page.locator("section li").count()).toBeGreaterThan(1);
    // The text is stored already: identical to it, then its copies.
    expect(await page.locator("section li").first().textContent()).toMatch(/^Identical to [0-9a-f]{8}/);
    await page.close();
  });

  it("renders hostile titles and text as text, and runs no script", async () => {
    const hostile = {
      title: `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`,
      text: `Click <a href="javascript:window.__pwned=3">here</a> now. <img src=x onerror="window.__pwned = 4"> <script>window.__pwned = 5</script> The council met on Tuesday to discuss the harbour budget and the new ferry timetable for the coming summer season.`,
    };
    const r = await fetch(`${base}/api/documents`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ documents: [hostile] }),
    });
    const [id] = ((await r.json()) as { ids: string[] }).ids;
    const stored = (await (await fetch(`${base}/api/documents/${id}`)).json()) as { article: { title: string; text: string } };
    // Whatever extraction kept of the markup is shown as characters, never parsed.
    expect(stored.article.text).toContain("<img src=x onerror=");
    const page = await open(`#/doc/${id}`);
    await page.waitForSelector("article h1");
    expect(await page.locator("article h1").textContent()).toBe(stored.article.title);
    expect(await page.locator("article .text").textContent()).toBe(stored.article.text);
    expect(await page.locator("article img, article script, article a[href^='javascript']").count()).toBe(0);
    const list = await open("#/");
    await list.waitForSelector("tbody tr");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (globalThis as unknown as Browserish).__pwned)).toBeUndefined();
    expect(await list.evaluate(() => (globalThis as unknown as Browserish).__pwned)).toBeUndefined();
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await list.close();
    await page.close();
  });

  it("writes a self-contained report that opens offline, shows the same views and runs nothing else", async () => {
    const html = join(dir, "report.html");
    const hostile = join(dir, "hostile.txt");
    writeFileSync(
      hostile,
      `<script>window.__pwned = 6</script> The harbour council met on Tuesday to discuss the ferry timetable for the coming summer season and the new budget.`,
    );
    // No store named: the inputs are scanned on their own, in memory.
    const r = await runCli(["report", SEEDS, hostile, "--html", html]);
    expect(r.code).toBe(0);
    const source = readFileSync(html, "utf8");
    expect(source).not.toMatch(/<script[^>]*src=|<link[^>]*href=/);
    expect(source).toMatch(/http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    const page = await open("", 1280, `file://${html}#/`);
    // It opens on what was found, not on the table.
    await page.waitForSelector(".summary [data-figure=documents]");
    expect(await page.locator("[data-figure=documents]").textContent()).toBe("6");
    expect(Number(await page.locator("[data-figure=copies]").textContent())).toBeGreaterThan(0);
    expect(await page.locator("[data-figure=families]").textContent()).toBe("2");
    expect(await page.locator("[data-figure=stories]").textContent()).toMatch(/^[1-9]/);
    const spun = Number(await page.locator("[data-figure=spun]").textContent());
    expect(await page.locator(".relation-types th").allTextContents()).toEqual(expect.arrayContaining(["paraphrase"]));
    await page.screenshot({ path: join(SHOTS, "report-summary.png"), fullPage: true });
    // Its figures lead into the listing, which the report filters and searches by itself.
    await page.click("a:has([data-figure=spun])");
    await page.waitForSelector("tbody tr");
    expect(await page.locator("tbody .verdict.spun").count()).toBe(spun);
    expect(await page.locator("tbody tr").count()).toBe(spun);
    await page.goto(`file://${html}#/documents`);
    await page.waitForSelector("table[data-shown='']");
    expect(await page.locator("tbody tr").count()).toBe(6);
    await page.fill("input[type=search]", "hostile");
    await page.waitForSelector("table[data-shown='q=hostile']");
    expect(await page.locator("tbody tr").count()).toBe(1);
    expect(await page.locator(".count").textContent()).toBe("1–1 of 1 matching (6 in the corpus)");
    await page.goto(`file://${html}#/compare/${ids["001"]}/${ids["002"]}`);
    await page.waitForSelector(".column .passage");
    expect(await page.locator(".column mark.change").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (globalThis as unknown as Browserish).__pwned)).toBeUndefined();
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});
