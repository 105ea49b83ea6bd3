/** The unspun web UI: hash routes over the API, every text rendered as text. */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { isReport } from "./api";
import "./styles.css";
import { Check } from "./views/Check";
import { Compare } from "./views/Compare";
import { Corpus } from "./views/Corpus";
import { DocumentView } from "./views/Document";
import { StoryView } from "./views/Story";

function route(): string[] {
  return location.hash.replace(/^#\/?/, "").split("/").map(decodeURIComponent);
}

function App() {
  const [path, setPath] = useState(route());
  useEffect(() => {
    const onHash = () => setPath(route());
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);
  const [view, a = "", b = ""] = path;
  return (
    <>
      <header>
        <a class="brand" href="#/">
          unspun
        </a>
        <nav aria-label="Views">
          {!isReport && <a href="#/">Corpus</a>}
          {!isReport && <a href="#/check">Check a text</a>}
        </nav>
      </header>
      <main>
        {view === "doc" ? (
          <DocumentView id={a} />
        ) : view === "compare" ? (
          <Compare a={a} b={b} />
        ) : view === "story" ? (
          <StoryView id={a} />
        ) : view === "check" ? (
          <Check />
        ) : (
          <Corpus />
        )}
      </main>
    </>
  );
}

render(<App />, document.getElementById("app") as HTMLElement);
