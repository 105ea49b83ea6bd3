/** The article object of a page's JSON-LD, flattened across `@graph` and arrays. */

export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  dateCreated?: string;
  dateModified?: string;
  authors: string[];
  publisher?: string;
}

const ARTICLE_TYPES = /Article|Posting|Report|NewsArticle|BlogPosting|WebPage/i;

export function readJsonLd(scripts: readonly string[]): JsonLdArticle {
  const found: JsonLdArticle = { authors: [] };
  const nodes: Record<string, unknown>[] = [];
  for (const source of scripts) {
    try {
      collect(JSON.parse(source), nodes, 0);
    } catch {
      // Broken JSON-LD is common on the web and says nothing about the article.
    }
  }
  nodes.sort((a, b) => rank(a) - rank(b));
  for (const node of nodes) {
    found.headline ??= str(node.headline);
    found.datePublished ??= str(node.datePublished);
    found.dateCreated ??= str(node.dateCreated);
    found.dateModified ??= str(node.dateModified);
    found.publisher ??= name(node.publisher);
    if (found.authors.length === 0) found.authors = names(node.author);
  }
  return found;
}

/** Article-typed nodes first, pages after, everything else last. */
function rank(node: Record<string, unknown>): number {
  const type = String(node["@type"] ?? "");
  return /Article|Posting|Report/i.test(type) ? 0 : ARTICLE_TYPES.test(type) ? 1 : 2;
}

/** Depth-limited so that hostile, deeply nested JSON cannot exhaust the stack. */
function collect(value: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 8 || typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  out.push(node);
  if (node["@graph"]) collect(node["@graph"], out, depth + 1);
  if (node.mainEntity) collect(node.mainEntity, out, depth + 1);
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

function name(v: unknown): string | undefined {
  if (typeof v === "string") return str(v);
  if (Array.isArray(v)) return name(v[0]);
  if (typeof v === "object" && v !== null) return str((v as Record<string, unknown>).name);
  return undefined;
}

function names(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.map(name).filter((n): n is string => n !== undefined);
}
