/** Summary: what the corpus (or the report) holds — documents, copies by type, families, spun texts, stories — with links into the listing. */
import { useEffect, useState } from "preact/hooks";
import { get, type Json } from "../api";

const COPY_ORDER = ["duplicate", "excerpt", "spun", "paraphrase"];
const WHAT: Record<string, string> = {
  duplicate: "the same text",
  excerpt: "one holds part of the other",
  spun: "reworded by a spinner",
  paraphrase: "rewritten, the same content",
  "same-story": "the same story in other words",
};
const number = (n: number) => n.toLocaleString("en");

export function Summary() {
  const [summary, setSummary] = useState<Json | undefined>();
  const [error, setError] = useState("");
  useEffect(() => {
    get("/api/summary")
      .then(setSummary)
      .catch((e) => setError(String(e.message)));
  }, []);
  if (error) return <p class="error">{error}</p>;
  if (!summary) return <p>Loading…</p>;
  const copies = COPY_ORDER.reduce((n, t) => n + (summary.copies[t] ?? 0), 0);
  const spun = summary.spin.spun ?? 0;
  const types = [...COPY_ORDER, "same-story"].filter((t) => (summary.relations[t] ?? 0) > 0);
  return (
    <section class="summary">
      <h1>What was found</h1>
      <ul class="cards">
        <li>
          <a href="#/documents">
            <strong data-figure="documents">{number(summary.documents)}</strong> documents
          </a>
        </li>
        <li>
          <a href="#/documents?copies=true">
            <strong data-figure="copies">{number(copies)}</strong> copy relations
          </a>
        </li>
        <li>
          <a href="#/documents?copies=true&sort=copies&order=desc">
            <strong data-figure="families">{number(summary.families)}</strong> copy families
          </a>
        </li>
        <li>
          <a href="#/documents?spin=spun&sort=spin&order=desc">
            <strong data-figure="spun">{number(spun)}</strong> spun texts
          </a>
        </li>
        <li>
          <strong data-figure="stories">{number(summary.stories)}</strong> stories
        </li>
      </ul>
      <div class="summary-grid">
        <div>
          <h2>Relations by type</h2>
          {types.length === 0 ? (
            <p class="muted">No two documents share text.</p>
          ) : (
            <table class="relation-types">
              <tbody>
                {types.map((t) => (
                  <tr key={t}>
                    <th scope="row">{t}</th>
                    <td class="num">{number(summary.relations[t])}</td>
                    <td class="muted">{WHAT[t] ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div>
          <h2>Spin</h2>
          <ul class="plain">
            {["spun", "uncertain", "clean"].map((v) => (
              <li key={v}>
                <a href={`#/documents?spin=${v}`}>
                  <span class={`verdict ${v}`}>{v}</span>
                </a>{" "}
                {number(summary.spin[v] ?? 0)}
              </li>
            ))}
            {summary.unjudged > 0 && <li class="muted">{number(summary.unjudged)} not judged yet</li>}
          </ul>
        </div>
      </div>
      <h2>Largest stories</h2>
      {summary.largestStories.length === 0 ? (
        <p class="muted">Every document is a story of its own.</p>
      ) : (
        <ul class="stories">
          {summary.largestStories.map((s: Json) => (
            <li key={s.id}>
              <a href={`#/story/${encodeURIComponent(s.id)}`}>{s.label || s.id}</a> <span class="muted">{number(s.members)} documents</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
