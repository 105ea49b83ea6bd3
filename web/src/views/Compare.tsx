/**
 * Compare: two columns, each headed by its document's title, site and date
 * and, where the direction is decided, an "Original" or "Copy" badge with the
 * evidence in words; aligned passages in matching colours and numbered,
 * substitutions marked inline, drift beside.
 */
import { useEffect, useState } from "preact/hooks";
import { get, type Json, post, shortOrigin } from "../api";
import { DateText } from "../dates";
import { type Badge, readDirection } from "../direction";
import { Marked } from "../segments";

const ROLE: Record<Badge["role"], string> = { original: "Original", copy: "Copy", sibling: "Sibling copy" };

function Head({ id, doc, badge, side }: { id: string | undefined; doc: Json | null; badge: Badge | undefined; side: string }) {
  const a = doc?.article;
  return (
    <div class="side-head">
      <h2>
        {id === undefined ? "Your text" : <a href={`#/doc/${id}`}>{a ? (a.title ?? shortOrigin(a.origin)) : id.slice(0, 8)}</a>}
      </h2>
      {a && (
        <p class="meta">
          {a.site ?? shortOrigin(a.origin)} · <DateText value={a.date?.value} confidence={a.date?.confidence} source={a.date?.source} note={a.date?.note} />
        </p>
      )}
      {badge && (
        <div class={`badge-line ${badge.role}`} data-side={side}>
          <span class={`badge ${badge.role}`}>{ROLE[badge.role]}</span>
          {badge.because.length > 0 && <span class="because">{badge.because.join("; ")}</span>}
        </div>
      )}
    </div>
  );
}

export function Compare({ a, b, textA }: { a: string; b: string; textA?: string }) {
  const [result, setResult] = useState<Json | undefined>();
  // Each side's document once read (null when it cannot be: the header keeps the id).
  const [docs, setDocs] = useState<{ a?: Json | null; b?: Json | null }>({});
  const [error, setError] = useState("");
  useEffect(() => {
    post("/api/compare", textA === undefined ? { a, b } : { textA, b })
      .then(setResult)
      .catch((e) => setError(String(e.message)));
    // The headers' titles, sites and dates; a side that cannot be read keeps its id.
    setDocs(textA === undefined ? {} : { a: null });
    for (const [side, id] of textA === undefined ? ([["a", a], ["b", b]] as const) : ([["b", b]] as const))
      get(`/api/documents/${encodeURIComponent(id)}`)
        .then((d) => setDocs((x) => ({ ...x, [side]: d })))
        .catch(() => setDocs((x) => ({ ...x, [side]: null })));
  }, [a, b, textA]);
  if (error) return <p class="error">{error}</p>;
  if (!result || docs.a === undefined || docs.b === undefined) return <p>Comparing…</p>;
  const r = result.relation;
  const reading = readDirection(r.direction);
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
      {reading.undetermined && (
        <p class="direction undetermined">
          <strong>Who copied whom is undetermined:</strong> {reading.undetermined}
        </p>
      )}
      {reading.against.length > 0 && <p class="direction against muted">Against it: {reading.against.join("; ")}.</p>}
      <p class="legend">
        <mark class="change synonym">synonym</mark> <mark class="change number-spelling">number</mark> <mark class="change name-variant">name</mark>{" "}
        <mark class="change other">other</mark> <mark class="change inflection">inflection</mark>
      </p>
      <div class="compare">
        <div class="column" aria-label="Left text">
          <Head id={textA === undefined ? r.a : undefined} doc={docs.a} badge={reading.a} side="left" />
          <div class="text">
            <Marked text={result.texts.a} passages={passages("a")} changes={changes("a")} />
          </div>
        </div>
        <div class="column" aria-label="Right text">
          <Head id={r.b} doc={docs.b} badge={reading.b} side="right" />
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
