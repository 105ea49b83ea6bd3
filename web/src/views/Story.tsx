/** Story: members on a timeline, and each family's provenance tree, a missing original shown as a ghost node. */
import { useEffect, useState } from "preact/hooks";
import { get, type Json, shortOrigin } from "../api";

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
  const title = (docId: string) => {
    const d = story.documents.find((x: Json) => x.id === docId);
    return d ? (d.title ?? shortOrigin(d.origin)) : docId;
  };
  return (
    <section>
      <h1>{story.story.label || story.story.id}</h1>
      <h2>Timeline</h2>
      <ol class="timeline">
        {docs.map((d) => (
          <li key={d.id}>
            <span class="when">{d.date ?? "undated"}</span> <a href={`#/doc/${d.id}`}>{d.title ?? shortOrigin(d.origin)}</a>{" "}
            <span class="muted">{d.site ?? ""}</span>
          </li>
        ))}
      </ol>
      <h2>Provenance</h2>
      {story.families.length === 0 && <p class="muted">No copies among these documents.</p>}
      {story.families.map((f: Json) => (
        <div class="family" key={f.root}>
          <div class={`node ${f.root.startsWith("missing:") ? "ghost" : ""}`}>
            {f.root.startsWith("missing:") ? "missing original" : f.root === "undetermined" ? "root undetermined" : title(f.root)}
          </div>
          <ul>
            {f.edges.map((e: Json, i: number) => (
              <li key={i}>
                <span class="edge">{e.direction === "undetermined" ? "—" : "→"}</span>{" "}
                <a href={`#/compare/${e.from.startsWith("missing:") ? e.to : e.from}/${e.to}`}>
                  {e.from.startsWith("missing:") ? title(e.to) : `${title(e.from)} → ${title(e.to)}`}
                </a>{" "}
                <span class="muted">
                  {e.type}, {e.direction}
                  {e.reason ? `: ${e.reason}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
