/** How relations read on a terminal: one summary line each, and a side-by-side view of passages. */

import pc from "picocolors";
import {
  type Change,
  type DriftItem,
  type Family,
  type Named,
  type Names,
  printable,
  type RelationReport,
  type Restoration,
  type Story,
} from "../index.js";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Names a document for people: `Title — site [31a4dacb]`, or its file or record when it has no title. */
export function docLabel(n: Named): string {
  const name = n.title ? `${clip(n.title, 44)}${n.site ? ` — ${clip(n.site, 24)}` : ""}` : shortOrigin(n.origin);
  return `${printable(name)} [${n.id.slice(0, 8)}]`;
}

/** A name for each id, for the line formatters below. */
export const labels =
  (names: Names) =>
  (id: string): string =>
    docLabel(names.named(id));

function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** A file by its name (`dir/a/x.jsonl#id` → `x.jsonl#id`); URLs and stdin as they are. */
function shortOrigin(origin: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(origin)) return clip(origin, 72);
  return clip(origin.slice(origin.lastIndexOf("/") + 1) || origin, 72);
}

/** `type  coverage  confidence  passages  A ↔ B`: the figures first, so they line up down a list. */
export function relationLine(r: RelationReport, name: (id: string) => string = (id) => id): string {
  if (r.a === r.b)
    return `${name(r.a)} identical at ${r.origins?.length ?? 1} origin(s): ${(r.origins ?? []).map((o) => printable(o)).join(", ")}`;
  const cov = `${pct(r.coverageA)}/${pct(r.coverageB)}`;
  return `${r.type.padEnd(10)}  ${cov.padStart(9)}  ${r.confidence.toFixed(2)}  ${String(r.passages.length).padStart(2)}p  ${name(r.a)} ↔ ${name(r.b)}`;
}

const COLOURS: Record<Change["kind"], (s: string) => string> = {
  inflection: pc.green,
  synonym: pc.cyan,
  "number-spelling": pc.magenta,
  "name-variant": pc.yellow,
  other: pc.red,
};

/** Marks each change in a passage's text: coloured on a terminal, `[word]` elsewhere. */
function mark(text: string, offset: number, spans: Array<{ start: number; end: number; kind: Change["kind"] }>, colour: boolean): string {
  let out = "";
  let at = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const from = s.start - offset;
    const to = s.end - offset;
    if (from < at || to > text.length) continue;
    const word = printable(text.slice(from, to));
    out += printable(text.slice(at, from)) + (colour ? COLOURS[s.kind](word) : `[${word}]`);
    at = to;
  }
  return out + printable(text.slice(at));
}

const visibleLength = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, "").length;

/** Wraps plain or coloured text to `width` visible columns; a word wider than that is cut (uncoloured words only). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let visible = 0;
  const words = text
    .split(/\s+/)
    .flatMap((w) => (w.length > width && !w.includes("\x1b") ? (w.match(new RegExp(`.{1,${width}}`, "gu")) ?? [w]) : [w]));
  for (const word of words) {
    const w = visibleLength(word);
    if (visible > 0 && visible + 1 + w > width) {
      lines.push(line);
      line = "";
      visible = 0;
    }
    line += (visible > 0 ? " " : "") + word;
    visible += (visible > 0 ? 1 : 0) + w;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Each passage as its aligned sentence pairs, side by side: a pair's rows are
 * padded to the longer side before the next pair starts, so the two columns
 * never drift apart. Changed words are marked on both sides.
 */
export function sideBySide(r: RelationReport, textA: string, textB: string, colour: boolean, columns = 120): string[] {
  const width = Math.max(30, Math.floor((columns - 3) / 2));
  const out: string[] = [];
  const marked = (
    text: string,
    span: { start: number; end: number },
    changes: Array<{ start: number; end: number; kind: Change["kind"] }>,
  ) => wrap(mark(text.slice(span.start, span.end), span.start, changes, colour), width);
  r.passages.forEach((p, i) => {
    out.push(`── passage ${i + 1}: ${p.a.start}–${p.a.end} ↔ ${p.b.start}–${p.b.end} (score ${p.score})`);
    const pairs = p.sentences && p.sentences.length > 0 ? p.sentences : [{ a: p.a, b: p.b }];
    pairs.forEach((pair, k) => {
      if (k > 0) out.push(`${" ".repeat(width)} │`);
      const inside = (start: number, end: number, span: { start: number; end: number }) => start >= span.start && end <= span.end;
      const left = marked(
        textA,
        pair.a,
        p.changes.filter((c) => inside(c.aStart, c.aEnd, pair.a)).map((c) => ({ start: c.aStart, end: c.aEnd, kind: c.kind })),
      );
      const right = marked(
        textB,
        pair.b,
        p.changes.filter((c) => inside(c.bStart, c.bEnd, pair.b)).map((c) => ({ start: c.bStart, end: c.bEnd, kind: c.kind })),
      );
      for (let row = 0; row < Math.max(left.length, right.length); row++) {
        const l = left[row] ?? "";
        out.push(`${l}${" ".repeat(Math.max(0, width - visibleLength(l)))} │ ${right[row] ?? ""}`);
      }
    });
  });
  return out;
}

/**
 * The words a copy changed inside sentence pairs aligned well enough that a
 * changed word is a substitution, not a misalignment (`Change.sure`), with
 * the copy's (b's) offsets.
 */
export function sureSubstitutions(r: RelationReport): Restoration[] {
  return r.passages
    .flatMap((p) => p.changes)
    .filter((c) => c.sure === true)
    .map((c) => ({ start: c.bStart, end: c.bEnd, copy: c.b, source: c.a, kind: c.kind }))
    .sort((x, y) => x.start - y.start);
}

/** The substitutions of a copy against its source, one row each, with the copy's offsets. */
export function substitutionTable(rows: readonly Restoration[]): string[] {
  if (rows.length === 0) return ["no substitutions"];
  const width = Math.min(30, Math.max(6, ...rows.map((r) => r.source.length)));
  return [
    `substitutions (${rows.length}): copy offsets, kind, source → copy`,
    ...rows.map(
      (r) => `  ${`${r.start}–${r.end}`.padEnd(12)} ${r.kind.padEnd(15)} ${printable(r.source).padEnd(width)} → ${printable(r.copy)}`,
    ),
  ];
}

/** A family as an indented tree: the root, then each edge original → copy (or undetermined, with why). */
export function familyLines(f: Family, name: (id: string) => string = (id) => id): string[] {
  const show = (id: string) => (id.startsWith("missing:") ? "(missing original)" : id === "undetermined" ? id : name(id));
  const lines = [`family of ${f.members.length}, root ${show(f.root)}`];
  for (const e of f.edges) {
    const why = e.direction === "undetermined" ? `undetermined: ${e.reason}` : `${e.direction}, confidence ${e.confidence.toFixed(2)}`;
    lines.push(`  ${show(e.from)} ${e.direction === "undetermined" ? "—" : "→"} ${show(e.to)}  ${e.type}`, `      ${printable(why)}`);
  }
  return lines;
}

/** A story's head line, then one line per member. */
export function storyLines(s: Story, name: (id: string) => string = (id) => id): string[] {
  const span = s.span ? `${s.span.start}${s.span.end !== s.span.start ? ` – ${s.span.end}` : ""}` : "undated";
  return [`story ${s.id}  ${s.members.length} document(s)  ${span}  ${printable(s.label)}`, ...s.members.map((m) => `  ${name(m)}`)];
}

/** Fact drift, one line per item: kind, change, a's text and offsets → b's. */
export function driftLines(drift: readonly DriftItem[]): string[] {
  if (drift.length === 0) return ["no fact drift in the aligned passages"];
  const side = (f: DriftItem["a"]) => (f ? `${printable(JSON.stringify(f.text))} @${f.start}–${f.end}` : "—");
  return [
    `fact drift (${drift.length}), a → b:`,
    ...drift.map((d) => `  ${d.kind.padEnd(7)} ${d.change.padEnd(8)} ${side(d.a)} → ${side(d.b)}`),
  ];
}

/** Which side is the original, in one line, with the evidence. */
export function directionLines(r: RelationReport, names: (id: string) => string = (id) => id): string[] {
  const d = r.direction;
  if (!d) return [];
  const show = names;
  const head =
    d.decision === "a-original"
      ? `original: ${show(r.a)} → copy: ${show(r.b)} (confidence ${d.confidence.toFixed(2)})`
      : d.decision === "b-original"
        ? `original: ${show(r.b)} → copy: ${show(r.a)} (confidence ${d.confidence.toFixed(2)})`
        : d.decision === "siblings"
          ? `siblings: both copy an original missing here (confidence ${d.confidence.toFixed(2)})`
          : `direction undetermined: ${d.reason}`;
  return [
    `  ${head}`,
    ...d.evidence.map((e) => `    ${e.signal}: ${printable(e.note)} (favours ${e.favours}, weight ${e.weight.toFixed(2)})`),
  ];
}
