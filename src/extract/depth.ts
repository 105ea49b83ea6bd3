/**
 * A linear scan for how deeply container tags nest. Browsers' HTML parsers
 * stop nesting at 512 levels (Chromium's kMaximumHTMLParserDOMTreeDepth); a
 * page deeper than that is hostile or broken, and recursive DOM code such as
 * Readability's could exhaust the stack on it.
 */
export const MAX_DOM_DEPTH = 512;

const CONTAINER_TAG =
  /<(\/?)(div|span|section|article|main|aside|header|footer|nav|ul|ol|li|table|tbody|tr|td|th|blockquote|p|a|b|i|em|strong|font|center|form|figure)\b[^>]*?(\/?)>/gi;

export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  CONTAINER_TAG.lastIndex = 0;
  for (let m = CONTAINER_TAG.exec(html); m; m = CONTAINER_TAG.exec(html)) {
    if (m[3] === "/") continue;
    depth += m[1] === "/" ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > max) max = depth;
  }
  return max;
}
