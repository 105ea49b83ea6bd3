/**
 * Month names and abbreviations in the languages of the news we ingest,
 * from the CLDR calendars. Keys are lower-case with accents kept; the value is
 * the month number. Abbreviations are given without their trailing dot.
 */
const NAMES: Record<number, string[]> = {
  1: [
    "january",
    "jan",
    "januar",
    "jänner",
    "janvier",
    "janv",
    "enero",
    "ene",
    "gennaio",
    "gen",
    "janeiro",
    "januari",
    "styczeń",
    "stycznia",
  ],
  2: [
    "february",
    "feb",
    "febr",
    "februar",
    "février",
    "févr",
    "fevrier",
    "febrero",
    "febbraio",
    "fevereiro",
    "fev",
    "februari",
    "luty",
    "lutego",
  ],
  3: ["march", "mar", "märz", "maerz", "mrz", "mars", "marzo", "março", "maart", "marzec", "marca"],
  4: ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia"],
  5: ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja"],
  6: ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca"],
  7: ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca"],
  8: ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia"],
  9: ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "wrzesień", "września"],
  10: ["october", "oct", "okt", "oktober", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października"],
  11: ["november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada"],
  12: [
    "december",
    "dec",
    "dez",
    "dezember",
    "décembre",
    "decembre",
    "déc",
    "diciembre",
    "dic",
    "dicembre",
    "dezembro",
    "grudzień",
    "grudnia",
  ],
};

export const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(NAMES).flatMap(([n, names]) => names.map((name) => [name, Number(n)] as const)),
);

/** Alternation of every month word, longest first so that "sept" wins over "sep". */
export const MONTH_PATTERN = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join("|");
