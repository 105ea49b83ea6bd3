/**
 * Credits: which news organisations a text says its story comes from, and
 * who holds its copyright. A page carrying a wire story says so in its
 * dateline ("WASHINGTON (AP) —"), its byline ("By Jane Doe | AP"), a credit
 * line ("— AFP", "Reporting by …", "The Associated Press contributed"), a
 * copyright line ("Copyright 2023 The Associated Press"), a note ("This
 * story was originally published by …") or in its prose ("the BBC reported",
 * "according to Reuters"). Photo credits ("(AP Photo/…)") credit a picture,
 * not the text, and are left out. The patterns are data; the outlets come
 * from `outlets.ts`.
 */
import type { BoilerplateBlock, BoilerplateReason, Credit, CreditKind } from "../types.js";
import { OUTLET_NAMES, outletNamed, outletOfHost } from "./outlets.js";

export type { Credit, CreditKind };

const O = `(${OUTLET_NAMES})`;

/** Where each kind of credit is looked for: the opening, the closing lines, anywhere, or the removed boilerplate. */
const CREDIT_PATTERNS: ReadonlyArray<{ kind: CreditKind; where: "head" | "tail" | "all" | "removed"; re: RegExp; outlet?: string }> = [
  // "WASHINGTON (AP) —", "LONDON, Jan 5 (Reuters) -", "(AFP) –", at the opening or where a paragraph starts
  { kind: "dateline", where: "head", re: new RegExp(String.raw`\(${O}\)\s*[—–-]`, "u") },
  { kind: "dateline", where: "all", re: new RegExp(String.raw`(?:^|\n)[^\n(]{0,60}\(${O}\)\s*[—–-]`, "u") },
  // "ATLANTA CNN —": a dateline without the parentheses
  { kind: "dateline", where: "all", re: new RegExp(String.raw`(?:^|\n)\p{Lu}[\p{L} .,'-]{1,40}\s${O}\s*[—–]\s`, "u") },
  // "By Jane Doe | AP", "By JANE DOE, Associated Press", "By: The Associated Press", "By Jane Doe The Associated Press"
  {
    kind: "byline",
    where: "all",
    re: new RegExp(String.raw`(?:^|\n)\s*(?:By|BY):?\s+(?:[^\n|,]{2,60}?(?:\s*[|,]\s*|\s+))?(?:[Tt]he\s+)?${O}\b`, "u"),
  },
  // "— AFP", "- Reuters" alone at the end of a line; "Source: AFP"; "(With AFP)"
  { kind: "credit-line", where: "all", re: new RegExp(String.raw`(?:^|\n)\s*(?:[—–-]\s*|Source:\s*|\(?With\s+)${O}\)?\s*(?:$|\n)`, "u") },
  // "Source: www.bbc.co.uk": a credit by the outlet's host
  { kind: "credit-line", where: "all", re: /(?:^|\n)\s*Source:\s*(?:https?:\/\/)?([\w.-]+\.[a-z]{2,})\b/u },
  // "The Associated Press contributed to this report", "Reuters contributed reporting",
  // "Associated Press writer Tom Bell in London contributed to this report"
  {
    kind: "credit-line",
    where: "all",
    re: new RegExp(
      String.raw`(?:^|[.\n]\s*)(?:[Tt]he\s+)?${O}\s+(?:(?:staff\s+)?(?:writers?|reporters?|correspondents?)\b[^.\n]{0,80}?\s+)?contributed\b`,
      "u",
    ),
  },
  // Reuters' sign-off: "Reporting by …; Editing by …"
  { kind: "credit-line", where: "tail", re: /\bReporting by [^\n;]{3,80}(?:;|\n|$)[^\n]*Editing by/u, outlet: "Reuters" },
  // "Copyright 2023 The Associated Press. All rights reserved.", "© 2023 Reuters"
  {
    kind: "copyright",
    where: "all",
    re: new RegExp(String.raw`(?:[Cc]opyright|©|\(c\))\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?:by\s+)?(?:[Tt]he\s+)?${O}\b`, "u"),
  },
  {
    kind: "copyright",
    where: "removed",
    re: new RegExp(String.raw`(?:[Cc]opyright|©|\(c\))\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?:by\s+)?(?:[Tt]he\s+)?${O}\b`, "u"),
  },
  // "This story was originally published by …", "first appeared in …"
  {
    kind: "originally",
    where: "all",
    re: new RegExp(
      String.raw`\b(?:originally\s+(?:published|appeared)|first\s+(?:published|appeared))\s+(?:by|on|in|at)\s+(?:[Tt]he\s+)?${O}`,
      "u",
    ),
  },
  // "the BBC reported", "the Guardian reports", "according to Reuters", "According to the AP:", "citing AFP"
  {
    kind: "report",
    where: "all",
    re: new RegExp(
      String.raw`(?:\b(?:[Aa]ccording\s+to|citing|cited\s+by|as\s+reported\s+by|reported\s+by|told)\s+(?:[Tt]he\s+)?${O}\b|\b(?:[Tt]he\s+)?${O}\s+(?:news\s+agency\s+)?(?:reported|reports|reporting|quoted)\b)`,
      "u",
    ),
  },
];
/** "(AP Photo/…)", "Photo: Reuters", "AFP/Getty Images": pictures, not text. */
const PHOTO = /\b(?:Photo|Photos|Image|Images|Picture|Video|Getty)\b/u;
const HEAD_CHARS = 400;
const TAIL_CHARS = 800;

/**
 * Boilerplate that may carry the page's own credit: its byline, masthead and
 * dateline lines, its copyright and sign-off lines. Related-link boxes and
 * captions credit other stories and pictures.
 */
const CREDITING: ReadonlySet<BoilerplateReason> = new Set(["byline", "masthead", "dateline", "copyright", "contact-line", "navigation"]);

/** Every credit the text and its removed boilerplate give, first found first, one per outlet and kind. */
export function credits(text: string, removedBlocks: readonly BoilerplateBlock[]): Credit[] {
  const found: Credit[] = [];
  const removed = removedBlocks.filter((b) => CREDITING.has(b.reason)).map((b) => b.text);
  const scopes = {
    head: [text.slice(0, HEAD_CHARS), ...removed],
    tail: [text.slice(-TAIL_CHARS), ...removed],
    all: [text, ...removed],
    removed,
  };
  for (const { kind, where, re, outlet: fixed } of CREDIT_PATTERNS) {
    for (const scope of scopes[where]) {
      const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
      for (const m of scope.matchAll(g)) {
        // A photo credit names its picture on the same line: "(AP Photo/…)", "Photo: Reuters".
        const at = m.index as number;
        const line = scope.slice(scope.lastIndexOf("\n", at + m[0].search(/\S/)) + 1, at + m[0].length + 12).split("\n")[0] ?? "";
        if (PHOTO.test(line)) continue;
        const named = m.slice(1).find((x) => x !== undefined && x !== "");
        const outlet =
          fixed ?? (named === undefined ? undefined : (outletNamed(named) ?? (named.includes(".") ? outletOfHost(named) : undefined)));
        if (!outlet || found.some((c) => c.outlet === outlet && c.kind === kind)) continue;
        found.push({ outlet, kind, text: m[0].trim() });
      }
    }
  }
  return found;
}

/** The wire service a text's own credit lines name (dateline, byline, credit line, copyright), if any. */
export function wireCredit(found: readonly Credit[]): string | undefined {
  return found.find((c) => c.kind !== "report" && c.kind !== "originally")?.outlet;
}

const COPYRIGHT =
  /(?:copyright|©|\(c\))\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*,?\s*(?:by\s+)?([^.\n]*?(?:,?\s*(?:Inc|Ltd|LLC|Co|Corp|GmbH|S\.A|plc)\.?)?)\s*(?:\.\s*)?(?:all rights reserved|$)/iu;

/** The holder named in a copyright line, e.g. "Example Media Group, Inc.". */
export function copyrightHolder(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const m = COPYRIGHT.exec(line);
    const holder = m?.[1]?.trim().replace(/[,\s]+$/, "");
    if (holder) return holder;
  }
  return undefined;
}
