import { createHash } from "node:crypto";

/** Content address: the first 16 hex digits (64 bits) of SHA-256. */
export function contentId(content: Uint8Array | string): string {
  return createHash("sha256").update(content).digest("hex").slice(0, 16);
}
