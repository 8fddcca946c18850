/**
 * Subjects below and beside places: enterprise types, trade modes and product groups. Each owns
 * figures ("private enterprises' imports and exports grew 10.2%") that are not the place's total.
 * Adding a subject is one row here; extraction and questions both read this table.
 */
import { partnerOfDemonym } from "./places.js";
import { americanSpelling } from "./spellings.js";

export type SubjectKind = "enterprise" | "mode" | "product";

export interface SubjectTerm {
  /** Canonical name, as answers show it and facts store it. */
  name: string;
  kind: SubjectKind;
  /** Spellings, lower case; a trailing "*" matches any word ending ("enterprise*"). */
  spellings: string[];
  /** For a group of products: its members' spellings ("rank the 'new three'" ranks these). */
  members?: string[];
}

// (words "processing" before a flow may follow as the trade mode: none a noun, as "food" in "food processing exports")
const NOT_A_NOUN = String.raw`(?:its|the|a|their|total|overall|and|but|while|whereas|meanwhile|of|which|where|when|in|for|`
  + String.raw`on|to|from|with|by|as|that|`
  + String.raw`how|what|were|was|are|is|did|do|does|much|many)`;
const FIRMS = "(?:enterprises?|firms?|companies|company|businesses|sector)";

/** "mechanical and electrical exports", "high-tech imports": a product group named by its modifier before a flow. */
const beforeFlow = (...modifiers: string[]) => modifiers.map((m) => `${m}(?= (?:exports?|imports?|trade|shipments))`);

export const SUBJECTS: SubjectTerm[] = [
  { name: "private enterprises", kind: "enterprise", spellings: [`private(?:ly[- ]owned)?(?:[- ]sector)?[- ]${FIRMS}`, "private[- ]sector", "private"] },
  { name: "state-owned enterprises", kind: "enterprise", spellings: [`state[- ]owned[- ]${FIRMS}`, "soes?", "state[- ]owned",
    // ("state firms": the owner said without "owned")
    `state[- ]${FIRMS}`] },
  { name: "collective enterprises", kind: "enterprise", spellings: [`collective(?:ly[- ]owned)? ${FIRMS}`] },
  { name: "foreign-invested enterprises", kind: "enterprise", spellings: [`foreign[- ](?:invested|funded|owned)[- ]${FIRMS}`, "foreign[- ](?:invested|funded)",
    // ("FIE exports", "fies' share": the initials the trade press writes)
    "fies?"] },
  { name: "general trade", kind: "mode", spellings: ["general trade"] },
  // ("Processing imports and exports came to …": the mode named before its flows; not goods' making named by a noun,
  // "food processing exports": only first, after a possessive or after a word that is no noun)
  { name: "processing trade", kind: "mode", spellings: ["processing trade", "processing and assembly trade",
    `(?<=(?:^|[,;:(]\\s*|\\b${NOT_A_NOUN}\\s|['’]s?\\s))processing(?= (?:imports?|exports?)\\b)`] },
  { name: "bonded logistics", kind: "mode", spellings: ["bonded logistics"] },
  { name: "market procurement", kind: "mode", spellings: ["market procurement(?: trade)?"] },
  // (goods visitors buy and carry home as luggage, declared as a mode of their own at land ports)
  { name: "tourist shopping trade", kind: "mode", spellings: ["touris[tm] shopping(?: trade)?"] },
  { name: "cross-border e-commerce", kind: "mode", spellings: ["cross[- ]border e[- ]?commerce", "e[- ]?commerce", "cbec",
    // ("cross-border e-com": the short form people type)
    "cross[- ]border e[- ]?com",
    // ("exports sold through online channels": e-commerce by its everyday name)
    "(?:sold )?(?:through|via) online channels"] },
  // ("trade in services reached 612.4 billion yuan": services beside the goods the customs figures count, never the total)
  // ("trade in goods and services" is both together: no part)
  { name: "services trade", kind: "mode", spellings: ["trade in services", "(?<!goods (?:and|&|\\+) )services? trade",
    // ("services imports": the lookahead holds the space, so that the name ends before the flow's word)
    "services(?= (?:exports?|imports?)\\b)",
    // ("imports and exports of services reached …": services named after the flows, the same trade)
    "(?<=\\b(?:imports?|exports?) (?:and (?:imports?|exports?) )?of )services"] },
  // (border residents' mutual trade is a mode beside border small-volume trade, not the same)
  { name: "border residents' trade", kind: "mode", spellings: ["border residents['’]?(?: (?:mutual )?(?:market )?trade)?", "border mutual market trade"] },
  { name: "border trade", kind: "mode", spellings: ["border (?:(?:small[- ](?:amount|volume|scale)|petty) )?trade(?! (?:zones?|points?)\\b)"] },
  // ("the province's comprehensive bonded zones recorded …": a kind of zone taken together is a part of the place's trade,
  // not the place's total; one zone named by its own name is a place of its own)
  { name: "comprehensive bonded zones", kind: "mode", spellings: ["comprehensive bonded zones", "special customs supervision zones"] },
  { name: "mechanical and electrical products", kind: "product", spellings: ["mechanical and electrical products?", "electromechanical products?", "m&e products?",
    ...beforeFlow("mechanical and electrical", "electromechanical", "m&e")] },
  { name: "labor-intensive products", kind: "product", spellings: ["labou?r[- ]intensive products?", ...beforeFlow("labou?r[- ]intensive")] },
  { name: "high-tech products", kind: "product", spellings: ["high[- ]tech(?:nology)? products?", "hi[- ]tech products?", "high and new[- ]tech(?:nology)? products?",
    ...beforeFlow("high[- ]tech(?:nology)?", "hi[- ]tech")] },
  // ("chengdu IC exports": the abbreviation people type; "imports and exports of chips": the everyday word, after "of" only,
  // so that "wood chips" stay wood)
  { name: "integrated circuits", kind: "product", spellings: ["integrated circuits?", ...beforeFlow("ics?", "chips?"),
    "(?<=of )(?:semiconductor |computer )?chips?",
    // ("who exported more chips": the everyday word right after a flow's verb, with "more" or "fewer" between)
    "(?<=\\b(?:export|import)(?:ed|s)? (?:more |fewer |less )?)chips?"] },
  // ("agri exports", "agri-products": the short form people type)
  { name: "agricultural products", kind: "product", spellings: ["agricultural products?", "farm (?:products?|produce)",
    "agri[- ]?products?", "agri[- ]food products?", ...beforeFlow("agricultural", "farm", "agri", "agri[- ]food")] },
  { name: "new three", kind: "product", spellings: ["[\"“]?new three[\"”]?(?: (?:products|types|items))?"],
    members: ["(?:(?:electric|new[- ]energy|passenger) )+(?:vehicles?|cars?)", "e?vs?", "nevs?", "lithium(?:[- ]ion)? batter(?:y|ies)",
      "(?:solar|photovoltaic|pv) (?:cells?|panels?|modules?|products?)", "photovoltaics?"] },
];

/** Subjects that are firms of a kind or trade modes, not goods: no count is in their units, no goods share is of them. */
export const NOT_GOODS = new Set(SUBJECTS.filter((x) => x.kind !== "product").map((x) => x.name));

/**
 * The product group a list of goods names whole: "electric vehicles, lithium batteries and solar cells together" are
 * the "new three" (three or more of its members, each by another of its spellings, and nothing else).
 */
export function groupListed(goods: string): string | undefined {
  const items = goods.replace(/\s+(?:together|combined|as a whole)\s*$/i, "").split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((x) => x.trim()).filter(Boolean);
  if (items.length < 3) return undefined;
  for (const group of SUBJECTS.filter((x) => x.members)) {
    const kinds = group.members!.map((m) => new RegExp(String.raw`^(?:${m})$`, "i"));
    const hit = items.map((item) => kinds.findIndex((k) => k.test(item)));
    if (hit.every((i) => i >= 0) && new Set(hit).size === hit.length) return group.name;
  }
  return undefined;
}
// ("furniture and parts", "clothing and accessories": goods named with their parts, asked by the goods' own name)
export const WITH_PARTS = /^(.+?)\s+(?:and|&)\s+(?:(?:their|its)\s+)?(?:parts|accessories|components|fittings)(?:\s+thereof)?$/i;
// "magnesium and magnesium products", "aluminium and articles thereof", "copper and its products": a material and the
// goods made of it, one customs heading
const WITH_MADE_OF = new RegExp(String.raw`^([a-z][a-z -]*?)\s+(?:and|&)\s+(?:(?:their|its)\s+)?(?:([a-z][a-z -]*?)\s+)?`
  + String.raw`(?:products|articles|manufactures)(?:\s+thereof)?$`, "i");

/** Is `subject` a member of the product group `group` ("lithium batteries" of the "new three")? */
export function memberOfGroup(group: string, subject: string): boolean {
  const members = SUBJECTS.find((s) => s.name === group)?.members;
  return Boolean(members && new RegExp(String.raw`^(?:${members.join("|")})$`, "i").test(subject.trim()));
}

export interface SubjectMention { start: number; end: number; name: string; kind: SubjectKind }

const MATCHERS = SUBJECTS.map((s) => ({
  term: s,
  // "State- owned" as a PDF breaks it: a hyphen may be followed by a space
  // ("processing-trade exports": any space may be written as a hyphen)
  // ("mechanical & electrical exports": "and" may be written "&")
  re: new RegExp(String.raw`(?<![\w-])(?:${s.spellings.join("|").replaceAll(" and ", " (?:and|&) ")
    .replaceAll("[- ]", "\u0000").replaceAll(" ", "[- ]")
    .replaceAll("\u0000", String.raw`(?:-\s?|\s)`)})(?![\w-])`, "gi"),
}));

/** The table's subjects as spelled in `text`, longest first where two overlap. */
function findSubjectsPlain(text: string): SubjectMention[] {
  const found: SubjectMention[] = [];
  for (const { term, re } of MATCHERS) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (!found.some((f) => start < f.end && end > f.start)) found.push({ start, end, name: term.name, kind: term.kind });
    }
  }
  return found;
}

/** Subject mentions in `text`, longest first where two overlap, in text order. */
export function findSubjects(text: string): SubjectMention[] {
  const found = findSubjectsPlain(text);
  // "general or processing trade", "private and state-owned enterprises": the first is elided, the head word shared
  // ("trade modes (general, processing, bonded logistics …)": a list of modes elides "trade" from each bare one before)
  for (const f of [...found]) {
    const heads = [f.name.split(" ").at(-1)!, ...(f.kind === "mode" ? ["trade"] : [])];
    for (let at = f.start; ;) {
      const before = /([A-Za-z][\w-]*)\s*(?:,|and|or|vs\.?|versus|&)\s+$/.exec(text.slice(0, at));
      if (!before) break;
      const start = before.index;
      const end = start + before[1]!.length;
      const elided = heads.map((head) => findSubjectsPlain(`${before[1]} ${head}`)[0])
        .find((e, i) => e && e.name !== f.name && (i === 0 || e.kind === f.kind));
      if (!elided || found.some((x) => start < x.end && end > x.start)) break;
      found.push({ start, end, name: elided.name, kind: elided.kind });
      at = start;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The distinct subjects a text names. */
export const subjectNames = (text: string): string[] => [...new Set(findSubjects(text).map((s) => s.name))];

// "Russian logs", "Mongolian coal": goods named after the country they come from
const COUNTRY_LED = /^([a-z]+)\s+(\S.*)$/i;
/** The country goods are named after and the goods themselves ("russian seafood" → partner:russia, "seafood"). */
export function goodsByCountry(name: string): { partner: string; goods: string } | undefined {
  const m = COUNTRY_LED.exec(name.trim());
  const partner = m ? partnerOfDemonym(m[1]!) : undefined;
  return partner ? { partner, goods: m![2]!.toLowerCase() } : undefined;
}

/** A text written as a regular expression that matches it literally. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A finder for subjects an index names beyond the table ("solar cells", "ships", "steel products"),
 * singular or plural alike: questions about them find their figures.
 */
// words many goods' names share: no one of them names the goods
// ("services": "transport services and financial services" is not asked about as "services", which is services trade)
const GENERIC_GOODS = new Set(["products", "product", "goods", "materials", "parts", "equipment", "items", "components",
  "services"]);

// compounds that name a part of a kind of goods by how it is made, sold, sent or priced, no material or make of its own
const PART_COMPOUND = new RegExp(String.raw`^(?:(?:non|second|new|used|semi|cross|duty|tax|tariff|zero|high|low|mid|`
  + String.raw`middle|old|re|pre|self|small|large|medium|top|first|all|half|ready|part|un|well|long|short|full|home|`
  + String.raw`locally|foreign)-[a-z]+|[a-z]+-(?:free|border|hand|end|energy|tech|made|finished|processed|value|`
  + String.raw`quality|scale|sized|grade|brand|owned|invested|funded|based))\s`, "i");

// goods names and the short forms people ask for them by
const SHORT_FORMS: Array<[RegExp, string[]]> = [
  [/^electric (?:passenger )?(?:vehicles?|cars?)$/i, ["evs", "electric vehicles"]],
  [/^new[- ]energy (?:passenger )?(?:vehicles?|cars?)$/i, ["nevs", "new energy vehicles"]],
  [/^lithium(?:[- ]ion)? batter(?:y|ies)$/i, ["li-ion batteries", "lithium batteries", "lithium-ion batteries"]],
  // ("solar exports" of a text's "solar cell exports")
  [/^(?:solar|photovoltaic|pv) cells?$/i, ["solar cells", "pv cells", "solar"]],
  // ("solar module exports" of a text's "photovoltaic modules": one goods by its other names; cells are not modules)
  [/^(?:solar|photovoltaic|pv) (?:modules?|panels?)$/i,
    ["solar modules", "pv modules", "solar panels", "photovoltaic modules"]],
  // (one goods under its other everyday names: "mobile phone exports" asks for the documents' "handsets")
  // ("phones" asked bare: the handsets a text counts)
  [/^(?:mobile[- ]phones?|handsets?|cell(?:ular)?[- ]?phones?|phones?)$/i,
    ["mobile phones", "handsets", "cellphones", "cell phones", "phones"]],
  // ("average value per car exported" of a text's "vehicles")
  [/^(?:vehicles?|automobiles?|cars?|motor vehicles?)$/i, ["cars", "vehicles", "automobiles"]],
  // ("baijiu exports" of a text's "liquor")
  [/^(?:(?:chinese )?liquors?|spirits|baijiu)$/i, ["baijiu", "liquor", "spirits"]],
  // ("shoe exports" of a text's "footwear")
  [/^(?:footwear|shoes?)$/i, ["shoes", "footwear"]],
  // ("natural gas imports" of a text's "gas imports … 30.9 billion cubic metres": one goods, LNG its own; "gas" alone is
  // asked by no other name: "the gas in the pipeline" of a text's "natural gas" asks no goods)
  // (not "pipeline gas", one part of it beside LNG)
  [/^(?:natural )?gas$/i, ["natural gas"]],
  // ("which countries did it sell power to" of a text's "kWh of electricity")
  [/^(?:electricity|electric power)$/i, ["electricity", "power"]],
  // ("LNG imports" of a text's "liquefied natural gas")
  [/^(?:lng|liquefied natural gas)$/i, ["lng", "liquefied natural gas"]],
  // ("timber imports" of a text's "logs and sawn wood"; logs alone, or sawn wood alone, is one part of it, no other's)
  [/^(?:timber|lumber|logs? and sawn (?:wood|timber))$/i, ["timber", "lumber"]],
  // ("pharma exports" of a text's "pharmaceutical products")
  [/^pharmaceutical(?:s|\s+products)?$/i, ["pharma", "pharmaceuticals", "pharmaceutical products"]],
  // ("chip imports" of a text's "integrated circuits": the everyday name and the trade's initials)
  [/^(?:integrated circuits?|(?:semiconductor )?chips?|ics?)$/i, ["chips", "ics", "integrated circuits"]],
  // ("API exports" of a text's "active pharmaceutical ingredients": the trade's initials)
  [/^(?:active pharmaceutical ingredients?|apis?)$/i, ["api", "apis", "active pharmaceutical ingredients"]],
  // ("biopharma exports" of a text's "biopharmaceutical exports")
  [/^biopharmaceutical(?:s|\s+products)?$/i, ["biopharma", "biopharmaceuticals", "biopharmaceutical products"]],
  // ("seafood exports" of a text's "aquatic products", the customs name of the same goods)
  [/^(?:sea[- ]?foods?|aquatic(?: products?)?)$/i, ["seafood", "aquatic products"]],
  // ("charges for use of IP" of a services table's "Charges for the use of intellectual property")
  [/^(?:charges\s+for\s+(?:the\s+)?use\s+of\s+intellectual\s+property|intellectual\s+property\s+charges)$/i,
    ["charges for use of ip", "charges for the use of ip", "ip charges", "intellectual property charges",
      "charges for use of intellectual property"]],
];

// (longest first: "solar modules" is one form, not "solar" and a word left over)
const SHORT_FORM = new RegExp(String.raw`(?<![\w-])(?:${[...new Set(SHORT_FORMS.flatMap(([, f]) => f))]
  .sort((a, b) => b.length - a.length).map((f) => f.replace(/s$/, "s?").replace(/-/g, "[- ]?")).join("|")})`
  + String.raw`(?![\w-])`, "gi");
/** The other names people ask a goods' name by ("mobile phones" for "handsets"). */
export const shortFormsOf = (name: string): string[] => SHORT_FORMS.flatMap(([re, forms]) => (re.test(name) ? forms : []));

/** The short forms of goods' names a text uses ("EVs", "li-ion batteries"). */
export const shortFormsIn = (text: string): string[] => [...text.matchAll(SHORT_FORM)].map((m) => m[0]);

// three-letter words that are no goods' name, whatever a text's reading left as one
const COMMON_SHORT = new Set(("and the for its all any new two one six ten are was has had but not per via top key our "
  + "who how why did got own few far yet now out off old big low").split(" "));

// how people shorten goods' names: "laptop computers" → "laptops", "lithium-ion batteries" → "lithium batteries",
// "automobiles" → "autos", "crude oil" → "crude"
const SHORT_NAMES: Array<[RegExp, string]> = [
  [/^(\w+)\s+(?:computers|machines|devices)$/i, "$1"],
  // ("notebook computers" asked as "laptops": one goods by its other name)
  [/^notebook(?:\s+computer)?s?$/i, "laptop"],
  [/^(\w+)-ion\b/i, "$1"],
  [/^automobiles?\b/i, "auto"],
  // ("russian crude oil" → "russian crude")
  [/\bcrude oil\b/i, "crude"],
];

/**
 * Does the stored subject `a` answer a question asking for goods `b`? "laptops" and "laptop computers", "lithium
 * batteries" and "lithium-ion batteries" (one goods by a short name, either way round); "furniture and parts" stored,
 * "furniture" asked (the goods with their parts).
 */
export function sameGoods(a: string, b: string): boolean {
  if (a === b || WITH_PARTS.exec(a)?.[1]?.toLowerCase() === b.toLowerCase()) return true;
  // ("labour-intensive products" asked of a text's "labor-intensive products": one goods in either spelling)
  const [usA, usB] = [americanSpelling(a), americanSpelling(b)];
  if (usA !== a || usB !== b) return sameGoods(usA, usB);
  // ("steel and steel products", "tin and its articles" stored, "steel" or "tin" asked: the goods with what is made of them)
  const made = WITH_MADE_OF.exec(a);
  if (made && (!made[2] || made[2].toLowerCase() === made[1]!.toLowerCase()) && sameGoods(made[1]!, b)) return true;
  // ("russian seafood" stored, "seafood" asked: goods named by the country they come from are those goods)
  const bare = goodsByCountry(a)?.goods;
  if (bare && sameGoods(bare, b)) return true;
  // ("car exports" read as a text's "automobiles", where its sentence counting them says "vehicles": one goods)
  if (SHORT_FORMS.some(([re]) => re.test(a) && re.test(b))) return true;
  // ("rare earth" asked where the documents name "rare earth products" and "rare earth ores and compounds": the bare
  // name two stored goods share answers either, the place, partner and period telling which)
  if (a.toLowerCase().startsWith(`${b.toLowerCase()} `) && HEAD_TAIL.test(a.slice(b.length + 1))) return true;
  // ("parallel-import cars" of a text's "parallel-import vehicles": one goods with the same words before its other name)
  const [preA, headA] = lastWord(a);
  const [preB, headB] = lastWord(b);
  if (preA && preA === preB && SHORT_FORMS.some(([re]) => re.test(headA) && re.test(headB))) return true;
  // ("copper concentrate" of a text's "copper ore and concentrates", the customs name of the one raw material)
  const ore = ORE_AND_CONCENTRATE.exec(a)?.[1]?.toLowerCase();
  if (ore && new RegExp(String.raw`^${ore}\s+(?:ores?|concentrates?)$`, "i").test(b)) return true;
  // ("goji" asked where the documents name "goji berries and products" and "goji berry": the plant answers either)
  if (plantsOf(a).includes(b.toLowerCase())) return true;
  // ("hair products" asked where a text names "wigs, hairpieces and other hair products": the list is of the group it
  // ends with, its first items named as its members)
  if (listOfGroup(a, b)) return true;
  // ("pharmaceuticals" stored, "pharmaceutical products" asked, or the other way: the adjective's plural names the goods)
  const asProducts = (n: string) => /^([a-z][a-z -]*?[a-z])\s+(?:products|goods)$/i.exec(n)?.[1]?.toLowerCase();
  if ([[a, b], [b, a]].some(([x, y]) => asProducts(y!) !== undefined && `${asProducts(y!)}s` === x!.toLowerCase())) return true;
  const shorts = (n: string) => SHORT_NAMES.map(([re, to]) => n.replace(re, to)).filter((x) => x !== n);
  const plural = (w: string) => [w, `${w}s`];
  return shorts(a).flatMap(plural).includes(b) || shorts(b).flatMap(plural).includes(a);
}

/** A name's words before its last one (lower case) and its last word: "parallel-import vehicles" → both parts. */
const lastWord = (name: string): [string, string] => {
  const m = /^(.*\S)\s+(\S+)$/.exec(name.trim());
  return m ? [m[1]!.toLowerCase(), m[2]!] : ["", name.trim()];
};
/** Is `a` a list of goods ending with "and other" goods that `b` names ("wigs, hairpieces and other hair products")? */
export const listOfGroup = (a: string, b: string): boolean => {
  const group = AND_OTHER.exec(a)?.[1];
  return Boolean(group && sameGoods(group, b));
};
const AND_OTHER = /^[a-z][a-z ,-]*?,?\s+and\s+other\s+([a-z][a-z -]*[a-z])$/i;
const ORE_AND_CONCENTRATE = /^([a-z][a-z -]*?)\s+ores?\s+(?:and|&)\s+concentrates?$/i;

// a head that only says which part of a plant is sold ("goji berries", "cashew nuts", "coffee beans")
const PLANT_PART = /^([a-z][a-z-]{2,})\s+(?:berr(?:y|ies)|nuts?|beans?|leaves|seeds?|kernels?)$/i;
/** The plants goods are named by, one per part of their name: "goji berries and products" gives "goji". */
const plantsOf = (name: string): string[] => name.split(/\s+and\s+/).map((p) => PLANT_PART.exec(p)?.[1]?.toLowerCase())
  .filter((p): p is string => p !== undefined && !COUNT_WORDS.test(p) && !GENERIC_GOODS.has(p));

// the words after a bare name that say only what form the goods take ("products", "ores and compounds")
const HEAD_TAIL = /^(?:(?:products|goods|items|services)$|(?:ores?|concentrates?|compounds?)\b)/i;
// "rare earth ores", "copper concentrates": the goods by their bare name
const RAW_FORM = /^([a-z][a-z -]*?)\s+(?:ores?|concentrates?|compounds?)$/i;

// words that count things of any kind, no goods' name
const COUNT_WORDS_ONLY = /^(?:units?|sets?|pieces?|items?)$/i;
// a table's "Total" row names the whole, no goods: "total foreign trade" in a question is no subject
const WHOLE_NAMES = new Set(["total", "totals", "grand total", "subtotal", "sum", "overall", "all", "whole"]);
// and a row named by a measure ("| Growth | +6.3% | +4.1% |") names no goods: "cities by trade growth" narrows to none
const MEASURE_NAMES = new Set(["growth", "growth rate", "change", "yoy", "year on year", "share", "proportion", "value",
  "amount"]);

// a goods' head word after a kind of service's bare word: "transport equipment", "construction machinery" name goods
const GOODS_HEAD_AFTER = String.raw`(?![\s-]+(?:equipment|machinery|machines?|vehicles?|devices?|tools?|materials?|`
  + String.raw`products?|goods|parts|instruments?|appliances?))`;
// the words before "services" that name no kind of service a question asks by itself
const VAGUE_SERVICE = /^(?:other|business|personal|government|public|related|trade|goods|all|total)$/i;
// a count names no goods: "the three products" is no product called "three"
const COUNT_WORDS = /^(?:the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|both|all|these|those|other|such)$/i;

// words of goods' names people clip when they type ("electronic info products", "high-tech products")
const CLIPPED_WORDS = new Map([["information", "info"], ["technology", "tech"], ["technologies", "techs?"]]);

export function subjectFinder(names: string[]): (text: string) => string[] {
  // "coke and semi-coke" is found as "coke" too, "automobiles and auto parts" as "automobiles"
  const spellings = new Map<string, string>();
  // (the bare word of a kind of service, asked alone: "transport equipment" asks goods, never "transport services")
  const serviceWords = new Set<string>();
  // (a bare name two stored goods share, "rare earth", is asked as itself: sameGoods takes either)
  const claim = (bare: string, n: string) => {
    const had = spellings.get(bare);
    if (had === undefined) spellings.set(bare, n);
    else if (had !== n && had !== bare && !names.includes(bare)) spellings.set(bare, bare);
  };
  for (const n of new Set(names)) {
    // ("they exported 2,140 units worth …" stores goods named by their count word: "value and number of units?" asks
    // the count, never those goods)
    if (WHOLE_NAMES.has(n.toLowerCase()) || MEASURE_NAMES.has(n.toLowerCase()) || COUNT_WORDS_ONLY.test(n)) continue;
    spellings.set(n, n);
    const parts = n.split(/\s+and\s+/);
    for (const part of parts) if (part !== n && !spellings.has(part)) spellings.set(part, n);
    // "lithium carbonate and lithium battery materials" is asked about as "lithium": the one word every part shares
    const shared = parts.length >= 2 ? parts.map((p) => new Set(p.toLowerCase().split(/\s+/)))
      .reduce((a, b) => new Set([...a].filter((w) => b.has(w)))) : new Set<string>();
    const word = [...shared].filter((w) => w.length >= 4 && !GENERIC_GOODS.has(w));
    if (word.length === 1 && !spellings.has(word[0]!)) spellings.set(word[0]!, n);
    // ("russian logs and sawn wood" is asked about as "logs and sawn wood", with Russia the partner)
    const bare = goodsByCountry(n)?.goods;
    if (bare) claim(bare, n);
    // "steel products" is asked about as "steel" ("the three products" not as "three": "what three reasons …")
    const head = n.replace(/\s+(?:products|goods|items)$/, "");
    if (head !== n && !COUNT_WORDS.test(head)) claim(head, n);
    // ("lithium-ion batteries" is asked about as "batteries": goods whose one word before the head is a compound of
    // its kind, when no other stored goods share the head)
    // (never a compound that marks off a part of the head's goods: "second-hand cars", "non-ferrous metals",
    // "cross-border parcels", "duty-free sales" are no answer asked of cars, metals, parcels or sales)
    const kindOf = /^[a-z]+-[a-z]+\s+([a-z]{4,})$/i.exec(n)?.[1];
    if (kindOf && !COUNT_WORDS.test(kindOf) && !GENERIC_GOODS.has(kindOf.toLowerCase()) && !PART_COMPOUND.test(n)) {
      claim(kindOf, n);
    }
    // ("transport services" is asked about as "transport": a kind of service by its own word; not "other services"
    // nor "business services", whose word says other things in a question)
    const service = /^([a-z][a-z -]*?)\s+services$/i.exec(n)?.[1];
    if (service && !COUNT_WORDS.test(service) && !VAGUE_SERVICE.test(service)) {
      claim(service, n);
      if (!names.includes(service)) serviceWords.add(service.toLowerCase());
    }
    // ("rare earth ores and compounds" is asked about as "rare earth")
    const raw = RAW_FORM.exec(parts[0]!)?.[1];
    if (raw && raw.length >= 4 && !COUNT_WORDS.test(raw)) claim(raw, n);
    // ("goji berries and products" is asked about as "goji", "cashew nuts" as "cashew": produce by its plant's name,
    // the head only saying which part of it is sold)
    for (const plant of plantsOf(n)) claim(plant, n);
    // ("pharmaceutical materials and drugs" is asked about as "pharmaceutical": a part's word before a generic one)
    for (const part of parts.length >= 2 ? parts : []) {
      const lead = /^([a-z-]+)\s+([a-z]+)$/i.exec(part);
      if (lead && GENERIC_GOODS.has(lead[2]!.toLowerCase()) && !spellings.has(lead[1]!)) spellings.set(lead[1]!, n);
    }
    // ("rail transit equipment" is asked about as "rail equipment": three-word goods by their first and last words)
    const three = /^([a-z]{3,})\s+[a-z]{3,}\s+([a-z]{4,})$/i.exec(n);
    if (three && !GENERIC_GOODS.has(three[1]!.toLowerCase()) && !COUNT_WORDS.test(three[1]!)) claim(`${three[1]} ${three[2]}`, n);
    for (const [re, short] of SHORT_NAMES) {
      const asked = n.replace(re, short);
      if (asked !== n && !spellings.has(asked)) spellings.set(asked, n);
    }
  }
  // ("cars" asked, with "car" and "cars and car parts" stored: a part of a compound name yields to the stored name that
  // is those goods alone)
  const bareKey = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, "");
  for (const [spelt, target] of spellings) {
    if (spelt === target || !/\s(?:and|&)\s/.test(target)) continue;
    const alone = names.find((x) => x !== target && !/\s(?:and|&)\s/.test(x) && bareKey(x) === bareKey(spelt));
    if (alone) spellings.set(spelt, alone);
  }
  // ("EVs", "li-ion batteries": the short forms people type for goods the documents spell out)
  const short: string[] = [];
  for (const n of new Set(names)) {
    for (const [re, forms] of SHORT_FORMS) {
      if (re.test(n) || re.test(goodsByCountry(n)?.goods ?? "")) {
        for (const f of forms) if (!spellings.has(f)) { spellings.set(f, n); short.push(f); }
      }
    }
  }
  // (a short whole name is asked as it is: "tea"; a short part of one is too common a word)
  const usable = [...spellings.keys()].filter((n) => n.length >= 4 || short.includes(n)
    || (n.length === 3 && spellings.get(n) === n && /^[a-z]+$/i.test(n) && !COMMON_SHORT.has(n.toLowerCase())))
    .sort((a, b) => b.length - a.length);
  if (!usable.length) return () => [];
  // (a word whose own end is an s is its singular: "glass" of "glasses", "lens" of "lenses")
  const singular = (w: string) => (/(?:ss|us|is|lens)$/.test(w) ? w
    : w.replace(/ies$/, "y").replace(/(?<=s|x|z|ch|sh)es$|s$/, ""));
  // ("silk scarf" of "silk scarves": the plural in -ves of a word in -f)
  const wordPattern = (w: string) => (CLIPPED_WORDS.has(w) ? `(?:${escape(w)}|${CLIPPED_WORDS.get(w)})`
    : /(?:ies|y)$/.test(w) ? `${escape(w.replace(/(?:ies|y)$/, ""))}(?:y|ies)`
    : /[lr](?:ves|f)$/.test(w) ? `${escape(w.replace(/(?:ves|f)$/, ""))}(?:f|ves?)` : `${escape(singular(w))}(?:e?s)?`);
  // ("metal ores & concentrates": "and" may be written "&")
  const pattern = (n: string) => n.toLowerCase().split(/[\s-]+/).map((w) => (w === "and" ? "(?:and|&)" : wordPattern(w)))
    .join("[\\s-]+");
  // ("freight train trips", "cargo flights": goods named before a carrier say what the carrier is, not what was asked;
  // "car parts": nor do goods named before their parts)
  const asked = (n: string) => pattern(n) + (serviceWords.has(n.toLowerCase()) ? GOODS_HEAD_AFTER : "");
  const re = new RegExp(`(?<![\\w-])(?:${usable.map(asked).join("|")})(?![\\w-])`
    + `(?!\\s+(?:trains?|flights?|parts)\\b)`, "gi");
  const key = (t: string) => t.toLowerCase().replaceAll("&", "and").split(/[\s-]+/)
    .map((w) => singular(w).replace(/(?<=[lr])ve$/, "f")).join(" ");
  const byKey = new Map(usable.map((n) => [key(n), spellings.get(n)!]));
  // ("glasses" asked, with "glass" and "glasses" stored, one singular key: the spelling asked as it is wins)
  const exact = (t: string) => t.toLowerCase().replaceAll("&", "and").split(/[\s-]+/).join(" ");
  const byExact = new Map(usable.map((n) => [exact(n), spellings.get(n)!]));
  // ("lens" asked, "lenses" stored: a name whose singular ends in s keys apart from its plural; the name whose own
  // pattern the words match is the one asked)
  const whole = usable.map((n) => [new RegExp(`^(?:${asked(n)})$`, "i"), spellings.get(n)!] as const);
  const byPattern = (t: string) => whole.find(([r]) => r.test(t))?.[1];
  return (text) => [...new Set([...text.matchAll(re)].map((m) => byExact.get(exact(m[0])) ?? byKey.get(key(m[0]))
    ?? byPattern(m[0])).filter((n): n is string => n !== undefined))];
}
