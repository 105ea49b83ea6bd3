/** Corpus: every document with its site, date, spin verdict and copy count; search and filters. */
import { useEffect, useState } from "preact/hooks";
import { get, type Json, shortOrigin } from "../api";

export function Corpus() {
  const [docs, setDocs] = useState<Json[] | undefined>();
  const [stories, setStories] = useState<Json[]>([]);
  const [error, setError] = useState("");
  const [query, setQuery] = useState("");
  const [verdict, setVerdict] = useState("");
  const [copiesOnly, setCopiesOnly] = useState(false);
  useEffect(() => {
    get("/api/documents?limit=200&details=true")
      .then((r) => setDocs(r.documents))
      .catch((e) => setError(String(e.message)));
    get("/api/stories")
      .then((r) => setStories(r.stories))
      .catch(() => {});
  }, []);
  if (error) return <p class="error">{error}</p>;
  if (!docs) return <p>Loading…</p>;
  const q = query.toLowerCase();
  const shown = docs.filter(
    (d) =>
      (!q || `${d.title ?? ""} ${d.site ?? ""} ${d.origin}`.toLowerCase().includes(q)) &&
      (!verdict || d.spin === verdict) &&
      (!copiesOnly || d.copies > 0),
  );
  return (
    <section>
      <h1>Corpus</h1>
      <div class="filters">
        <label>
          Search <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} placeholder="title, site, file" />
        </label>
        <label>
          Spin{" "}
          <select value={verdict} onChange={(e) => setVerdict((e.target as HTMLSelectElement).value)}>
            <option value="">any</option>
            <option value="spun">spun</option>
            <option value="uncertain">uncertain</option>
            <option value="clean">clean</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={copiesOnly} onChange={(e) => setCopiesOnly((e.target as HTMLInputElement).checked)} /> with copies
        </label>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Site</th>
            <th scope="col">Date</th>
            <th scope="col">Spin</th>
            <th scope="col">Copies</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => (
            <tr key={d.id}>
              <td>
                <a href={`#/doc/${d.id}`}>{d.title ?? shortOrigin(d.origin)}</a>
              </td>
              <td>{d.site ?? "—"}</td>
              <td>{d.date ?? "—"}</td>
              <td>
                <span class={`verdict ${d.spin}`}>{d.spin}</span>
              </td>
              <td>{d.copies}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">
        {shown.length} of {docs.length} documents
      </p>
      <h2>Stories</h2>
      <ul class="stories">
        {stories.map((s) => (
          <li key={s.id}>
            <a href={`#/story/${encodeURIComponent(s.id)}`}>{s.label || s.id}</a> <span class="muted">{s.members.length} document(s)</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
