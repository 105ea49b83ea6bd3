/** Document: the clean text with spin spans highlighted (suggestion on hover), boilerplate collapsed, relations. */
import { useEffect, useState } from "preact/hooks";
import { get, type Json, shortOrigin } from "../api";
import { DateText } from "../dates";

export function DocumentView({ id }: { id: string }) {
  const [doc, setDoc] = useState<Json | undefined>();
  const [relations, setRelations] = useState<Json[]>([]);
  const [error, setError] = useState("");
  useEffect(() => {
    get(`/api/documents/${encodeURIComponent(id)}`)
      .then(setDoc)
      .catch((e) => setError(String(e.message)));
    get(`/api/documents/${encodeURIComponent(id)}/relations`)
      .then((r) => setRelations(r.relations))
      .catch(() => {});
  }, [id]);
  if (error) return <p class="error">{error}</p>;
  if (!doc) return <p>Loading…</p>;
  const a = doc.article;
  const text: string = a.text;
  // Spin span offsets index the clean text.
  const spans: Json[] = [...doc.spin.spans].sort((x: Json, y: Json) => x.start - y.start);
  const parts: preact.JSX.Element[] = [];
  let at = 0;
  for (const [i, s] of spans.entries()) {
    if (s.start < at) continue;
    parts.push(<>{text.slice(at, s.start)}</>);
    parts.push(
      <mark key={i} class={`spin ${s.kind}`} title={`${s.kind}: ${s.suggestion}`} tabIndex={0} aria-label={`${s.text}, ${s.kind}, suggested ${s.suggestion}`}>
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  parts.push(<>{text.slice(at)}</>);
  return (
    <article>
      <h1>{a.title ?? shortOrigin(a.origin)}</h1>
      <p class="meta">
        {[a.site, a.byline, a.wireCredit].filter(Boolean).join(" · ")}
        {a.site || a.byline || a.wireCredit ? " · " : ""}
        <DateText value={a.date?.value} confidence={a.date?.confidence} source={a.date?.source} note={a.date?.note} /> · spin{" "}
        <span class={`verdict ${doc.spin.verdict}`}>{doc.spin.verdict}</span> ({doc.spin.score.toFixed(2)})
      </p>
      <div class="text">{parts}</div>
      {a.boilerplate.length > 0 && (
        <details>
          <summary>Removed boilerplate ({a.boilerplate.length})</summary>
          <ul>
            {a.boilerplate.map((b: Json, i: number) => (
              <li key={i}>
                <span class="muted">{b.reason}:</span> {b.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      <h2>Relations</h2>
      <ul>
        {relations.map((r) => {
          const other = r.a === a.id ? r.b : r.a;
          return (
            <li key={other}>
              <a href={`#/compare/${r.a}/${r.b}`}>{r.type}</a> with <a href={`#/doc/${other}`}>{other.slice(0, 8)}</a>{" "}
              <span class="muted">
                coverage {Math.round(r.coverageA * 100)}%/{Math.round(r.coverageB * 100)}%
              </span>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
