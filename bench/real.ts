/**
 * npm run bench:real -- [--errors N] [--set dev|additions|wikinews]: unspun on real news, not on
 * copies we generate. Prints the real-news-dev scorer's figures (the same as
 * its score.py), the same figures on bench/real's additions when their texts
 * are present (local tuning only: they are git-ignored), and, on
 * wikinewssum-en, how often two sources of one article that share no unquoted
 * 8-word sequence (independent coverage) are called copies.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Corpus } from "../src/corpus/index.js";
import { COPY_TYPES } from "../src/judge/index.js";
import { machineLine } from "./lib/machine.js";
import { loadRealSet, REAL_ADDITIONS, REAL_NEWS_DEV, type RealScores, scanSet, scoreReal } from "./lib/real-news.js";

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const maxErrors = Number(option("--errors") ?? 25);
const only = option("--set");

const pct = (x: number) => x.toFixed(3);

function print(name: string, s: RealScores, seconds: number): void {
  const c = s.copies;
  console.log(`\n${name}: ${s.documents} documents (${seconds.toFixed(1)} s)`);
  console.log(
    `  copy pairs (partial left out): P ${pct(c.precision)} R ${pct(c.recall)} F1 ${pct(c.f1)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`,
  );
  console.log(
    `  copy pairs, strict (partial counted as copies): P ${pct(s.strict.precision)} R ${pct(s.strict.recall)} F1 ${pct(s.strict.f1)}`,
  );
  console.log(`  partial pairs called copies: ${s.partialCalledCopies[0]} of ${s.partialCalledCopies[1]}`);
  console.log(
    `  copy recall by transformation: ${Object.entries(s.recallBySpin)
      .map(([k, [a, n]]) => `${k} ${a}/${n}`)
      .join(", ")}`,
  );
  console.log(`  pairs sharing only a quotation called copies: ${s.sharesQuoteCalledCopies[0]} of ${s.sharesQuoteCalledCopies[1]}`);
  console.log(
    `  copies across different stories: ${s.crossStoryCopies}; 'spun' relations between two clean texts: ${s.spunRelationsBothClean}`,
  );
  const d = s.direction;
  const decided = d.correct + d.wrong;
  console.log(
    `  direction: ${d.gold} known; copy found ${d.found}; decided ${decided} (correct ${d.correct}, wrong ${d.wrong}), siblings ${d.siblings}, undetermined ${d.undetermined}; accuracy where decided ${decided ? pct(d.correct / decided) : "-"}; sibling pairs given an original without date or credit: ${d.siblingsGuessed}`,
  );
  console.log(
    `  stories: pairwise P ${pct(s.stories.precision)} R ${pct(s.stories.recall)} F1 ${pct(s.stories.f1)} (${s.stories.predicted} predicted)`,
  );
  console.log(
    `  spin: clean texts called spun ${s.spin.cleanFlagged}/${s.spin.clean} (${pct(s.spin.cleanFlagged / Math.max(1, s.spin.clean))}); spun/mt texts called spun ${s.spin.transformedFlagged}/${s.spin.transformed}`,
  );
  if (maxErrors > 0 && s.errors.length > 0) {
    console.log("  errors:");
    for (const e of s.errors.slice(0, maxErrors)) console.log(`  ${e}`);
    if (s.errors.length > maxErrors) console.log(`    … ${s.errors.length - maxErrors} more (--errors N)`);
  }
}

async function realSet(name: string, dir: string): Promise<void> {
  const set = loadRealSet(name, dir);
  if (!set) {
    console.log(`\n${name}: skipped, no texts at ${dir}`);
    return;
  }
  let started = performance.now();
  print(name, scoreReal(set, await scanSet(set)), (performance.now() - started) / 1000);
  // The same pages as a crawl gives them, each with its address: what credits can say once a page's outlet is known.
  started = performance.now();
  const scores = scoreReal(set, await scanSet(set, { withAddresses: true }));
  const d = scores.direction;
  const decided = d.correct + d.wrong;
  console.log(
    `  with page addresses (${((performance.now() - started) / 1000).toFixed(1)} s): copy P ${pct(scores.copies.precision)} R ${pct(scores.copies.recall)}; direction decided ${decided} (correct ${d.correct}, wrong ${d.wrong}), siblings ${d.siblings}, undetermined ${d.undetermined}; sibling pairs given an original without date or credit: ${d.siblingsGuessed}`,
  );
}

interface WikiDoc {
  id: string;
  cluster: string;
  role: string;
  text: string;
}

/** Word 8-grams outside double quotation marks: what two texts would share if one copied the other's own words. */
function unquotedShingles(text: string): Set<string> {
  const bare = text.replace(/[“"«„][^”"»“]{0,2000}?[”"»“]/gu, " | ");
  const out = new Set<string>();
  for (const run of bare.split("|")) {
    const words = run.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 0; i + 8 <= words.length; i++) out.add(words.slice(i, i + 8).join(" "));
  }
  return out;
}

async function wikinews(): Promise<void> {
  const file = join(REAL_NEWS_DEV, "..", "wikinewssum-en", "docs.jsonl");
  const sources = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as WikiDoc)
    .filter((d) => d.role === "source");
  const started = performance.now();
  const corpus = Corpus.open(":memory:");
  try {
    const dir = mkdtempSync(join(tmpdir(), "unspun-wn-"));
    const input = join(dir, "sources.jsonl");
    writeFileSync(input, sources.map((d) => JSON.stringify({ id: d.id, text: d.text })).join("\n"));
    const idOf = new Map<string, string>();
    await corpus.ingest([input], { onDocument: (d) => idOf.set(d.origin, d.id) });
    const ids = [...new Set(idOf.values())];
    await corpus.detect(ids);
    const copies = new Set(
      (await corpus.relations(ids)).filter((r) => COPY_TYPES.has(r.type)).map((r) => (r.a < r.b ? `${r.a} ${r.b}` : `${r.b} ${r.a}`)),
    );
    // Records with an id are stored as `file#id`.
    const byLine = (i: number) => idOf.get(`${input}#${(sources[i] as WikiDoc).id}`);
    let independent = 0;
    let called = 0;
    const examples: string[] = [];
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < sources.length; j++) {
        const [a, b] = [sources[i] as WikiDoc, sources[j] as WikiDoc];
        if (a.cluster !== b.cluster) continue;
        const sa = unquotedShingles(a.text);
        if ([...unquotedShingles(b.text)].some((s) => sa.has(s))) continue;
        independent++;
        const [x, y] = [byLine(i), byLine(j)];
        if (x && y && copies.has(x < y ? `${x} ${y}` : `${y} ${x}`)) {
          called++;
          examples.push(`${a.id} ~ ${b.id}`);
        }
      }
    }
    console.log(`\nwikinewssum-en sources: ${sources.length} documents (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    console.log(
      `  source pairs of one article sharing no unquoted 8-word sequence: ${independent}; called copies ${called} (${pct(called / Math.max(1, independent))})`,
    );
    for (const e of examples.slice(0, maxErrors)) console.log(`    called a copy: ${e}`);
  } finally {
    await corpus.close();
  }
}

console.log(machineLine());
if (!only || only === "dev") await realSet("real-news-dev", REAL_NEWS_DEV);
if (!only || only === "additions") await realSet("bench/real additions (local, git-ignored texts)", REAL_ADDITIONS);
if (!only || only === "wikinews") await wikinews();
