/**
 * Dates written in text and in machine formats → ISO `YYYY-MM-DD`.
 * Numeric day-month order follows the separator convention: `12/30/2021`
 * (slashes, US) is month first, `30.12.2021` (dots, Europe) is day first.
 */
import { MONTH_PATTERN, MONTHS } from "./months.js";

/** News archives on the web start in the mid-1990s; earlier years are page furniture. */
const EARLIEST_YEAR = 1995;

const ISO = /(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const COMPACT = /(?<![\d.,])((?:19|20)\d\d)(\d\d)(\d\d)(?:T\d|(?![\d.,]))/;
const DMY_DOT = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)\b/;
const MDY_SLASH = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)\b/;
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:de\\s+)?(${MONTH_PATTERN})\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d\\d)\\b`,
  "iu",
);
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b`, "iu");

export interface FoundDate {
  value: string;
  index: number;
  length: number;
}

/** The first date in `text` in any supported form, or `undefined`. */
export function findDate(text: string, now = new Date()): FoundDate | undefined {
  let best: FoundDate | undefined;
  const consider = (m: RegExpExecArray | null, y: number, mo: number, d: number): void => {
    if (!m) return;
    const value = isoDate(y, mo, d, now);
    if (value && (!best || m.index < best.index)) best = { value, index: m.index, length: m[0].length };
  };
  let m = ISO.exec(text);
  consider(m, Number(m?.[1]), Number(m?.[2]), Number(m?.[3]));
  m = COMPACT.exec(text);
  consider(m, Number(m?.[1]), Number(m?.[2]), Number(m?.[3]));
  m = DMY_DOT.exec(text);
  consider(m, Number(m?.[3]), Number(m?.[2]), Number(m?.[1]));
  m = MDY_SLASH.exec(text);
  consider(m, Number(m?.[3]), Number(m?.[1]), Number(m?.[2]));
  m = DAY_MONTH_YEAR.exec(text);
  consider(m, Number(m?.[3]), monthNumber(m?.[2]), Number(m?.[1]));
  m = MONTH_DAY_YEAR.exec(text);
  consider(m, Number(m?.[3]), monthNumber(m?.[1]), Number(m?.[2]));
  return best;
}

/** Every date in `text`, in order. */
export function findAllDates(text: string, now = new Date()): FoundDate[] {
  const out: FoundDate[] = [];
  let offset = 0;
  for (let found = findDate(text, now); found; found = findDate(text.slice(offset), now)) {
    out.push({ ...found, index: found.index + offset });
    offset += found.index + found.length;
  }
  return out;
}

/** Parses a machine date attribute (ISO 8601 with or without time) to `YYYY-MM-DD`. */
export function parseMachineDate(value: string, now = new Date()): string | undefined {
  const found = findDate(value.trim(), now);
  return found?.value;
}

function monthNumber(word: string | undefined): number {
  return word ? (MONTHS.get(word.toLowerCase()) ?? 0) : 0;
}

function isoDate(y: number, m: number, d: number, now: Date): string | undefined {
  if (!(y >= EARLIEST_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  // A year beyond next year is a product number or a phone number, not a date.
  if (y > now.getUTCFullYear() + 1) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
