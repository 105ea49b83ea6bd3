/** How relations read on a terminal: one summary line each, and a side-by-side view of passages. */

import pc from "picocolors";
import { type Change, type DriftItem, type Family, printable, type RelationReport, type Restoration, type Story } from "../index.js";

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function relationLine(r: RelationReport, names: (id: string) => string = (id) => id): string {
  if (r.a === r.b)
    return `${printable(names(r.a))} identical at ${r.origins?.length ?? 1} origin(s): ${(r.origins ?? []).map((o) => printable(o)).join(", ")}`;
  return `${printable(names(r.a))} ↔ ${printable(names(r.b))}  ${r.type.padEnd(10)}  coverage ${pct(r.coverageA)}/${pct(r.coverageB)}  confidence ${r.confidence.toFixed(2)}  ${r.passages.length} passage(s)`;
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

/** Wraps plain or coloured text to `width` visible columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let visible = 0;
  for (const word of text.split(/\s+/)) {
    const w = word.replace(/\x1b\[[0-9;]*m/g, "").length;
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

export function sideBySide(r: RelationReport, textA: string, textB: string, colour: boolean, columns = 120): string[] {
  const width = Math.max(30, Math.floor((columns - 3) / 2));
  const out: string[] = [];
  r.passages.forEach((p, i) => {
    out.push(`── passage ${i + 1}: ${p.a.start}–${p.a.end} ↔ ${p.b.start}–${p.b.end} (score ${p.score})`);
    const left = wrap(
      mark(
        textA.slice(p.a.start, p.a.end),
        p.a.start,
        p.changes.map((c) => ({ start: c.aStart, end: c.aEnd, kind: c.kind })),
        colour,
      ),
      width,
    );
    const right = wrap(
      mark(
        textB.slice(p.b.start, p.b.end),
        p.b.start,
        p.changes.map((c) => ({ start: c.bStart, end: c.bEnd, kind: c.kind })),
        colour,
      ),
      width,
    );
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
      const l = left[k] ?? "";
      const pad = width - l.replace(/\x1b\[[0-9;]*m/g, "").length;
      out.push(`${l}${" ".repeat(Math.max(0, pad))} │ ${right[k] ?? ""}`);
    }
    const changes = p.changes.map((c) => `${printable(c.a)} → ${printable(c.b)} (${c.kind})`);
    if (changes.length > 0) out.push(`   changes: ${changes.join("; ")}`);
  });
  return out;
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
  const show = (id: string) => (id.startsWith("missing:") ? "(missing original)" : id === "undetermined" ? id : printable(name(id)));
  const lines = [`family of ${f.members.length}, root ${show(f.root)}`];
  for (const e of f.edges) {
    const why = e.direction === "undetermined" ? `undetermined: ${e.reason}` : `${e.direction}, confidence ${e.confidence.toFixed(2)}`;
    lines.push(`  ${show(e.from)} ${e.direction === "undetermined" ? "—" : "→"} ${show(e.to)}  ${e.type}  (${why})`);
  }
  return lines;
}

export function storyLine(s: Story, name: (id: string) => string = (id) => id): string {
  const span = s.span ? `${s.span.start}${s.span.end !== s.span.start ? ` – ${s.span.end}` : ""}` : "undated";
  return `story ${s.id}  ${s.members.length} document(s)  ${span}  ${printable(s.label)}  [${s.members.map((m) => printable(name(m))).join(" ")}]`;
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
  const show = (id: string) => printable(names(id));
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
