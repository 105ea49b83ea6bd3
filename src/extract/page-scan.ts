/**
 * One linear pass over an HTML page, with no DOM: its elements (tag, parent,
 * class and id, and how much text and linked text each holds), its text
 * blocks (one per paragraph-level element, each knowing the element it sits
 * in), and what the head says about the page (meta tags, JSON-LD, title,
 * canonical link, language, time stamps). The main-content scorer and the
 * metadata readers work from this record; building a DOM costs several times
 * the pass, and the DOM is needed only where the scorer is unsure.
 *
 * The element stack follows HTML's tolerance: void elements never open, a
 * closing tag closes up to its nearest open match (a stray one is ignored),
 * and a new paragraph, list item or table cell closes the open one.
 */
import { decodeHTML } from "entities";

export interface PageElement {
  tag: string;
  /** Index of the enclosing element; -1 at the top. */
  parent: number;
  /** `class` and `id` (and `role`), lower-case, space-separated: what the page's own authors call it. */
  hints: string;
  /** Characters of text inside, descendants included (known once the element has closed). */
  textChars: number;
  /** Of those, characters inside links. */
  linkChars: number;
  /** Commas inside: running prose has them, menus and link lists do not. */
  commas: number;
  /** Marked not to be shown (`hidden`, `aria-hidden`, `display: none`): copies of the text for machines, or collapsed chrome. */
  hidden: boolean;
}

export interface PageBlock {
  text: string;
  /** The paragraph-level element that opened the block (`p`, `h1`, `li` …); absent for loose text. */
  tag?: string;
  /** The innermost paragraph-level (or structural) element the block sits in. */
  element: number;
  linkChars: number;
}

export interface PageHead {
  /** Meta tags by lower-case `property`, `name`, `itemprop` or `http-equiv`: the first value of each. */
  metas: Map<string, string>;
  /** The text of each `application/ld+json` script. */
  jsonLd: string[];
  title: string | undefined;
  canonical: string | undefined;
  lang: string | undefined;
  /** `<time>` elements and elements marked `itemprop="datePublished"`: their machine value and hints. */
  times: Array<{ value: string; hints: string }>;
  /** The text of elements whose class or id names a date (bylines, post meta, time stamps), in page order. */
  dateTexts: string[];
  /** The text of each `<h1>`. */
  headings: string[];
  /** The text of elements that name the author: `rel="author"`, `itemprop="author"`, or a byline's class or id. */
  bylines: string[];
}

export interface ScannedPage {
  elements: PageElement[];
  blocks: PageBlock[];
  head: PageHead;
}

/** Comments, CDATA, declarations, and tags with their name and attributes. */
export const TAG_TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<[!?][^>]*>|<(\/?)([a-zA-Z][\w:-]*)([^>]*)>/;
const TOKEN = new RegExp(TAG_TOKEN.source, "g");
const ATTRIBUTE = /([^\s=/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** Elements that start a new block of text (as in a browser's block layout). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "td",
  "th",
  "tr",
  "dd",
  "dt",
  "dl",
  "figure",
  "figcaption",
  "br",
  "header",
  "footer",
  "aside",
  "nav",
  "ul",
  "ol",
  "table",
  "form",
  "hr",
  "address",
  "body",
]);
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** Elements whose content is never article text; skipped to their closing tag. */
export const RAW_TEXT: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "textarea",
  "title",
  "svg",
  "iframe",
  "select",
  "button",
  "math",
]);
/** A new one of these closes the open one, up to the nearest of its containers. */
const SELF_CLOSING_SIBLINGS: Record<string, ReadonlySet<string>> = {
  p: new Set(["div", "section", "article", "td", "li", "blockquote", "body", "main", "aside", "header", "footer", "form"]),
  li: new Set(["ul", "ol", "menu"]),
  dt: new Set(["dl"]),
  dd: new Set(["dl"]),
  tr: new Set(["table", "tbody", "thead", "tfoot"]),
  td: new Set(["tr", "table"]),
  th: new Set(["tr", "table"]),
};
/** How far up a closing tag looks for its match: a page of stray closes must not cost a walk of the whole stack each. */
const MAX_CLOSE_SEARCH = 64;
/** Date-bearing elements read, as in the DOM reader before this: the first few carry the page's own date. */
const MAX_DATE_TEXTS = 40;
const DATE_HINT = /date|time|publish|posted|byline|meta|datum/;
/** What pages call the line that names the author (Readability's list, and the microformats). */
const BYLINE_HINT = /byline|author|writtenby|p-author/;
const MAX_BYLINES = 5;

function isByline(a: ReadonlyMap<string, string> | undefined, hints: string): boolean {
  if (!a) return false;
  return a.get("rel") === "author" || a.get("itemprop")?.toLowerCase().includes("author") === true || BYLINE_HINT.test(hints);
}

export function scanPage(html: string): ScannedPage {
  const elements: PageElement[] = [];
  const blocks: PageBlock[] = [];
  const head: PageHead = {
    metas: new Map(),
    jsonLd: [],
    title: undefined,
    canonical: undefined,
    lang: undefined,
    times: [],
    dateTexts: [],
    headings: [],
    bylines: [],
  };
  const stack: number[] = [];
  /** Raw text chunks in page order, for the text of elements read whole (h1, date elements). */
  const chunks: string[] = [];
  const captures = new Map<number, { from: number; kind: "date" | "heading" | "time" | "byline"; value?: string; hints: string }>();
  let links = 0;
  let buffer = "";
  let bufferLinks = 0;
  let blockTag: string | undefined;
  let blockElement = -1;

  const flush = (next: string | undefined) => {
    const text = decodeHTML(buffer).replace(/\s+/g, " ").trim();
    if (text)
      blocks.push({ text, ...(blockTag ? { tag: blockTag } : {}), element: blockElement, linkChars: Math.min(bufferLinks, text.length) });
    buffer = "";
    bufferLinks = 0;
    blockTag = next;
  };
  const structural = () => {
    for (let i = stack.length - 1; i >= 0; i--)
      if (BLOCK_TAGS.has((elements[stack[i] as number] as PageElement).tag)) return stack[i] as number;
    return -1;
  };
  const close = (index: number) => {
    const el = elements[index] as PageElement;
    if (el.tag === "a") links = Math.max(0, links - 1);
    const parent = elements[el.parent];
    if (parent) {
      parent.textChars += el.textChars;
      parent.linkChars += el.linkChars;
      parent.commas += el.commas;
    }
    const capture = captures.get(index);
    if (capture) {
      captures.delete(index);
      const text = decodeHTML(chunks.slice(capture.from).join("")).replace(/\s+/g, " ").trim();
      if (capture.kind === "heading" && text) head.headings.push(text);
      else if (capture.kind === "date" && text) head.dateTexts.push(text);
      else if (capture.kind === "byline" && text) {
        head.bylines.push(text);
        // A byline often carries the date too ("By Jane Doe, March 3, 2021").
        if (DATE_HINT.test(capture.hints) && head.dateTexts.length < MAX_DATE_TEXTS) head.dateTexts.push(text);
      } else if (capture.kind === "time") head.times.push({ value: capture.value ?? text, hints: capture.hints });
    }
  };
  const popTo = (depth: number) => {
    while (stack.length > depth) close(stack.pop() as number);
  };
  const text = (raw: string) => {
    if (!raw) return;
    buffer += raw;
    chunks.push(raw);
    const top = stack.at(-1);
    const chars = raw.length;
    if (top !== undefined) {
      const el = elements[top] as PageElement;
      el.textChars += chars;
      if (links > 0) el.linkChars += chars;
      for (let i = raw.indexOf(","); i >= 0; i = raw.indexOf(",", i + 1)) el.commas++;
    }
    if (links > 0) bufferLinks += chars;
    if (blockElement < 0 || buffer.length === chars) blockElement = structural();
  };

  const lower = html.toLowerCase();
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    text(html.slice(at, m.index));
    at = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    if (m[1] === "/") {
      const from = Math.max(0, stack.length - MAX_CLOSE_SEARCH);
      for (let i = stack.length - 1; i >= from; i--) {
        if ((elements[stack[i] as number] as PageElement).tag === name) {
          popTo(i);
          break;
        }
      }
      if (BLOCK_TAGS.has(name)) {
        flush(undefined);
        blockElement = structural();
      }
      continue;
    }
    const attrs = m[3] ?? "";
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, at);
      const content = html.slice(at, end < 0 ? html.length : end);
      if (name === "title" && head.title === undefined) head.title = decodeHTML(content).replace(/\s+/g, " ").trim() || undefined;
      else if (name === "script" && /application\/ld\+json/i.test(attrs)) head.jsonLd.push(content);
      at = end < 0 ? html.length : end;
      TOKEN.lastIndex = at;
      continue;
    }
    if (name === "meta" || name === "link" || name === "html") readHead(name, attributes(attrs), head);
    if (VOID.has(name)) {
      if (name === "br" || name === "hr") flush(blockTag);
      continue;
    }
    const closes = SELF_CLOSING_SIBLINGS[name];
    if (closes) {
      for (let i = stack.length - 1; i >= 0; i--) {
        const tag = (elements[stack[i] as number] as PageElement).tag;
        if (closes.has(tag)) break;
        if (tag === name) {
          popTo(i);
          break;
        }
      }
    }
    const a = attrs.length > 0 ? attributes(attrs) : undefined;
    const hints = a ? [a.get("class"), a.get("id"), a.get("role")].filter(Boolean).join(" ").toLowerCase() : "";
    const index = elements.length;
    elements.push({
      tag: name,
      parent: stack.at(-1) ?? -1,
      hints,
      textChars: 0,
      linkChars: 0,
      commas: 0,
      hidden: a !== undefined && isHidden(a),
    });
    stack.push(index);
    if (name === "a") links++;
    if (BLOCK_TAGS.has(name)) {
      flush(name);
      blockElement = index;
    }
    if (name === "h1") captures.set(index, { from: chunks.length, kind: "heading", hints });
    else if (isByline(a, hints) && head.bylines.length < MAX_BYLINES && !captures.has(stack.at(-2) ?? -1)) {
      captures.set(index, { from: chunks.length, kind: "byline", hints });
    } else if (name === "time" || a?.get("itemprop")?.toLowerCase() === "datepublished") {
      const value = a?.get("datetime") ?? a?.get("content");
      captures.set(index, {
        from: chunks.length,
        kind: "time",
        ...(value ? { value } : {}),
        hints: `${hints} ${a?.get("itemprop") ?? ""} ${a?.has("pubdate") ? "pubdate" : ""}`,
      });
    } else if (hints && DATE_HINT.test(hints) && head.dateTexts.length + captures.size < MAX_DATE_TEXTS) {
      captures.set(index, { from: chunks.length, kind: "date", hints });
    }
  }
  text(html.slice(at));
  popTo(0);
  flush(undefined);
  return { elements, blocks, head };
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function isHidden(a: ReadonlyMap<string, string>): boolean {
  return a.has("hidden") || a.get("aria-hidden") === "true" || HIDDEN_STYLE.test(a.get("style") ?? "");
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source)) {
    const key = (m[1] as string).toLowerCase();
    if (!out.has(key)) out.set(key, decodeHTML(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return out;
}

function readHead(tag: string, a: Map<string, string>, head: PageHead): void {
  if (tag === "html") {
    head.lang ??= a.get("lang") || a.get("xml:lang") || undefined;
  } else if (tag === "link") {
    if (head.canonical === undefined && /(?:^|\s)canonical(?:\s|$)/i.test(a.get("rel") ?? "")) head.canonical = a.get("href");
  } else {
    const keys = (a.get("property") ?? a.get("name") ?? a.get("itemprop") ?? a.get("http-equiv"))?.toLowerCase();
    const content = a.get("content")?.trim();
    if (!keys || !content) return;
    // A property may name several vocabularies at once ("dc:title og:title").
    for (const key of keys.split(/\s+/)) if (key && !head.metas.has(key)) head.metas.set(key, content);
  }
}
