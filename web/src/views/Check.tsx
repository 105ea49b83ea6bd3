/** Check: paste a text or pick a file, and see which documents of the corpus it comes from or shares a story with. */
import { useState } from "preact/hooks";
import { type Json, post } from "../api";
import { Compare } from "./Compare";

export function Check() {
  const [text, setText] = useState("");
  const [relations, setRelations] = useState<Json[] | undefined>();
  const [open, setOpen] = useState<string | undefined>();
  const [error, setError] = useState("");
  const run = () => {
    setError("");
    setOpen(undefined);
    post("/api/find", { text })
      .then((r) => setRelations(r.relations))
      .catch((e) => setError(String(e.message)));
  };
  const readFile = async (file: File | undefined) => setText(file ? await file.text() : "");
  return (
    <section>
      <h1>Check a text</h1>
      <label for="check-text">Paste a text, or choose a file</label>
      <textarea id="check-text" rows={10} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div class="filters">
        <input type="file" accept=".txt,.html,.htm,.md" aria-label="Choose a file" onChange={(e) => readFile((e.target as HTMLInputElement).files?.[0])} />
        <button type="button" onClick={run} disabled={!text.trim()}>
          Where is this from?
        </button>
      </div>
      {error && <p class="error">{error}</p>}
      {relations && relations.length === 0 && <p>No related documents in the corpus.</p>}
      {relations && (
        <ul>
          {relations.map((r) => {
            const other = r.b;
            if (r.a === r.b)
              return (
                <li key={`${r.a}${r.b}`}>
                  <strong>Identical to</strong> <a href={`#/doc/${other}`}>{other.slice(0, 8)}</a>{" "}
                  <span class="muted">stored from {(r.origins ?? []).join(", ")}</span>
                </li>
              );
            return (
              <li key={`${r.a}${r.b}`}>
                <button type="button" class="link" onClick={() => setOpen(other)}>
                  {r.type}
                </button>{" "}
                with <a href={`#/doc/${other}`}>{other.slice(0, 8)}</a>{" "}
                <span class="muted">
                  coverage {Math.round(r.coverageA * 100)}%/{Math.round(r.coverageB * 100)}%
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {open && <Compare a="" b={open} textA={text} />}
    </section>
  );
}
