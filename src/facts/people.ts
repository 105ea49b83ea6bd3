/**
 * Named people with their titles, and other names. A run of capitalised
 * words ("Secretary of State Antony Blinken") splits into a title — the
 * leading dictionary words — and a name — the rest, which must hold a word
 * no dictionary knows or a known given name. A run with no title is kept as
 * a plain name (an organisation, a place, a person without title).
 */
import type { Analysis, Lexicon, Unit } from "../text/index.js";
import type { Fact } from "./types.js";

/** Lower-case words that may sit inside a capitalised name or title ("Secretary of State", "Bank of England"). */
const CONNECTORS = new Set(["of", "for", "the", "de", "von", "van", "al"]);

export function people(analysis: Analysis, lex: Lexicon): Fact[] {
  const { units, text } = analysis;
  const facts: Fact[] = [];
  let i = 0;
  while (i < units.length) {
    if (!isCapitalised(text, units[i] as Unit)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < units.length && isJoined(text, units[j - 1] as Unit, units[j] as Unit)) {
      const u = units[j] as Unit;
      if (isCapitalised(text, u)) j++;
      else if (CONNECTORS.has(u.norm) && j + 1 < units.length && isCapitalised(text, units[j + 1] as Unit)) j += 2;
      else break;
    }
    facts.push(...split(units.slice(i, j), text, lex));
    i = j;
  }
  return facts;
}

function split(whole: Unit[], text: string, lex: Lexicon): Fact[] {
  // Capitalised function words open sentences ("After", "The"), even where a full stop was lost.
  let from = 0;
  let to = whole.length;
  while (from < to && (whole[from] as Unit).stop) from++;
  while (to > from && (whole[to - 1] as Unit).stop) to--;
  const run = whole.slice(from, to);
  if (run.length === 0) return [];
  // A lone dictionary word is a sentence opener or an adjective ("American"), not a name.
  if (run.length === 1 && (!(run[0] as Unit).name || isDictionaryWord(run[0] as Unit, lex))) return [];
  let titleEnd = 0;
  while (titleEnd < run.length - 1 && isDictionaryWord(run[titleEnd] as Unit, lex)) titleEnd++;
  // A trailing connector belongs to neither part.
  while (titleEnd > 0 && CONNECTORS.has((run[titleEnd - 1] as Unit).norm)) titleEnd--;
  const name = run.slice(titleEnd);
  const first = run[0] as Unit;
  const last = run[run.length - 1] as Unit;
  if (titleEnd > 0 && name.some((u) => !isDictionaryWord(u, lex))) {
    return [
      {
        kind: "person",
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        key: last.norm.replace(/['’]s$/, ""),
        value: text.slice(first.start, (run[titleEnd - 1] as Unit).end).toLowerCase(),
      },
    ];
  }
  const written = text.slice(first.start, last.end);
  const key = written.toLowerCase().replace(/['’]s$/, "");
  return [{ kind: "name", start: first.start, end: last.end, text: written, key, value: key }];
}

function isCapitalised(text: string, unit: Unit): boolean {
  return unit.value === undefined && /^\p{Lu}/u.test(text.slice(unit.start, unit.end));
}

/** Only spaces between the two units: a comma or a full stop ends a name. */
function isJoined(text: string, a: Unit, b: Unit): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start));
}

function isDictionaryWord(unit: Unit, lex: Lexicon): boolean {
  return lex.isLemma(unit.lemma) || unit.stop;
}
