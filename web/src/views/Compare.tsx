/** Compare: two columns, aligned passages in matching colours and numbered, substitutions marked inline, drift beside. */
import { useEffect, useState } from "preact/hooks";
import { type Json, post } from "../api";
import { Marked } from "../segments";

export function Compare({ a, b, textA }: { a: string; b: string; textA?: string }) {
  const [result, setResult] = useState<Json | undefined>();
  const [error, setError] = useState("");
  useEffect(() => {
    post("/api/compare", textA === undefined ? { a, b } : { textA, b })
      .then(setResult)
      .catch((e) => setError(String(e.message)));
  }, [a, b, textA]);
  if (error) return <p class="error">{error}</p>;
  if (!result) return <p>Comparing…</p>;
  const r = result.relation;
  const d = r.direction;
  const changes = (side: "a" | "b") =>
    r.passages.flatMap((p: Json) =>
      p.changes.map((c: Json) => ({ start: side === "a" ? c.aStart : c.bStart, end: side === "a" ? c.aEnd : c.bEnd, kind: c.kind, other: side === "a" ? c.b : c.a })),
    );
  const passages = (side: "a" | "b") => r.passages.map((p: Json) => p[side]);
  return (
    <section>
      <h1>
        {r.type} <span class="muted">coverage {Math.round(r.coverageA * 100)}% / {Math.round(r.coverageB * 100)}%, confidence {r.confidence.toFixed(2)}</span>
      </h1>
      {d && (
        <p class="direction">
          {d.decision === "a-original"
            ? "Left is the original."
            : d.decision === "b-original"
              ? "Right is the original."
              : d.decision === "siblings"
                ? "Siblings: both copy an original missing here."
                : `Direction undetermined: ${d.reason}`}
        </p>
      )}
      <p class="legend">
        <mark class="change synonym">synonym</mark> <mark class="change number-spelling">number</mark> <mark class="change name-variant">name</mark>{" "}
        <mark class="change other">other</mark> <mark class="change inflection">inflection</mark>
      </p>
      <div class="compare">
        <div class="column" aria-label="Left text">
          <h2>{textA === undefined ? <a href={`#/doc/${r.a}`}>{r.a.slice(0, 8)}</a> : "your text"}</h2>
          <div class="text">
            <Marked text={result.texts.a} passages={passages("a")} changes={changes("a")} />
          </div>
        </div>
        <div class="column" aria-label="Right text">
          <h2>
            <a href={`#/doc/${r.b}`}>{r.b.slice(0, 8)}</a>
          </h2>
          <div class="text">
            <Marked text={result.texts.b} passages={passages("b")} changes={changes("b")} />
          </div>
        </div>
        <aside class="drift" aria-label="Fact drift">
          <h2>Fact drift</h2>
          {result.drift.length === 0 && <p class="muted">none</p>}
          <ul>
            {result.drift.map((x: Json, i: number) => (
              <li key={i}>
                <strong>{x.kind}</strong> {x.change}: {x.a?.text ?? "—"} → {x.b?.text ?? "—"}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </section>
  );
}
