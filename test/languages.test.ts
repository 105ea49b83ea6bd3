/**
 * Languages other than English: detection, segmentation of scripts without
 * spaces, stopwords per language in story labels, and the `english-only`
 * notes of the features that read English only. The fixtures are short
 * texts written for these tests (test/fixtures/languages).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../src/extract/index.js";
import { analysed, compareArticles } from "../src/match/index.js";
import { StoryClusters, storyProfile } from "../src/provenance/index.js";
import { despin, detectSpin } from "../src/spin/index.js";
import { analyze, detectLanguage, sentenceSpans, stopwordsFor, tokenize } from "../src/text/index.js";
import { countWords } from "../src/text/word-count.js";
import type { RawDocument } from "../src/types.js";

const DIR = join(import.meta.dirname, "fixtures", "languages");
const sample = (lang: string) => readFileSync(join(DIR, `${lang}.txt`), "utf8");
const raw = (id: string, text: string): RawDocument => ({
  id,
  origin: `${id}.txt`,
  format: "text",
  content: text,
  bytes: text.length,
  meta: {},
  problems: [],
});
const doc = (id: string, text: string) => analysed(extract(raw(id, text)), text);

describe("language detection", () => {
  for (const lang of ["en", "es", "de", "fr", "it", "pt", "pl", "ru", "zh", "ja"]) {
    it(`names ${lang} on a short sample`, () => {
      expect(detectLanguage(sample(lang))).toBe(lang);
    });
  }

  it("reads one sentence too", () => {
    expect(detectLanguage("Rada miasta przyjęła we wtorek plan pomocy dla rodzin.")).toBe("pl");
    expect(detectLanguage("Городской совет во вторник утвердил план помощи.")).toBe("ru");
    expect(detectLanguage("市议会星期二通过了一项援助计划。")).toBe("zh");
  });

  it("says nothing of text too short to tell", () => {
    expect(detectLanguage("")).toBeUndefined();
    expect(detectLanguage("12,000 — 3:35")).toBeUndefined();
    expect(detectLanguage("Valdoria")).toBeUndefined();
  });

  it("sets the article's language from its text, over the page's declaration", () => {
    const html = `<html lang="en"><head><title>Hochwasser</title></head><body><article><p>${sample("de")}</p></article></body></html>`;
    const article = extract({ ...raw("page", html), format: "html" });
    expect(article.language).toBe("de");
    expect(extract(raw("pl", sample("pl"))).language).toBe("pl");
    expect(extract(raw("ru", sample("ru"))).language).toBe("ru");
  });

  it("reads the body's language past an opening line in another", () => {
    const text = `Share this article on social media. Read more stories from our newsroom.\n\n${sample("es")}`;
    expect(detectLanguage(text)).toBe("es");
  });
});

describe("scripts written without spaces", () => {
  it("cuts Chinese into words, so a Chinese article counts its words", () => {
    const text = sample("zh");
    // Written with no spaces: a count of space-separated runs would be 1.
    expect(text.trim().split(/\s+/)).toHaveLength(1);
    const words = countWords(text);
    expect(words).toBeGreaterThan(40);
    expect(words).toBeLessThan(100);
    expect(extract(raw("zh", text)).status).toBe("ok");
    const tokens = tokenize("市长表示，援助将送到三千多户家庭。").map((t) => t.text);
    expect(tokens).toContain("市长");
    expect(tokens).toContain("家庭");
  });

  it("splits Chinese sentences at full-width stops, and keeps Chinese paragraphs of a page as prose", () => {
    const text = sample("zh");
    expect(sentenceSpans(text)).toHaveLength(5);
    const paragraphs = text.trim().split("。").filter(Boolean);
    const html = `<html><head><title>援助计划</title></head><body><nav><a href="/">首页</a></nav><article>${paragraphs.map((p) => `<p>${p}。</p>`).join("")}</article></body></html>`;
    const article = extract({ ...raw("zh-page", html), format: "html" });
    expect(article.text).toContain(paragraphs[1]);
    expect(article.language).toBe("zh");
    expect(article.status).toBe("ok");
  });

  it("keeps offsets on the text, and words of other scripts inside a run", () => {
    const text = "瓦尔多里亚市议会与Valdoria港口";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.text)).toContain("Valdoria");
  });

  it("segments Japanese and Thai", () => {
    expect(countWords(sample("ja"))).toBeGreaterThan(25);
    expect(tokenize("นายกรัฐมนตรีเดินทางไปกรุงเทพฯ").length).toBeGreaterThan(2);
  });

  it("tokenizes English as before", () => {
    const tokens = tokenize("The U.S. economy grew 2.5% in the third quarter, officials' data showed.").map((t) => t.text);
    expect(tokens).toEqual(["The", "U", "S", "economy", "grew", "2.5", "in", "the", "third", "quarter", "officials", "data", "showed"]);
  });

  it("finds a Chinese copy of a Chinese text", () => {
    const text = sample("zh");
    const copy = `${text.replace("星期二", "周二")}\n\n更多新闻请关注本网站。`;
    const report = compareArticles(doc("zh-a", text), doc("zh-b", copy));
    expect(report.type).not.toBe("unrelated");
    expect(report.coverageA).toBeGreaterThan(0.5);
  });
});

describe("stopwords per language", () => {
  it("marks function words of the text's language", () => {
    const es = analyze("Las familias que perdieron su vivienda recibirán ayudas.", undefined, "es");
    const stop = es.units.filter((u) => u.stop).map((u) => u.norm);
    expect(stop).toEqual(expect.arrayContaining(["las", "que", "su"]));
    expect(stop).not.toContain("ayudas");
    expect(stopwordsFor("de").has("eine")).toBe(true);
    expect(stopwordsFor("en").has("the")).toBe(true);
  });

  for (const lang of ["es", "de"]) {
    it(`labels a ${lang} story with content words, not stopwords`, () => {
      const clusters = new StoryClusters();
      const text = sample(lang);
      clusters.add(`${lang}1`, storyProfile(doc(`${lang}1`, text)));
      clusters.add(`${lang}2`, storyProfile(doc(`${lang}2`, `${text}\n\n${text.split(". ").slice(0, 2).join(". ")}.`)));
      const stories = clusters.stories();
      expect(stories).toHaveLength(1);
      const label = stories[0]?.label ?? "";
      const entries = label.split(", ");
      expect(entries.length).toBeGreaterThanOrEqual(2);
      // A name may hold a connector ("Banco de España"); no entry is, begins or ends with, a stopword.
      const stop = stopwordsFor(lang);
      for (const entry of entries) {
        const words = entry.toLowerCase().split(/\s+/);
        expect(stop.has(words[0] as string), `${entry} in "${label}"`).toBe(false);
        expect(stop.has(words.at(-1) as string), `${entry} in "${label}"`).toBe(false);
      }
    });
  }

  it("labels a Chinese story with its words", () => {
    const clusters = new StoryClusters();
    clusters.add("zh1", storyProfile(doc("zh1", sample("zh"))));
    expect(clusters.stories()[0]?.label).toMatch(/\p{sc=Han}{2,}/u);
  });
});

describe("english-only notes", () => {
  it("spin says it reads English only, with the language, for a Polish text", () => {
    const r = detectSpin(sample("pl"));
    expect(r.verdict).toBe("uncertain");
    expect(r.spans).toEqual([]);
    expect(r.notes).toEqual([
      { code: "english-only", feature: "spin", language: "pl", message: expect.stringMatching(/English only.*Polish \(pl\)/) },
    ]);
  });

  it("spin on a stored analysis takes the article's language", () => {
    const r = detectSpin(doc("ru", sample("ru")).analysis);
    expect(r.notes.map((n) => [n.feature, n.language])).toEqual([["spin", "ru"]]);
  });

  it("spin has no note for English", () => {
    expect(detectSpin(sample("en")).notes).toEqual([]);
  });

  it("a comparison and a despin of Spanish texts say what reads English only", () => {
    const text = sample("es");
    const copy = text.replace("aprobó", "autorizó").replace("familias", "hogares");
    const a = doc("es-a", text);
    const b = doc("es-b", copy);
    expect(a.analysis.language).toBe("es");
    const features = (notes: readonly { feature: string; language: string | null }[] = []) =>
      notes.filter((n) => n.language === "es").map((n) => n.feature);
    expect(features(a.analysis.notes)).toEqual(["inflection", "synonyms", "number-words"]);
    const report = compareArticles(a, b);
    expect(features(report.notes)).toEqual(["inflection", "synonyms", "number-words"]);
    expect(features(despin(report, b.source).notes)).toContain("despin");
  });

  it("English texts carry no notes", () => {
    const a = doc("en-a", sample("en"));
    expect(a.analysis.notes).toEqual([]);
    expect(compareArticles(a, doc("en-b", `${sample("en")} More later.`)).notes).toBeUndefined();
  });
});
