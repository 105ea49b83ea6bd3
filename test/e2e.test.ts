/**
 * The web UI in a real browser (playwright-core driving Debian's chromium)
 * against `unspun serve` on the seed pages: the corpus, a story with its
 * provenance tree, the compare view of 001 and 002 with aligned passages and
 * changed words; hostile titles and text shown as text with no script run;
 * and screenshots of the main views for the README (docs/screenshots/).
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
  document: { activeElement: { tagName?: string } | null; documentElement: { scrollWidth: number } };
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
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (globalThis as unknown as Browserish).document.activeElement?.tagName)).toBe("A");
    await page.screenshot({ path: join(SHOTS, "corpus.png"), fullPage: true });
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
    await page.screenshot({ path: join(SHOTS, "compare.png") });
    const phone = await open(`#/compare/${ids["001"]}/${ids["002"]}`, 390);
    await phone.waitForSelector(".column .passage");
    const width = await phone.evaluate(() => (globalThis as unknown as Browserish).document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.close();
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
    await page.waitForSelector("tbody tr");
    expect(await page.locator("tbody tr").count()).toBe(6);
    await page.goto(`file://${html}#/compare/${ids["001"]}/${ids["002"]}`);
    await page.waitForSelector(".column .passage");
    expect(await page.locator(".column mark.change").count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (globalThis as unknown as Browserish).__pwned)).toBeUndefined();
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });
});
