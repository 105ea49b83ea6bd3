/**
 * npm run bench:language -- [--sets htmldate,wikinews,real,fixtures]: language
 * detection, accuracy and speed, of unspun's detector (eld's extra-small
 * database read at the start and middle of a text), eld on the text's
 * opening alone, tinyld, franc-min, and the stopword vote unspun used before.
 *
 * Sets, all real text except the last:
 * - htmldate-eval: the article text of each page with an `<html lang>`,
 *   labelled by that declaration, corrected where the page's text is in
 *   another language (bench/data/htmldate-language-fixes.json, read by hand);
 * - wikinewssum-en: Wikinews articles and their sources, labelled by the set;
 * - real-news-dev: 140 English news texts (wrongly naming English as another
 *   language costs spin detection);
 * - the short texts of test/fixtures/languages (written for the tests).
 * Each is read whole, and cut to its first 200 and 60 characters (a brief,
 * a headline). docs/s is one core, detection only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { eld } from "eld/extrasmall";
import { franc } from "franc-min";
import { detect as tinyld } from "tinyld";
import { extract } from "../src/extract/index.js";
import { decodeBytes } from "../src/ingest/decode.js";
import { detectLanguage } from "../src/text/language.js";
import { machineLine } from "./lib/machine.js";
import { rawDocument } from "./lib/raw.js";
import { guessLanguage } from "./lib/stopword-vote.js";

const DATA = join(import.meta.dirname, "..", "..", "shared", "data");
const argv = process.argv.slice(2);
const wanted = argv.includes("--sets") ? (argv[argv.indexOf("--sets") + 1] ?? "").split(",") : ["htmldate", "wikinews", "real", "fixtures"];

interface Sample {
  lang: string;
  text: string;
}
/** Norwegian Bokmål and Nynorsk are Norwegian; Bosnian, Croatian, Serbian and Serbo-Croatian one language. */
const SAME: Record<string, string> = { nb: "no", nn: "no", bs: "sh", hr: "sh", sr: "sh" };
const label = (l: string) => SAME[l] ?? l;

function htmldate(): Sample[] {
  const dir = join(DATA, "htmldate-eval");
  const fixes = JSON.parse(readFileSync(join(import.meta.dirname, "data", "htmldate-language-fixes.json"), "utf8")).languages as Record<
    string,
    string
  >;
  const rows = readFileSync(join(dir, "dates.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; url: string; html_path: string });
  const out: Sample[] = [];
  for (const row of rows) {
    const decoded = decodeBytes(gunzipSync(readFileSync(join(dir, row.html_path))), row.id);
    if ("code" in decoded) continue;
    const declared = /<html[^>]*\blang=["']?([A-Za-z]{2,3})/i.exec(decoded.text)?.[1]?.toLowerCase();
    if (!declared) continue;
    const text = extract(rawDocument(row.id, "html", decoded.text, { url: row.url })).text;
    if (text.length >= 200) out.push({ lang: fixes[row.id] ?? declared, text });
  }
  return out;
}

function wikinews(): Sample[] {
  return readFileSync(join(DATA, "wikinewssum-en", "docs.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { lang: string; text: string })
    .filter((d) => d.text.length >= 200)
    .map((d) => ({ lang: d.lang, text: d.text }));
}

function realNews(): Sample[] {
  const dir = join(DATA, "real-news-dev", "texts");
  return readdirSync(dir).map((f) => ({ lang: "en", text: readFileSync(join(dir, f), "utf8") }));
}

function fixtures(): Sample[] {
  const dir = join(import.meta.dirname, "..", "test", "fixtures", "languages");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ lang: f.slice(0, -4), text: readFileSync(join(dir, f), "utf8") }));
}

/** franc's ISO 639-3 codes for the languages of these sets. */
const ISO3: Record<string, string> = {
  eng: "en", deu: "de", fra: "fr", spa: "es", por: "pt", ita: "it", rus: "ru", jpn: "ja", arb: "ar", fin: "fi",
  kor: "ko", ind: "id", pes: "fa", pol: "pl", tur: "tr", hye: "hy", hun: "hu", dan: "da", nob: "no", nno: "no",
  vie: "vi", ukr: "uk", swe: "sv", bos: "bs", als: "sq", nld: "nl", lit: "lt", hin: "hi", hrv: "hr", srp: "sr",
  ell: "el", ben: "bn", bul: "bg", cmn: "zh", zlm: "ms", ces: "cs", slk: "sk", ron: "ro", cat: "ca", heb: "he",
  tha: "th", tgl: "tl", kat: "ka", guj: "gu", urd: "ur", mar: "mr", tam: "ta", tel: "te", swh: "sw", uzn: "uz",
}; // biome-ignore format: a table

const DETECTORS: Record<string, (text: string) => string | undefined> = {
  "unspun (eld xs, 2-3 samples)": detectLanguage,
  "eld xs, opening only": (t) => eld.detect(t).language || undefined,
  "tinyld 1.3": (t) => tinyld(t) || undefined,
  "franc-min 6.2": (t) => {
    const code = franc(t);
    return code === "und" ? undefined : (ISO3[code] ?? code);
  },
  "stopword vote (before)": guessLanguage,
};

console.log(machineLine());
const sets: [string, Sample[]][] = [];
const load = (name: string, fn: () => Sample[]) => {
  if (!wanted.includes(name)) return;
  try {
    sets.push([name, fn()]);
  } catch (e) {
    console.log(`${name}: skipped (${(e as Error).message.split("\n")[0]})`);
  }
};
load("htmldate", htmldate);
load("wikinews", wikinews);
load("real", realNews);
load("fixtures", fixtures);

for (const [name, samples] of sets) {
  const langs = new Map<string, number>();
  for (const s of samples) langs.set(s.lang, (langs.get(s.lang) ?? 0) + 1);
  const mix = [...langs]
    .sort((a, b) => b[1] - a[1])
    .map(([l, n]) => `${l} ${n}`)
    .join(", ");
  console.log(`\n${name}: ${samples.length} texts (${mix})`);
  for (const cut of [Number.POSITIVE_INFINITY, 200, 60]) {
    console.log(`  ${cut === Number.POSITIVE_INFINITY ? "whole text" : `first ${cut} characters`}`);
    const texts = samples.map((s) => s.text.slice(0, cut));
    for (const [detector, detect] of Object.entries(DETECTORS)) {
      detect(texts[0] as string); // warm
      const start = process.hrtime.bigint();
      const got = texts.map((t) => detect(t));
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let right = 0;
      let none = 0;
      let other = 0;
      let otherRight = 0;
      samples.forEach((s, i) => {
        const g = got[i];
        const ok = g !== undefined && label(g) === label(s.lang);
        if (g === undefined) none++;
        if (ok) right++;
        if (s.lang !== "en") {
          other++;
          if (ok) otherRight++;
        }
      });
      const nonEnglish = other > 0 ? `  not English ${(otherRight / other).toFixed(3)}` : "";
      console.log(
        `    ${detector.padEnd(30)} accuracy ${(right / samples.length).toFixed(3)}${nonEnglish}  none ${String(none).padStart(3)}  ${Math.round(samples.length / seconds).toLocaleString("en")} docs/s`,
      );
    }
  }
}
