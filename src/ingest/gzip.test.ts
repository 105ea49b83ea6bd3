import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gunzipBounded } from "./gzip.js";

describe("gunzipBounded", () => {
  it("stops a bomb at the limit on decompressed bytes", () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    const r = gunzipBounded(bomb, 1024 * 1024, "bomb.gz");
    expect("code" in r && r.code).toBe("too-large");
  });

  it("keeps what a truncated stream held, with a warning", () => {
    const text = "The council met on Tuesday. ".repeat(400);
    const gz = gzipSync(text);
    const r = gunzipBounded(gz.subarray(0, Math.floor(gz.length / 2)), 1 << 20, "cut.gz");
    if ("code" in r) throw new Error(r.message);
    expect(r.problems[0]?.code).toBe("truncated-gzip");
    expect(r.bytes.length).toBeGreaterThan(0);
    expect(text.startsWith(Buffer.from(r.bytes).toString())).toBe(true);
  });

  it("round-trips an intact stream without problems", () => {
    const r = gunzipBounded(gzipSync("hello"), 100, "ok.gz");
    expect("code" in r ? r : Buffer.from(r.bytes).toString()).toBe("hello");
  });
});
