/**
 * Undoing a spin with the source in hand: every word choice the aligned copy
 * changed is put back as the source had it. Spelling changes (inflections,
 * numbers, name variants) are listed but kept, since they change no meaning.
 */
import type { Change, RelationReport } from "../match/index.js";
import { englishOnly, mergeNotes, type Note } from "../text/index.js";

export interface Restoration {
  /** Offsets into the copy's text. */
  start: number;
  end: number;
  copy: string;
  source: string;
  kind: Change["kind"];
}

export interface Despun {
  /** The copy with each substitution restored. */
  text: string;
  restorations: Restoration[];
  /**
   * The comparison's notes, and an `english-only` note (feature `despin`)
   * for each other language: restoring from the source works in any
   * language, but the lexicon learned from copies keeps English words only.
   */
  notes: Note[];
}

const RESTORED = new Set<Change["kind"]>(["synonym", "other"]);

/**
 * `report` compares the source (side a) with the copy (side b); `copyText`
 * is the text the report's b offsets index.
 */
export function despin(report: RelationReport, copyText: string): Despun {
  const restorations = report.passages
    .flatMap((p) => p.changes)
    .map((c): Restoration => ({ start: c.bStart, end: c.bEnd, copy: c.b, source: c.a, kind: c.kind }))
    .sort((x, y) => x.start - y.start);
  let text = "";
  let at = 0;
  for (const r of restorations) {
    if (!RESTORED.has(r.kind) || r.start < at) continue;
    text += copyText.slice(at, r.start) + r.source;
    at = r.end;
  }
  const languages = new Set((report.notes ?? []).map((n) => n.language));
  const notes = mergeNotes(
    report.notes,
    [...languages].map((l) => englishOnly("despin", l)),
  );
  return { text: text + copyText.slice(at), restorations, notes };
}
