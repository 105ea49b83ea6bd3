/** Readability's article element → blocks, one per paragraph-level element. */
import type { Block } from "./block.js";

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

const BLOCK = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "PRE",
  "DD",
  "DT",
  "FIGCAPTION",
  "TD",
  "TH",
  "DIV",
  "SECTION",
  "ARTICLE",
  "UL",
  "OL",
  "TABLE",
  "TR",
  "FIGURE",
  "BR",
  "HR",
]);
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "BUTTON",
  "FORM",
  "SELECT",
  "TEXTAREA",
  "OBJECT",
  "EMBED",
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function domBlocks(root: NodeLike): Block[] {
  const blocks: Block[] = [];
  let buffer = "";
  let tag: string | undefined;
  const flush = () => {
    const text = buffer.replace(/\s+/g, " ").trim();
    if (text) blocks.push(tag ? { text, tag } : { text });
    buffer = "";
  };
  const visit = (node: NodeLike) => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || SKIP.has(node.nodeName)) return;
    const isBlock = BLOCK.has(node.nodeName);
    if (isBlock) {
      flush();
      tag = node.nodeName.toLowerCase();
    }
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) visit(children[i] as NodeLike);
    if (isBlock) {
      flush();
      tag = undefined;
    }
  };
  visit(root);
  flush();
  return blocks;
}
