/** Limits that keep one hostile input from taking the whole batch down. */
export interface IngestOptions {
  /**
   * Largest document accepted, in bytes after decompression. A 2020s news
   * page with inline scripts weighs 0.5–3 MB; 16 MiB leaves room for the worst
   * and still stops a gzip bomb long before memory is at risk.
   */
  maxBytes: number;
  /** Called with each file path as reading starts, for progress reporting. */
  onFile?: (file: string) => void;
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Longest plain text accepted as one article. The longest news features run
 * to about 20,000 words (~150 KB); a text several times that is a dump, a log
 * or a single runaway token, and aligning it would cost more than it tells.
 */
export const MAX_TEXT_CHARS = 1_000_000;

export function ingestOptions(partial: Partial<IngestOptions> = {}): IngestOptions {
  return { maxBytes: DEFAULT_MAX_BYTES, ...partial };
}
