/**
 * Attribution clauses: where a text says whose words or whose report it
 * carries — "…, the minister said", "according to Reuters", "X told
 * reporters", "in a statement", "the Guardian reports", "citing AFP".
 * Two independent reports attribute the same statement to the same speaker;
 * a copy credits the outlet it took the story from. Reporting verbs and the
 * patterns around them are data; the source is the name the clause gives.
 */

export interface Attribution {
  /** Character offsets of the clause. */
  start: number;
  end: number;
  /** Who is credited, as written: a speaker, an organisation, an outlet. */
  source: string;
  /** How: a speech verb, "according to", a report, a statement. */
  kind: "speech" | "according-to" | "report" | "statement";
}

/** Verbs that attribute speech (past and present), from news style guides' lists of neutral reporting verbs. */
export const SPEECH_VERBS = [
  "said",
  "says",
  "told",
  "tells",
  "added",
  "adds",
  "stated",
  "states",
  "announced",
  "announces",
  "wrote",
  "writes",
  "tweeted",
  "posted",
  "explained",
  "noted",
  "warned",
  "insisted",
  "argued",
  "declared",
  "confirmed",
  "acknowledged",
  "asked",
  "replied",
  "recalled",
  "conceded",
  "claimed",
];
/** Verbs by which an outlet is credited with a report. */
export const REPORT_VERBS = ["reported", "reports", "reporting", "quoted", "cited", "wrote", "broke the news"];

/**
 * A name as news writes it: up to six capitalised words, with the particles
 * and initials inside names ("J.F.", "U.S."); a full stop ends a name unless
 * it closes an initial, so a name never runs on into the next sentence.
 */
const TOKEN = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}'’&-]*)`;
const NAME = String.raw`(?:the\s+)?${TOKEN}(?:\s+(?:of|de|da|del|van|von|al|bin|and|for|&|${TOKEN})){0,5}`;
const SPEECH = SPEECH_VERBS.join("|");
const REPORT = REPORT_VERBS.join("|");

const PATTERNS: ReadonlyArray<{ kind: Attribution["kind"]; re: RegExp }> = [
  { kind: "according-to", re: new RegExp(String.raw`\b[Aa]ccording\s+to\s+(${NAME})`, "gu") },
  { kind: "report", re: new RegExp(String.raw`\b(?:[Cc]iting|[Aa]s\s+reported\s+by|reported\s+by|via)\s+(${NAME})`, "gu") },
  { kind: "report", re: new RegExp(String.raw`(${NAME})\s+(?:news\s+agency\s+|newspaper\s+|reporter\s+)?(?:${REPORT})\b`, "gu") },
  {
    kind: "statement",
    re: new RegExp(String.raw`(${NAME})\s+(?:${SPEECH})\s+in\s+a\s+(?:statement|press\s+release|news\s+release|post|tweet)`, "gu"),
  },
  { kind: "statement", re: /\bin\s+a\s+(?:statement|press\s+release|news\s+release)\b/gu },
  { kind: "speech", re: new RegExp(String.raw`[,”"’]\s*(?:${SPEECH})\s+(${NAME})`, "gu") },
  { kind: "speech", re: new RegExp(String.raw`(${NAME})\s+(?:${SPEECH})(?:\s+(?:reporters|journalists|the\s+\p{Lu}[\p{L}]+))?\b`, "gu") },
];

/** Words that start a clause capitalised but name no one. */
const NOT_NAMES = new Set([
  "The",
  "A",
  "An",
  "He",
  "She",
  "They",
  "It",
  "We",
  "I",
  "You",
  "This",
  "That",
  "But",
  "And",
  "In",
  "On",
  "At",
  "As",
  "If",
  "When",
  "While",
]);

export function attributions(text: string): Attribution[] {
  const found: Attribution[] = [];
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const source = (m[1] ?? "")
        .replace(/^the\s+/iu, "")
        .replace(/[’']s$/u, "")
        .trim();
      if (kind !== "statement" && (source === "" || NOT_NAMES.has(source))) continue;
      const start = m.index as number;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, source, kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
