/** A date as the UI shows it everywhere: a low-confidence one (site chrome, a guess) marked "?" with the reason on hover. */
import { lowConfidenceDate } from "./api";

export function DateText({ value, confidence, source, note }: { value: string | undefined; confidence?: number; source?: string; note?: string }) {
  if (!value) return <span class="date none">undated</span>;
  const shown = value.slice(0, 10);
  if (!lowConfidenceDate(confidence, source)) return <span class="date">{shown}</span>;
  const why =
    note ??
    (source === "site-chrome"
      ? "printed in the site's masthead, not in the article"
      : `confidence ${(confidence ?? 0).toFixed(2)}: not trusted as the publication date`);
  return (
    <span class="date low" title={`Low-confidence date: ${why}`}>
      {shown}
      <abbr class="low-mark" title={`Low-confidence date: ${why}`} aria-label="low-confidence date">
        ?
      </abbr>
    </span>
  );
}
