/** Wire-service credits and copyright lines: who the text says it belongs to. */

/** News agencies, as they sign in datelines and credits, mapped to one name each. */
const AGENCIES: Array<[RegExp, string]> = [
  [/\b(?:AP|Associated Press)\b/, "AP"],
  [/\bReuters\b/, "Reuters"],
  [/\b(?:AFP|Agence France[- ]Presse)\b/, "AFP"],
  [/\b(?:UPI|United Press International)\b/, "UPI"],
  [/\b(?:dpa|Deutsche Presse-Agentur)\b/, "dpa"],
  [/\b(?:PA Media|Press Association)\b/, "PA"],
  [/\bBloomberg\b/, "Bloomberg"],
  [/\b(?:ANSA)\b/, "ANSA"],
  [/\b(?:EFE)\b/, "EFE"],
  [/\bKyodo\b/, "Kyodo"],
  [/\bXinhua\b/, "Xinhua"],
  [/\b(?:CP|Canadian Press)\b/, "CP"],
  [/\bAAP\b/, "AAP"],
];

const AGENCY_NAMES =
  "AP|Associated Press|Reuters|AFP|Agence France[- ]Presse|UPI|dpa|PA Media|Press Association|Bloomberg|ANSA|EFE|Kyodo|Xinhua|CP|Canadian Press|AAP";

/** "WASHINGTON (AP) —", "(Reuters) -": the agency in the dateline of the first paragraph. */
const DATELINE = new RegExp(`^[^\\n]{0,60}?\\((${AGENCY_NAMES})\\)\\s*[—–-]`, "u");
/** "The Associated Press contributed to this report", "— Reuters", "Source: AFP". */
const CREDIT_LINE = new RegExp(
  `(?:^|\\n)(?:[—–-]\\s*|source:\\s*|(?:the )?)(${AGENCY_NAMES})(?:\\s+(?:contributed|reported)|\\s*$)`,
  "imu",
);

export function wireCredit(text: string, removed: readonly string[]): string | undefined {
  const head = text.slice(0, 200);
  const m = DATELINE.exec(head) ?? CREDIT_LINE.exec(text.slice(-600)) ?? firstMatch(removed, CREDIT_LINE);
  return m?.[1] ? canonicalAgency(m[1]) : undefined;
}

function firstMatch(lines: readonly string[], re: RegExp): RegExpExecArray | null {
  for (const line of lines) {
    const m = re.exec(line);
    if (m) return m;
  }
  return null;
}

function canonicalAgency(name: string): string {
  return AGENCIES.find(([re]) => re.test(name))?.[1] ?? name;
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
