/**
 * Story: members on a timeline (low-confidence dates marked), and each copy
 * family drawn as a provenance tree: a decided edge is an arrow from the
 * original to the copy, an undetermined one a plain line, a missing original
 * a dashed ghost node; the edges listed beside with their evidence in words.
 */
import { useEffect, useState } from "preact/hooks";
import { get, type Json, lowConfidenceDate, shortOrigin } from "../api";
import { DateText } from "../dates";
import { evidenceWords, undeterminedWords } from "../direction";

const W = 210;
const H = 48;
const GAP_X = 28;
const GAP_Y = 64;
/** Room below the last row for the curves that join nodes of one row. */
const BELOW = 44;

const isMissing = (id: string) => id.startsWith("missing:");
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The evidence for an edge's original, in words: the side the heavier evidence favours is the original. */
function edgeReasons(e: Json): string[] {
  const weight = (side: string) => (e.evidence as Json[]).filter((x) => x.favours === side).reduce((s, x) => s + x.weight, 0);
  const side = weight("a") >= weight("b") ? "a" : "b";
  return (e.evidence as Json[]).filter((x) => x.favours === side).map((x) => evidenceWords(x, "original"));
}

function FamilyTree({ family, index, docOf }: { family: Json; index: number; docOf: (id: string) => Json | undefined }) {
  const edges: Json[] = family.edges;
  const nodes = [...new Set<string>([...(isMissing(family.root) ? [family.root] : []), ...family.members, ...edges.flatMap((e) => [e.from, e.to])])];
  // Rows by depth along the directed edges (decided and siblings); undetermined edges do not order.
  const depth = new Map(nodes.map((n) => [n, 0]));
  const directed = edges.filter((e) => e.direction !== "undetermined");
  for (let round = 0; round < nodes.length; round++) {
    let moved = false;
    for (const e of directed) {
      const d = Math.min(nodes.length, (depth.get(e.from) ?? 0) + 1);
      if (d > (depth.get(e.to) ?? 0)) {
        depth.set(e.to, d);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const rows: string[][] = [];
  for (const n of nodes) (rows[depth.get(n) ?? 0] ??= []).push(n);
  const dense = rows.filter(Boolean);
  const widest = Math.max(...dense.map((r) => r.length));
  const width = widest * (W + GAP_X) + GAP_X;
  const height = dense.length * (H + GAP_Y) - GAP_Y + 2 * GAP_X + BELOW;
  const at = new Map<string, { x: number; y: number }>();
  dense.forEach((row, r) => {
    const x0 = (width - (row.length * (W + GAP_X) - GAP_X)) / 2;
    row.forEach((n, i) => at.set(n, { x: x0 + i * (W + GAP_X), y: GAP_X + r * (H + GAP_Y) }));
  });
  const arrow = `arrow-${index}`;
  return (
    <svg
      class="tree"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Provenance of ${family.members.length} documents`}
    >
      <defs>
        <marker id={arrow} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" class="arrowhead" />
        </marker>
      </defs>
      {edges.map((e, i) => {
        const p = at.get(e.from);
        const q = at.get(e.to);
        if (!p || !q) return null;
        if (e.direction === "undetermined") {
          // No side: a plain line, no arrow; between nodes of one row, a curve below them.
          if (p.y === q.y) {
            const [l, r] = p.x < q.x ? [p, q] : [q, p];
            const bend = l.y + H + 14 + Math.min(BELOW - 16, (r.x - l.x) / 12);
            const d = `M ${l.x + W / 2} ${l.y + H} Q ${(l.x + r.x) / 2 + W / 2} ${bend + 14} ${r.x + W / 2} ${r.y + H}`;
            return <path key={i} class="edge undetermined" d={d} data-from={e.from} data-to={e.to} />;
          }
          const [u, v] = p.y < q.y ? [p, q] : [q, p];
          return <line key={i} class="edge undetermined" x1={u.x + W / 2} y1={u.y + H} x2={v.x + W / 2} y2={v.y} data-from={e.from} data-to={e.to} />;
        }
        return (
          <line
            key={i}
            class={`edge ${e.direction}`}
            x1={p.x + W / 2}
            y1={p.y + H}
            x2={q.x + W / 2}
            y2={q.y - 2}
            marker-end={`url(#${arrow})`}
            data-from={e.from}
            data-to={e.to}
          />
        );
      })}
      {nodes.map((n) => {
        const pos = at.get(n) as { x: number; y: number };
        if (isMissing(n))
          return (
            <g key={n} class="node ghost" transform={`translate(${pos.x} ${pos.y})`}>
              <rect width={W} height={H} rx="6" />
              <text x={10} y={20}>
                missing original
              </text>
              <text x={10} y={38} class="sub">
                not in the corpus
              </text>
            </g>
          );
        const d = docOf(n);
        const title = d ? (d.title ?? shortOrigin(d.origin)) : n.slice(0, 8);
        const date = d?.date ? `${d.date.slice(0, 10)}${lowConfidenceDate(d.dateConfidence) ? "?" : ""}` : "undated";
        return (
          <a key={n} href={`#/doc/${n}`} class="node-link">
            <g class={`node${n === family.root ? " root" : ""}`} transform={`translate(${pos.x} ${pos.y})`}>
              <title>{`${title}${d?.site ? ` — ${d.site}` : ""}`}</title>
              <rect width={W} height={H} rx="6" />
              <text x={10} y={20}>
                {cut(title, 30)}
              </text>
              <text x={10} y={38} class="sub">
                {cut(`${d?.site ?? ""}${d?.site ? " · " : ""}${date}`, 34)}
              </text>
            </g>
          </a>
        );
      })}
    </svg>
  );
}

export function StoryView({ id }: { id: string }) {
  const [story, setStory] = useState<Json | undefined>();
  const [error, setError] = useState("");
  useEffect(() => {
    get(`/api/stories/${encodeURIComponent(id)}`)
      .then(setStory)
      .catch((e) => setError(String(e.message)));
  }, [id]);
  if (error) return <p class="error">{error}</p>;
  if (!story) return <p>Loading…</p>;
  const docs: Json[] = [...story.documents].sort((x, y) => (x.date ?? "9999").localeCompare(y.date ?? "9999"));
  const docOf = (docId: string) => story.documents.find((x: Json) => x.id === docId);
  const title = (docId: string) => {
    const d = docOf(docId);
    return d ? (d.title ?? shortOrigin(d.origin)) : docId.slice(0, 8);
  };
  return (
    <section>
      <h1>{story.story.label || story.story.id}</h1>
      <h2>Timeline</h2>
      <ol class="timeline">
        {docs.map((d) => (
          <li key={d.id}>
            <span class="when">
              <DateText value={d.date} confidence={d.dateConfidence} />
            </span>{" "}
            <a href={`#/doc/${d.id}`}>{d.title ?? shortOrigin(d.origin)}</a> <span class="muted">{d.site ?? ""}</span>
          </li>
        ))}
      </ol>
      <h2>Provenance</h2>
      {story.families.length > 0 && (
        <p class="muted legend">An arrow runs from the original to its copy; a plain line joins two copies when nothing says who copied whom.</p>
      )}
      {story.families.length === 0 && <p class="muted">No copies among these documents.</p>}
      {story.families.map((f: Json, i: number) => (
        <div class="family" key={f.root + f.members.join()}>
          <p class="root-line muted">
            {isMissing(f.root)
              ? "Both copy an original that is not in the corpus."
              : f.root === "undetermined"
                ? "No original named: the evidence does not say who copied whom."
                : `Original: ${title(f.root)}`}
          </p>
          <div class="tree-wrap">
            <FamilyTree family={f} index={i} docOf={docOf} />
          </div>
          <ul class="edges">
            {f.edges.map((e: Json, k: number) => {
              const link = `#/compare/${isMissing(e.from) ? e.to : e.from}/${e.to}`;
              if (e.direction === "undetermined")
                return (
                  <li key={k}>
                    <span class="edge-mark">—</span>{" "}
                    <a href={link}>
                      {title(e.from)} and {title(e.to)}
                    </a>{" "}
                    <span class="muted">
                      {e.type}; who copied whom is undetermined: {undeterminedWords(e.reason)}
                    </span>
                  </li>
                );
              if (e.direction === "siblings")
                return (
                  <li key={k}>
                    <span class="edge-mark">→</span> <a href={`#/doc/${e.to}`}>{title(e.to)}</a>{" "}
                    <span class="muted">
                      {e.type}, copied from the missing original
                      {(e.evidence as Json[])
                        .filter((x) => x.favours === "both")
                        .map((x) => `: ${x.note}`)
                        .join("")}
                    </span>
                  </li>
                );
              return (
                <li key={k}>
                  <span class="edge-mark">→</span>{" "}
                  <a href={link}>
                    {title(e.from)} → {title(e.to)}
                  </a>{" "}
                  <span class="muted">
                    {e.type}; the original {edgeReasons(e).join("; ")}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
