/**
 * Copy families: documents connected by copy relations, each with a
 * provenance tree. Decided relations point from the original to the copy;
 * siblings hang under a missing original; undetermined relations are kept as
 * edges without a side. The root is the missing original when there is one,
 * else the one document no decided edge points to, else undetermined.
 */
import { COPY_TYPES } from "../judge/index.js";
import type { RelationReport } from "../match/index.js";
import type { DirectionEvidence } from "./types.js";

export interface FamilyEdge {
  from: string;
  to: string;
  type: string;
  /** `decided` points original → copy; `siblings` comes from a missing original; `undetermined` has no side. */
  direction: "decided" | "siblings" | "undetermined";
  confidence: number;
  evidence: DirectionEvidence[];
  reason?: string;
}

export interface Family {
  /** A document id, `missing:<n>` for an original not in the corpus, or `undetermined`. */
  root: string;
  members: string[];
  edges: FamilyEdge[];
}

export function copyFamilies(relations: readonly RelationReport[]): Family[] {
  // A document identical at several origins is one text, not a lineage.
  const copies = relations.filter((r) => COPY_TYPES.has(r.type) && r.a !== r.b);
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(x, root);
    return root;
  };
  for (const r of copies) {
    for (const id of [r.a, r.b]) if (!parent.has(id)) parent.set(id, id);
    parent.set(find(r.a), find(r.b));
  }
  const groups = new Map<string, RelationReport[]>();
  for (const r of copies) {
    const key = find(r.a);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  let missing = 0;
  return [...groups.values()].map((rs) => {
    const members = [...new Set(rs.flatMap((r) => [r.a, r.b]))].sort();
    const edges: FamilyEdge[] = [];
    // Siblings connected through sibling edges share one missing original.
    const missingOf = new Map<string, string>();
    for (const r of rs) {
      const d = r.direction;
      const base = { type: r.type, confidence: d?.confidence ?? 0, evidence: d?.evidence ?? [] };
      if (d?.decision === "a-original") edges.push({ ...base, from: r.a, to: r.b, direction: "decided" });
      else if (d?.decision === "b-original") edges.push({ ...base, from: r.b, to: r.a, direction: "decided" });
      else if (d?.decision === "siblings") {
        const node = missingOf.get(r.a) ?? missingOf.get(r.b) ?? `missing:${++missing}`;
        for (const id of [r.a, r.b]) {
          if (missingOf.has(id)) continue;
          missingOf.set(id, node);
          edges.push({ ...base, from: node, to: id, direction: "siblings" });
        }
      } else edges.push({ ...base, from: r.a, to: r.b, direction: "undetermined", reason: d?.reason ?? "no direction" });
    }
    const missingNodes = [...new Set(missingOf.values())];
    const pointedTo = new Set(edges.filter((e) => e.direction !== "undetermined").map((e) => e.to));
    const roots = members.filter((m) => !pointedTo.has(m));
    const root = missingNodes[0] ?? (roots.length === 1 ? (roots[0] as string) : "undetermined");
    return { root, members, edges };
  });
}
