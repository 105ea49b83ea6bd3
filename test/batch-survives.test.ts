/**
 * Nothing stops a batch: one run over good inputs interleaved with every
 * kind of input that used to stop, hang or corrupt a run. Each bad input is
 * one problem naming it; every good document around it is stored; nothing
 * from a document reaches the terminal raw. The test's timeout is the
 * watchdog for the inputs that used to hang (a FIFO, a WARC record claiming
 * 2 GiB, a gzip of newlines).
 */
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { tempDir } from "./helpers/tmp.js";
import { article, warcResponse } from "./helpers/warc.js";

const PARAGRAPH = "The harbour authority said on Monday that the new ferry terminal would open in the spring after two years of delays.";
const prose = (tag: string) => Array.from({ length: 5 }, (_, i) => `${PARAGRAPH} ${tag} paragraph ${i}.`).join("\n\n");

/** A WARC record with its Content-Length replaced by `length`. */
function lyingRecord(url: string, html: string, length: string): Buffer {
  return Buffer.from(
    warcResponse(url, html)
      .toString("latin1")
      .replace(/Content-Length: \d+/, `Content-Length: ${length}`),
    "latin1",
  );
}

function badBatch(): { dir: string; good: string[] } {
  const root = tempDir();
  const dir = join(root, "in");
  mkdirSync(dir);
  const put = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
  put("01-good.txt", `First good text\n\n${prose("first")}`);
  put("02-one-line.html", '<td><br><span><p><span>Visit our other <a href="/s">news sites</a>.<br>');
  put("03-tagless.html", "just words");
  put("04-comment.html", "<!-- only a comment -->");
  put(
    "05-huge-length.warc",
    Buffer.concat([
      warcResponse("http://example.com/before", article("Before the huge record", 4, "before")),
      lyingRecord("http://example.com/huge", article("Huge", 4, "huge"), "2147483648"),
      warcResponse("http://example.com/after", article("After the huge record", 4, "after")),
    ]),
  );
  put(
    "06-bad-length.warc",
    Buffer.concat([
      lyingRecord("http://example.com/abc", article("Not a number", 4, "abc"), "abc"),
      warcResponse("http://example.com/next", article("The record after abc", 4, "next")),
    ]),
  );
  execFileSync("mkfifo", [join(dir, "07-fifo.txt")]);
  mkdirSync(join(dir, "08-locked"));
  writeFileSync(join(dir, "08-locked", "inside.txt"), `Unreachable\n\n${prose("locked")}`);
  chmodSync(join(dir, "08-locked"), 0o000);
  const newlines = Buffer.concat([Buffer.from(`${JSON.stringify({ id: "kept", text: prose("jsonl") })}\n`), Buffer.alloc(8 << 20, 10)]);
  put("09-newlines.jsonl.gz", gzipSync(newlines));
  put("10-good.html", article("A good page", 5, "tenth"));
  put("11-escape-title.html", article("Title \u001b]0;pwned\u0007 with \u001b[31mescapes\u001b[0m and a \u009b C1 control", 5, "escape"));
  put("12-evil\nunspun: 0 file(s) FAKE SUMMARY.txt", "");
  put(
    "13-records.jsonl",
    [JSON.stringify({ id: "r1", text: prose("record one") }), JSON.stringify({ id: "r2", text: prose("record two") })].join("\n"),
  );
  // Readable by the unprivileged user the CLI runs as, but for the locked directory.
  for (const d of [root, dir]) chmodSync(d, 0o777);
  const good = [
    "01-good.txt",
    "02-one-line.html",
    "03-tagless.html",
    "05-huge-length.warc#record1",
    "05-huge-length.warc#record3",
    "06-bad-length.warc#record2",
    "09-newlines.jsonl.gz#kept",
    "10-good.html",
    "11-escape-title.html",
    "13-records.jsonl#r1",
    "13-records.jsonl#r2",
  ];
  return { dir, good };
}

/** As root, permissions do not bind: the CLI runs as `nobody`, as a normal user would. */
function unprivileged(dir: string): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const user = {
    uid: Number(execFileSync("id", ["-u", "nobody"]).toString()),
    gid: Number(execFileSync("id", ["-g", "nobody"]).toString()),
  };
  chownSync(dir, user.uid, user.gid);
  return user;
}

describe("one run over good and bad inputs", () => {
  it("stores every good document, names every bad input once, and prints nothing raw", async () => {
    const { dir, good } = badBatch();
    const db = join(dir, "..", "store.db");
    const user = unprivileged(join(dir, ".."));
    const r = await runCli(["--db", db, "--json", "scan", dir], user ? { user } : {});
    // No stack trace: every failure is a problem line.
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const origins = out.documents.map((d: { origin: string }) => d.origin.slice(dir.length + 1)).sort();
    expect(origins).toEqual(expect.arrayContaining(good));
    expect(origins.filter((o: string) => !good.includes(o))).toEqual(["04-comment.html"]);
    const problem = (file: string) =>
      out.problems.filter((p: { file: string }) => p.file.endsWith(file)).map((p: { code: string; severity: string }) => p.code);
    expect(problem("02-one-line.html")).toContain("extract-fallback");
    expect(problem("03-tagless.html")).toContain("extract-fallback");
    expect(out.problems).toContainEqual(expect.objectContaining({ code: "too-large", record: 2, file: join(dir, "05-huge-length.warc") }));
    expect(out.problems).toContainEqual(expect.objectContaining({ code: "bad-warc", record: 1, file: join(dir, "06-bad-length.warc") }));
    expect(problem("07-fifo.txt")).toEqual(["not-regular"]);
    if (user) expect(problem("08-locked")).toEqual(["unreadable"]);
    expect(problem("09-newlines.jsonl.gz")).toContain("too-many-lines");
    expect(out.problems.every((p: { stage: string }) => typeof p.stage === "string")).toBe(true);

    // The text report of the same store: every line is ours, with nothing from a document driving the terminal.
    const text = await runCli(["--db", db, "scan", dir], user ? { user } : {});
    const ls = await runCli(["--db", db, "ls", "--limit", "100"], user ? { user } : {});
    for (const output of [text.stdout, text.stderr, ls.stdout, ls.stderr]) expect(output).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(
      text.stderr
        .trim()
        .split("\n")
        .every((l) => l.startsWith("unspun: ")),
    ).toBe(true);
    expect(text.stderr).toContain("12-evil\\nunspun: 0 file(s) FAKE SUMMARY.txt: error: skipped: no content [empty]");
    expect(ls.stdout).toContain("Title \\u{1b}]0;pwned\\u{7} with \\u{1b}[31mescapes\\u{1b}[0m and a \\u{9b} C1 control");
  }, 120_000);
});
