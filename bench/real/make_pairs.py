#!/usr/bin/env python3
"""Build docs.jsonl, pairs.jsonl, direction.jsonl and stories.json for bench/real.

Labels come from reading (labels.py holds the per-text labels; OVERRIDES below hold the
pair decisions made by reading). The n-gram code here only generates the default labels
from lineages and flags shared third-party quotations from the QUOTES lists, which were
themselves written by reading the texts.

usage: python3 make_pairs.py            # writes the files
       python3 make_pairs.py --check    # consistency checks and counts only
"""
import itertools, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels import L, S, STORIES

TEXTS = os.path.join(HERE, "texts")

def toks(t):
    t = t.replace("’", "'").replace("‘", "'").lower()
    t = re.sub(r"'s\b", "s", t)
    return re.findall(r"[a-z0-9àâäçéèêëîïôöûüñøåæ]+", t)

def grams(tk, n=8):
    return set(zip(*[tk[k:] for k in range(n)]))

def story(i): return S[i.split("-")[0]]
def src(lin): return lin.split("@")[0]
def ver(lin): return lin.split("@")[1] if "@" in lin else ""
def is_own(lin): return lin == "own" or lin.startswith("mixed-")

# ---------------------------------------------------------------- third-party quotations
# Passages of statements, citations and speeches that the texts quote (found by reading).
ECB_Q = [
 "Today, in line with the Governing Council's strong commitment to its price stability mandate, the Governing Council took further key steps to make sure inflation returns to its 2% target over the medium term. The Governing Council decided to raise the three key ECB interest rates by 50 basis points and approved the Transmission Protection Instrument (TPI).",
 "The frontloading today of the exit from negative interest rates allows the Governing Council to make a transition to a meeting-by-meeting approach to interest rate decisions. The Governing Council's future policy rate path will continue to be data-dependent and will help to deliver on its 2% inflation target over the medium term.",
 "The TPI will be an addition to the Governing Council's toolkit and can be activated to counter unwarranted, disorderly market dynamics that pose a serious threat to the transmission of monetary policy across the euro area.",
 "The Governing Council assessed that the establishment of the TPI is necessary to support the effective transmission of monetary policy. In particular, as the Governing Council continues normalising monetary policy, the TPI will ensure that the monetary policy stance is transmitted smoothly across all euro area countries.",
 "updated assessment of inflation risks and the reinforced support provided by the TPI for the effective transmission of monetary policy",
 "strengthening the anchoring of inflation expectations and by ensuring that demand conditions adjust to deliver its inflation target in the medium term",
 "continue reinvesting, in full, the principal payments from maturing securities purchased under the asset purchase program for an extended period of time past the date when it starts raising the key ECB interest rates",
 "intends to continue reinvesting, in full, the principal payments from maturing securities purchased under its asset purchase program",
 "The Governing Council decided to raise the three key ECB interest rates by 50 basis points",
 "The Governing Council decided to raise the three key ECB interest rates by 75 basis points",
 "the interest rate on the main refinancing operations and the interest rates on the marginal lending facility and the deposit facility will be increased to",
 "This major step frontloads the transition from the prevailing highly accommodative level of policy rates towards levels that will ensure the timely return of inflation to the ECB's 2% medium-term target.",
 "Based on its current assessment, over the next several meetings the Governing Council expects to raise interest rates further to dampen demand and guard against the risk of a persistent upward shift in inflation expectations.",
 "The Governing Council took today's decision and expects to raise interest rates further because inflation remains far too high",
 "expects to raise interest rates further because inflation remains very high and will remain above target for a long time",
 "With this third major policy rate increase in a row, the Governing Council has made substantial progress in withdrawing monetary policy accommodation.",
 "The Governing Council took today's decision, and expects to raise interest rates further, to ensure the timely return of inflation to its 2% medium-term inflation target.",
 "In recent months, soaring energy and food prices, supply bottlenecks and the post-pandemic recovery in demand have led to a broadening of price pressures and an increase in inflation. The Governing Council's monetary policy is aimed at reducing support for demand and guarding against the risk of a persistent upward shift in inflation expectations.",
 "The Governing Council will base the future policy rate path on the evolving outlook for inflation and the economy, following its meeting-by-meeting approach.",
]
QUOTES = {
 "sci-nobel-physics-2023-10-03": [
  "for experimental methods that generate attosecond pulses of light for the study of electron dynamics in matter",
  "The three Nobel Laureates in Physics 2023 are being recognised for their experiments, which have given humanity new tools for exploring the world of electrons inside atoms and molecules.",
  "The 2023 Nobel Prize laureates in physics are being recognised for their experiments, which have given humanity new tools for exploring the world of electrons inside atoms and molecules.",
  "Pierre Agostini, Ferenc Krausz and Anne L'Huillier have demonstrated a way to create extremely short pulses of light that can be used to measure the rapid processes in which electrons move or change energy.",
  "The laureates' contributions have enabled the investigation of processes that are so rapid they were previously impossible to follow.",
  "An attosecond is so short that there are as many in one second as there have been seconds since the birth of the universe",
  "We can now open the door to the world of electrons. Attosecond physics gives us the opportunity to understand mechanisms that are governed by electrons. The next step will be utilising them.",
 ],
 "sci-nobel-physics-2022-10-04": [
  "for experiments with entangled photons, establishing the violation of Bell inequalities and pioneering quantum information science",
  "Alain Aspect, John Clauser and Anton Zeilinger have each conducted groundbreaking experiments using entangled quantum states, where two particles behave like a single unit even when they are separated. Their results have cleared the way for new technology based upon quantum information.",
  "The 2022 Nobel Prize laureates in physics have conducted groundbreaking experiments using entangled quantum states, where two particles behave like a single unit even when they are separated. The results have cleared the way for new technology based upon quantum information.",
  "It has become increasingly clear that a new kind of quantum technology is emerging. We can see that the laureates' work with entangled states is of great importance, even beyond the fundamental questions about the interpretation of quantum mechanics.",
  "It has become increasingly clear that a new type of quantum technology is emerging.",
 ],
 "disaster-morocco-quake-2023-09-08": [
  "Our neighbours are under the rubble and people are working hard to rescue them using available means in the village",
 ],
 "ecb-2022-07-21": ECB_Q, "ecb-2022-09-08": ECB_Q, "ecb-2022-10-27": ECB_Q,
 "sport-ballondor-2023-10-30": [
  "I couldn't imagine having the career that I've had. Everything that I've achieved. The fortune I've had playing for the best team in the world, the best team in history. It's nice to win these individual trophies. To win the Copa America and then the World Cup, to get it done is amazing,",
  "All of them (Ballon d'Or awards) are special for different reasons",
  "It's an individual trophy but it can't exist without a team",
 ],
 "sport-ballondor-2021-11-29": [],
 "tech-openai-altman-ousted-2023-11-17": [
  "Mr. Altman's departure follows a deliberative review process by the board, which concluded that he was not consistently candid in his communications with the board, hindering its ability to exercise its responsibilities. The board no longer has confidence in his ability to continue leading OpenAI.",
  "The board of directors of OpenAI, Inc., the 501(c)(3) that acts as the overall governing body for all OpenAI activities, today announced that Sam Altman will depart as CEO and leave the board of directors. Mira Murati, the company's chief technology officer, will serve as interim CEO, effective immediately.",
  "OpenAI was deliberately structured to advance our mission: to ensure that artificial general intelligence benefits all humanity. The board remains fully committed to serving this mission. We are grateful for Sam's many contributions to the founding and growth of OpenAI. At the same time, we believe new leadership is necessary as we move forward. As the leader of the company's research, product, and safety functions, Mira is exceptionally qualified to step into the role of interim CEO. We have the utmost confidence in her ability to lead OpenAI during this transition period.",
  "As a part of this transition, Greg Brockman will be stepping down as chairman of the board and will remain in his role at the company, reporting to the CEO.",
  "i loved my time at openai. it was transformative for me personally, and hopefully the world a little bit. most of all i loved working with such talented people. will have more to say about what's next later.",
 ],
 "court-trump-hush-money-verdict-2024-05-30": [
  "This was a rigged, disgraceful trial. The real verdict is going to be November 5 by the people. They know what happened, and everyone knows what happened here.",
  "This was a rigged disgraceful trial. The real verdict is going to be November 5th by the people and they know what happened here",
 ],
 "politics-queen-elizabeth-dies-2022-09-08": [
  "The Queen died peacefully at Balmoral this afternoon. The King and The Queen Consort will remain at Balmoral this evening and will return to London tomorrow.",
  "The death of my beloved mother, Her Majesty The Queen, is a moment of the greatest sadness for me and all members of my family. We mourn profoundly the passing of a cherished Sovereign and a much-loved Mother. I know her loss will be deeply felt throughout the country, the Realms and the Commonwealth, and by countless people around the world. During this period of mourning and change, my family and I will be comforted and sustained by our knowledge of the respect and deep affection in which The Queen was so widely held.",
 ],
}
QG = {k: set().union(*[grams(toks(q)) for q in v]) if v else set() for k, v in QUOTES.items()}
# a bare list of the laureates' names is not a quotation
for k in QG: QG[k].discard(tuple(toks("Pierre Agostini, Ferenc Krausz and Anne L'Huillier")))

# ---------------------------------------------------------------- pair decisions by reading
def K(a, b): return tuple(sorted((a, b)))
O = {}  # (a,b) -> (label, why)
def o(a, b, label, why): O[K(a, b)] = (label, why)

# Nobel 2023
for x in ("nob23-tag24", "nob23-nation"):
    o("nob23-dailytimes", x, "copy", "two AFP versions (v1/v2) that share the lede, the citation and the jury's two quotes")
o("nob23-businesstoday", "nob23-pragativadi", "partial", "Pragativadi reuses two of the Reuters paragraphs Business Today carries (second Nobel this week; Nobel's will); the rest differs")
o("nob23-pragativadi", "nob23-wibw", "partial", "Pragativadi's cash-award sentence merges AP's two boilerplate sentences (bequest ... who died in 1896); nothing else shared")
o("nob23-newser", "nob23-wibw", "partial", "Newser lifts AP's lede clause ('three scientists who look at electrons in atoms during the tiniest of split seconds') and AP's winners sentence")
for x in ("nob23-wapolabs", "nob23-multimetro"):
    o("nob23-newser", x, "partial", "Newser lifts AP's winners sentence (affiliations); the rest is its own summary of quotes")
o("nob23-wapolabs", "nob23-wibw", "partial", "different AP write-thrus: only the winners sentence is common")
o("nob23-multimetro", "nob23-wibw", "partial", "different AP write-thrus: only the winners sentence is common")
o("nob23-iolaregister", "nob23-wapolabs", "partial", "different AP write-thrus: first words of the lede and 'a field that could one day lead to better electronics or disease diagnoses'")
o("nob23-iolaregister", "nob23-multimetro", "partial", "different AP write-thrus: the 'better electronics or disease diagnoses' clause only")
# Nobel 2022
for x in ("nob22-kob", "nob22-gorge"):
    o("nob22-foreigncode", x, "copy", "different AP write-thrus that share the lede and the 'cited by the Royal Swedish Academy' paragraph")
for x in ("nob22-kob", "nob22-gorge", "nob22-foreigncode", "nob22-newspressnow", "nob22-trtworld-a", "nob22-trtworld-b"):
    o("nob22-ktar", x, "partial", "AP photo captions repeat one sentence of the AP story ('cited by ... for discovering the way that unseen particles ... can be linked')")
for x in ("nob22-newspressnow", "nob22-trtworld-a", "nob22-trtworld-b"):
    o("nob22-kob", x, "partial", "early AP write-thru vs AP's full rewrite: different ledes; the 'cited by'/'entangled' sentence is reworked in both")
    o("nob22-gorge", x, "partial", "early AP write-thru vs AP's full rewrite: different ledes; the 'cited by'/'entangled' sentence is reworked in both")
    o("nob22-foreigncode", x, "partial", "AP write-thrus with different ledes that share a few later sentences ('It all goes back to a feature of the universe...', Clauser's 1972 experiment)")
o("nob22-coursewit", "nob22-wftl", "independent", "two own reports that both list the laureates' affiliations from the Nobel announcement (a factual list, not a quotation); no other shared text")
o("nob22-archaeologybest", "nob22-btimes", "copy", "btimes rewrites, sentence by sentence, the Live Science story that archaeology.best scrapes")
# Morocco
o("mor23-hansindia", "mor23-midday", "copy", "two AP write-thrus (800 and 1,000 dead) with the same paragraphs")
o("mor23-midday", "mor23-vuink", "copy", "AP's 296-dead and 820-dead write-thrus share the lede wording, the rescue-workers, collapsed-building, Koutoubia and red-walls paragraphs")
o("mor23-hansindia", "mor23-vuink", "copy", "AP's 296-dead and 1,000-dead write-thrus share the lede wording, rescue-workers, collapsed-building and Koutoubia paragraphs")
o("mor23-aljazeera", "mor23-vuink", "copy", "Al Jazeera edits the AP write-thru that vuink carries: lede clause, 'Other images shared online...' and the Koutoubia paragraph")
o("mor23-aljazeera", "mor23-hansindia", "partial", "Al Jazeera's edit shares AP's lede clause and the Koutoubia damage sentence with the later write-thru")
o("mor23-aljazeera", "mor23-midday", "partial", "Al Jazeera's edit shares AP's lede clause and the Koutoubia damage sentence with the later write-thru")
for x in ("mor23-journalspotting", "mor23-wilsben"):
    o("mor23-hansindia", x, "copy", "spun copy of the AP write-thru whose paragraphs Hans India carries (damage range, woken residents, state TV, apartment, 'intense vibration')")
    o("mor23-vuink", x, "partial", "spun later AP write-thru vs AP's early version: only the Atlas-to-Marrakech clause (and Koutoubia/red walls in wilsben) correspond")
    o("mor23-aljazeera", x, "partial", "spun AP write-thru vs Al Jazeera's AP edit: a spun lede clause (and Koutoubia in wilsben) only")
o("mor23-journalspotting", "mor23-wilsben", "copy", "two spins of the same AP write-thru with largely identical spinner output ('The damage ranged from communities in the Atlas Mountains...', 'flat building')")
for x in ("mor23-midday", "mor23-vuink"):
    o("mor23-hindeez", x, "partial", "hindeez's compilation paraphrases one AP sentence that this copy carries (videos of damage to the famous red walls)")
for x in ("mor23-midday", "mor23-journalspotting", "mor23-wilsben"):
    o("mor23-scoontv", x, "partial", "only the rewritten AP lede overlaps; scoontv's USGS paragraph lies beyond the other opening")
o("mor23-hindeez", "mor23-scoontv", "partial", "both rewrite AP's USGS/Richter/aftershock paragraph; nothing else shared")
o("mor23-businessday", "mor23-zawya", "partial", "BusinessDay's own text reuses Reuters' Montasir Itri sentence (edited) and the province list")
o("mor23-prothomalo", "mor23-zawya", "copy", "two Reuters versions sharing the death-toll, mountain-areas, minaret and Interior Ministry sentences")
# ECB July
o("ecb07-breakinglatest", "ecb07-tradegov", "partial", "different passages of the 21 July release: only its first clause ('decided to raise the three key ECB interest rates by 50 basis points') is in both")
o("ecb07-kvia", "ecb07-newsbreak", "copy", "two AP write-thrus sharing the lede, the 'plunge major economies into recession' and September-hike sentences and Lagarde's forecast line")
# OpenAI
o("oai23-krdo", "oai23-wdiy", "copy", "AP alert and first write-thru share the 'pushed out ... not consistently candid' lede and the Murati sentence")
o("oai23-breakinglatest", "oai23-krdo", "copy", "MT round trip of a fuller AP version: every sentence of KRDO's short version has a counterpart (spokesman, Murati, founded 2015)")
o("oai23-breakinglatest", "oai23-wdiy", "copy", "MT round trip of a fuller AP version that contains the alert's three sentences")
o("oai23-mworldnews", "oai23-wdiy", "copy", "the web story opens with the AP lede and board quote that the alert carries")
o("oai23-krdo", "oai23-mworldnews", "partial", "different AP versions: the 'pushed out its co-founder and CEO Sam Altman' clause and the candour quote only")
o("oai23-breakinglatest", "oai23-mworldnews", "partial", "different AP versions transformed differently (MT vs condensation): board quote and APEC mention only")
for x in ("oai23-emwnews", "oai23-appmaster", "oai23-theripenews-a", "oai23-theripenews-b", "oai23-newzchain"):
    o("oai23-headtopics-uk", x, "partial", "Head Topics (UK) reproduces, without quotation marks, one paragraph of the blog post (mission, thanks to Sam, new leadership) that this text paraphrases; the rest differs")
# Trump
for x in ("trump24-milwaukeeind", "trump24-upday", "trump24-thecourier"):
    o("trump24-wrfalp", x, "partial", "WRFA opens with AP's lede split into two credited sentences; the rest is its own")
# Queen
qap = ["qe22-maryville", "qe22-iolaregister", "qe22-smdailyjournal", "qe22-lmtribune", "qe22-livemint", "qe22-bakercity"]
for a, b in itertools.combinations(qap, 2):
    if L[a][2] != L[b][2]:
        o(a, b, "copy", "AP alert/write-thrus with the same lede sentence ('Britain's longest-reigning monarch and a rock/symbol of stability across much of a turbulent century') and, where present, the Balmoral paragraph")
# Ballon d'Or
for x in ("bdo23-japantimes", "bdo23-bworld", "bdo23-hindubl", "bdo23-vestikavkaza"):
    o("bdo23-yahoo", x, "copy", "Reuters' video script reuses the text story's first three paragraphs nearly verbatim")
# ---- across stories
for x in ("nob22-newspressnow", "nob22-trtworld-a", "nob22-trtworld-b"):
    o(x, "nob23-wibw", "partial", "AP's 2023 story reuses its own 2022 lede as background ('three scientists jointly won the physics prize for proving that tiny particles could retain a connection...'); different events")
o("nob22-gorge", "nob23-wibw", "partial", "AP's Nobel cash-award boilerplate ('The money comes from a bequest left by the prize's creator...') in both; different years")
o("nob22-gorge", "nob23-pragativadi", "partial", "AP's Nobel cash-award boilerplate, reworded, in both; different years")

SQ = {}  # manual shares_quote decisions: (a,b) -> bool
SQ[K("ecb07-breakinglatest", "ecb10-breakinglatest-b")] = True   # same MT rendering of the ECB rate sentence, quoted in the October text
SQ[K("ecb07-breakinglatest", "ecb07-breakingthenews")] = True    # the release's rate sentence (rates, 'respectively, with effect from 27 July 2022'), attributed 'the ECB said'; MT text on the other side
SQ[K("ecb07-breakinglatest", "ecb07-capefear")] = True
SQ[K("ecb07-breakinglatest", "ecb07-euroweekly")] = True
SQ[K("ecb07-breakinglatest", "ecb10-chronicle")] = False   # two ECB release texts (different meetings) sharing one template clause, neither quoting
SQ[K("ecb07-tradegov", "ecb10-chronicle")] = False         # same

DIRECTION = [
 ("ecb07-ecbvisual", "ecb07-zentralbank", "high", "the ECB's own explainer page is the source; zentral-bank.eu is a proxy mirror of it with menus and an injected spam paragraph"),
 ("nob23-wapolabs", "nob23-multimetro", "medium", "multimetro scrapes the AP write-thru that wapolabs carries with dateline (dateline dropped, stray '</a>', truncated headline); AP is the original"),
 ("nob22-archaeologybest", "nob22-btimes", "medium", "btimes rewrites sentence by sentence the Live Science story that archaeology.best carries verbatim (Live Science is the original)"),
 ("mor23-midday", "mor23-journalspotting", "medium", "journalspotting spins the AP 820-dead write-thru that Mid-day carries verbatim (AP is the original)"),
 ("mor23-midday", "mor23-wilsben", "medium", "wilsben spins the same AP write-thru (AP is the original)"),
 ("ecb07-armradio", "ecb07-newsam", "medium", "News.am rewrites the BBC paragraphs that Armenian Public Radio carries with 'the BBC reports' (BBC is the original)"),
 ("ecb07-armradio", "ecb07-euobserver", "medium", "EUobserver's ticker condenses the same BBC sentences without credit (BBC is the original)"),
]

# ---------------------------------------------------------------- build
def load():
    T = {}
    for f in sorted(os.listdir(TEXTS)):
        if f.endswith(".txt"):
            T[f[:-4]] = open(os.path.join(TEXTS, f), encoding="utf-8").read()
    return T

def base(a, b):
    la, lb = L[a][2], L[b][2]
    if story(a) != story(b):
        return "independent", "different stories"
    if is_own(la) and is_own(lb):
        return "independent", "two own reports; no shared source text"
    if is_own(la) or is_own(lb):
        other = lb if is_own(la) else la
        return "independent", f"own report vs a text derived from {src(other)}; no shared source text"
    if src(la) != src(lb):
        return "independent", f"different source texts ({src(la)} vs {src(lb)}); no shared source text"
    if la == lb:
        return "copy", f"both derive from {src(la)} ({ver(la)})"
    return "partial", f"different versions of {src(la)} ({ver(la)} / {ver(lb)}) sharing little text in these openings"

def main():
    check = "--check" in sys.argv
    T = load()
    assert set(T) == set(L), (set(T) ^ set(L))
    ids = sorted(T)
    TK = {i: toks(T[i]) for i in ids}
    G8 = {i: grams(TK[i]) for i in ids}
    for i in ids:
        outlet, country, lin, date, title, wire, spin, note = L[i]
        assert spin in ("clean", "spun", "mt", "paraphrase"), i
    pairs = []
    for a, b in itertools.combinations(ids, 2):
        fa, fb = a + ".txt", b + ".txt"
        label, why = O.get(K(a, b)) or base(a, b)
        same = story(a) == story(b)
        sq = False
        if label != "copy" and not (src(L[a][2]) == src(L[b][2]) and not is_own(L[a][2])):
            qa = QG[story(a)] | QG[story(b)]
            common = G8[a] & G8[b] & qa
            # both texts must contain the quotation itself (8 identical words of it)
            sq = bool(common)
        if K(a, b) in SQ:
            sq = SQ[K(a, b)]
        if sq and label != "copy" and "quote" not in why:
            why += ("; " if why else "") + ("both quote the same third-party words" if same else "different events; both quote the same third-party words")
        pairs.append({"a": fa, "b": fb, "label": label, "same_story": same, "shares_quote": sq, "why": why})
    # sanity
    for p in pairs:
        if p["label"] == "copy": assert p["same_story"] and not p["shares_quote"], p
    for (a, b) in O: assert a in L and b in L, (a, b)
    for d in DIRECTION:
        p = [x for x in pairs if {x["a"], x["b"]} == {d[0] + ".txt", d[1] + ".txt"}][0]
        assert p["label"] == "copy", d
    from collections import Counter
    c = Counter(p["label"] for p in pairs)
    cw = Counter(p["label"] for p in pairs if p["same_story"])
    sq = [p for p in pairs if p["shares_quote"]]
    print("docs", len(ids), "stories", len(set(story(i) for i in ids)), "pairs", len(pairs), "within", sum(p["same_story"] for p in pairs))
    print("labels", dict(c), "within", dict(cw))
    print("shares_quote", len(sq), Counter((p["label"], p["same_story"]) for p in sq))
    print("spin", Counter(L[i][6] for i in ids))
    print("direction", Counter(d[2] for d in DIRECTION))
    if check:
        return
    # docs.jsonl
    sd = json.load(open(os.path.join(HERE, "store_dates.json")))
    with open(os.path.join(HERE, "docs.jsonl"), "w") as f:
        for i in ids:
            outlet, country, lin, date, title, wire, spin, note = L[i]
            f.write(json.dumps({"file": i + ".txt", "id": i, "url": sd[i]["url"], "outlet": outlet, "country": country,
                                "story": story(i), "lineage": lin, "date": date, "store_date": sd[i]["store_date"],
                                "title": title, "wire": wire, "expected_spin": spin, "note": note,
                                "chars": len(T[i])}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "pairs.jsonl"), "w") as f:
        for p in pairs: f.write(json.dumps(p, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "direction.jsonl"), "w") as f:
        for a, b, conf, why in DIRECTION:
            f.write(json.dumps({"original": a + ".txt", "copy": b + ".txt", "confidence": conf, "why": why}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "stories.json"), "w") as f:
        json.dump(STORIES, f, indent=1, ensure_ascii=False); f.write("\n")

if __name__ == "__main__":
    main()
