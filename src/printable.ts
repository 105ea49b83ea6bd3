/**
 * Text from documents and file names made safe to print on a terminal.
 * Control characters (C0 but tab, DEL, C1) are what a terminal obeys instead
 * of showing: ESC starts colour, cursor and title sequences, a bare CR or LF
 * can overwrite or forge a line. Bidirectional overrides reorder what is
 * shown. Each is replaced by a visible escape; JSON output is left exact.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, but line ends kept: for whole texts printed as paragraphs. */
const UNPRINTABLE_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string, options: { lines?: boolean } = {}): string {
  return text.replace(options.lines ? UNPRINTABLE_IN_TEXT : UNPRINTABLE, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    return `\\u{${(c.codePointAt(0) as number).toString(16)}}`;
  });
}
