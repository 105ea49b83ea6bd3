/**
 * Corpus: the documents, searched, filtered, sorted and paged by the server
 * over the whole corpus (or, in a report, over the documents it holds); the
 * query is kept in the address, so a view can be linked to and reloaded.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { get, type Json, shortOrigin } from "../api";
import { DateText } from "../dates";
import { fetchListing, type ListingPage, type ListingQuery, type Sort, toParams } from "../listing";

/** Milliseconds the search waits for typing to pause before asking. */
const DEBOUNCE_MS = 250;
const COLUMNS: Array<{ sort: Sort; label: string; first: "asc" | "desc" }> = [
  { sort: "title", label: "Document", first: "asc" },
  { sort: "site", label: "Site", first: "asc" },
  { sort: "date", label: "Date", first: "desc" },
  { sort: "words", label: "Words", first: "desc" },
  { sort: "spin", label: "Spin", first: "desc" },
  { sort: "copies", label: "Copies", first: "desc" },
];
const number = (n: number) => n.toLocaleString("en");

export function Corpus({ initial }: { initial: ListingQuery }) {
  const [query, setQuery] = useState<ListingQuery>(initial);
  const [typed, setTyped] = useState(initial.q);
  // The page shown, with the query it answers (on the table as data-shown, so a test can wait for an answer).
  const [page, setPage] = useState<(ListingPage & { shown: string }) | undefined>();
  const [stories, setStories] = useState<Json[]>([]);
  const [error, setError] = useState("");
  const asked = useRef(0);

  // Typing waits for a pause, then searches from the first page.
  useEffect(() => {
    if (typed === query.q) return;
    const timer = setTimeout(() => setQuery((q) => ({ ...q, q: typed, offset: 0 })), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    const n = ++asked.current;
    const params = toParams(query).toString();
    fetchListing(query)
      .then((p) => {
        // An answer to an older query than the latest is dropped.
        if (n === asked.current) {
          setPage({ ...p, shown: params });
          setError("");
        }
      })
      .catch((e) => n === asked.current && setError(String(e.message)));
    try {
      history.replaceState(null, "", `#/documents${params ? `?${params}` : ""}`);
    } catch {
      // A page that may not rewrite its address (some file: URLs) keeps the old one.
    }
  }, [query]);

  useEffect(() => {
    get("/api/stories")
      .then((r) => setStories(r.stories))
      .catch(() => {});
  }, []);

  const change = (patch: Partial<ListingQuery>) => setQuery((q) => ({ ...q, offset: 0, ...patch }));
  const sortBy = (column: (typeof COLUMNS)[number]) =>
    change(
      query.sort === column.sort
        ? { order: query.order === "asc" ? "desc" : "asc" }
        : { sort: column.sort, order: column.first },
    );
  const from = page && page.total > 0 ? query.offset + 1 : 0;
  const to = page ? Math.min(query.offset + page.documents.length, page.total) : 0;
  const pages = page ? Math.max(1, Math.ceil(page.total / query.limit)) : 1;
  const current = Math.floor(query.offset / query.limit) + 1;
  const filtered = query.q.trim() !== "" || query.spin !== "" || query.copies;
  const goTo = (n: number) => setQuery((q) => ({ ...q, offset: (Math.min(Math.max(n, 1), pages) - 1) * q.limit }));

  return (
    <section>
      <h1>Documents</h1>
      <div class="filters" role="search">
        <label>
          Search{" "}
          <input
            type="search"
            value={typed}
            onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
            placeholder="title, site, file"
            aria-describedby="listing-count"
          />
        </label>
        <label>
          Spin{" "}
          <select value={query.spin} onChange={(e) => change({ spin: (e.target as HTMLSelectElement).value })}>
            <option value="">any</option>
            <option value="spun">spun</option>
            <option value="uncertain">uncertain</option>
            <option value="clean">clean</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={query.copies} onChange={(e) => change({ copies: (e.target as HTMLInputElement).checked })} /> with copies
        </label>
      </div>
      {error && <p class="error">{error}</p>}
      <p class="muted count" id="listing-count" aria-live="polite">
        {page
          ? page.total === 0
            ? `No documents match (${number(page.corpus)} in the corpus)`
            : `${number(from)}–${number(to)} of ${number(page.total)} ${filtered ? `matching (${number(page.corpus)} in the corpus)` : "documents"}`
          : "Loading…"}
      </p>
      <table class="listing" data-shown={page?.shown}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.sort}
                scope="col"
                aria-sort={query.sort === c.sort ? (query.order === "asc" ? "ascending" : "descending") : "none"}
                class={c.sort === "words" || c.sort === "copies" ? "num" : ""}
              >
                <button type="button" class="sort" data-sort={c.sort} onClick={() => sortBy(c)}>
                  {c.label}
                  <span class="arrow" aria-hidden="true">
                    {query.sort === c.sort ? (query.order === "asc" ? " ▲" : " ▼") : ""}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page?.documents.map((d) => (
            <tr key={d.id}>
              <td>
                <a href={`#/doc/${d.id}`}>{d.title ?? shortOrigin(d.origin)}</a>
                {d.title && <div class="muted origin">{shortOrigin(d.origin)}</div>}
              </td>
              <td>{d.site ?? "—"}</td>
              <td>
                <DateText value={d.date} confidence={d.dateConfidence} />
              </td>
              <td class="num">{number(d.words)}</td>
              <td>{d.spin ? <span class={`verdict ${d.spin}`}>{d.spin}</span> : <span class="muted">—</span>}</td>
              <td class="num">{d.copies}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {page && pages > 1 && (
        <nav class="pager" aria-label="Pages">
          <button type="button" onClick={() => goTo(1)} disabled={current === 1}>
            « First
          </button>
          <button type="button" class="prev" onClick={() => goTo(current - 1)} disabled={current === 1}>
            ‹ Previous
          </button>
          <span class="page-of">
            Page {number(current)} of {number(pages)}
          </span>
          <button type="button" class="next" onClick={() => goTo(current + 1)} disabled={current === pages}>
            Next ›
          </button>
          <button type="button" onClick={() => goTo(pages)} disabled={current === pages}>
            Last »
          </button>
        </nav>
      )}
      <h2>Stories</h2>
      <ul class="stories">
        {stories.slice(0, 20).map((s) => (
          <li key={s.id}>
            <a href={`#/story/${encodeURIComponent(s.id)}`}>{s.label || s.id}</a> <span class="muted">{s.members.length} document(s)</span>
          </li>
        ))}
      </ul>
      {stories.length > 20 && <p class="muted">and {number(stories.length - 20)} more stories</p>}
    </section>
  );
}
