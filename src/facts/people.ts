/**
 * Named people with their titles, and other names. A run of capitalised
 * words ("Deputy Foreign Minister Mara Okonkwo") splits into a name — its
 * last two words, as news names people — and a title — the dictionary
 * words before it. A run with no such title is kept as a plain name (an
 * organisation, a place, a person without title).
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
  // The name is the last two words (three when the one before is no dictionary word: "George W. Bush");
  // a lone name word after dictionary words ("President Biden") is a name too.
  let nameLength = Math.min(run.length, 2);
  if (run.length >= 3 && !isDictionaryWord(run[run.length - 3] as Unit, lex)) nameLength = 3;
  if (run.length === 2 && isDictionaryWord(run[0] as Unit, lex) && !isDictionaryWord(run[1] as Unit, lex)) nameLength = 1;
  let titleEnd = run.length - nameLength;
  // A trailing connector belongs to neither part.
  while (titleEnd > 0 && CONNECTORS.has((run[titleEnd - 1] as Unit).norm)) titleEnd--;
  const first = run[0] as Unit;
  const last = run[run.length - 1] as Unit;
  const title = run.slice(0, titleEnd);
  if (title.length > 0 && title.every((u) => isDictionaryWord(u, lex))) {
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
