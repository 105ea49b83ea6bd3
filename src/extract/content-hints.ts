/**
 * What page authors call their elements, as data for the content scorer.
 * Class and id words are the page's own labels: "article-body" and
 * "story-content" hold the story, "sidebar", "related" and "comments" do
 * not. The word lists follow those Readability.js and trafilatura have
 * refined on the open web; tag weights are Readability's.
 */

export const CONTENT_HINTS = {
  /** An element so labelled is chrome, unless it also says it holds content (`maybe`). */
  unlikely:
    /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|share|promo|outbrain|taboola|cookie|gallery|slideshow|carousel|lightbox|modal/,
  maybe: /and|article|body|column|content|main|mathjax|shadow|story|post|entry|text/,
  /** Labels of the story itself: the element scores more. */
  positive: /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose/,
  /** Labels of chrome that `unlikely` lets stand (it says content too): the element scores less. */
  negative:
    /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|recommend|trending|most-read|popular/,
} as const;

/** Tags never part of an article, with all they hold. */
export const EXCLUDED_TAGS: ReadonlySet<string> = new Set(["nav", "aside", "form", "footer", "menu", "dialog"]);
/** ARIA roles of chrome. */
export const EXCLUDED_ROLES: ReadonlySet<string> = new Set([
  "menu",
  "menubar",
  "complementary",
  "navigation",
  "alert",
  "alertdialog",
  "dialog",
]);

/** A container's starting score by tag: divs usually wrap the story, lists and headings rarely do. */
export const TAG_WEIGHTS: Readonly<Record<string, number>> = {
  div: 5,
  article: 5,
  section: 3,
  main: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};
