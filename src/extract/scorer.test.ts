/**
 * The streaming main-content scorer and the metadata read beside it, on
 * pages built the way news sites build theirs: captions above headlines,
 * standfirsts, photo credits dated before the story, logos run into
 * slogans, and a page the scorer is unsure of, which Readability.js takes.
 */
import { describe, expect, it } from "vitest";
import { htmlDocument } from "../../test/helpers/html-document.js";
import { scoreContent } from "./content-score.js";
import { extract } from "./index.js";
import { scanPage } from "./page-scan.js";

const NOW = new Date("2026-01-01T00:00:00Z");
const raw = htmlDocument;
const PARAS = [
  "The river authority said on Monday that water levels at the northern dam had fallen to their lowest point in forty years, and that restrictions on farm irrigation would begin next week.",
  "Farmers in the valley, who grow most of the region's vegetables, said the restrictions would cut their harvest by a third, and asked the authority to delay them until after the spring planting.",
  "The authority's director, speaking at a news conference in the city, said the dam held enough water for household use until the autumn rains, but not for irrigation at the usual rate.",
  "Officials will review the restrictions every month, she said, and lift them as soon as the reservoir recovers.",
];
const body = PARAS.map((p) => `<p>${p}</p>`).join("\n");
const chrome = `<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>`;
const sidebar = `<aside class="sidebar"><h3>Most read</h3><ul>${[
  "Storm closes schools",
  "Bridge reopens after repairs",
  "Council elects new mayor",
]
  .map((t) => `<li><a href="/x">${t}, officials say, in a statement on Friday</a></li>`)
  .join("")}</ul></aside>`;

describe("the content scorer", () => {
  it("keeps the article's paragraphs and leaves out the navigation and the sidebar", () => {
    const html = `<html><head><title>Dam levels fall | Valley Post</title></head><body>${chrome}<main><article><h1>Dam levels fall</h1><div class="story-body">${body}</div></article>${sidebar}</main></body></html>`;
    const scored = scoreContent(scanPage(html));
    expect(scored.confident).toBe(true);
    expect(scored.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(PARAS));
    expect(scored.blocks.some((b) => b.text.includes("Storm closes schools"))).toBe(false);
    expect(scored.blocks.some((b) => b.text === "Sport")).toBe(false);
    const a = extract(raw(html), { now: NOW });
    expect(a.extractor).toBe("scorer");
    expect(a.text).toBe(PARAS.join("\n\n"));
  });

  it("joins the parts of a body the template split around a figure", () => {
    const part = (ps: string[]) => `<div class="body-text">${ps.map((p) => `<p>${p}</p>`).join("")}</div>`;
    const html = `<html><body><article><div class="col">${part(PARAS.slice(0, 2))}</div><figure><img src="a.jpg"><figcaption>The northern dam in May.</figcaption></figure><section class="more"><div class="inner">${part(PARAS.slice(2))}</div></section></article></body></html>`;
    expect(extract(raw(html), { now: NOW }).text).toBe(PARAS.join("\n\n"));
  });

  it("lists a paragraph that is all link inside the article as a related link, not text", () => {
    const html = `<html><body><article><div class="story">${body}<p><a href="/y">Read next: how the valley's reservoirs were built</a></p></div></article></body></html>`;
    const a = extract(raw(html), { now: NOW });
    expect(a.text).not.toContain("Read next");
    expect(a.boilerplate).toContainEqual({ text: "Read next: how the valley's reservoirs were built", reason: "related-links" });
  });

  it("hands a page it is unsure of to Readability.js, which finds the article", () => {
    // The story sits in a box labelled "promo", which the scorer reads as chrome: with nothing confident left
    // (the menus are not prose), the DOM pass takes over and finds it.
    const html = `<html><body><div class="promo-box"><div><p>${PARAS[0]}</p><p>${PARAS[1]}</p><p>${PARAS[2]}</p></div></div><div class="menu">${"<a href='/'>Section</a> ".repeat(200)}</div></body></html>`;
    expect(scoreContent(scanPage(html)).confident).toBe(false);
    const a = extract(raw(html), { now: NOW });
    expect(a.extractor).toBe("readability");
    expect(a.text).toContain(PARAS[1]);
  });
});

describe("metadata beside the scorer", () => {
  it("takes the headline, not a photo caption printed above it", () => {
    const html = `<html><head><title>Dam levels fall to forty-year low - Valley Post</title></head><body><figure><figcaption>Photo: the northern dam at dawn on Monday, seen from the road to the valley.</figcaption></figure><h1>Dam levels fall to forty-year low</h1><div class="story-body">${body}</div></body></html>`;
    const a = extract(raw(html), { now: NOW });
    expect(a.title).toBe("Dam levels fall to forty-year low");
    expect(a.text.startsWith(PARAS[0] as string)).toBe(true);
  });

  it("takes the headline, not the standfirst, and keeps the standfirst and the body", () => {
    const standfirst = "Restrictions on irrigation begin next week as the reservoir reaches its lowest point in four decades.";
    const html = `<html><head><title>Dam levels fall to forty-year low</title></head><body><h1>Dam levels fall to forty-year low</h1><p class="standfirst">${standfirst}</p><div class="story-body">${body}</div></body></html>`;
    const a = extract(raw(html), { now: NOW });
    expect(a.title).toBe("Dam levels fall to forty-year low");
    expect(a.text).toContain(standfirst);
    expect(a.text).toContain(PARAS[0]);
    expect(a.text).not.toContain("Dam levels fall to forty-year low");
  });

  it("dates the story by its 'Published:' line, not by a photo caption dated weeks earlier", () => {
    const html = `<html><head><title>Dam levels fall</title></head><body><article><h1>Dam levels fall</h1><figure><img src="d.jpg"><figcaption class="caption">The northern dam on Dec. 8, 2021. (AP Photo/Jo Lee)</figcaption></figure><p class="dateline">Published: Dec. 29, 2021</p><div class="story-body">${body}</div></article></body></html>`;
    expect(extract(raw(html), { now: NOW }).date?.value).toBe("2021-12-29");
  });

  it("names the site by its host when the logo's text runs into a slogan", () => {
    const html = `<html><head><title>Dam levels fall</title><link rel="canonical" href="https://www.valleypost.example/news/dam"></head><body><div class="logo">Valley PostNews You Can Trust Every Day</div><h1>Dam levels fall</h1><div class="story-body">${body}</div></body></html>`;
    expect(extract(raw(html), { now: NOW }).site).toBe("valleypost.example");
  });

  it("refuses chrome words and credit lines as the site's name", () => {
    for (const masthead of ["CLOSE", "Watch", "NewsSport", "Powered by Pixels"]) {
      const html = `<html><head><title>Dam levels fall</title><link rel="canonical" href="https://valleypost.example/a"></head><body><div class="top">${masthead}</div><h1>Dam levels fall</h1><div class="story-body">${body}</div></body></html>`;
      expect(extract(raw(html), { now: NOW }).site).toBe("valleypost.example");
    }
  });

  it("prefers the headline the marked-up sources agree on over the site's logo in an <h1>", () => {
    const html = `<html><head><title>Dam levels fall to forty-year low - The Valley Post</title><meta property="og:title" content="Dam levels fall to forty-year low"></head><body><h1>The Valley Post</h1><h1>Dam levels fall to forty-year low</h1><div class="story-body">${body}</div></body></html>`;
    expect(extract(raw(html), { now: NOW }).title).toBe("Dam levels fall to forty-year low");
  });
});
