/**
 * The headline, chosen by agreement among what the page says it is: JSON-LD
 * `headline`, `og:title`, `twitter:title`, the `<h1>`s, and `<title>` with
 * and without the site's name. Each source is wrong somewhere — `<title>`
 * carries the site name, `og:title` a section, the first `<h1>` is the
 * site's logo or a caption — but they rarely err the same way, so the
 * candidate most others agree with is the headline. Where an `<h1>` agrees
 * it is the text returned: it is the headline as printed, the line the
 * boilerplate filter must recognise and take out of the body.
 */
import { findDate } from "./dates.js";
import type { JsonLdArticle } from "./jsonld.js";
import type { PageHead } from "./page-scan.js";

interface Candidate {
  text: string;
  /** Where it was read: forms cut from one `<title>` are one source, and vote as one. */
  source: string;
  /** Preference among sources that agree equally: marked-up headlines first. */
  rank: number;
  /** Whether the text is printed on the page (an `<h1>`). */
  printed: boolean;
}

/** Separators between a headline and the site's name in `<title>`. */
const TITLE_SEPARATOR = /\s+[|\-–—·»•_]\s+|\s+::\s+|\s*[|｜]\s*/u;
/** A headline is a line, not a paragraph; longer text is a standfirst or a body sentence. */
const MAX_TITLE_WORDS = 30;
/** Captions and photo credits that pages put in headings. */
const CAPTION =
  /^(?:photo|image|video|file|picture)s?\s*[:—–-]|\((?:AP|AFP|Reuters|Getty|EPA)\s+(?:Photo|Images?)\b|\bphoto(?:graph)?\s*(?:by|credit)\b/iu;
/** Rank of `<title>`'s forms: every source ranked before it is a marked-up headline. */
const TITLE_RANK = 3;
/** Dublin Core's title, in its spellings. */
const DUBLIN_CORE = ["dc:title", "dc.title", "dcterms.title", "dcterm:title", "dcterms:title"];
/** A `<title>` segment shorter than this is the site's name, not the headline. */
const MIN_SEGMENT_WORDS = 3;
/** `<h1>`s read: the headline is among the first; later ones are widgets and teasers. */
const MAX_HEADINGS = 3;

export function chooseTitle(head: PageHead, ld: JsonLdArticle, site?: string): string | undefined {
  const candidates: Candidate[] = [];
  const siteNorm = site ? norm(site) : undefined;
  const add = (text: string | undefined, source: string, rank: number, printed = false) => {
    const clean = text?.replace(/\s+/g, " ").trim();
    if (clean && isTitleLike(clean) && norm(clean) !== siteNorm) candidates.push({ text: clean, source, rank, printed });
  };
  // Without agreement the order decides: marked-up headlines, then <title> (its headline part first), and an
  // <h1> last: on news sites the first <h1> is as often the site's logo as the story's headline.
  add(ld.headline, "json-ld", 0);
  add(DUBLIN_CORE.map((k) => head.metas.get(k)).find(Boolean), "dublin-core", 0.5);
  add(head.metas.get("og:title"), "og", 1);
  add(head.metas.get("twitter:title"), "twitter", 2);
  add(head.metas.get("parsely-title"), "parsely", 2.5);
  add(head.metas.get("title"), "meta", 2.8);
  if (head.title) {
    const parts = head.title.split(TITLE_SEPARATOR);
    // The site's name (and section) sits at one end of <title>: either end may be the headline alone.
    if (parts.length > 1) {
      const segments = [parts[0], parts.slice(0, -1).join(" - "), parts.at(-1), parts.slice(1).join(" - ")];
      for (const part of new Set(segments)) if (part && norm(part).split(" ").length >= MIN_SEGMENT_WORDS) add(part, "title", TITLE_RANK);
    }
    add(head.title, "title", TITLE_RANK + 1);
  }
  for (const [i, h] of head.headings.slice(0, MAX_HEADINGS).entries()) add(h, `h1:${i}`, 5, true);
  if (candidates.length === 0) return undefined;
  // A candidate's votes are the other sources that agree with it.
  const votes = (c: Candidate) =>
    new Set(candidates.filter((o) => o.source !== c.source && agree(o.text, c.text)).map((o) => o.source)).size;
  let best: { c: Candidate; votes: number } | undefined;
  for (const c of candidates) {
    const v = votes(c);
    if (!best || v > best.votes || (v === best.votes && c.rank < best.c.rank)) best = { c, votes: v };
  }
  const chosen = (best as { c: Candidate }).c;
  // Of the forms of the winner (itself, or it cut at a separator), the one most agreed with and then the
  // shortest is the headline without the site's name; the printed form of it (an <h1>) is preferred, so that
  // the body loses that line and nothing else. A form counts only when a source of its own agrees with it.
  const forms = candidates.filter((c) => c === chosen || (votes(c) > 0 && isHeadlineOf(c.text, chosen.text)));
  // A form the marked-up headlines agree with first: a logo in an <h1> agrees only with the site's name in <title>.
  const marked = candidates.filter((c) => c.rank < TITLE_RANK);
  const endorsed = (c: Candidate) => Number(marked.some((m) => m === c || agree(m.text, c.text)));
  forms.sort(
    (x, y) =>
      endorsed(y) - endorsed(x) || norm(x.text).length - norm(y.text).length || Number(y.printed) - Number(x.printed) || x.rank - y.rank,
  );
  return (forms[0] as Candidate).text;
}

/** Whether `form` is `title` itself, or `title` with segments cut off one end at its separators ("Headline | Site"). */
function isHeadlineOf(form: string, title: string): boolean {
  const target = norm(form);
  if (target === norm(title)) return true;
  const parts = title.split(TITLE_SEPARATOR);
  for (let k = 1; k < parts.length; k++) {
    if (norm(parts.slice(0, k).join(" ")) === target || norm(parts.slice(k).join(" ")) === target) return true;
  }
  return false;
}

function isTitleLike(text: string): boolean {
  const words = text.split(" ").length;
  if (words > MAX_TITLE_WORDS || CAPTION.test(text)) return false;
  // A date on its own ("Feb. 1, 2016") is a dateline set in a heading.
  const date = findDate(text);
  return !date || date.length < text.length * 0.6;
}

/** Two headlines agree when one is the other, or holds it whole with at most the site name around it. */
function agree(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  // Held at either end (the site's name on the other), or whole inside a longer form at half its length.
  if (short.split(" ").length < MIN_SEGMENT_WORDS) return false;
  return long.startsWith(short) || long.endsWith(short) || (long.includes(short) && short.length / long.length >= 0.5);
}

function norm(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[‘’'`"“”«»]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
