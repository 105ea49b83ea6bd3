import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode.js";

const decoded = (bytes: Uint8Array) => {
  const r = decodeBytes(bytes, "f.txt");
  if ("code" in r) throw new Error(r.message);
  return r;
};

describe("decodeBytes", () => {
  it("decodes UTF-16 with a byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Zürich news", "utf16le")]);
    expect(decoded(bytes).text).toBe("Zürich news");
  });

  it("recovers Latin-1 bytes inside UTF-8 and says so", () => {
    const bytes = Buffer.concat([Buffer.from("naïve "), Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from(" ok")]);
    const r = decoded(bytes);
    expect(r.text).toBe("naïve Café ok");
    expect(r.problems.map((p) => p.code)).toEqual(["invalid-utf8"]);
  });

  it("honours a declared charset", () => {
    const html = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), Buffer.from([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e])]);
    expect(decoded(html).text).toContain("München");
  });

  it("removes NUL bytes with a note", () => {
    const r = decoded(Buffer.from("one\u0000two"));
    expect(r.text).toBe("onetwo");
    expect(r.problems[0]?.code).toBe("nul-bytes");
  });

  it("rejects binary", () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const r = decodeBytes(bytes, "x.bin");
    expect("code" in r && r.code).toBe("not-text");
  });
});
