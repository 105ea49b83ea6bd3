/**
 * A store's relations and copy families, page by page, for `unspun export`:
 * relations are read a page of documents at a time (each relation once, from
 * the document it is stored under), families a page at a time
 * (`Corpus.familiesPage`), so a large store is never loaded whole.
 */
import type { Corpus } from "../corpus/index.js";
import { Names } from "../json/index.js";
import type { DocRefJson } from "../json/schema.js";
import type { RelationReport } from "../match/index.js";
import { csvRow } from "./csv.js";

const PAGE = 500;

/** One page of relations, with names for every document they mention. */
export interface RelationExport {
  relations: RelationReport[];
  names: Names;
}

/**
 * Every stored relation (unrelated pairs left out), and each document read
 * from several origins as a duplicate of itself, in the store's listing order.
 */
export async function* exportRelations(corpus: Corpus, pageSize = PAGE): AsyncGenerator<RelationExport> {
  for (let offset = 0; ; offset += pageSize) {
    const docs = await corpus.list({ limit: pageSize, offset });
    if (docs.length === 0) return;
    const relations: RelationReport[] = [];
    // A pair is stored once, under its smaller id as `a`: read from that side only.
    for (const d of docs) for (const r of await corpus.relationsOf(d.id)) if (r.a === d.id) relations.push(r);
    const names = await Names.of(
      corpus,
      relations.flatMap((r) => [r.a, r.b]),
    );
    if (relations.length > 0) yield { relations, names };
    if (docs.length < pageSize) return;
  }
}

export const relationCsvHeader = csvRow([
  "a_id",
  "a_origin",
  "a_title",
  "b_id",
  "b_origin",
  "b_title",
  "type",
  "coverage_a",
  "coverage_b",
  "confidence",
  "direction",
  "original_id",
]);

export function relationCsvRow(r: RelationReport, names: Names): string {
  const [a, b] = [names.ref(r.a), names.ref(r.b)];
  const d = r.direction?.decision;
  const original = d === "a-original" ? r.a : d === "b-original" ? r.b : null;
  return csvRow([a.id, a.origin, a.title, b.id, b.origin, b.title, r.type, r.coverageA, r.coverageB, r.confidence, d ?? null, original]);
}

/** A copy family as a cluster: its first member's id names it; the representative is the family's original, else its longest member. */
export interface ClusterExport {
  cluster: string;
  size: number;
  representative: DocRefJson;
  members: DocRefJson[];
  /** The members copy an original that is not in the corpus. */
  missingOriginal: boolean;
}

/** Every copy family, a page at a time. */
export async function* exportClusters(corpus: Corpus, pageSize = PAGE): AsyncGenerator<ClusterExport[]> {
  for (let offset = 0; ; offset += pageSize) {
    const { total, families } = await corpus.familiesPage({ offset, limit: pageSize });
    if (families.length === 0) return;
    const ids = families.flatMap((f) => f.members);
    const summaries = new Map((await corpus.list({ ids, limit: ids.length })).map((s) => [s.id, s]));
    const names = new Names();
    for (const s of summaries.values()) names.addSummary(s);
    yield families.map((f) => {
      const words = (id: string) => summaries.get(id)?.words ?? 0;
      const longest = [...f.members].sort((x, y) => words(y) - words(x) || (x < y ? -1 : 1))[0] as string;
      const representative = f.members.includes(f.root) ? f.root : longest;
      return {
        cluster: f.members[0] as string,
        size: f.members.length,
        representative: names.ref(representative),
        members: f.members.map((m) => names.ref(m)),
        missingOriginal: f.root.startsWith("missing:"),
      };
    });
    if (offset + pageSize >= total) return;
  }
}

export const clusterCsvHeader = csvRow(["cluster", "size", "id", "origin", "title", "representative"]);

/** One row per member. */
export function clusterCsvRows(c: ClusterExport): string {
  return c.members.map((m) => csvRow([c.cluster, c.size, m.id, m.origin, m.title, m.id === c.representative.id])).join("");
}
