/** CSV as RFC 4180 writes it: a field holding a comma, a quote or a line break is quoted, quotes doubled; records end in CRLF. */

/** One field: `null` and `undefined` are empty, numbers to three decimal places. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(Number.isInteger(value) ? value : Math.round(value * 1000) / 1000) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, with its CRLF. */
export function csvRow(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
