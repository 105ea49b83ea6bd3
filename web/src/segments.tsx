/** A text with aligned passages coloured (by passage number) and changed words marked (by kind), as text nodes only. */
import type { JSX } from "preact";

export interface Range {
  start: number;
  end: number;
}

export function Marked({ text, passages, changes }: { text: string; passages: Range[]; changes: Array<Range & { kind: string; other: string }> }) {
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...passages, ...changes]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: JSX.Element[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i] as number, points[i + 1] as number];
    const piece = text.slice(from, to);
    const passage = passages.findIndex((p) => p.start <= from && to <= p.end);
    const change = changes.find((c) => c.start <= from && to <= c.end);
    const inner = change ? (
      <mark class={`change ${change.kind}`} title={`${change.kind}: ${change.other}`}>
        {piece}
      </mark>
    ) : (
      piece
    );
    out.push(
      passage >= 0 ? (
        <span key={from} class={`passage p${passage % 6}`} data-passage={passage + 1}>
          {inner}
        </span>
      ) : (
        <span key={from}>{inner}</span>
      ),
    );
  }
  return <>{out}</>;
}
