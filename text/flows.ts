import { findEntities, type EntityMention } from "./entities.js";
import type { NumberMention } from "./numbers.js";
import { looksLikePinyin } from "./pinyin.js";
import { groupListed, WITH_PARTS } from "./subjects.js";
import type { Measure, Metric } from "./terms.js";
import { MAKERS_GOODS } from "./units.js";
import { zoneBefore } from "./zones.js";

export interface MetricWord { start: number; end: number; metric: Metric }

// order matters: "import and export" before "import", "trade surplus" before "trade"
const ABOUT = String.raw`(?:more\s+than\s+|over\s+|about\s+|nearly\s+)?`;
const METRIC_PATTERNS: Array<[RegExp, Metric]> = [
  [/\b(?:trade|trading)\s+partners?\b/gi, "partners"],
  [/\btrade\s+surplus(?:es)?\b|\bsurplus(?:es)?\b|\btrade\s+balance\b|\bexports?\s+minus\s+imports?\b/gi, "surplus"],
  // ("imports minus exports": the deficit, as "exports minus imports" is the surplus)
  [/\btrade\s+deficits?\b|\bdeficits?\b|\bimports?\s+minus\s+exports?\b/gi, "deficit"],
  // "export tax rebates of 1.9 billion yuan", "export credit insurance": money paid to traders, no flow of goods
  [/\b(?:export|import)\s+(?:tax\s+)?(?:rebates?|refunds?)\b|\bexport\s+credit\s+insurance\b/gi, "other"],
  // ("cut duties in importing countries by N", "saving enterprises N in duties": duties saved, no flow of goods)
  // ("duties in importing countries": whose duties, no flow either)
  [new RegExp(String.raw`\b(?:cut|cutting|save|saving|saved|reduce|reducing|reduced)\s+(?:\w+\s+)?(?:duties|tariffs)`
    + String.raw`(?:\s+(?:in|for|of)\s+(?:\w+\s+){0,2}(?:countries|markets|economies|firms|enterprises|companies))?\b`
    // ("1.2 billion yuan in duties": the money saved; "despite a rise in tariffs" names none)
    + String.raw`|(?<=\d\s*(?:(?:million|billion|trillion|bn)\s+)?(?:yuan|dollars|rmb)\s+)in\s+(?:duties|tariffs)\b`, "gi"), "other"],
  // ("duties and import taxes of 520 million yuan were exempted", "tariffs of 61 million yuan": duties, no flow of goods)
  [new RegExp(String.raw`\b(?:duties|tariffs|(?:import\s+)?taxes)(?:\s+and\s+(?:import\s+)?(?:duties|tariffs|taxes))?\s+of\s+(?=`
    + String.raw`(?:about\s+|nearly\s+|over\s+|more\s+than\s+)?[\d.,]+\s*(?:(?:million|billion|bn)\s+)?(?:yuan|rmb|dollars))`, "gi"), "other"],
  // ("buy goods free of import duties", "exempt from import taxes": what a buyer does not pay, no flow of goods)
  [/\b(?:free\s+of|exempt(?:ed)?\s+from)\s+import\s+(?:duties|tariffs|taxes)\b/gi, "other"],
  // ("a special fund of 500 million yuan for foreign trade": money given to trade, no amount of it)
  [new RegExp(String.raw`\b(?:funds?|subsid(?:y|ies)|grants?|awards?|rewards?)\s+(?=(?:of\s+)?(?:up\s+to\s+|about\s+|nearly\s+)?`
    + String.raw`[\d.,]+\s*(?:(?:million|billion|bn)\s+)?(?:yuan|rmb|dollars))`, "gi"), "other"],
  // ("GDP grew 5.4 percent", "GDP growth of around 5.5 percent": the economy's output, no flow of goods)
  // (not GDP as the whole a flow is set against: "trade equalled 35 percent of its GDP", "the trade-to-GDP ratio")
  [/(?<!\b(?:of|to)[\s-]+(?:its\s+|their\s+|the\s+)?)(?:\bGDP\b|\bgross\s+domestic\s+product\b)/gi, "other"],
  // "export trade amounted to …" is exports ("import and export trade" is trade)
  [/(?<!\b(?:imports?|exports?)\s*(?:and|&|\/)\s*)\bexport\s+trade\b/gi, "exports"],
  [/(?<!\b(?:imports?|exports?)\s*(?:and|&|\/)\s*)\bimport\s+trade\b/gi, "imports"],
  // ("import export records", typed with no "and": both flows)
  [/\b(?:total\s+)?(?:import(?:s|ed)?\s*(?:and|&|\+|\/)\s*export(?:s|ed)?|imports?\s+exports?\b|export(?:s|ed)?\s*(?:and|&|\+|\/)\s*import(?:s|ed)?|import-export|foreign\s+trade|goods\s+trade|external\s+trade|total\s+trade|overall\s+trade|trade\s+(?:volume|value)|traded|trade)\b(?!\s+(?:partners?|surplus|deficit))/gi, "trade"],
  // ("shipped 65.6 billion yuan of mobile phones abroad": a decimal point ends no sentence)
  // (and "shipped US$0.77 billion to the island" after the place's imports from Taiwan: sent to the side traded with)
  // (only after the sentence names the island, "…from Taiwan, and shipped …": "Ferries shipped goods to the island" in
  // a report on Hainan brought them in)
  [new RegExp(String.raw`\bexport(?:s|ed|ing)?\b|\b(?:sold|shipped)\b(?=(?:[^.;]|\.\d){0,50}\b(?:overseas|abroad)\b)`
    + String.raw`|\b(?:sold|shipped)\b(?<=\b(?:Taiwan|Hong\s+Kong|Macao|Macau)\b[^;]{0,200})`
    + String.raw`(?=(?:[^.;]|\.\d){0,50}\bto\s+the\s+island\b)`, "gi"), "exports"],
  // ("brought in 30.1 million tonnes of crude oil", a port that "took in" tonnes of named goods: imported; not its cargo
  // as a whole, nor money a sector "brought in")
  // ("crude that came in through the pipeline": goods that came in by a way)
  [new RegExp(String.raw`\bimport(?:s|ed|ing|ation)?\b|\b(?:brought|took)\s+in\b(?=\s+${ABOUT}[\d.,]+\s+`
    + String.raw`(?:(?:million|thousand)\s+)?(?:metric\s+)?(?:tonnes|tons|barrels|cubic\s+met(?:re|er)s)\s+of\s+(?!(?:cargo|freight|goods)\b))`
    + String.raw`|\b(?:came|flowed|shipped)\s+in\s+(?=(?:through|thru|via)\b)`
    // ("how much timber did X bring in from Russia?": goods brought in from a country)
    + String.raw`|\b(?:bring|brings|bringing|brought|take|takes|took)\s+in\s+(?=from\b)`, "gi"), "imports"],
  // ("Foreign capital actually used reached …", "actual use of foreign capital", "utilized FDI", "Foreign capital used
  // (bln USD)": money invested from abroad, no flow of goods; not a kind of firm, "foreign-capital enterprises")
  [new RegExp(String.raw`(?:\b(?:actual(?:ly)?\s+)?(?:\b(?:use|utili[sz]ation)\s+of\s+|\b(?:used|utili[sz]ed)\s+))?`
    + String.raw`\b(?:foreign\s+(?:capital|direct\s+investment)|fdi)\b(?![- ](?:enterprises|firms|companies|funded)\b)`
    + String.raw`(?:\s+(?:(?:was|were)\s+)?(?:actually\s+)?(?:used|utili[sz]ed|use|utili[sz]e|in\s+actual\s+use)\b)?`, "gi"),
    "investment"],
  // "foreign-invested enterprises" is an enterprise type, not investment
  [/(?<!foreign[- ])\binvest(?:ment|ments|ed|s|ing)?\b/gi, "investment"],
];

/** Words that say which flow a figure measures, in order of appearance. */
export function findMetricWords(text: string): MetricWord[] {
  const found: MetricWord[] = [];
  for (const [re, metric] of METRIC_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, metric });
    }
  }
  for (const w of shippedToPartner(text)) if (!found.some((f) => w.start < f.end && w.end > f.start)) found.push(w);
  return found.sort((a, b) => a.start - b.start);
}

// ("Lanxi shipped 4.2 million handsets to Chile", "how many did it ship to Chile": goods sent to a country or bloc are
// exports (the verbs only: "shipping rates to Europe", "ships to ASEAN" are no goods sent); not "shipped to Wuhan", a
// place at home; nor what was "sold to" a buyer, which names power and services too:
// "how much electricity did X sell to Y" asks kWh of no flow stated)
const SHIPPED_TO = /\b(?:shipped|ship(?=\s))\b(?=((?:[^.;]|\.\d){0,80}?)\bto\s+(?:the\s+)?)/gi;
function shippedToPartner(text: string): MetricWord[] {
  const out: MetricWord[] = [];
  for (const m of text.matchAll(SHIPPED_TO)) {
    const at = m.index! + m[0].length + m[1]!.length;
    const to = /^to\s+(?:the\s+)?/i.exec(text.slice(at))![0].length;
    const named = findEntities(text.slice(at + to, at + to + 40))[0];
    if (named?.start === 0 && named.kind === "partner") out.push({ start: m.index!, end: m.index! + m[0].length, metric: "exports" });
  }
  return out;
}

// ("changes of +1.2 percent, -4.4 percent and +18.6 percent respectively": each a change, signed)
const GROWTH_BEFORE = /\b(?:gr[eo]w(?:s|n|th)?|growing|increas(?:e|ed|es|ing)|rose|rise[sn]?|rising|climbing|surging|jumping|soaring|expanding|(?<!(?:making|made|make|makes)\s)up|surg(?:e|ed|es|ing)|jump(?:ed|s)?|climb(?:ed|s)?|expand(?:ed|s)?|drop(?:ped|s)?|f[ae]ll(?:s|en)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|down|plung(?:e|ed)|slump(?:ed|s)?|shr[ai]nk|contract(?:ed|ion)|soar(?:ed|s)?|gain(?:ed|s)?|growth rate|dip(?:ped|s)?|slid|slip(?:ped|s)?|tumbl(?:e|ed|es)|changes?\s+of)\b/i;
// "12.3 percent more than a year earlier", "0.2 percent less than the year before": a change, up or down
const GROWTH_AFTER = /^\s*(?:(?:year[- ]on[- ]year\s+)?(?:increase|rise|growth|gain|jump|drop|decline|decrease|fall)\b|year[- ]on[- ]year|y\/y|yoy|from a year (?:earlier|ago)|over the (?:same|previous) (?:period|year)|compared with|(?:more|higher|above|less|lower|below|fewer)\s+than\s+(?:a|the|in|last|that))/i;
const SHARE_CUE = /\b(?:account(?:s|ed|ing)?\s+for|equal\s+to|equivalent\s+to|representing|represent(?:s|ed)?|making up|made up|make up|makes up|share|proportion|contribut(?:ing|ed|es|e))\b/i;

function lastIndex(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(new RegExp(re.source, "gi"))) at = m.index!;
  return at;
}

const DECLINE = /\b(?:drop(?:ped|s)?|f[ae]ll(?:s|en)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|down|plung(?:e|ed|es)|slump(?:ed|s)?|shr[ai]nk(?:s)?|shrunk|contract(?:ed|ion|s)?|lower|dip(?:ped|s)?|slid|slip(?:ped|s)?|tumbl(?:e|ed|es))\b/i;
const RISE = /\b(?:gr[eo]w(?:s|n|th)?|growing|increas(?:e|ed|es|ing)|rose|rise[sn]?|rising|(?<!(?:making|made|make|makes)\s)up|surg(?:e|ed|es|ing)|jump(?:ed|s)?|climb(?:ed|s)?|expand(?:ed|s)?|soar(?:ed|s)?|gain(?:ed|s)?|higher)\b/i;

const GAP_AFTER = /^\s*(?:higher|lower|faster|slower|above|below|more|less)\s+than\b/i;
const GAP_BEFORE = /\b(?:beat|outpaced|exceeded|outperformed|outstripped)\b[^,;]{0,40}\bby\s*$/i;
// a reference rate a gap is measured against: the national (or the country's) average or growth rate
const REFERENCE = /\b(?:national|nationwide|country['’]s|nation['’]s)\b/i;
// "above the regional average", "below the provincial average": a gap to any average the text names
const AVERAGE_AFTER = /^\s*(?:above|below|ahead\s+of|behind|(?:higher|lower|faster|slower)\s+than)\s+(?:that\s+of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?average\b/i;
const REFERENCE_AFTER = new RegExp(String.raw`^\s*(?:(?:higher|lower|faster|slower|more|less)\s+than|above|below)\s+(?:that of\s+)?(?:the\s+)?${REFERENCE.source}`, "i");

// "… faster than in the first four months", "a decline 1.3 points narrower than in Q1", "8.7 points more than a year
// earlier": against the text's own earlier period
export const RATE_AGAINST_EARLIER = new RegExp(String.raw`^\s*(?:percentage\s+points?\s+|points?\s+)?`
  + String.raw`(?<word>higher|lower|faster|slower|more|less|narrower|wider|smaller|larger|bigger)\s+than\s+(?:(?:in|during|for|over|at)\s+)?`
  + String.raw`(?:that\s+(?:in|of)\s+)?(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:first|previous|preceding|last|same|january|february|march|april|may|june|july|august|`
  + String.raw`september|october|november|december|q[1-4]|(?:19|20)\d\d))\b`, "i");

// ("its share went up 2.0 percentage points to 62.6%": the level reached)
// ("the share has fallen to 43.1 percent", "has grown to": the perfect's participle too)
const LEVEL_REACHED = new RegExp(String.raw`\b(?:rose|risen|rising|increased|grew|grown|climbed|fell|fallen|dropped|`
  + String.raw`declined|decreased|reached|hit|slipped|dipped|gained|(?:went|edged|moved)\s+(?:up|down))\s+(?:further\s+)?`
  // ("has fallen by 9.1 percentage points, to 79.6 percent": so with a comma before the level)
  + String.raw`(?:(?:by\s+)?[\d.]+\s*(?:percentage\s+points?|points?|pp|percent|%)\s*,?\s+`
  // ("rose 3.6 percentage points from a year earlier to 31.8 percent": the base of the change said before the level)
  + String.raw`(?:(?:from|over|on)\s+(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|preceding)\s+year|last\s+year)\s+)?)?`
  + String.raw`to\s*$`, "i");

// "… slid from", "… from 25.9 percent in 2015 to": a level a share moved from or to
// (the level reached, of the sentence's period, with or without a year of the level before: that one is left out)
// ("rose from 86.9 percent in 1999 to a peak of 88.7 percent", "(from 3.5 to 8.4 percent)": so to a peak, and with the
// unit said once)
const SHARE_TO = new RegExp(String.raw`\bfrom\s+[\d.]+\s*(?:percent|%)?\s+(?:in\s+(?:19|20)\d\d\s+)?to\s+`
  + String.raw`(?:a\s+(?:peak|high|low|record(?:\s+(?:high|low))?)\s+of\s+)?$`, "i");
const OWN_YEAR = /^\s*in\s+(?:19|20)\d\d\s+to\b/i;

// (a share stated earlier in the sentence: "46.7 percent of the total", "accounting for 12 percent")
const SHARE_BEFORE = new RegExp(String.raw`\d\s*(?:percent|%)\s+of\s+(?!\d)|\b(?:account(?:s|ed|ing)?\s+for|share|proportion)\b`, "i");

/** The figure before `at` with the words of its clause before it ("accounting for 46.7 percent of the total, "). */
function figureBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  const last = head.search(/[\d.]+\s*(?:percent|%)[^\d]*$/);
  if (last < 0) return head;
  return head.slice(Math.max(head.lastIndexOf(",", last), head.lastIndexOf(";", last)) + 1);
}

/** Is this percentage a change, a share, a gap to a reference, or a plain rate? */
export function detectMeasure(text: string, n: NumberMention, clause: [number, number]): Measure {
  const before = text.slice(clause[0], n.start);
  const near = text.slice(Math.max(clause[0], n.start - 60), n.start);
  const after = text.slice(n.end, Math.min(clause[1], n.end + 80));
  switch (n.kind) {
    case "money":
    case "bare":
      return "amount";
    case "count":
      return "count";
    case "multiple":
      return "multiple";
    case "pp":
      // "2.1 points faster than in the first four months": a rate's change against an earlier period
      if (RATE_AGAINST_EARLIER.test(after)) return "pp_change";
      // "4.5 points higher than the national average", "beat the national average by 19.4 points"
      return GAP_AFTER.test(after) || REFERENCE_AFTER.test(after) || AVERAGE_AFTER.test(after) || GAP_BEFORE.test(near)
        ? "pp_gap" : "pp_change";
    case "percent": {
      // "8.6 percent above the national average", "beat the national growth rate by 5.3 percent": a gap in points,
      // loosely written as percent
      if (REFERENCE_AFTER.test(after) || (GAP_BEFORE.test(near) && REFERENCE.test(near))) return "pp_gap";
      const ofAfter = /^\s*of\b/i.test(after) && !/^\s*of\s+\d{4}\b/i.test(after);
      // "…, a share 4.9 percent lower than a year before": a share's change, in points however written
      if (/\bshare\s*$/i.test(near) && /^\s*(?:lower|higher|less|more|up|down)\b/i.test(after)) return "pp_change";
      // "its share slid from 25.9 percent in 2015 to 22.6 percent in 2019": the share's two levels, neither a change
      // (only levels each of their own year: "rose from 12.1% to 13.4% in 2020" gives no year of the first)
      if (/\b(?:share|proportion)\b/i.test(before) && (SHARE_TO.test(near) || (/\bfrom\s*$/i.test(near) && OWN_YEAR.test(after)))) {
        return "share";
      }
      // "46.7 percent of the province's total, down from 57.2 percent in 2008": the share's earlier level, no change
      // (the share is the figure right before, read back to its clause's comma: "imports rose 3.3 percent, down from 8.1
      // percent" after a share elsewhere in the sentence is a growth's earlier level)
      if (/\b(?:down|up)\s+from\s*$/i.test(near) && SHARE_BEFORE.test(figureBefore(text, n.start))) return "share";
      // "its share … rose to 9.7%", "rose 2.1 percentage points to 30.5 percent": a level reached, not a change
      if (LEVEL_REACHED.test(near)) {
        return /\b(?:share|proportion|percent of|accounted|accounting)\b/i.test(before) ? "share" : "rate";
      }
      // "outpaced the national average growth of exports by 4.3 percent", "8.6 percent above the national average":
      // a gap to the average, in points however the text writes it
      if (/\b(?:outpaced|exceeded|beat|outperformed|outstripped)\b[^,;]{0,60}\baverage\b[^,;]{0,40}\bby\s*$/i.test(near)
        || AVERAGE_AFTER.test(after)) return "pp_gap";
      // "up 10.3%, or 15.9% of the total": the figure after "or" restates the amount as a share
      if (ofAfter && /(?:,\s*|\b)or\s*$/i.test(near)) return "share";
      const shareAt = lastIndex(SHARE_CUE, near);
      const growthAt = lastIndex(GROWTH_BEFORE, near);
      // "up 30.5 percent, 7.4 percent of the city's total": the change word has its figure already
      const growthTaken = growthAt >= 0 && /\d/.test(near.slice(growthAt));
      if (ofAfter && (growthAt < 0 || growthTaken || near.length - growthAt > 25 || shareAt > growthAt)) return "share";
      if (shareAt >= 0 && shareAt > growthAt) return "share";
      if (growthAt >= 0 || GROWTH_AFTER.test(after)) return "growth";
      if (/\b(?:share|proportion)\b/i.test(before)) return "share";
      if (GROWTH_BEFORE.test(before)) return "growth";
      return "rate";
    }
  }
}

/** Does a stretch of text name a direction of change, up or down ("dropped", "rose", "up")? */
export const namesDirection = (text: string): boolean => DECLINE.test(text) || RISE.test(text);

/** Does the verb closest before the figure say it fell? */
export function isDecline(text: string, n: NumberMention, clause: [number, number]): boolean {
  const before = text.slice(Math.max(clause[0], n.start - 50), n.start);
  let lastDecline = -1;
  let lastRise = -1;
  for (const m of before.matchAll(new RegExp(DECLINE.source, "gi"))) lastDecline = m.index!;
  for (const m of before.matchAll(new RegExp(RISE.source, "gi"))) lastRise = m.index!;
  // "0.2 percent less", "a 4.1 percent drop"
  if (lastDecline < 0 && lastRise < 0) {
    return /^\s*(?:(?:year[- ]on[- ]year\s+)?(?:drop|decline|decrease|fall)\b|lower|less|down|below)\b/i.test(text.slice(n.end, n.end + 30));
  }
  return lastDecline > lastRise;
}

// ("the city's own foreign trade": its own is the place's total, no part of it)
const QUALIFIER_STOP = /^(?:the|a|an|its|their|own|overall|total|foreign|goods|province|city|region|country|nation|whole|annual|same|value|volume|of)$/i;
const ZONE = /^\s*((?:[A-Z][\w-]*\s+){0,4}(?:Zones?|Areas?|Parks?|Ports?|Districts?|Corridor|Hub))\b/;
const TOTAL_WORDS = /^(?:the\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|this year|last year|\d{4})['’]s\s+)?(?:its\s+|their\s+)?(?:country['’]s|nation['’]s|china['’]s|national|province['’]s|city['’]s|region['’]s|provincial|municipal|regional)?\s*(?:\([^)]*\)\s*)?(?:overall\s+|total\s+)?(?:goods\s*)?(?:foreign\s+)?(?:trade|imports?\s+and\s+exports?|import\s+and\s+export|exports?|imports?)?\s*(?:value|volume|total)?\s*$/i;


// "exports of the three products", "these two categories": goods named before, counted back to, no name of their own
export const COUNTED_BACK = /^(?:these|those|the)?\s*(?:two|three|four|five|six|seven|eight|nine|ten|both)\s+(?:products|items|goods|categories|types|kinds)$/i;

const ZONE_REFERRED = /\b(?:through|via|in|within|from)\s+the\s+(?:bonded\s+|free\s+trade\s+|pilot\s+)?(?:zone|area|park)\b/i;

const PLACE_KINDS = ["province", "city", "region", "county", "municipality", "district", "prefecture", "zone", "port",
  "area", "country", "nation"];
const clean = (s: string) => s.replace(/["“”]/g, "").replace(/\s+/g, " ").trim();

// "momentum in import and export of new products, with total trade value reaching …": the figure is the total
const TOTAL_AFTER_GOODS = /\btotal\s+(?:foreign\s+)?(?:trade\s+)?(?:value|volume)\b|\btotal\s+(?:imports\s+and\s+exports|foreign\s+trade)\b/i;

// the participles of what customs or a port did with goods ("cleared by X Customs", "handled at the port")
const HANDLED = String.raw`(?:cleared|handled|processed|inspected|declared|supervised|transported|shipped|carried)`;

// the words that end the name of goods after "exports of": a verb, a change, a figure
const GOODS_NAME_ENDS = [
  "increased", "grew", "rose", "reached", "was", "were", "will", "fell", "dropped", "surged", "totaled",
  "totalled", "amounted", "accounted", "came", "hit", "stood", "jumped", "climbed", "soared", "declined",
  "decreased", "expanded", "posted", "saw", "registered", "recorded", "reported", "plunged", "slumped", "edged",
  "went", "gained", "added", "shrank", "contracted", "up", "down", "hitting", "reaching", "increasing", "rising",
  "making", "made\\s+up", "represented", "representing", "of\\s+\\d", "more\\s+than", "doubled", "tripled", "quadrupled", "halved",
  // ("exports of cars and car parts remained small at …": a verb of staying ends the name too)
  "remained", "stayed", "topped", "exceeded", "slipped", "dipped", "eased",
  // ("exports of electric tools led the growth, rising …": a verb of leading or driving ends it too)
  "led", "leading", "drove", "driving", "outpaced", "outperformed",
];
const GOODS_OF = new RegExp(String.raw`\b(?:exports?|imports?|export value|import value|trade|sales|shipments)\s+of\s+(?:the\s+)?`
  + String.raw`((?:(?!\b(?:${GOODS_NAME_ENDS.join("|")})\b|\s*(?:--|—))[^,;(])+)`, "ig");
// "south China's", "the country's": where in China a place or goods lie, no part of their name
const LOCATED_IN_CHINA = new RegExp(String.raw`^(?:(?:north|south|east|west|central|north-?east|north-?west|`
  + String.raw`south-?east|south-?west)(?:ern)?\s+)?(?:China|the\s+country|the\s+nation)['’]s\s+`, "i");

/**
 * The goods an "exports of …" before a figure names, "total" when it names the place's whole (its trade, its total),
 * or nothing when it names neither (a figure, a place that owns the flow).
 */
function goodsOf(of: RegExpMatchArray, left: string, clause: [number, number], entities: EntityMention[]): string | undefined {
  if (TOTAL_AFTER_GOODS.test(left.slice(of.index! + of[0].length))) return "total";
  // ("imports and exports of goods worth 205.95 billion yuan": the value is no part of the goods' name)
  const what = clean(of[1]!.replace(LOCATED_IN_CHINA, "").replace(/\b(?:China|the country|the nation)['’]s\s*/i, "")
    .replace(/\b(?:in|to|by|during)\s+\d{4}.*$/i, "")
    .replace(/\s+(?:worth|valued\s+at|totall?ing|amounting\s+to)\b.*$/i, "")
    // ("exports of aquatic products to 2.65 billion": the verb left out, the figure's "to" is no part of the goods)
    .replace(/\s+to\b(?:\s+(?:about\s+)?[\d$].*)?\s*$/i, "")
    // ("imports of crude oil through the district": the way the goods came is no part of their name)
    .replace(/\s+(?:through|via)\s+.*$/i, "")
    // ("imports of crude oil cleared by Dalian Customs": nor is who cleared or handled them, or where)
    .replace(new RegExp(String.raw`\s+${HANDLED}\s+(?:by|at|through|via|in)\b.*$`, "i"), "")
    // "automobiles from Chongqing": the place is the owner, not part of the goods (nor "made" before it: "automobiles
    // made in Tianjin")
    .replace(/\s+(?:(?:made|produced|manufactured|built|assembled)\s+)?(?:from|in|of|by)\s+(?:the\s+)?[A-Z][\w'-]*.*$/,
      ""));
  // ("trade of south China's Guangxi Zhuang Autonomous Region": a place that opens after where in China it lies)
  const located = LOCATED_IN_CHINA.exec(of[1]!)?.[0].length ?? 0;
  const whatStart = clause[0] + of.index! + of[0].length - of[1]!.length;
  const startsWithEntity = entities.some((e) => (e.start >= whatStart - 4 && e.start <= whatStart + 4)
    || (located > 0 && e.start === whatStart + located));
  // "exports of garments, furniture and household appliances totalled …": one figure for the goods together
  const rest = left.slice(of.index! + of[0].length);
  const changed = MORE_GOODS_CHANGED.exec(rest);
  const more = MORE_GOODS.exec(rest) ?? MORE_GOODS_THEN_CHANGED.exec(rest)
    ?? (changed && !/\b(?:exports?|imports?|trade)\b/i.test(changed[1]!) ? changed : null);
  // ("imports and exports of the city in north China's Hebei Province": the place's kind before where it lies)
  const named = what && !/^(?:[\d$¥]|RMB|US\$|USD|CNY)/.test(what) && !TOTAL_WORDS.test(what)
    && !PLACE_WORD.test(what.replace(/\s+(?:in|of|at|on)\s+.*$/, ""));
  if (named && !startsWithEntity) return more ? `${what}${more[1]}` : what;
  const afterPlace = startsWithEntity && !more ? goodsAfterPlace(of[1]!, whatStart, entities) : undefined;
  if (afterPlace) return afterPlace;
  // ("exports of the province", "exports of Hubei": the whole, or a place's own)
  return startsWithEntity || TOTAL_WORDS.test(what) || PLACE_WORD.test(what.replace(/\s+(?:in|of|at|on)\s+.*$/, ""))
    ? "total" : undefined;
}

// ("exports of Xland tea", "exports of Xland hair products": lower-case words right after the place, up to the figure's
// verb, name goods made there; never words of when, how or which whole: "exports of Xland last year", "… alone")
const GOODS_AFTER_PLACE = /^\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s*$/;
const NOT_GOODS_AFTER_PLACE = new RegExp(String.raw`^(?:and|or|in|to|by|with|from|at|on|for|during|over|since|as|last|`
  + String.raw`this|next|year|month|alone|also|together|combined|itself|both|all|again|only|still|first|so|which|that|who|`
  + String.raw`province|city|region|county|municipality|port|zone|area|district|prefecture|customs|proper|overall|`
  + String.raw`total|foreign|trade|imports?|exports?|goods)\b`, "i");
/**
 * The goods named right after the place an "exports of …" opens with ("exports of Xland tea": tea, Xland's), or none
 * when the place stands alone or other words follow it.
 */
function goodsAfterPlace(raw: string, whatStart: number, entities: EntityMention[]): string | undefined {
  const place = entities.find((e) => e.start === whatStart && e.kind !== "partner" && !e.possessive);
  if (!place) return undefined;
  const tail = raw.slice(place.end - whatStart).replace(/\s+(?:in|during|by)\s+\d{4}.*$/i, "")
    .replace(/\s+(?:worth|valued\s+at|totall?ing|amounting\s+to)\b.*$/i, "");
  const rest = GOODS_AFTER_PLACE.exec(tail)?.[1];
  // (one goods only: "exports of Xland wine and goji berries … respectively" are items, read as a list or not at all)
  return rest && !NOT_GOODS_AFTER_PLACE.test(rest) && !NOT_GOODS_PART.test(rest) && !/\b(?:and|or)\b/.test(rest)
    ? rest : undefined;
}

export function productOf(text: string, n: NumberMention, clause: [number, number], entities: EntityMention[]): string | undefined {
  // ("exports of electric vehicles, lithium batteries and solar cells together": the group they make up)
  const named = goodsNamed(text, n, clause, entities) ?? leadGoods(text, n, entities);
  // ("exports of electric vehicles, … and solar cells from Guangzhou": the place they come from is no part of the goods;
  // nor is the partner they go to, "exports of wool to Japan")
  const from = named ? PLACE_AFTER_GOODS.exec(named) : null;
  const goods = from && findEntities(from[1]!).length ? named!.slice(0, from.index) : named;
  // ("imports and exports of services": services are no goods but the trade mode beside them, a subject of its own)
  if (goods && SERVICES.test(goods)) return undefined;
  return goods && (groupListed(goods) ?? goods);
}
const SERVICES = /^services?$/i;

// "Leather garments, the core of the trade, dropped 11.3 percent to …", "Garlic alone was 215,000 tonnes worth …",
// "…, while bags and shoes fell 8.5 percent to …": goods that open their sentence (or a clause after "while", "and")
// and the verb of their figure, no flow named
const OPENING_VERBS = String.raw`(?:was|were|came\s+to|totall?ed|amounted\s+to|reached|rose|grew|increased|jumped|`
  + String.raw`climbed|surged|soared|fell|dropped|declined|decreased|slipped|slid|plunged|shrank|edged\s+(?:up|down))`;
const GOODS_OPENING = new RegExp(String.raw`(?:^\W*|[,;]\s*(?:and|while|but|whereas)\s+)`
  + String.raw`([A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)`
  + String.raw`(?:\s*,\s*(?:the|a|an|its|by\s+far)\s+[^,;]{1,60},|\s+(?:alone|also))?\s+${OPENING_VERBS}\b`
  // (the figure in the verb's own clause: commas only inside numbers)
  + String.raw`(?:[^,;]|,(?=\d))*$`);
// what opens a sentence with a change and is no goods: measures, money, demand, who trades
const OPENING_NOT_GOODS = new RegExp(String.raw`\b(?:(?:profit|revenue|price|output|production|order|demand|growth|`
  + String.raw`investment|consumption|sale|value|volume|share|rate|figure|number|total|tariff|cost|income|gdp|spending|`
  + String.raw`wage|job|employment|arrival|visitor|trip|flight|train|container|cargo|freight|throughput|teu|shipment|`
  + String.raw`amount|quantit(?:y|ie)|dut(?:y|ie))s?|it|they|this|that|these|those|there|here)$`, "i");
/**
 * The goods a sentence (or a clause after "while" or "and") opens with, when no flow is named before the figure:
 * "Durians were the largest item at 183,000 tonnes worth …". Only facts/extract.ts decides whether the text's flow
 * goes on (the sentence before was of goods of one flow).
 */
export function goodsOpening(text: string, n: NumberMention, entities: EntityMention[]): string | undefined {
  const left = text.slice(0, n.start);
  const m = GOODS_OPENING.exec(left);
  if (!m) return undefined;
  const goods = m[1]!;
  const at = m.index + m[0].indexOf(goods);
  const parts = goods.split(/\s+and\s+/);
  if (parts.some((p) => !p || NOT_GOODS.test(p) || OPENING_NOT_GOODS.test(p) || GENERIC_GOODS.test(p))) return undefined;
  if (FLOW_OR_PRONOUN.test(goods) || NOT_GOODS_PART.test(goods) || NOT_GOODS_LEADER.test(goods)
    || NOT_GOODS_SHARE.test(goods) || PLACE_WORD.test(goods)) return undefined;
  // (one word that could be pinyin may be a place the gazetteer lacks, "Xiaodian"; a plural, "Durians", never is)
  if (/^\S+$/.test(goods) && !/s$/i.test(goods) && looksLikePinyin(goods)) return undefined;
  if (entities.some((e) => e.start < at + goods.length && e.end > at)) return undefined;
  return goods.toLowerCase();
}
// (and where that place lies: "… from Xland in central Yprovince")
const PLACE_AFTER_GOODS = new RegExp(String.raw`\s+(?:from|in|to)\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})`
  + String.raw`(?:\s+in\s+(?:(?:north|south|east|west|central|(?:north|south)-?(?:east|west))(?:ern)?\s+)?`
  + String.raw`[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?$`);

const PART_ACCOUNTED = /^\s*(?:the\s+)?([A-Za-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,3}?)\s+(?:accounted\s+for|made\s+up)\s+(?:about\s+|nearly\s+|some\s+)?(?:US\$|\$|RMB\s*)?$/;
// the whole a part was of, spoken of before: "of that", "of the total"
const WHOLE_SPOKEN_OF = String.raw`(?:that|this|it|them|these|those|the\s+total)`;
/** "accounted for US$4.17 billion of that, up ": a part's change after the part (read here and by facts/extract.ts). */
export const PART_CHANGED_AFTER = String.raw`(?:accounted\s+for|made\s+up)\s+[^,;]{1,40}?\s+of\s+${WHOLE_SPOKEN_OF}\s*,\s*`
  + String.raw`(?:up|down)\s+$`;
const PART_CHANGED = new RegExp(String.raw`^\s*(?:the\s+)?([A-Za-z][a-z-]*(?:\s+(?:and\s+)?[a-z][a-z-]*){0,3}?)\s+`
  + PART_CHANGED_AFTER);
// the traders, people and places a part of a whole (or a sentence's opening) may be, no goods
export const NOT_GOODS_PART = new RegExp(String.raw`\b(?:cities|provinces|regions|counties|districts|ports|zones|countries|`
  + String.raw`economies|markets|partners|firms?|companies|enterprises|businesses|sellers|buyers|traders|merchants|`
  + String.raw`exporters|importers|${MAKERS_GOODS}|manufacturers|producers|residents|consumers|customers|platforms|sectors|industries|`
  + String.raw`officials?|investors|visitors|delegates|delegations|representatives|experts|analysts|leaders|workers|people|`
  + String.raw`farmers)\b`, "i");
const OF_WHOLE_AFTER = new RegExp(String.raw`^\s*of\s+${WHOLE_SPOKEN_OF}\b(?!\s+(?:for|of|in)\b)`, "i");
function goodsNamed(text: string, n: NumberMention, clause: [number, number], entities: EntityMention[]): string | undefined {
  const left = text.slice(clause[0], n.start);
  // ("exports of the group grew 14.5 percent, led by electric vehicles, which climbed 36.8 percent": the leader's own)
  const leader = LED_BY_WHICH.exec(left);
  // ("led by strong overseas demand, which rose …", "led by private firms": no goods lead)
  if (leader && !NOT_GOODS.test(leader[1]!) && !NOT_GOODS_LEADER.test(leader[1]!)
    && !entities.some((e) => e.start >= clause[0] + leader.index)) {
    return leader[1]!.toLowerCase();
  }
  // the goods named last before the figure: "exports of A rose 6 percent, exports of B rose 2 percent" (B's 2 percent);
  // ("exports of textiles, a major part of trade of the province, rose …": the last that names goods)
  for (const of of [...left.matchAll(GOODS_OF)].reverse()) {
    const goods = goodsOf(of, left, clause, entities);
    // (a whole named in an aside, ", a major part of the trade of the province,", lets the goods before it stand)
    if (goods === "total" && !/,[^,]*$/.test(left.slice(of.index! + of[0].length))) break;
    if (goods && goods !== "total") return goods;
  }
  // ("Shoes and sportswear accounted for US$4.17 billion of that": a part of the whole spoken of, the goods that open
  // the clause)
  // (and the change right after that part: "…, up 12.6 per cent")
  // (an amount's, and only goods of several words: "Xiaodian accounted for …" may be a place no gazetteer knows)
  const partOf = n.kind !== "money" && n.kind !== "percent" ? null
    : OF_WHOLE_AFTER.test(text.slice(n.end)) ? (n.kind === "money" ? PART_ACCOUNTED.exec(left) : null)
      : PART_CHANGED.exec(left);
  // (never a flow: "Exports accounted for US$2.31 billion of that" names no goods)
  // (nor who or where traded: "Coastal cities accounted for …", "Cross-border sellers accounted for …")
  if (partOf && /\s/.test(partOf[1]!) && !FLOW_OR_PRONOUN.test(partOf[1]!) && !NOT_GOODS_PART.test(partOf[1]!)
    && partOf[1]!.split(/\s+and\s+/).every((p) => !NOT_GOODS.test(p))
    && !entities.some((e) => e.start >= clause[0] && e.end <= n.start)) return partOf[1]!.toLowerCase();
  // "…, and B worth M": the item named last in a run of goods worth their values
  const item = goodsWorth(text, left, n);
  if (item) return item;
  // "imported crude oil worth 3.12 billion dollars through its ports, up 31.5 percent": the goods before the value
  const worth = GOODS_WORTH.exec(left);
  if (worth && !NOT_GOODS.test(worth[1]!) && !entities.some((e) => e.start >= clause[0] + worth.index
    && e.start < clause[0] + worth.index + worth[0].length)) return worth[1]!.toLowerCase();
  // "shipped 65.6 billion yuan of mobile phones abroad in 2020, up 50 percent": the goods named after the value
  const valueOf = VALUE_OF_GOODS.exec(text.slice(clause[0], clause[1]));
  // ("imported 2.87 billion yuan of African farm goods": goods named by their partner are that trade, no goods of their own)
  const goodsAt = valueOf ? clause[0] + valueOf.index + valueOf[0].length - valueOf[1]!.length : 0;
  const byPartner = entities.some((e) => e.start >= goodsAt && e.start < goodsAt + (valueOf?.[1]!.length ?? 0));
  // (the value itself, or a change or share right after it: "…, up 50 percent"; not a later figure of the clause)
  const valueOfEnd = valueOf ? clause[0] + valueOf.index + valueOf[0].length : 0;
  const ownFigure = valueOf && clause[0] + valueOf.index < n.start
    && (n.start < valueOfEnd || AFTER_VALUE_OF.test(text.slice(valueOfEnd, n.start)));
  if (valueOf && ownFigure && !GENERIC_GOODS.test(valueOf[1]!) && !byPartner) {
    return clean(valueOf[1]!).toLowerCase();
  }
  // "followed by solar cells at 12.4 billion yuan and lithium-ion batteries at 9.3 billion yuan"
  // ("Then low-voltage apparatus, such as switches, with 23.5 billion yuan, garments with 21.4 billion yuan, and eyeglasses,
  // which grew …": a sentence that goes on with the ranking of the one before; examples set off are no part of a name)
  const goesOn = /\bfollowed\s+by\b/i.test(text.slice(Math.max(0, clause[0] - 200), n.start)) || RANKING_GOES_ON.test(text);
  const unexampled = left.replace(EXAMPLES_BEFORE_FIGURE, (m) => " ".repeat(m.length));
  // (", and footwear at …", ", with steel at …": the "and" or "with" is no part of the name)
  const ranked = goesOn
    ? /(?:\bfollowed\s+by|^\W*(?:then|next)|,(?!\s*followed\b)(?:\s+(?:and|with)\b)?|\band)\s+((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s+(?:at|with)\s*$/i
      .exec(unexampled) ?? RANKED_WHICH.exec(left) : null;
  if (ranked && !NOT_GOODS.test(ranked[1]!) && !entities.some((e) => e.start >= clause[0] + ranked.index)) {
    return ranked[1]!.toLowerCase();
  }
  // "Clothing and accessories were the biggest export item, worth 5.47 billion dollars": the goods the sentence opens with
  const opened = ITEM_WORTH.exec(text.slice(0, n.start));
  // (one item, "and" and all: "Clothing and accessories")
  if (opened && !NOT_GOODS.test(opened[1]!.replace(/\band\b/gi, "")) && !entities.some((e) => e.start < opened[1]!.length)) {
    return opened[1]!.toLowerCase();
  }
  // "Electric vehicles led the growth, with exports of 21.5 billion yuan"
  // ("Lithium batteries led the group with 17.1 billion yuan")
  // ("Electric vehicles led the way, with exports worth 31.62 billion yuan")
  const led = /^\s*((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s+led\b(?:[^,;]*,\s*with\s+(?:exports|imports|sales)\s+(?:of|worth|valued\s+at)|\s+(?:the\s+)?(?:group|category|list|way|pack|field)\s+(?:with|at))\s*$/i.exec(left);
  if (led && !NOT_GOODS.test(led[1]!)) return led[1]!.toLowerCase();
  // ("Lithium batteries were the largest of the three categories, with exports of 35.9 billion yuan": the goods the
  // sentence opens with, whose flow the clause after names)
  const opener = GOODS_WITH_FLOW.exec(left);
  if (opener && !NOT_GOODS.test(opener[1]!) && !FLOW_OR_PRONOUN.test(opener[1]!) && !GENERIC_GOODS.test(opener[1]!)
    && !NOT_GOODS_PART.test(opener[1]!) && !PLACE_WORD.test(opener[1]!) && !entities.some((e) => e.start < n.start)) {
    return opener[1]!.toLowerCase();
  }
  // "Solar cells were the only one of the three to shrink: their exports fell …": the goods "their" refers back to
  const theirs = THEIR_FLOW.exec(text.slice(0, n.start));
  if (theirs && !NOT_GOODS.test(theirs[1]!) && !GENERIC_GOODS.test(theirs[1]!)
    && !entities.some((e) => e.start < theirs[1]!.length)) return theirs[1]!.toLowerCase();
  // "shipped more than 11,800 NEVs abroad": the goods counted before "abroad"
  // ("exported 47.1 million laptop computers last year, worth …": the goods counted, their value after)
  // ("shipped 5.2 million printers abroad, worth …": "abroad" before the value's comma says where, no goods' word)
  const shipped = new RegExp(String.raw`\b(?:shipped|sold|exported|imported)\s+(?:more\s+than\s+|over\s+|about\s+|`
    + String.raw`nearly\s+)?[\d,.]+\s+(?!(?:(?:thousand|million|billion)\s+)?(?:tonnes|tons|units|cubic|barrels|kwh|`
    + String.raw`kilowatt|gw|gigawatts?|mw|megawatts?|yuan|rmb|renminbi|dollars|us|usd|u\.s\.|percent|`
    + String.raw`per)\b)(?:(?:thousand|million|billion)\s+)?((?:[A-Za-z][\w-]*\s+){0,2}(?!(?:abroad|`
    + String.raw`overseas)\b)[A-Za-z][\w-]*)(?:\s+(?:abroad|overseas)\b|(?=\s+(?:in|during|last|this)\b[^,;]*,|`
    + String.raw`,))`, "i").exec(left);
  if (shipped) return shipped[1]!;
  // ("exported 9.7 billion yuan of cars, of which electric buses accounted for 3.1 billion yuan": the part's goods)
  const part = n.kind !== "percent" ? PART_OF_WHICH.exec(left) : null;
  if (part && !NOT_GOODS.test(part[1]!) && !FLOW_OR_PRONOUN.test(part[1]!) && !GENERIC_GOODS.test(part[1]!)
    && !NOT_GOODS_SHARE.test(part[1]!) && !entities.some((e) => e.start >= clause[0] + part.index)) {
    return part[1]!.toLowerCase();
  }
  // "Mobile phones accounted for 12.3 percent of the city's exports": goods that open their clause own its share
  const share = n.kind === "percent" ? SHARE_OWNER.exec(left) : null;
  if (share && !NOT_GOODS.test(share[1]!) && !FLOW_OR_PRONOUN.test(share[1]!) && !GENERIC_GOODS.test(share[1]!)
    && !NOT_GOODS_WHOSE.test(share[1]!) && !NOT_GOODS_SHARE.test(share[1]!)
    // (one word that could be pinyin may be a place the gazetteer lacks, "Xiaodian"; a plural, "Bicycles", never is)
    && !(/^\S+$/.test(share[1]!) && !/s$/i.test(share[1]!) && looksLikePinyin(share[1]!))
    && !entities.some((e) => e.start < clause[0] + share.index + share[0].length && e.end > clause[0] + share.index)) {
    return share[1]!.toLowerCase();
  }
  // "lithium carbonate and battery materials, whose exports more than doubled to …": the goods the clause is about
  const whose = WHOSE_FLOW.exec(left);
  if (whose && !NOT_GOODS_WHOSE.test(whose[1]!)) return clean(whose[1]!).toLowerCase();
  // "Crude oil imported by rail amounted to 1.92 million tonnes": the goods named before their flow's participle
  const participle = GOODS_PARTICIPLE_BEFORE.exec(left);
  const participleAt = clause[0] + (participle?.index ?? 0);
  if (participle && !NOT_GOODS.test(participle[1]!) && !GENERIC_GOODS.test(participle[1]!) && !PLACE_WORD.test(participle[1]!)
    && !FLOW_OR_PRONOUN.test(participle[1]!)
    && !entities.some((e) => e.start < participleAt + participle[0].length && e.end > participleAt)) {
    return participle[1]!.toLowerCase();
  }
  // ("Shoes are number one: footwear exports were …": a colon opens the statement the goods lead)
  const colon = left.search(/:\s(?=[^:]*$)/);
  // "The May figure for tin ore imports published on June 9 has been revised to …": the goods the revised figure is for
  const revised = FIGURE_FOR_GOODS.exec(left.slice(colon + 1));
  if (revised && !NOT_GOODS.test(revised[1]!) && !GENERIC_GOODS.test(revised[1]!) && !PLACE_WORD.test(revised[1]!)
    && !FLOW_OR_PRONOUN.test(revised[1]!) && !entities.some((e) => e.start < clause[0] + left.indexOf(revised[1]!)
    + revised[1]!.length && e.end > clause[0] + left.indexOf(revised[1]!))) return revised[1]!.toLowerCase();
  // "Aircraft imports reached 6.1 billion yuan", "In May, steel exports rose 3%": the goods named before the flow
  // "bulk commodity imports, including iron ore, soybeans and crude oil, totaled …": the list is an aside
  // ("XINGTAI, March 3, 2031 -- Glass exports from …": where and when the report was filed opens no goods' name)
  const before = GOODS_BEFORE_FLOW.exec(left.slice(colon + 1).replace(FILED_DATELINE, "").replace(LISTED_ASIDE, " ")
    .replace(PLACE_APPOSITIVE, ""));
  // ("Aircraft and parts imports rose …": goods with their parts are one goods, whose "and" joins no two flows)
  const goods = before ? WITH_PARTS.exec(before[1]!)?.[1] ?? before[1]! : "";
  if (before && !NOT_GOODS.test(goods) && !SAYING.test(before[1]!) && !MEASURE_OF.test(before[1]!)
    && !entities.some((e) => e.start < clause[0] + left.indexOf(before[1]!) + before[1]!.length
    && e.end > clause[0] + left.indexOf(before[1]!))) return before[1]!.toLowerCase();
  return undefined;
}

// "The September figure for tin ore imports (published …) has been revised to": a correction naming the goods its figure
// is for, the figure after the verb
const FIGURE_FOR_GOODS = new RegExp(String.raw`^\W*(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:figure|number|data|total|value|volume)\s+`
  + String.raw`for\s+((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+(?:exports|imports)\b[^;]*?\b(?:has|have|had)\s+been\s+`
  + String.raw`(?:revised|corrected|adjusted)\s+(?:(?:up|down)(?:wards?)?\s+)?to\s+(?:about\s+)?$`, "i");

// "Then …" opening a sentence: the ranking of the sentence before goes on
const RANKING_GOES_ON = /^\W*(?:then|next)\b/i;
// ", such as switches and circuit breakers," between goods and their figure's "with"
const EXAMPLES_BEFORE_FIGURE = /\s*,\s+(?:such\s+as|including|like|mainly)\b[^,;]*,(?=\s*(?:with|at)\s*$)/i;
// ", and eyeglasses, which grew 12.7 percent to …": the item a ranked run ends with, its figures in a relative clause
const RANKED_WHICH = /(?:,\s*and|,|\band)\s+((?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*),\s*which\s+[^,;]*$/i;
const THEIR_FLOW = new RegExp(String.raw`^\s*((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s+(?:were|was|remained)\b`
  + String.raw`[^:;.]*[:;]\s*(?:and\s+)?their\s+(?:exports|imports)\b[^:;]*$`, "i");
const ITEM_WORTH = new RegExp(String.raw`^\s*((?:[A-Za-z][\w-]*\s+){0,4}?[A-Za-z][\w-]*)\s+(?:was|were|remained|became)\s+`
  + String.raw`(?:(?:by\s+far|again|still)\s+)?(?:the\s+)?(?:(?:second|third)[- ])?(?:biggest|largest|main|leading|top)\s+`
  + String.raw`(?:export|import)\s+(?:item|product|commodity|category)s?\s*,?\s*(?:worth|at|with|valued\s+at)\s*$`, "i");
// ("exported 11.34 billion yuan worth of medical instruments and devices in 2020": up to six words, to a period or a place)
const AFTER_GOODS = String.raw`(?:abroad|overseas|in|during|last|this|to|from|through|via|worth|up|down|and\s+(?:its|their|the)\b)`;
const LISTED_ITEM = String.raw`(?!(?:imports?|exports?|imported|exported|trade|its|their|the|while|but|which|up|down|`
  + String.raw`fell|rose|grew)\b)[a-z][a-z-]*(?:\s+(?!${AFTER_GOODS}\b)[a-z][a-z-]*){0,3}`;
const VALUE_OF_GOODS = new RegExp(String.raw`\b(?:shipped|sold|exported|imported)\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+)?`
  + String.raw`(?:US\$|\$|RMB\s*)?\d[\d.,]*\s*(?:(?:trillion|billion|million)\s+)?(?:yuan|(?:US\s+|U\.S\.\s+)?dollars|rmb)['’]?\s+`
  // ("exported 6.2 billion yuan (0.9 billion US dollars) of tea": the same value in another currency, bracketed)
  + String.raw`(?:\([^()]{1,60}\)\s+)?`
  + String.raw`(?:worth\s+)?of\s+(?:the\s+)?([a-z][a-z-]*(?:\s+(?!${AFTER_GOODS}\b)[a-z][a-z-]*){0,5}`
  // ("1.06 billion dollars' worth of concrete pumps, cranes and excavators": a list of goods is one goods)
  + String.raw`(?:(?:,\s+${LISTED_ITEM})*,?\s+and\s+${LISTED_ITEM})?)`
  + String.raw`(?=\s+${AFTER_GOODS}\b|\s*[,;.)]|\s*$)`, "i");
// (the later words lower-case; one word alone that reads as pinyin may be a place the gazetteer lacks, see below)
const SHARE_OWNER = new RegExp(String.raw`^[,;]?\s*(?:(?:and|while|but|whereas)\s+)?([A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+`
  + String.raw`(?:(?:alone|also|together|thus|therefore|hence|combined)\s+)?(?:accounted\s+for|made\s+up|represented)\s+`
  + String.raw`(?:about\s+|around\s+|nearly\s+|over\s+)?$`);
const PART_OF_WHICH = new RegExp(String.raw`\bof\s+which\s+([A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+`
  + String.raw`(?:alone\s+)?(?:accounted\s+for|made\s+up|came\s+to|were|was)\s+(?:about\s+|around\s+|nearly\s+|over\s+)?$`, "i");
// markets, partners and sectors that take a share are no goods: "Emerging markets accounted for 40 percent"
const NOT_GOODS_SHARE = /\b(?:markets?|economies|countries|nations|partners|destinations|services|sectors?|industries)\b/i;
const GOODS_WITH_FLOW = new RegExp(String.raw`^\W*((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)\s+(?:were|was|remained)\s+`
  + String.raw`[^,;\d]{1,80},\s*with\s+(?:exports|imports|sales|shipments)\s+(?:of|worth|valued\s+at)\s+(?:about\s+|nearly\s+)?`
  + String.raw`(?:US\$|\$|RMB\s*)?$`, "i");
const FLOW_OR_PRONOUN = /\b(?:exports?|imports?|trade|shipments?|sales|it|they|this|that|these|those|he|she|we|which)\b/i;
const NOT_GOODS_LEADER = /\b(?:demand|orders|markets?|firms|companies|enterprises|policies|prices|consumption|investment)\b/i;
const LED_BY_WHICH = /\bled\s+by\s+((?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*),\s*which\s+[^,;]*$/i;
const GOODS_WORTH = /\b(?:imported|exported|shipped|sold)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:worth|valued\s+at)\s+[^;]*$/i;
// words that name all of a place's goods, not some: a value "of goods" or "exported goods worth …" is its own total
const GENERIC_GOODS = /^(?:goods|products|commodities|merchandise|items|cargo|(?:foreign\s+)?trade)$/i;

// "…, and iron ore worth 3.1 billion yuan": the item of a run of goods "worth" a value after a verb of trade, named
// last before the figure (or before the change and share right after its value)
const FLOW_VERBS = String.raw`(?:exported|imported|shipped|sold|bought|purchased)`;
const GOODS_NAME = String.raw`((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)`;
const WORTH = String.raw`\s+(?:worth|valued\s+at)\s+(?:(?:about|around|over|nearly|almost|more\s+than|some)\s+)?`;
const WORTH_ANY = new RegExp(String.raw`\b${FLOW_VERBS}\s+${GOODS_NAME}${WORTH}`);
const WORTH_ITEM = String.raw`(?:\b${FLOW_VERBS}\s+|,\s*(?:and\s+)?|\s+and\s+)${GOODS_NAME}${WORTH}`;
const VALUE = String.raw`[\d.,]+(?:\s+(?:trillion|billion|million|thousand|yuan|dollars|US|U\.S\.|RMB))*`;
const CONTINUED = String.raw`,\s*(?:up|down|rising|falling|an?\s+(?:increase|rise|decrease|drop|fall|decline)\s+of|or|`
  + String.raw`accounting\s+for|making\s+up|representing)\s+(?:by\s+)?`;
const TAIL = String.raw`(?:\s+(?:in|during|through|via)\s+[^,;]{1,30})?(?:\s*${CONTINUED}[\d.,]+\s*(?:%|percent|per\s+cent)?)*`
  + String.raw`\s*${CONTINUED}`;
const WORTH_ITEM_AT = new RegExp(String.raw`${WORTH_ITEM}(?:${VALUE}${TAIL})?$`);
// what may stand between goods shipped "N of X" and the change or share that is theirs: "abroad in 2020, up"
// ("…abroad in 2018, a year-on-year increase of", "… in 2018, 61.4 percent more": one clause of no flow of its own)
const AFTER_VALUE_OF = new RegExp(String.raw`^(?:\s+(?:abroad|overseas))?(?:${TAIL}|(?:\s+(?:in|during)\s+[^,;]{1,30})?\s*,\s*`
  + String.raw`(?![^,;]*\b(?:exports?|imports?|trade|its|their|total)\b)[a-z -]{0,40})$`, "i");
// "the value of electric vehicles exported by Hubei reached …"
const GOODS_PARTICIPLE = new RegExp(String.raw`\bvalue\s+of\s+${GOODS_NAME}\s+${FLOW_VERBS}\b`);

/** The goods of a run "exported A worth N and B worth M" a figure belongs to, or those "the value of A exported" names. */
function goodsWorth(text: string, left: string, n: NumberMention): string | undefined {
  const ok = (g: string | undefined) => (g && !NOT_GOODS.test(g) && !GENERIC_GOODS.test(g) ? g : undefined);
  const item = WORTH_ANY.test(text.slice(0, n.start)) ? WORTH_ITEM_AT.exec(left) : null;
  return ok(item?.[1]) ?? ok(GOODS_PARTICIPLE.exec(left)?.[1]);
}

const POSSESSED_INDUSTRY =
  /['’]s\s+((?:[a-z-]+\s+){1,4})(?=(?:investment|exports?|imports?|trade)\b(?!\s+(?:province|city|municipality|powerhouse)\b))/g;
const PARTNER_STANDING = /\bpartners?\b|\bwith\s*$/i;
// ("The value of exports was …": the measure named before the flow names no goods)
const MEASURE_OF = /^(?:total\s+)?(?:value|volume|quantity|amount)\s+of$/i;
// "The port's customs said imports …": who said it, before the flow, names no goods
const SAYING = /\b(?:said|says|say|reported|reports|announced|showed|shows|noted|added)\b/i;
// the verbs a figure of goods follows ("steel exports rose …"), and the adverbs that may stand between
const GOODS_VERBS = ["reached", "rose", "grew", "increased", "jumped", "surged", "climbed", "soared", "fell", "dropped",
  "declined", "decreased", "totaled", "totalled", "amounted", "came", "stood", "hit", "were", "was", "registered", "recorded",
  "posted", "expanded", "slipped", "slid", "plunged", "shrank", "topped", "exceeded", "accounted", "edged"];
const SET_OFF_CONNECTIVES = ["by\\s+contrast", "in\\s+contrast", "by\\s+comparison", "however", "meanwhile", "likewise",
  "too", "though",
  "in\\s+turn", "on\\s+the\\s+other\\s+hand", "for\\s+(?:their|its)\\s+part"];
const GOODS_ADVERBS = ["alone", "also", "together", "altogether", "meanwhile", "likewise"];
const WHOSE_FLOW = new RegExp(String.raw`(?:\b(?:from|of|in|by|on|as|with)\s+|^\s*)`
  + String.raw`((?:(?!(?:from|of|in|by|on|as|with)\b)[A-Za-z-]+\s+){0,6}[A-Za-z-]+),\s+whose\s+(?:exports|imports|sales)\b[^,;]*$`, "i");
// (a place or a firm "whose exports" is no goods)
// "imports of the city from Russia": a place named by its kind owns the flow, it is no goods
const PLACE_WORD = new RegExp(`^(?:(?:whole|entire|autonomous)\\s+)?(?:${PLACE_KINDS.join("|")})$`, "i");
const NOT_GOODS_WHOSE = /\b(?:province|city|region|county|country|company|firm|enterprises?|companies|firms|zone|port|it|they)\b/i;
const GOODS_BEFORE_FLOW = new RegExp(String.raw`^[,;]?\s*(?:(?:and|while|but|whereas)\s+)?(?:(?:in|during|for|over|by|with|of\s+(?:this|which|these|them)|(?:among|within)\s+(?:them|these|those|this|which))\b[^,]*,\s*)?`
  // ("As a result, fruit imports through X fell …": a connective set off before the goods)
  + String.raw`(?:(?:as\s+a\s+result|in\s+addition|however|meanwhile|moreover|furthermore|still|also|overall)\s*,\s*)?`
  // ("with coal prices lower, the value of coal imports fell …": the measure named before the goods is no part of them)
  + String.raw`(?:the\s+)?(?:(?:value|volume|quantity)\s+of\s+(?:the\s+)?)?`
  // ("…, and its automobile exports soared …": the goods of the place a pronoun or its kind stands for)
  + String.raw`(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+|(?:its|their)\s+|the\s+(?:province|city|region)['’]s\s+)?`
  // ("The value of exports was …": the measure alone, no goods before the flow)
  + String.raw`(?!(?:value|volume|quantity)\s+of\s)((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+(?:exports|imports)`
  // ("Pump exports, by contrast, fell …": a connective set off between the flow and its verb)
  + String.raw`(?:,\s*(?:${SET_OFF_CONNECTIVES.join("|")}),)?\s+`
  // ("coal imports from Mongolia reached …": the partner between is no part of the goods)
  + String.raw`(?:(?:from|to|with)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:(?:,\s*|and\s+)(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3})*)?`
  // ("crude oil imports through the city reached …": nor is the way they came)
  // ("… through the cross-border pipeline at X port reached …": nor the place on the way it passes)
  // ("… at X port", "… through X's port", "… through the X area of the Y Pilot Free Trade Zone": any words of the way
  // or the place, up to the verb, with no figure between)
  + String.raw`(?:(?:through|via|at)\s+[^,;\d]{1,80}?\s+)?`
  // ("Fruit imports in that month totalled …", "Steel exports in 2030 fell …": when, between the flow and its verb)
  + String.raw`(?:(?:in|during|for)\s+(?:(?:that|this|the\s+same)\s+(?:month|quarter|period|year)|(?:19|20)\d\d)\s*,?\s+)?`
  + `(?:(?:${GOODS_ADVERBS.join("|")}),?\\s+)?(?:${GOODS_VERBS.join("|")})\\b`, "i");
// "XINGTAI, March 3, 2031 -- ", "HEIHE, Heilongjiang, Jan. 12 --", "YIWU --": a place in capitals, where and when filed
const FILED_DATELINE = new RegExp(String.raw`^\s*[A-Z][A-Z'’.]+(?:[\s-][A-Z][A-Z'’.]+)*`
  + String.raw`(?:,\s*[A-Z][A-Za-z'’.]*(?:\s+[A-Z][A-Za-z'’.]*)*?)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?`
  + String.raw`\s*(?:\([^)]*\))?\s*(?:--|—|–)\s*`);
const GOODS_PARTICIPLE_BEFORE = new RegExp(String.raw`^[,;]?\s*(?:(?:and|while|but|whereas)\s+)?`
  + String.raw`((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+(?:imported|exported)\s+`
  + String.raw`(?:(?:by|through|via|from|to)\s+(?:the\s+)?(?:[\w-]+\s+){1,3})?(?:${GOODS_VERBS.join("|")})\b`, "i");
// "set a target of 20 percent growth", "are forecast at $75 billion", "aims for growth of 8 percent": a figure looked
// ahead to, not one reached (marked, so it answers only a question about expectations); a bare "will" is not one
// (translated releases write the year's own figures so: "trade in 2025 will increase by 10.5%")
export const LOOKED_AHEAD = new RegExp(String.raw`\b(?:targets?\s+(?:of|at|for)|targeted|goals?\s+(?:of|is|was)|aim(?:s|ed|ing)?\s+(?:at|for|to)`
  + String.raw`|(?:is|are|was|were)\s+(?:forecast|projected|expected|predicted)|forecasts?|plans?\s+to`
  // ("was likely to exceed 350 billion yuan", "are on course to top …": an estimate, not an outcome)
  + String.raw`|(?:un)?likely\s+to|on\s+(?:course|track)\s+to)\b`, "i");
/** The verb that states goods' amount, and up to two words after it, right before the figure ("totalled about "). */
export const STATES_AMOUNT = String.raw`\s+(?:totall?ed|were|was|reached|came\s+to|amounted\s+to|stood\s+at|hit)\s+(?:\w+\s+){0,2}$`;
const MORE_GOODS = new RegExp(String.raw`^((?:,\s*[a-z][\w' -]*?)*,?\s+and\s+[a-z][\w' -]*?)${STATES_AMOUNT}`);
// ("exports of A, B and other C reached N, up 18.8 percent": the change after the goods' amount is of them together too)
const MORE_GOODS_THEN_CHANGED = new RegExp(String.raw`^((?:,\s*[a-z][\w' -]*?)*,?\s+and\s+[a-z][\w' -]*?)`
  + String.raw`\s+(?:totall?ed|were|was|reached|came\s+to|amounted\s+to|stood\s+at|hit)\s+(?:[^,;]|,(?=\d))*,\s*`
  + String.raw`(?:up|down|rising|falling|growing)\s+(?:by\s+)?$`);
const CHANGE_VERBS = "rose|grew|increased|jumped|surged|climbed|soared|expanded|fell|dropped|declined|decreased|slipped|slid|plunged|shrank";
// ("combined exports of tea, coffee and cut flowers rose 14.2 percent to 22.05 billion yuan": the change of them together)
const MORE_GOODS_CHANGED = new RegExp(String.raw`^((?:,\s*[a-z][a-z' -]*?)*,?\s+and\s+[a-z][a-z' -]*?)\s+(?:${CHANGE_VERBS})\b[^,;]*$`);
// ("Baijiu exports, led by Moutai, increased 18.4 percent to …": the verb and the figure's words after it)
// ("Crude oil imports, mostly through the X pipeline, fell …": the way most of the goods came, set off the same way)
const LISTED_ASIDE = new RegExp(String.raw`,\s+(?:including|such as|mainly|mostly|chiefly|largely|namely|led by|`
  + String.raw`(?:(?:mainly|mostly|largely|chiefly)\s+)?(?:through|via))\b[^;]*?,\s*(?=\w+\b[^,;]*$)`, "i");
// ("Tea exports from Anxi, a county known for oolong, rose …": what the place the goods come from is, set off after it)
const PLACE_APPOSITIVE = new RegExp(String.raw`(?<=\b(?:from|to|with)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)`
  + String.raw`,\s+(?:a|an|the|home\s+(?:of|to)|one\s+of|known\s+(?:as|for)|capital\s+of)\s+[^,;\d]{3,160},(?=\s+[a-z])`);
// ("October exports were …", "first-quarter imports": a month or a part of the year is when, no goods; "in", "month"
// and "half" only as words of their own: "plug-in hybrids", "half-finished garments" are goods)
const NOT_GOODS = new RegExp(String.raw`\b(?:total|overall|foreign|own|its|their|his|her|our|the|goods|and|province|city|region|`
  + String.raw`country|monthly|annual|combined|both|while|but|whereas|whose|which|first|second|last|this|these|those|general|`
  + String.raw`processing|trade|january|february|march|april|may|june|july|august|september|october|november|december|`
  + String.raw`jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|quarter|half-year|q[1-4]|h[12])\b|['’]s\b`
  + String.raw`|(?<![\w-])(?:in|during|month|half)(?![\w-])`, "i");

// ("in dollar terms", and "measured in US dollars," opening a sentence)
const CURRENCY_TERMS = /\bin\s+((?:US\s+|U\.S\.\s+)?dollars?|USD|yuan|RMB|renminbi)(?:[- ]denominated)?\s+terms\b|^\W*(?:measured|calculated|counted|expressed|denominated)\s+in\s+((?:US\s+|U\.S\.\s+)?dollars|USD|yuan|RMB|renminbi)\b/i;
// the carriers goods move by, and the verbs that say they moved them
const CARRIERS = ["(?:freight\\s+)?trains?", "(?:the\\s+)?railway", "rail(?:\\s+services?)?", "(?:cargo\\s+)?flights",
  "(?:cargo\\s+)?ships", "vessels", "trucks"];
const CARRIED = ["carried", "transported", "shipped", "moved", "delivered", "hauled"];
const CARRIED_BY = new RegExp(`\\b(${CARRIERS.join("|")})\\b[^,;.]{0,40}?\\b(?:${CARRIED.join("|")})\\b`, "i");
/** "2,000 TEUs carried by trucks": the carrier named right after a figure (its unit may come between). */
export const CARRIED_AFTER = new RegExp(`^\\s*(?:[A-Za-z-]+\\s+)?(?:${CARRIED.join("|")})\\s+(?:by|on|via)\\s+(?:the\\s+)?(${CARRIERS.join("|")})\\b`,
  "i");

const COVERING = /,\s*(?:covering|involving)\s+(?:(?:exports?|imports?|trade|goods)\s+)?(?:of\s+|worth\s+|valued\s+at\s+)?(?:about\s+)?$/i;
// ("36,700 RCEP certificates of origin"): the things a count before names, with an acronym and an "of" phrase
const COUNTED_BEFORE = /\b\d[\d,.]*\s+(?:(?:thousand|million)\s+)?((?:[A-Z]{2,}\s+)?[a-z][a-z-]+(?:\s+of\s+[a-z]+)?)/g;
// "GUANGZHOU, April 17 (Xinhua) -- ", "Some News Port (www.example.com) -- ": who filed a report, and where
const DATELINE_LEAD = /^[^.;()]{0,60}\([^)]*\)\s*(?:--|—|–)\s*/;

/**
 * What narrows a figure beyond its entity and metric: "exports of electronic products",
 * "Comprehensive Bonded Zones", "the country's household appliances", "average annual", "new three types".
 */
// "offshore duty-free sales", "duty-free shop sales": sales of shops, named by the kind of shop
const DUTY_FREE_SALES = /\b((?:offshore\s+)?duty[- ]free)\s+(?:shop(?:ping)?\s+)?sales\b/i;
// the dash after a figure that opens a bullet, before the words that say what it is (its subject: facts/extract.ts)
export const LEAD_DASH = /^\s+[-–—]\s+/;
/**
 * "7.92 billion yuan - exports of ships and parts, up 5.1 percent": a figure that opens its bullet is of the goods the
 * words after its dash name, before their first comma, read as if they came before it.
 */
function leadGoods(text: string, n: NumberMention, entities: EntityMention[]): string | undefined {
  const dash = LEAD_DASH.exec(text.slice(n.end));
  if (!dash || text.slice(0, n.start).replace(/^[\s*•-]+/, "").trim()) return undefined;
  const from = n.end + dash[0].length;
  const comma = text.slice(from).search(/[,;.](?:\s|$)/);
  const to = comma < 0 ? text.length : from + comma;
  return goodsNamed(text, { ...n, start: to, end: to }, [from, to], entities);
}
export function findQualifier(text: string, n: NumberMention, clause: [number, number], entities: EntityMention[], measure: Measure): string | undefined {
  const parts: string[] = [];
  const left = text.slice(clause[0], n.start);
  // ("Some News Port (www.example.com) -- Xining's …": the site a report opens with is no port)
  const own = left.slice(DATELINE_LEAD.exec(left)?.[0].length ?? 0);
  const product = productOf(text, n, clause, entities);
  if (product) parts.push(product);
  // a quoted name right after a possessive: China's "new three types"
  const quoted = /['’]s\s+["“]([^"”]{3,40})["”]/.exec(left);
  if (quoted && !parts.some((p) => p.includes(quoted[1]!))) parts.push(clean(quoted[1]!));
  // Henan and Chongqing Comprehensive Bonded Zones, Yunnan Pilot Free Trade Zone
  for (const e of entities) {
    if (e.end > n.start || e.start < clause[0] + left.length - own.length) continue;
    const z = ZONE.exec(text.slice(e.end, n.start));
    // ("the Hainan Free Trade Port's imports and exports": a free trade port spans its whole province)
    if (z && !(e.kind === "province" && /^\s*free\s+trade\s+port$/i.test(z[1]!))) { parts.push(z[1]!.trim().toLowerCase()); break; }
  }
  // "Liangjiang New Area's imports and exports", "through Erenhot Port": a zone or port the gazetteer does not
  // know owns its figure; it is never the place's total
  if (!parts.length) {
    const zone = zoneBefore(own);
    if (zone) parts.push(zone);
    // ("imports and exports through the zone reached …": a zone named before, never the place's total)
    else if (ZONE_REFERRED.test(own)) parts.push(ZONE_REFERRED.exec(own)![0].toLowerCase());
  } else if (product && parts.length === 1) {
    // ("Imports of iron ore through the Westbay port area of X totalled …": the goods, and the zone they came through)
    const zone = zoneBefore(own);
    if (zone) parts.push(zone);
  }
  if (/\baverage\s+annual\b/i.test(left)) parts.push("average annual");
  // ("Offshore duty-free sales came to 34.88 billion yuan": shops' sales, no flow of the place's trade)
  const sales = DUTY_FREE_SALES.exec(left);
  if (sales && measure !== "share") parts.push(`${sales[1]!.toLowerCase().replace(/\s+/g, " ")} sales`);
  // "issued 36,700 certificates of origin, covering exports of N": the value the things counted before cover, never
  // the place's whole flow
  const covering = COVERING.exec(left);
  const covered = covering ? [...left.slice(0, covering.index).matchAll(COUNTED_BEFORE)].at(-1) : undefined;
  if (covered) parts.push(`covered by ${covered[1]!}`);
  // "In US dollar terms, trade reached 423.6 billion dollars, down 3.4 percent": a change measured in dollars
  if (measure === "growth" || measure === "multiple") {
    // (only between this figure and the figures beside it: "1.78 trillion yuan, up 2.5 percent, or 253.1 billion dollars,
    // down 2.8 percent in dollar terms" measures the second change in dollars, not the first)
    const before = text.slice(clause[0], n.start).replace(/^[\s\S]*\d/, "");
    const after = text.slice(n.end, clause[1]).replace(/\d[\s\S]*$/, "");
    // ("In US dollar terms, trade reached …, down 3.4 percent": a clause that opens with it is measured so throughout)
    const opening = CURRENCY_TERMS.exec(text.slice(clause[0], n.start));
    // ("down 3.1 percent in dollar terms but up 3.4 percent in yuan terms": the terms right after a figure are its own)
    const following = CURRENCY_TERMS.exec(after);
    const own = following && /^\W*$/.test(after.slice(0, following.index)) ? following : null;
    const terms = own ?? CURRENCY_TERMS.exec(before) ?? following
      ?? (opening && /^\W*$/.test(text.slice(clause[0], clause[0] + opening.index)) ? opening : null);
    if (terms) parts.push(/yuan|rmb|renminbi/i.test(terms[1] ?? terms[2]!) ? "in yuan terms" : "in dollar terms");
  }
  // "freight trains on the railway carried … worth N": goods a carrier moved, never the place's trade
  const carried = CARRIED_BY.exec(left);
  if (carried) parts.push(`carried by ${carried[1]!.toLowerCase().replace(/^the\s+/, "")}`);
  // 50% of the country's household appliances: the share's base, when it is not a total
  if (measure === "share") {
    const base = /^\s*of\s+((?:(?!\b(?:and|while|with)\b)[^,;.])+)/i.exec(text.slice(n.end, clause[1]));
    // "of Hubei's foreign trade", "of its total": a whole, not a qualifier
    // ("of Jilin province's foreign trade of 16.85 billion dollars": whose whole it is, and how big, are no qualifier;
    // "of the province's total of 4.14 trillion yuan" is cut at its decimal point)
    const what = base && clean(base[1]!)
      .replace(/^(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+(?:province|city|region|municipality))?['’]s\s+/, "")
      .replace(/\s+(?:in|during|for|by|from|over)\s+.*$/i, "")
      .replace(/\s+(?:of|at|worth)\s+(?:about\s+|around\s+)?(?:US\$|\$|RMB\s*)?\d.*$/i, "");
    // ("of the foreign trade of Liaoning province": a place's total named after it is a whole too)
    const ofPlace = what ? /^(.*?)\s+(?:of|for|in)\s+(?:the\s+)?([A-Z].*)$/.exec(what) : null;
    const whole = what !== null && (TOTAL_WORDS.test(what)
      || (ofPlace !== null && TOTAL_WORDS.test(ofPlace[1]!) && findEntities(ofPlace[2]!).length > 0));
    // ("contributed 413 billion yuan, or 61.3 percent of the provincial total" is a share of the whole, not of growth)
    const contributed = /\bcontribut(?:ing|ed|es|e|ion)\b/i.test(text.slice(Math.max(clause[0], n.start - 40), n.start));
    if (contributed && !whole) parts.push("contribution to growth");
    if (what && !whole) parts.push(what.replace(/^(?:the\s+)?(?:country|nation|china)['’]s\s+/i, ""));
  }
  // Anhui's automobile manufacturing industry investment
  // (lower-case words only, and no verb: "Liaoning province recorded imports" names no industry)
  // ("China's second-largest foreign trade province": a name for a place, no industry)
  const poss = [...left.matchAll(POSSESSED_INDUSTRY)].at(-1);
  // ("Germany remained Jilin's largest trading partner with trade of N": a partner's standing, no industry)
  if (poss && !/\b[a-z]+ed\b/.test(poss[1]!) && !PARTNER_STANDING.test(poss[1]!)) {
    const words = poss[1]!.trim().split(/\s+/).filter((w) => !QUALIFIER_STOP.test(w) && !/^(?:import|and|export|imports|exports)$/i.test(w));
    if (words.length) parts.push(words.join(" "));
  }
  const q = [...new Set(parts.map((p) => p.trim()).filter(Boolean))].join("; ");
  return q || undefined;
}
