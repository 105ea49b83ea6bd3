/**
 * PAN plagdet (Potthast, Stein, Barrón-Cedeño & Rosso, COLING 2010), exactly:
 * cases and detections are character ranges in a suspicious and a source
 * document; precision and recall are macro-averaged over detections and cases
 * on characters of both documents; granularity is the mean number of
 * detections per detected case; plagdet = F1 / log2(1 + granularity).
 */
export interface Annotation {
  /** The document pair, e.g. "susp-00001 src-00294". */
  pair: string;
  suspStart: number;
  suspEnd: number;
  srcStart: number;
  srcEnd: number;
}

export interface PlagdetScores {
  precision: number;
  recall: number;
  granularity: number;
  plagdet: number;
  cases: number;
  detections: number;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** r detects s: same pair, and they overlap in both documents. */
function detects(r: Annotation, s: Annotation): boolean {
  return (
    r.pair === s.pair &&
    overlap(r.suspStart, r.suspEnd, s.suspStart, s.suspEnd) > 0 &&
    overlap(r.srcStart, r.srcEnd, s.srcStart, s.srcEnd) > 0
  );
}

/** |⋃ (x ⊓ y)| over the partners y of x, counted on characters of both documents. */
function coveredChars(x: Annotation, partners: readonly Annotation[]): number {
  const union = (ranges: Array<[number, number]>) => {
    ranges.sort((p, q) => p[0] - q[0]);
    let total = 0;
    let end = Number.NEGATIVE_INFINITY;
    for (const [s, e] of ranges) {
      if (e <= end) continue;
      total += e - Math.max(s, end);
      end = e;
    }
    return total;
  };
  const susp: Array<[number, number]> = [];
  const src: Array<[number, number]> = [];
  for (const y of partners) {
    susp.push([Math.max(x.suspStart, y.suspStart), Math.min(x.suspEnd, y.suspEnd)]);
    src.push([Math.max(x.srcStart, y.srcStart), Math.min(x.srcEnd, y.srcEnd)]);
  }
  return union(susp.filter(([s, e]) => e > s)) + union(src.filter(([s, e]) => e > s));
}

const length = (a: Annotation) => a.suspEnd - a.suspStart + (a.srcEnd - a.srcStart);

export function plagdet(cases: readonly Annotation[], detections: readonly Annotation[]): PlagdetScores {
  const byPair = (list: readonly Annotation[]) => {
    const m = new Map<string, Annotation[]>();
    for (const a of list) (m.get(a.pair) ?? m.set(a.pair, []).get(a.pair))?.push(a);
    return m;
  };
  const casesByPair = byPair(cases);
  const detByPair = byPair(detections);
  let precisionSum = 0;
  for (const r of detections) {
    const partners = (casesByPair.get(r.pair) ?? []).filter((s) => detects(r, s));
    precisionSum += partners.length > 0 ? coveredChars(r, partners) / length(r) : 0;
  }
  let recallSum = 0;
  let detected = 0;
  let granularitySum = 0;
  for (const s of cases) {
    const partners = (detByPair.get(s.pair) ?? []).filter((r) => detects(r, s));
    recallSum += partners.length > 0 ? coveredChars(s, partners) / length(s) : 0;
    if (partners.length > 0) {
      detected++;
      granularitySum += partners.length;
    }
  }
  const precision = detections.length > 0 ? precisionSum / detections.length : 0;
  const recall = cases.length > 0 ? recallSum / cases.length : 0;
  const granularity = detected > 0 ? granularitySum / detected : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, granularity, plagdet: f1 / Math.log2(1 + granularity), cases: cases.length, detections: detections.length };
}
