import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeBadInput } from "../../test/helpers/badinput.js";
import { htmlDocument } from "../../test/helpers/html-document.js";
import { tempDir } from "../../test/helpers/tmp.js";
import { extract } from "./index.js";

const NOW = new Date("2026-01-01T00:00:00Z");
const raw = htmlDocument;
const PARA =
  "The regional council voted on Tuesday to approve a budget that raises spending on parks and libraries by four percent, officials said.";

function page(head: string, body: string): string {
  return `<html lang="en-GB"><head>${head}</head><body><header>Site Name | Home | World</header><article>${body}</article><footer>© 2021 Example Media Ltd. All rights reserved.</footer></body></html>`;
}

describe("extract on HTML", () => {
  it("reads metadata from JSON-LD and meta tags", () => {
    const ld = JSON.stringify({
      "@type": "NewsArticle",
      headline: "Council passes budget",
      datePublished: "2021-12-30T10:00:00Z",
      author: { name: "Ann Reporter" },
      publisher: { name: "Example News" },
    });
    const a = extract(
      raw(
        page(
          `<script type="application/ld+json">${ld}</script><link rel="canonical" href="https://example.com/budget">`,
          `<h1>Council passes budget</h1>${`<p>${PARA}</p>`.repeat(5)}`,
        ),
      ),
      { now: NOW },
    );
    expect(a).toMatchObject({
      title: "Council passes budget",
      site: "Example News",
      canonicalUrl: "https://example.com/budget",
      language: "en",
      authors: ["Ann Reporter"],
    });
    expect(a.date).toMatchObject({ value: "2021-12-30", source: "json-ld" });
    expect(a.text).not.toContain("Home | World");
    expect(a.paragraphs).toHaveLength(5);
  });

  it("finds wire credits in datelines", () => {
    const body = `<p>WASHINGTON (AP) — ${PARA}</p>${`<p>${PARA}</p>`.repeat(4)}`;
    expect(extract(raw(page("<title>x</title>", body)), { now: NOW }).wireCredit).toBe("AP");
  });

  it("gives a date later than the crawl low confidence", () => {
    const a = extract(
      raw(page('<meta property="article:published_time" content="2024-05-01">', `<p>${PARA}</p>`.repeat(5)), {
        crawledAt: "2023-01-01T00:00:00Z",
      }),
      { now: NOW },
    );
    expect(a.date?.value).toBe("2024-05-01");
    expect(a.date?.confidence).toBeLessThan(0.1);
    expect(a.date?.note).toMatch(/crawl/);
  });

  it("keeps scripts, handlers and javascript: links out of every text field", () => {
    const dir = writeBadInput(join(tempDir(), "bad"));
    const a = extract(raw(readFileSync(join(dir, "hostile.html"), "utf8")), { now: NOW });
    const out = JSON.stringify({ title: a.title, text: a.text, boilerplate: a.boilerplate });
    expect(a.text).toContain("The city council voted on Tuesday");
    expect(out).not.toMatch(/<script|onerror|javascript:|pwned|<iframe|onload/i);
  });

  it("extracts 100,000 nested elements without the DOM and says so", () => {
    const deep = `<html><body>${"<div>".repeat(100_000)}<p>${PARA}</p>${"</div>".repeat(100_000)}</body></html>`;
    const a = extract(raw(deep), { now: NOW });
    expect(a.text).toBe(PARA);
    expect(a.problems.map((p) => p.code)).toContain("too-deep");
  });

  it("falls back to the streaming extractor where Readability.js throws, and says so", () => {
    // An HTML 4 table layout on which Readability 0.6 throws in _grabArticle.
    const a = extract(raw('<td><br><span><p><span>Visit our other <a href="/s">news sites</a>.<br>'), { now: NOW });
    expect(a.text).toBe("Visit our other news sites.");
    const fallback = a.problems.find((p) => p.code === "extract-fallback");
    expect(fallback?.message).toMatch(/Readability\.js failed/);
    expect(fallback?.file).toBe("page.html");
  });

  it("reads tag-less HTML as text, and a page of only a comment as empty, each with a warning", () => {
    const words = extract(raw("just words"), { now: NOW });
    expect(words.text).toBe("just words");
    expect(words.problems.map((p) => p.code)).toContain("extract-fallback");
    const comment = extract(raw("<!-- only a comment -->"), { now: NOW });
    expect(comment.status).toBe("empty");
    expect(comment.problems.map((p) => p.code)).toEqual(["extract-fallback", "short-text"]);
  });

  it("keeps a document with no text, flagged empty", () => {
    const a = extract(raw("<html><body><nav>Home</nav></body></html>"), { now: NOW });
    expect(a.status).toBe("empty");
    expect(a.problems.map((p) => p.code)).toContain("short-text");
  });
});
