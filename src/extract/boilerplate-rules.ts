/**
 * Site chrome, as data. Each rule names the reason a block is removed and the
 * longest block (in words) it may apply to, so that a long paragraph that
 * merely mentions a newsletter is never taken for one.
 */
import type { BoilerplateReason } from "../types.js";

export interface BoilerplateRule {
  reason: BoilerplateReason;
  pattern: RegExp;
  maxWords: number;
}

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  // "21.5 C", "72°F": the temperature widget of a site header.
  { reason: "weather-widget", pattern: /^-?\d{1,3}(?:[.,]\d)?\s?°?\s?[CF]\.?$/u, maxWords: 3 },
  {
    reason: "reading-time",
    pattern: /^(?:\d+\s*(?:min(?:ute)?s?|mins?)\.?\s*(?:read|reading time)|(?:reading time|lesezeit)\W+\d+\s*min)/iu,
    maxWords: 6,
  },
  {
    reason: "related-links",
    pattern:
      /^(?:read (?:also|more|next|this)|also read|see also|must read|related(?:\s(?:articles?|stories|news|content|coverage|posts?|topics?|reading))?|recommended(?: for you)?|you (?:may|might) (?:also )?(?:like|be interested)|more (?:from|on|in|stories|news|articles)\b|most (?:read|popular|viewed)|trending(?: now)?|top stories|don'?t miss|weiterlesen|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|leia também|lee también)\b/iu,
    maxWords: 25,
  },
  { reason: "related-links", pattern: /^more\b.{0,40}\b(?:coverage|stories|articles|news)\b/iu, maxWords: 12 },
  {
    reason: "newsletter",
    pattern: /\b(?:newsletters?|sign[- ]?up|subscribe|subscription|inbox|unsubscribe)\b/iu,
    maxWords: 30,
  },
  {
    reason: "share-bar",
    pattern:
      /^(?:share(?: this| on| via)?(?: article| story| page)?|tweet|print|e-?mail|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy link|comments?\s*\(?\d*\)?)(?:[\s|·•,]+(?:facebook|twitter|whatsapp|linkedin|e-?mail|print|reddit|share))*\s*$/iu,
    maxWords: 8,
  },
  {
    reason: "advertisement",
    pattern: /^(?:advertisement|advertising|sponsored(?: content)?|anzeige|publicité|story continues below(?: advertisement)?)$/iu,
    maxWords: 4,
  },
  // "Write to A at a@b.com": contact lines, including scraped ones where the address was obfuscated.
  { reason: "contact-line", pattern: /(?:\S+@\S+\.\w{2,}|\[email(?:&#160;|\s)protected\])/iu, maxWords: 40 },
  { reason: "copyright", pattern: /^(?:copyright\b|©|\(c\)\s*\d{4})|all rights reserved/iu, maxWords: 40 },
  {
    reason: "caption",
    pattern: /\b(?:photo|image|video|picture|illustration|graphic|photo composite)(?:\/video)?\s*(?:credit)?:\s*\S/iu,
    maxWords: 60,
  },
  { reason: "caption", pattern: /\((?:AP|AFP|Reuters|Getty|EPA)\s+(?:Photo|Images?)\b[^)]*\)\s*$/iu, maxWords: 80 },
  { reason: "byline", pattern: /\bcontributed (?:to )?(?:this |the )?(?:article|report(?:ing)?|story)\.?$/iu, maxWords: 25 },
  {
    reason: "navigation",
    pattern: /^(?:home|menu|search|skip to (?:main )?content|back to top|next article|previous article|log ?in|sign in|register)$/iu,
    maxWords: 4,
  },
];

/** Reasons whose blocks come in boxes: a short label next to one belongs to the box. */
export const BOXED_REASONS: ReadonlySet<BoilerplateReason> = new Set(["related-links", "newsletter", "share-bar"]);
