/**
 * Which of the names a page offers is its site's name. Site names are short
 * proper names ("Reuters", "The Guardian", "Des Moines Register"); what
 * scrapers and mastheads hand over instead is chrome — buttons ("Close",
 * "Watch"), section labels run together ("NewsPolitics"), credits
 * ("Powered by …") — or the logo's text with the slogan beside it. Those
 * are refused, and the caller falls back to the page's host.
 */

/** Site names run to a few words; a longer line is a slogan or a sentence. */
const MAX_SITE_WORDS = 4;
/** Words of site chrome and section navigation: a name made only of these names no site. */
export const CHROME_WORDS: ReadonlySet<string> = new Set(
  (
    "close open menu search watch listen live video videos audio podcast podcasts share subscribe sign in up out log login " +
    "register home more news politics sport sports business world opinion entertainment tech technology science health " +
    "lifestyle weather local national latest top stories trending skip to content main navigation toggle advertisement " +
    "newsletter newsletters account profile edition section sections back next previous print email comments menü suche " +
    "accueil inicio startseite"
  ).split(" "),
);
const CREDIT_LINE = /^(?:powered|designed|built|hosted|developed)\s+by\b|^(?:copyright|©)|all rights reserved/iu;

export function isSiteName(value: string): boolean {
  const words = value.trim().split(/\s+/u);
  if (words.length === 0 || words.length > MAX_SITE_WORDS || CREDIT_LINE.test(value)) return false;
  // "NewsPolitics": labels run together where the page had them side by side.
  const parts = words.flatMap((w) => w.split(/(?<=\p{Ll})(?=\p{Lu})/u));
  if (parts.every((p) => CHROME_WORDS.has(p.toLowerCase().replace(/[^\p{L}]/gu, "")))) return false;
  // A word run into the next sentence's capital ("PostDemocracy Dies …") is a logo beside a slogan.
  return !(words.length > 2 && words.some((w) => /\p{Ll}{3}\p{Lu}\p{Ll}{3}/u.test(w)));
}

/** The first of the offered names that is a site's name. */
export function siteName(values: ReadonlyArray<string | undefined>): string | undefined {
  for (const v of values) {
    const clean = v?.replace(/\s+/g, " ").trim();
    if (clean && isSiteName(clean)) return clean;
  }
  return undefined;
}
