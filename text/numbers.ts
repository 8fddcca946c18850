import { ROUTE_NAME } from "./routes.js";
/** Finds the numbers a sentence states and parses their value, unit, scale and hedges. */

export type NumberKind = "percent" | "pp" | "money" | "count" | "multiple" | "bare";

export interface NumberMention {
  start: number;
  end: number;
  /** Signed later by the extractor when the sentence says the figure fell. */
  value: number;
  kind: NumberKind;
  /** Display unit: "%", "percentage points", "billion yuan", "million US dollars", "countries and regions", "times". */
  unit: string;
  /** Multiplier from the stated value to base units (1e9 for "billion"). */
  scale: number;
  currency?: "yuan" | "US dollars";
  /** "nearly", "more than", "about", … as written. */
  approx?: string;
  /** A bracketed equivalent in another currency: "113.03 billion yuan ($17.5 billion)". */
  alt?: { value: number; unit: string; scale: number; currency: "yuan" | "US dollars"; start: number; end: number };
  text: string;
}

const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bln: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12,
  "hundred million": 1e8, "ten thousand": 1e4,
};
const FRACTIONS: Record<string, number> = {
  half: 50, "one-half": 50, "one-third": 100 / 3, "two-thirds": 200 / 3, "one-quarter": 25, "one-fourth": 25, "three-quarters": 75,
  "one-fifth": 20, "two-fifths": 40, "three-fifths": 60, "four-fifths": 80, "one-tenth": 10, "one-sixth": 100 / 6, "one-eighth": 12.5,
};
const APPROX = "past|nearly|almost|about|around|approximately|roughly|some|over|more than|above|exceeding|exceeded|exceeds|exceed|surpassing|surpassed|surpasses|surpass|topping|topped|tops|less than|under|below|up to|at least|close to|upwards of";

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const CUR_PRE = String.raw`US\$\s?|\$\s?|USD\s?|RMB\s?|¥\s?|CNY\s?`;
// "$275m", "1.73bn": the short scales people type
// (official releases count in "hundred million yuan" and "ten thousand yuan": read as tenths of a billion, tens of thousands)
const SCALE = String.raw`hundred million|ten thousand|thousand|million|mln|mn|m|billion|bln|bn|trillion|tn`;
// ("1.3 points narrower than …", "by 19.4 points.": points alone, where a rate is compared, are percentage points)
const UNIT_AFTER = String.raw`percentage points?|pct points?|(?:pts|pp)\b|points?(?=\s*(?:[,.;)]|$|(?:higher|lower|faster|slower|above|`
  + String.raw`below|more|less|narrower|wider|ahead|behind|from|than|to)\b))|per\s?cent|percent|pct\b|%|times|fold|yuan|RMB|renminbi|U\.S\.\s+dollars|US dollars|dollars|USD|CNY`;

const MENTION = new RegExp(
  String.raw`(?:\b(?<approx>${APPROX})\s+)?(?<cur>${CUR_PRE})?(?<num>${NUM})(?:\s?-?\s?(?<scale>${SCALE})\b)?(?:\s?(?<unit>${UNIT_AFTER})(?![a-z]))?`,
  "gi",
);
const FRACTION = new RegExp(String.raw`(?:\b(?<approx>${APPROX})\s+)?\b(?<frac>${Object.keys(FRACTIONS).filter((f) => f !== "half").join("|")})\b`, "gi");
const MONTHS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i;
// nouns that make a bare number a count: "188 countries and regions", "41.14 million batteries"
// ("68 China-Europe and China-Central Asia freight trains": the route's name is no part of the unit)
const COUNTED_NOUNS = String.raw`countries and regions|countries|regions|cities|provinces|companies|enterprises|firms|`
  + String.raw`varieties|products|routes|trains|trips|hours|batteries|units|vehicles|cars|computers|laptops|notebooks|`
  + String.raw`phones|handsets|tablets|robots|tyres|tires|people|residents|inhabitants|jobs|containers|tons|tonnes|cubic met(?:er|`
  + String.raw`re)s|TEUs?|barrels|kWh|kilowatt-hours|kilowatt hours|GW|gigawatts|MW|megawatts|kilometers|km|zones|`
  + String.raw`aircraft|planes|airplanes|ships|vessels|flights|voyages|visitors|tourists|shoppers|customers|buyers|`
  + String.raw`consumers|passengers|ports|orders|parcels|packages|items|projects|certificates|categories|markets|`
  // ("128,900 border crossings", "84 agreements", "25.8 billion pairs", "2,540 export entities", "1,200 booths")
  + String.raw`crossings|travell?ers|trucks|agreements|contracts|deals|pairs|entities|exhibitors|booths|shipments|`
  + String.raw`trading partners|partners|[a-z]+-generation [a-z-]+ robots|[A-Z][a-z]+-level [a-z ]+zones`;
// the symbols a quantity's unit is written with, and the unit they stand for (whether it needs a scale before it: a
// lone "t" after a number is too often something else; and "t" only where its cell or clause ends, never in a row
// run together with spaces, "LNG imports 1.37 million t 4.05 21.4", whose columns are not known)
const UNIT_SYMBOLS: Array<[RegExp, boolean, string]> = [
  [/^\s?t(?=\s*(?:$|[|\t\n,;.)]|of\b))/, true, "tonnes"], [/^\s?(?:m3|m³|cu\.?\s?m|cbm)(?![\w'’-])/i, false, "cubic metres"],
];
// ("2,936 inbound and outbound China-Europe freight trains": both ways are all the trains; "inbound" alone names them)
const WAY = String.raw`(?:inbound|outbound|westbound|eastbound|northbound|southbound)`;
const PREPOSITION = String.raw`(?:to|from|for|of|in|into|by|with|at|on|among|per|across|over|via|through|than)`;
const COUNT_NOUN = new RegExp(String.raw`^\s*(?:${WAY}\s+and\s+${WAY}\s)?(${WAY}\s)?`
  + String.raw`(?:${ROUTE_NAME}\s(?=(?:(?:freight|cargo|block)\s)?(?:trains?|trips)\b))?`
  // (the free words before the noun are its own, no preposition: "5 billion to overseas buyers" counts no buyers)
  // (nor a verb: "31,800 were new energy vehicles" is a part counted, PART_COUNTED)
  + String.raw`((?:(?!(?:${PREPOSITION}|were|was|are|is)\s)[A-Za-z][\w'-]*\s){0,3}?(?:${COUNTED_NOUNS}))\b`);
// "exported 56.3 million tyres worth 38.65 billion yuan", "4,500 excavators valued at …": the things a value is of are
// counted, whatever their noun (the empty group stands for COUNT_NOUN's direction); a span of time counts no goods
// ("in the first 9 months exports worth …")
const COUNTED_WORTH = new RegExp(String.raw`^\s*()(?!(?:months?|years?|weeks?|days?|quarters?|decades?)\b)`
  + String.raw`((?:(?!(?:${PREPOSITION}|were|was|are|is|and|or)\s)[a-z][\w'-]*\s){0,2}?`
  + String.raw`(?!(?:${PREPOSITION}|yuan|dollars|euros|more|less)\b)[a-z][\w'-]*[a-z]s)\s+(?:worth|valued\s+at)\s`
  + String.raw`(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?(?:US\$|\$|RMB\s*)?\d`);
// "Anhui exported 1.18 million automobiles in 2024": the goods a flow verb just before the figure moved are counted,
// whatever their noun, when a plural one ends the phrase (the empty group stands for COUNT_NOUN's direction)
const FLOW_VERB_BEFORE = new RegExp(String.raw`\b(?:exported|imported|shipped|sold|sent|delivered|produced|manufactured)`
  + String.raw`\s+(?:(?:about|around|some|nearly|almost|over|roughly|a\s+record(?:\s+of)?|more\s+than)\s+)*$`, "i");
const GOODS_MOVED = new RegExp(String.raw`^\s*()((?:(?!(?:${PREPOSITION}|were|was|are|is|and|or)\s)[a-z][\w'-]*\s){0,2}?`
  + String.raw`(?!(?:${PREPOSITION}|yuan|dollars|euros|more|less|times|percent|worth)\b)[a-z][\w'-]*[a-z]s)`
  + String.raw`(?=\s*(?:[,.;:)]|$|(?:${PREPOSITION}|and|worth|valued|last|this|during)\b))`);
// "Cargo vehicles crossing the port numbered 31,460": the things counted named before, as the clause's subject, and the
// lone number after the verb that counts them (no other figure between)
// (only "numbered", the verb of a count: "partners …, whose trade came to 2.4 billion" counts no partners)
const NUMBERED_BEFORE = new RegExp(String.raw`\b((?:[a-z][\w-]*\s)?(?:${COUNTED_NOUNS}))\b[^.;:\d]{0,80}?\bnumbered\s+`
  + String.raw`(?:(?:${APPROX})\s+)?$`, "i");
// "The number of visitors rose 12.5 percent to 3.42 million": a count of the things named after "the number of", and the
// number its clause moves them to (no money or flow named between: "the number of firms rose and sales reached 2 billion")
const NUMBER_OF_BEFORE = /\bnumber\s+of\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})((?:[^.;:]|\.(?=\d)){0,120}?)$/i;
const NOT_COUNTED_WORD = /^(?:rose|rise[ns]?|fell|fall[ns]?|grew|grow[ns]?|reached|reach(?:es)?|was|were|is|are|had|has|increased|increases?|jumped|climbed|dropped|declined|hit|totall?ed|stood|came|in|at|to|from|of|on|for|who|that|which|this|last|up|down|by|and|or|as)$/i;
const MONEY_BETWEEN = /\b(?:sales|values?|trade|exports?|imports?|worth|spending|spent|turnover|revenues?|yuan|dollars?|rmb|usd|income)\b|\$/i;
// ("the number of enterprises with actual import and export records reached N": firms that traded, counted; the flows
// in their description name no money)
const WITH_TRADE_RECORDS = new RegExp(String.raw`\s+with\s+(?:actual\s+)?(?:(?:import|export)s?(?:\s+and\s+|\s*\/\s*)`
  + String.raw`(?:import|export)s?|imports?|exports?|foreign\s+trade)\s+(?:records?|performance|activit(?:y|ies))\b`, "gi");
// ("an earlier version misstated the number of X as N": a figure withdrawn, which the correction after it replaces)
// ("misstated the number of X as N", "wrongly gave the number of …"; never "some had wrongly expected a fall, but the
// number of routes reached 40")
const MISSTATED = new RegExp(String.raw`\b(?:misstat|misreport)\w*\s+(?:the\s+)?number\s+of\b|\b(?:wrongly|incorrectly|`
  + String.raw`erroneously|mistakenly)\s+(?:stated|gave|given|reported|printed|published)\s+(?:the\s+)?number\s+of\b`, "i");
/** The things "the number of" names before a figure, when the figure counts them. */
function numberOfBefore(before: string): string | undefined {
  const m = NUMBER_OF_BEFORE.exec(before.replace(WITH_TRADE_RECORDS, ""));
  if (!m || MONEY_BETWEEN.test(m[2]!) || MISSTATED.test(before)) return undefined;
  const words = m[1]!.split(/\s+/);
  const stop = words.findIndex((w) => NOT_COUNTED_WORD.test(w));
  const named = (stop < 0 ? words : words.slice(0, stop)).join(" ").toLowerCase();
  // (the rest of the words run on into the clause: their figure must come after the things' name in it)
  return named && !MONEY_BETWEEN.test(m[1]!) ? named : undefined;
}
/** The things counted that a figure's words before it name: "… numbered N" first, then "the number of X … N". */
const countNamedBefore = (before: string): string | undefined =>
  NUMBERED_BEFORE.exec(before)?.[1]!.toLowerCase() ?? numberOfBefore(before);
// "Of these, 31,800 were new energy vehicles": a part of a count named before, counted in its head noun
// ("Of that total, 763,000 were export vehicles": the total just stated, named as such)
const PART_OF_BEFORE = /\b(?:of|among)\s+(?:these|them|which|those|this|(?:that|the|this)\s+(?:total|number|figure))\s*,?\s*$/i;
const PART_COUNTED = new RegExp(String.raw`^\s+(?:were|was)\s+(?:[A-Za-z][\w'-]*\s){0,3}?(${COUNTED_NOUNS})\b`);
// "4,385 new firms were set up, 3,792 of them private companies": a part of the count before, named after "of them"
const PART_OF_AFTER = new RegExp(String.raw`^\s+of\s+(?:them|these|those|which)\s+`
  + String.raw`((?:[A-Za-z][\w'-]*\s){0,2}?(?:${COUNTED_NOUNS}))\b`);

const DIRECTION = /^\s+(westbound|eastbound|northbound|southbound|inbound|outbound)\b/i;
const BRACKETED_UNIT = /^\s*\(\s*(US\$|USD\s)?\s*(10,000|ten thousand|100 million|hundred million)\s*(yuan|RMB|US dollars|dollars)?\s*\)/i;
const BRACKET_SCALES: Record<string, number> = { "10,000": 1e4, "ten thousand": 1e4, "100 million": 1e8, "hundred million": 1e8 };
// "1,520.3 (10,000 tonnes)": a quantity of official tables counted in a bracketed unit, restated like money
const BRACKETED_COUNT = /^\s*\(\s*(10,000|ten thousand|100 million|hundred million)\s+(tonnes|tons|cubic metres|cubic meters|TEUs?|vehicles|head)\s*\)/i;

function parseNum(s: string): number { return Number(s.replace(/,/g, "")); }
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
/** Scales no unit is named in: the figure is restated in the next standard one. */
const IN_STANDARD_SCALE: Record<number, { by: number; scale: number }> = { 1e8: { by: 0.1, scale: 1e9 }, 1e4: { by: 10, scale: 1e3 } };

function currencyOf(cur?: string, unit?: string): "yuan" | "US dollars" | undefined {
  const c = `${cur ?? ""} ${unit ?? ""}`.toLowerCase();
  if (/\$|usd|dollar/.test(c)) return "US dollars";
  if (/yuan|rmb|renminbi|¥|cny/.test(c)) return "yuan";
  return undefined;
}

function scaleWord(scale: number): string {
  return Object.entries({ thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }).find(([, v]) => v === scale)?.[0] ?? "";
}

export function moneyUnit(scale: number, currency: string | undefined): string {
  return [scaleWord(scale), currency ?? ""].filter(Boolean).join(" ");
}

// "up from", "double the", "3.2 times the", "compared with": the words before a figure something is compared with
export const BASE_WORDS_BEFORE =
  /\b(?:from|than|compared\s+(?:with|to)|against|(?:double|twice|triple|treble|half|times)\s+the)\s+$/i;
/** Is the scaled figure at `at` the base a count just before is compared with, its unit left out? */
function baseOfCount(text: string, at: number, prev: NumberMention | undefined): boolean {
  if (prev?.kind !== "count" || !/^(?:thousand|million|billion)\s/.test(prev.unit)) return false;
  const between = text.slice(prev.end, at);
  // (a year between is the count's period: "… parcels in 2015, more than double the 1.87 million of 2014")
  // (nor a figure of a clause of its own: "2 million shoppers, who spent more than 3 billion"; "more than" before a
  // figure rounds it, compares nothing)
  return between.length <= 60 && !/\d|yuan|dollar|rmb|\$/i.test(between.replace(/\b(?:19|20)\d\d\b/g, ""))
    && BASE_WORDS_BEFORE.test(between) && !/\b(?:who|which|whose|that|where)\b/i.test(between)
    && !/\b(?:more|less|fewer)\s+than\s+$/i.test(between);
}

/** All figures stated in `text`, in order. Years, ordinals and calendar days are not figures. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  // (where a bracketed unit read with the figure before it ends: "10,000 yuan" in it is no figure of its own)
  let readUpTo = 0;
  for (const m of text.matchAll(MENTION)) {
    const g = m.groups!;
    const start = m.index!;
    if (start < readUpTo) continue;
    const numStart = start + m[0].indexOf(g["num"]!);
    const before = text.slice(Math.max(0, numStart - 12), numStart);
    // (long enough for a route named before a count: "68 China-Europe and China-Central Asia freight trains")
    const after = text.slice(start + m[0].length, start + m[0].length + 80);
    const raw = g["num"]!;
    if (/^[a-z]{2}/i.test(after) && !g["unit"] && !g["scale"]) {
      // "18th", "13th": ordinals, not figures
      if (/^(st|nd|rd|th)\b/i.test(after)) continue;
    }
    if (/[-–]$/.test(before) && /^\d/.test(raw) && /\d[-–]$/.test(before)) continue; // "2016-20": a period
    if (/\d[-–/]$/.test(text.slice(0, numStart))) continue;
    if (/^[-–]\d/.test(after) && !g["unit"]) continue;
    if (/\b(?:No|Article|Room|Line|Terminal|top)\.?\s*$/i.test(before)) continue;
    // "187,300 (10,000 yuan)", "1,891.5 (US$100 million)": the counting unit of official tables, in brackets after the figure
    const bracket = !g["unit"] && !g["scale"] && !g["cur"] ? BRACKETED_UNIT.exec(after) : null;
    const counted = !g["unit"] && !g["scale"] && !g["cur"] && !bracket ? BRACKETED_COUNT.exec(after) : null;
    if (counted) {
      const whole = parseNum(raw) * BRACKET_SCALES[counted[1]!.toLowerCase()]!;
      const by = [1e9, 1e6, 1e3].find((x) => whole >= x) ?? 1;
      const end = start + m[0].length + counted[0].length;
      readUpTo = end;
      out.push({ start: numStart, end, value: round6(whole / by), kind: "count", scale: 1,
        unit: `${scaleWord(by)} ${counted[2]!.toLowerCase().replace(/^teus?$/, "TEUs")}`.trim(), text: text.slice(numStart, end) });
      continue;
    }
    let kind: NumberKind = "bare";
    let unit = "";
    let elided = false;
    let symbolLength = 0;
    let scale = g["scale"] ? SCALES[g["scale"].toLowerCase().replace(/\s+/g, " ")]! : bracket ? BRACKET_SCALES[bracket[2]!.toLowerCase()]! : 1;
    // 62.7 hundred million yuan is 6.27 billion; 35 ten thousand yuan, 350 thousand
    // (a bracketed unit's figure is restated in the largest standard scale it reaches: 187,300 ten thousands, 1.873 billion)
    const base = bracket ? parseNum(raw) * scale : 0;
    const restated = bracket ? [1e9, 1e6, 1e3].find((x) => base >= x) ?? 1 : undefined;
    const shown = restated ? { by: scale / restated, scale: restated } : IN_STANDARD_SCALE[scale];
    const value = shown ? round6(parseNum(raw) * shown.by) : parseNum(raw);
    if (shown) scale = shown.scale;
    const u = (g["unit"] ?? "").toLowerCase();
    const currency = currencyOf(g["cur"] ?? bracket?.[1], g["unit"] ?? bracket?.[3]);
    if (/percentage points?|pct points?|^(?:pts|pp|points?)$/.test(u)) { kind = "pp"; unit = "percentage points"; }
    else if (/per\s?cent|percent|pct|%/.test(u)) { kind = "percent"; unit = "%"; }
    else if (/times|fold/.test(u)) { kind = "multiple"; unit = "times"; }
    else if (currency) { kind = "money"; unit = moneyUnit(scale, currency); }
    else {
      const noun = COUNT_NOUN.exec(after) ?? COUNTED_WORTH.exec(after)
        ?? (FLOW_VERB_BEFORE.test(text.slice(Math.max(0, numStart - 60), numStart)) ? GOODS_MOVED.exec(after) : null);
      // ("Of these, 1.72 million were export vehicles": a part with its scale, counted, never money)
      const part = noun ? null : PART_OF_BEFORE.test(text.slice(0, numStart)) ? PART_COUNTED.exec(after)
        : g["scale"] ? null : PART_OF_AFTER.exec(after);
      const nounCounts = noun && !/^\s*(?:percent|per cent)/i.test(after);
      // ("27.46 mn t", "29.8 bn m3": a unit written as its symbol, as tables and bulletins do; "t" only after a scale)
      const symbol = nounCounts ? undefined : UNIT_SYMBOLS.find(([re, scaled]) => (!scaled || g["scale"]) && re.test(after));
      // (the things named before the figure, read once: "… numbered 1,204", "the number of visitors rose to 3.4 million")
      const namedBefore = nounCounts || part || g["approx"] ? undefined
        : countNamedBefore(text.slice(Math.max(0, numStart - 160), numStart));
      if (nounCounts) {
        kind = "count";
        unit = `${g["scale"] ? `${scaleWord(scale)} ` : ""}${noun[1] ?? ""}${noun[2]!.trim()}`;
        scale = 1;
      } else if (symbol) {
        kind = "count";
        unit = `${g["scale"] ? `${scaleWord(scale)} ` : ""}${symbol[2]}`;
        scale = 1;
        elided = true;
        symbolLength = symbol[0].exec(after)![0].length;
      } else if (part) {
        kind = "count";
        unit = `${g["scale"] ? `${scaleWord(scale)} ` : ""}${part[1]!}`;
        scale = 1;
      } else if (DIRECTION.test(after) && out.at(-1)?.kind === "count" && numStart - out.at(-1)!.end < 60) {
        // "251 trips, 137 westbound and 114 eastbound": a part of the count before, named by its direction
        kind = "count";
        unit = `${DIRECTION.exec(after)![1]!.toLowerCase()} ${out.at(-1)!.unit.replace(/^(?:thousand|million|billion)\s+/, "")
          .replace(/^\w+bound\s+/i, "")}`;
      } else if (namedBefore) {
        kind = "count";
        unit = `${g["scale"] ? `${scaleWord(scale)} ` : ""}${namedBefore}`;
        scale = 1;
        elided = true;
      } else if (g["scale"] && baseOfCount(text, numStart, out.at(-1))) {
        // ("4.12 million parcels, more than double the 1.87 million of 2014": the base compared with, counted alike)
        kind = "count";
        unit = `${scaleWord(scale)} ${out.at(-1)!.unit.replace(/^(?:thousand|million|billion)\s+/, "")}`;
        scale = 1;
        elided = true;
      } else if (g["scale"]) { kind = "bare"; unit = scaleWord(scale); }
      else {
        // a lone number: a year, a day of the month, or an unlabelled count: not a figure
        continue;
      }
    }
    if (kind === "bare" || kind === "count") {
      if (MONTHS.test(text.slice(0, numStart))) continue;
    }
    if (!g["unit"] && !g["scale"] && !g["cur"] && !bracket && kind !== "count") continue;
    if (kind === "count" && value >= 1900 && value <= 2100 && !raw.includes(",")) continue;
    const end = start + m[0].length + (bracket?.[0].length ?? 0) + symbolLength;
    if (bracket) readUpTo = end;
    // "growth of -2.3 percent", "(−1.9%)": a rate written with its minus sign is a fall
    const minus = (kind === "percent" || kind === "pp") && !g["cur"] && /(?:^|[\s(:,])[-−]$/.test(text.slice(0, numStart));
    const from = minus ? numStart - 1 : g["approx"] ? start : numStart - (g["cur"]?.length ?? 0);
    const mention: NumberMention = { start: from, end, value: minus ? -value : value, kind, unit, scale, text: text.slice(from, end) };
    if (kind === "count" && unit && !elided) mention.end = end + (after.indexOf(unit.split(" ").pop()!) + unit.split(" ").pop()!.length);
    // ("15,420 twenty-foot equivalent units (TEUs)": the unit by the name questions ask it by)
    if (kind === "count") mention.unit = unit.replace(/^((?:thousand|million|billion)\s+)?twenty[- ]foot\s+equivalent\s+units?$/i, "$1TEUs");
    if (currency) mention.currency = currency;
    if (g["approx"]) mention.approx = g["approx"].toLowerCase();
    // "113.03 billion yuan ($17.5 billion)": the bracket is the same amount in dollars
    const prev = out[out.length - 1];
    if (kind === "money" && prev?.kind === "money" && prev.currency !== currency && /^\s*\(\s*$/.test(text.slice(prev.end, mention.start))) {
      prev.alt = { value, unit, scale, currency: currency!, start: mention.start, end: mention.end };
      continue;
    }
    out.push(mention);
  }
  for (const m of text.matchAll(FRACTION)) {
    const g = m.groups!;
    const frac = g["frac"]!.toLowerCase();
    const mention: NumberMention = { start: m.index!, end: m.index! + m[0].length, value: FRACTIONS[frac]!, kind: "percent", unit: "%", scale: 1, text: m[0] };
    if (g["approx"]) mention.approx = g["approx"].toLowerCase();
    out.push(mention);
  }
  for (const m of text.matchAll(/\b(doubled|tripled|quadrupled)\b/gi)) {
    const factor = { doubled: 2, tripled: 3, quadrupled: 4 }[m[1]!.toLowerCase() as "doubled"];
    out.push({ start: m.index!, end: m.index! + m[0].length, value: factor, kind: "multiple", unit: "times", scale: 1, text: m[0] });
  }
  return withListedUnits(text, out).sort((a, b) => a.start - b.start);
}

// "80.1, 60.3 and 52.7 billion yuan", "grew 84.6, 121.6 and 71.9 percent": lone figures listed before one that names
// its unit share that unit
const LISTED_BEFORE = /((?:\d[\d,]*(?:\.\d+)?\s*,\s*)*\d[\d,]*(?:\.\d+)?)\s*,?\s*(?:and|&)\s*$/;

function withListedUnits(text: string, found: NumberMention[]): NumberMention[] {
  const out = [...found];
  for (const n of found) {
    if (n.kind === "bare" && !n.unit) continue;
    const head = text.slice(Math.max(0, n.start - 80), n.start);
    const list = LISTED_BEFORE.exec(head);
    if (!list) continue;
    const offset = n.start - head.length + list.index;
    // (each figure without the comma that lists it: "5, 7 and 9 percent" is 5, not "5,")
    for (const m of list[1]!.matchAll(new RegExp(NUM, "g"))) {
      const start = offset + m.index!;
      const end = start + m[0].length;
      const value = parseNum(m[0]);
      // (years are no figures: "in 2022 and 2023 …"; nor the digit of a name, "in Q1 and 5.6 percent in Q2")
      if (/^(?:19|20)\d\d$/.test(m[0]) || found.some((x) => x.start < end && x.end > start)) continue;
      if (/[A-Za-z]$/.test(text.slice(0, start))) continue;
      const { alt: _alt, approx: _approx, ...unit } = n;
      out.push({ ...unit, start, end, value, text: m[0] });
    }
  }
  return out;
}

/** Ordinal words as the ranks they state ("third" → 3; "top" is first). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, top: 1,
};
