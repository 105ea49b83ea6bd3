/** The unspun web UI: hash routes over the API, every text rendered as text. */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { isReport } from "./api";
import { fromParams } from "./listing";
import "./styles.css";
import { Check } from "./views/Check";
import { Compare } from "./views/Compare";
import { Corpus } from "./views/Corpus";
import { DocumentView } from "./views/Document";
import { StoryView } from "./views/Story";
import { Summary } from "./views/Summary";

/** `#/view/a/b?params`: the path's parts and the parameters. */
function route(): { path: string[]; params: URLSearchParams } {
  const hash = location.hash.replace(/^#\/?/, "");
  const at = hash.indexOf("?");
  const path = (at < 0 ? hash : hash.slice(0, at)).split("/").map(decodeURIComponent);
  return { path, params: new URLSearchParams(at < 0 ? "" : hash.slice(at + 1)) };
}

function App() {
  const [where, setWhere] = useState(route());
  useEffect(() => {
    const onHash = () => setWhere(route());
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);
  const [view = "", a = "", b = ""] = where.path;
  // A report opens on what was found; the served UI on the documents.
  const home = isReport ? "summary" : "documents";
  const shown = view === "" ? home : view;
  return (
    <>
      <header>
        <a class="brand" href="#/">
          unspun
        </a>
        <nav aria-label="Views">
          <a href="#/summary" aria-current={shown === "summary" ? "page" : undefined}>
            Summary
          </a>
          <a href="#/documents" aria-current={shown === "documents" ? "page" : undefined}>
            Documents
          </a>
          {!isReport && (
            <a href="#/check" aria-current={shown === "check" ? "page" : undefined}>
              Check a text
            </a>
          )}
        </nav>
      </header>
      <main>
        {shown === "doc" ? (
          <DocumentView id={a} />
        ) : shown === "compare" ? (
          <Compare a={a} b={b} />
        ) : shown === "story" ? (
          <StoryView id={a} />
        ) : shown === "check" ? (
          <Check />
        ) : shown === "summary" ? (
          <Summary />
        ) : (
          // Keyed by the address's query, so a link to other filters starts afresh.
          <Corpus key={where.params.toString()} initial={fromParams(where.params)} />
        )}
      </main>
    </>
  );
}

render(<App />, document.getElementById("app") as HTMLElement);
