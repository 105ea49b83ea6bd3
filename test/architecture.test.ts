/**
 * The dependency rules of docs/architecture.md, read from the import
 * statements of src/: the shells (cli/, server/) use only the public API;
 * the engine's pure stages (text, sketch, align, judge) know nothing of
 * stores, the corpus or the shells; only the CLI reads the environment; and
 * no two folders import each other, directly or round a loop.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "..", "src");

/** Every source file (tests left out) → the src-relative files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        const source = readFileSync(path, "utf8");
        const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|import\(\s*"(\.[^"]+)"\s*\)/g)].map(
          (m) => (m[1] ?? m[2]) as string,
        );
        graph.set(
          relative(SRC, path),
          specifiers.map((s) => normalize(relative(SRC, join(dirname(path), s.replace(/\.js$/, ".ts"))))),
        );
      }
    }
  };
  visit(SRC);
  return graph;
}

/** A file's folder under src/, or the file itself for the top-level modules (index.ts, problems.ts …). */
const folderOf = (file: string) => (file.includes("/") ? (file.split("/")[0] as string) : file);

const graph = importGraph();
const importsOf = (folder: string) =>
  [...graph].filter(([file]) => folderOf(file) === folder).flatMap(([file, deps]) => deps.map((dep) => ({ file, dep })));

describe("dependency rules", () => {
  it("reads the import graph of src/", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get("cli/main.ts")?.length).toBeGreaterThan(0);
  });

  it("the CLI imports only the public API, the server's subpath and itself", () => {
    // version.ts is part of the public API too, imported alone so that `--help` loads nothing else.
    const allowed = new Set(["index.ts", "server/index.ts", "version.ts"]);
    const stray = importsOf("cli").filter(({ dep }) => folderOf(dep) !== "cli" && !allowed.has(dep));
    expect(stray).toEqual([]);
  });

  it("the server imports only the public API and itself", () => {
    const stray = importsOf("server").filter(({ dep }) => folderOf(dep) !== "server" && dep !== "index.ts");
    expect(stray).toEqual([]);
  });

  it("the public API does not load the server", () => {
    expect(graph.get("index.ts")?.filter((dep) => folderOf(dep) === "server")).toEqual([]);
  });

  it("text, sketch, align and judge import no store, corpus, queue or shell", () => {
    const forbidden = new Set(["store", "corpus", "queue", "cli", "server", "index.ts"]);
    const stray = ["text", "sketch", "align", "judge"].flatMap((f) => importsOf(f).filter(({ dep }) => forbidden.has(folderOf(dep))));
    expect(stray).toEqual([]);
  });

  it("reads the environment only in the CLI", () => {
    const readers = [...graph.keys()].filter(
      (file) => folderOf(file) !== "cli" && readFileSync(join(SRC, file), "utf8").includes("process.env"),
    );
    expect(readers).toEqual([]);
  });

  it("has no import cycle between folders", () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, deps] of graph) {
      const from = folderOf(file);
      // The public API re-exports every folder: it is the top, not a folder in a loop.
      if (from === "index.ts") continue;
      for (const dep of deps) {
        const to = folderOf(dep);
        if (to !== from) edges.set(from, new Set([...(edges.get(from) ?? []), to]));
      }
    }
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const walk = (node: string, path: string[]) => {
      state.set(node, "open");
      for (const next of edges.get(node) ?? []) {
        if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), next].join(" → "));
        else if (!state.has(next)) walk(next, [...path, next]);
      }
      state.set(node, "done");
    };
    for (const node of [...edges.keys()].sort()) if (!state.has(node)) walk(node, [node]);
    expect(cycles).toEqual([]);
  });
});
