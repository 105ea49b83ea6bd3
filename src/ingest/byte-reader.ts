/**
 * Lines and byte runs pulled from a stream of chunks, never holding more than
 * asked for: a line longer than its limit is discarded as it streams past, and
 * a run ends early where the stream does. Bytes read too far can be pushed back.
 */
export class ByteReader {
  readonly #chunks: AsyncIterator<Uint8Array>;
  #buffer: Uint8Array = new Uint8Array(0);
  #at = 0;
  #ended = false;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.#chunks = source[Symbol.asyncIterator]();
  }

  /** The next line without its line end; `undefined` at the end. A line over `max` bytes comes back cut, with `cut` set. */
  async line(max: number): Promise<{ bytes: Uint8Array; cut: boolean } | undefined> {
    const parts: Uint8Array[] = [];
    let size = 0;
    let cut = false;
    for (;;) {
      const nl = this.#buffer.indexOf(10, this.#at);
      const end = nl < 0 ? this.#buffer.length : nl;
      const piece = this.#buffer.subarray(this.#at, end);
      if (size + piece.length > max) {
        cut = true;
        if (size < max) parts.push(piece.subarray(0, max - size));
        size = max;
      } else if (piece.length > 0) {
        parts.push(piece);
        size += piece.length;
      }
      this.#at = end;
      if (nl >= 0) {
        this.#at = nl + 1;
        return { bytes: trimCr(join(parts, size)), cut };
      }
      if (!(await this.#fill())) return size > 0 || cut ? { bytes: join(parts, size), cut } : undefined;
    }
  }

  /** Up to `n` bytes: fewer only where the stream ends. */
  async take(n: number): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let size = 0;
    while (size < n) {
      if (this.#at >= this.#buffer.length && !(await this.#fill())) break;
      const piece = this.#buffer.subarray(this.#at, this.#at + (n - size));
      parts.push(piece);
      size += piece.length;
      this.#at += piece.length;
    }
    return join(parts, size);
  }

  /** The next `n` bytes without consuming them (fewer at the end). */
  async peek(n: number): Promise<Uint8Array> {
    const bytes = await this.take(n);
    this.unread(bytes);
    return bytes;
  }

  /** Puts bytes back in front of what is left to read. */
  unread(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.#buffer = join([bytes, this.#buffer.subarray(this.#at)], bytes.length + this.#buffer.length - this.#at);
    this.#at = 0;
  }

  async #fill(): Promise<boolean> {
    if (this.#ended) return false;
    const next = await this.#chunks.next();
    if (next.done) {
      this.#ended = true;
      return false;
    }
    this.#buffer = this.#at < this.#buffer.length ? join([this.#buffer.subarray(this.#at), next.value], 0) : next.value;
    this.#at = 0;
    return true;
  }
}

function trimCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.subarray(0, bytes.length - 1) : bytes;
}

function join(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const total = size || parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
