/**
 * Splits a byte stream into lines without ever holding more than `maxBytes`
 * of one line: an over-long line is reported by number and skipped. Blank
 * lines are counted, not yielded, and a run of more than `MAX_BLANK_RUN` of
 * them ends the file: that is padding or a bomb, not records.
 */
export type Line =
  | { number: number; bytes: Uint8Array }
  | { number: number; tooLong: true; length: number }
  | { number: number; blankRun: true };

/** No real JSONL file has this many empty lines in a row; a stream of nothing else would take minutes to walk. */
export const MAX_BLANK_RUN = 100_000;

export async function* splitLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let overflow = false;
  let number = 1;
  let blanks = 0;
  const finish = (): Line | undefined => {
    const empty = !overflow && (size === 0 || (size === 1 && parts[0]?.[0] === 13));
    const line: Line = overflow ? { number, tooLong: true, length: size } : { number, bytes: concat(parts, size) };
    parts = [];
    size = 0;
    overflow = false;
    number++;
    blanks = empty ? blanks + 1 : 0;
    return empty ? undefined : line;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      const line = finish();
      if (line) yield line;
      else if (blanks > MAX_BLANK_RUN) {
        yield { number, blankRun: true };
        return;
      }
      from = nl + 1;
    }
    take(chunk.subarray(from));
  }
  if (size > 0 || overflow) yield finish() as Line;

  function take(piece: Uint8Array): void {
    size += piece.length;
    if (size > maxBytes) overflow = true;
    if (!overflow && piece.length > 0) parts.push(piece);
    if (overflow) parts = [];
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
