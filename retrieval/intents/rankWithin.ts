import { companions } from "../figures/companions.js";
import { DEPENDENCE, TRADE_DEPENDENCE } from "../../text/dependence.js";
import { entityName, itemWithShortForm, valueText } from "../figures/describe.js";
import { findEntities } from "../../text/entities.js";
import { isBareZone, isZone, namedZones, ZONE_PREFIX } from "../../text/zones.js";
import { hasCityNamed, place } from "../../text/places.js";
import { overlaps as overlapsPeriod, periodLabel, samePeriod } from "../../text/periods.js";
import { countAsked, ZONE_AREAS, type QuestionFrame } from "../figures/query.js";
import { stated, type FactBase, type FigureAnswer } from "../figures/solve.js";
import { partnerName } from "../figures/describe.js";
import type { Fact, Measure } from "../../text/terms.js";
import { findSubjects, memberOfGroup, shortFormsOf, SUBJECTS, type SubjectKind } from "../../text/subjects.js";
import { sameUnit } from "../figures/arithmetic.js";
import { baseYearOf, qualifierOverlap, wordSet } from "../figures/select.js";
import { matchSubjects, rankedNames } from "./rankItems.js";
import { isTableRow, oneTablesRows } from "./tableRows.js";
import { ranksBeyond } from "./ranksBeyond.js";
import type { Intent } from "./types.js";

/**
 * Rankings within one place: its trading partners ("rank Hebei's main trading partners by value"),
 * its trade modes, enterprise types or products ("rank Shandong's trade modes"), each figure
 * stated for that place, one period, one flow and one measure.
 */

// words that ask for the members of one dimension of a place's trade
const DIMENSION_WORDS: Array<[RegExp, "partner" | SubjectKind]> = [
  // ("the buyers of its power", "its crude suppliers": the partners goods went to or came from)
  // ("rank the supplier economies": the partners by the word customs tables use for them)
  [/\b(?:trading\s+)?partners?\b|\bmarkets?\b|\b(?:import\s+)?sources\b|\b(?:export\s+)?destinations\b|\b(?:buyers|suppliers|customers)\b|\bcountries\b|\b(?:supplier|source|partner)\s+economies\b/i,
    "partner"],
  [/\b(?:trade\s+)?modes?\b|\bways? of trade\b/i, "mode"],
  [/\b(?:enterprise|firm|company|ownership)s?\b(?:\s+types?)?|\btypes? of (?:enterprises?|firms?|companies)\b/i, "enterprise"],
  // ("top 3 imports", "its main exports": the goods of a flow; "its bulk imports": the bulk commodities among them)
  [/\b(?:products?|items?|goods|commodities|categor(?:y|ies))\b|\b(?:top|main|major|leading|biggest|largest|principal|bulk)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:imports|exports)\b/i, "product"],
];
// the members of a bloc asked by what they are ("the five Central Asian countries", "ASEAN economies")
const BLOC_MEMBERS = /\b(?:countries|nations|economies|members|states)\b/i;
// "ranked w/ amounts", "in order", "rank em by yoy": an order is asked, which one figure does not give
const ORDER_ASKED = /\brank(?:ed|ing)?\b|\bin order\b|\border(?:ed)? (?:them|by)\b/i;
const OVERLAPPING_GROUPS = new Set(["partner:bri", "partner:rcep"]);
const SUBJECT_KIND = new Map(SUBJECTS.map((s) => [s.name, s.kind]));

interface Dimension {
  owner: string; kind: "partner" | "city" | "zone" | SubjectKind; item: (f: Fact) => string | undefined; listed?: string[];
  /** The one goods whose partners are ranked ("rank its toy export markets"), if goods are asked. */
  goods?: string;
  /** What a zone ranking's items are called, when not ports and zones ("districts' and counties'"). */
  parts?: string;
}

// ("customs districts" are no districts of a city)
const DISTRICTS_ASKED = /\b(?<!customs\s)(?:districts|counties)\b/i;

// "which terminal handled the most boxes", "rank its berths": a port's parts, each stated as one of its subjects
const TERMINALS_ASKED = /\b(?:terminals?|berths?|wharf|wharves|phases)\b/i;
const TERMINAL_ITEM = /\b(?:phase|terminal|berth|wharf)\b/i;

// "rank Pingxiang's ports and border trade zones", "its crossings by trade": the zones and ports of its articles
// ("its key parks": so its parks)
const ZONES_ASKED =
  /\b(?:ports|zones|parks|crossings|border\s+(?:trade\s+)?points|(?:land|border)\s+ports)\b|\bports?\s*\/\s*(?:[\w-]+\s+){0,3}zones\b/i;

/**
 * Whether a figure stands for an item of the kind the question ranks ("central china cities": a city of the region's
 * provinces): a ranking's left-out items are looked for among these only. Any figure when no dimension is asked.
 */
export function rankableItem(q: QuestionFrame): (f: Fact) => boolean {
  const dim = dimensionOf(q);
  return dim ? (f) => dim.item(f) !== undefined : () => true;
}

function dimensionOf(q: QuestionFrame): Dimension | undefined {
  const places = q.entities.filter((e) => e !== "china");
  const owner = places.length === 1 ? places[0]! : places.length === 0 && q.entities.includes("china") ? "china" : undefined;
  if (!owner) return undefined;
  // "which 3 Shandong cities grew fastest": the province's cities; "rank the Yangtze River Delta's members": the region's provinces
  // ("rank the 3 areas of the X pilot FTZ": a zone's areas are the cities it lies in, each figure stated as the city's;
  // the zone's province is the place the question names)
  const zoneAreas = ZONE_AREAS.test(q.text);
  const province = zoneAreas ? findEntities(q.text).find((e) => e.kind === "province")?.id : undefined;
  // (the cities' figures of the one trade mode or goods asked, "cbec: which cities grew fastest", else their totals)
  const subject = q.subjects.length === 1 ? q.subjects[0] : undefined;
  const cities = (p: string): Dimension => ({
    // (a city whose name another province's city shares is read as that one: it may be this province's; rankBy keeps
    // it only beside this province's own cities in its document)
    owner: p, kind: "city", item: (f) => (hasCityNamed(p, f.entity) && !f.partner && f.subject === subject ? f.entity : undefined),
  });
  if (province && province !== owner) return cities(province);
  if ((q.subjectKind === "city" || zoneAreas) && place(owner)?.kind === "province") return cities(owner);
  const members = place(owner)?.members;
  // ("top 5 prd cities", "the central region's cities": the cities of the region's provinces, none of its provinces)
  if (members && q.subjectKind === "city" && place(owner)?.kind === "region") {
    return { owner, kind: "city", item: (f) => (place(f.entity)?.kind === "city" && members.includes(place(f.entity)!.parent ?? "")
      && !f.partner && f.subject === subject ? f.entity : undefined) };
  }
  if (members && /\b(?:members?|provinces|provincial|cities|municipalities)\b/i.test(q.text)) {
    return { owner, kind: "city", item: (f) => (members.includes(f.entity) && !f.partner && !f.subject ? f.entity : undefined) };
  }
  // (each zone's own figures, stated in an article about the place: a zone has no parent the gazetteer knows)
  const partnersAsked = DIMENSION_WORDS[0]![0].test(q.text);
  // ("which 3 of its districts traded most": the districts and counties of a table of them, each by its bare name; never
  // its zones, named by their kind)
  if (DISTRICTS_ASKED.test(q.text) && !zoneAreas && !q.partners.length && !q.subjects.length && !partnersAsked) {
    return {
      owner, kind: "zone", parts: "districts' and counties'",
      item: (f) => (isBareZone(f.entity) && !f.partner && !f.subject ? f.entity : undefined),
    };
  }
  if (ZONES_ASKED.test(q.text) && !zoneAreas && !q.partners.length && !q.subjects.length && !partnersAsked) {
    // (a zone's parks: the zone asked is their whole, none of them)
    const inZone = (f: Fact) => isZone(f.entity) && f.entity !== owner && !f.partner && !f.subject;
    return { owner, kind: "zone", item: (f) => (inZone(f) ? f.entity : undefined) };
  }
  // ("which terminal handled the most boxes": the owner's figures whose subject names a terminal or a phase of it)
  // (never the partners asked: "rank its trading partners by trade through its terminals")
  if (TERMINALS_ASKED.test(q.text) && !q.partners.length && !q.subjects.length && !partnersAsked) {
    return { owner, kind: "product", item: (f) => (f.subject && !f.partner
      && TERMINAL_ITEM.test(f.subject) ? f.subject : undefined) };
  }
  // "who was its largest trading partner within ASEAN", "rank the five Central Asian countries": the bloc's members
  const bloc = q.partners.length === 1 ? place(q.partners[0]!)?.members : undefined;
  if (bloc && !q.subjects.length && (DIMENSION_WORDS[0]![0].test(q.text) || BLOC_MEMBERS.test(q.text))) {
    // (a bloc inside it is one of its partners too: ASEAN among the RCEP partners, beside Japan)
    const within = (p: string) => bloc.includes(p)
      || (p !== q.partners[0] && (place(p)?.members?.every((m) => bloc.includes(m)) ?? false));
    return {
      owner, kind: "partner", item: (f) => (f.partner && !f.subject && within(f.partner) ? f.partner : undefined),
    };
  }
  if (q.partners.length >= 2 || (!q.partners.length && !q.subjects.length && DIMENSION_WORDS[0]![0].test(q.text))) {
    // (never the owner itself, which "by trade w yunnan" names as a partner: a place is no partner of its own)
    // (nor a bloc named beside two of its members, "its latam partners: brazil, chile, peru": the scope of the list,
    // no item of it)
    const scope = (p: string) => q.partners.filter((m) => place(p)?.members?.includes(m)).length >= 2;
    const others = q.partners.filter((p) => p !== owner && !scope(p));
    const listed = others.length >= 2 ? others : undefined;
    // initiatives and agreements (Belt and Road, RCEP) overlap the partners they group: not ranked among them unless named
    const accept = (p: string) => (listed ? listed.includes(p) : !OVERLAPPING_GROUPS.has(p));
    return { owner, kind: "partner", item: (f) => (f.partner && !f.subject && accept(f.partner) ? f.partner : undefined), ...(listed && { listed }) };
  }
  // "rank its toy export markets", "the buyers of its power, in order": the partners of one goods, each figure of that
  // goods or of none, said of it by its sentence (rankBy checks the words)
  if (!q.partners.length && q.subjects.length === 1 && DIMENSION_WORDS[0]![0].test(q.text)) {
    const goods = q.subjects[0]!;
    return { owner, kind: "partner", goods,
      item: (f) => (f.partner && (!f.subject || f.subject === goods) && !OVERLAPPING_GROUPS.has(f.partner) ? f.partner : undefined) };
  }
  // "rank its 'new three' exports": the group's members
  const group = q.subjects.length === 1 && !q.partners.length && SUBJECTS.find((x) => x.name === q.subjects[0] && x.members);
  if (group) {
    return { owner, kind: "product", item: (f) => (f.subject && !f.partner && memberOfGroup(group.name, f.subject) ? f.subject : undefined) };
  }
  const kinds = new Set(DIMENSION_WORDS.slice(1).filter(([re]) => re.test(q.text)).map(([, k]) => k));
  // ("'new three' exports: rank EVs, solar cells and li-ion batteries": the group only says what its members are)
  const items = q.subjects.filter((g) => !q.subjects.some((m) => m !== g && memberOfGroup(g, m)));
  if (items.length >= 2 || (kinds.size && !q.partners.length)) {
    const listed = items.length >= 2 ? items : undefined;
    return {
      owner, kind: [...kinds][0] ?? SUBJECT_KIND.get(q.subjects[0]!) ?? "mode", ...(listed && { listed }),
      item: (f) => (f.subject && !f.partner && (listed ? listed.includes(f.subject) : kinds.has(SUBJECT_KIND.get(f.subject) ?? "product")) ? f.subject : undefined),
    };
  }
  return undefined;
}

/** Is a fact stated in an article about the place: its headline names it? */
// (or the zone it names: "X Economic and Technological Development Zone: annual report" is about the zone's parks)
// (or a zone's bare name its headline opens a longer one with: "Mengla County Port Affairs Office Annual Report" is
// about Mengla's ports)
const articleOf = (f: Fact, owner: string, base: FactBase) => {
  const title = base.documents?.get(f.docId)?.meta.title ?? "";
  const bare = isZone(owner) ? owner.slice(ZONE_PREFIX.length) : "";
  return findEntities(title).some((e) => e.id === owner)
    || (isZone(owner) && namedZones(title).some((z) => z.id === owner
      || z.id.slice(ZONE_PREFIX.length).startsWith(`${bare} `)));
};

const FLOW_NAMES: Partial<Record<Fact["metric"], string>> = { trade: "foreign trade", exports: "exports", imports: "imports" };

// "rank … by trade value, with their shares": what the ranking is by, when the question says so
const RANKED_BY: Array<[RegExp, Measure]> = [
  [/\bby (?:(?:trade|export|import) )?(?:value|amount|volume|size)\b/i, "amount"],
  // ("which kind of firms did the most trade?", "which partner traded the most?": the most of the flow itself)
  [/\b(?:did|had|handled|conducted)\s+the\s+most\s+(?:trade|exports|imports|business)\b/i, "amount"],
  [/\b(?:traded|exported|imported)\s+the\s+most\b/i, "amount"],
  [/\bby (?:(?:their|its) )?(?:growth|yoy|increase)\b/i, "growth"],
  [/\bby (?:(?:their|its) )?share\b/i, "share"],
  // ("which terminal handled the most boxes": a quantity, not a value)
  // ("by container throughput", "by cargo tonnage": the quantity named with what is counted)
  [/\b(?:most|by)\s+(?:(?:container|cargo|freight)\s+)?(?:boxes|containers|teus?|throughput|tonnage)\b/i, "count"],
  // ("by freight volume", "by cargo handled": the quantity of what is carried, never its value)
  [/\bby\s+(?:(?:the|their|its)\s+)?(?:cargo|freight)(?:\s+(?:volume|handled|carried))?\b/i, "count"],
];

function measureOf(q: QuestionFrame): Measure {
  // ("cities by trade dependence": trade measured against GDP, a rate of its own; its rise asked is no level of it)
  if (DEPENDENCE.test(q.text) && !q.measures.includes("growth")) return "rate";
  const by = RANKED_BY.find(([re]) => re.test(q.text));
  if (by) return by[1];
  if (q.measures.includes("growth")) return "growth";
  if (q.measures.includes("share")) return "share";
  return "amount";
}

// a question that asks for figures or an order, not only for names
const ASKS_FIGURES = /\brank|\b(?:rose|rising|fell|falling|declined|dropped|increased|decreased)\b|\bby\s+(?:value|growth|trade|size|amount)|\bamounts?\b|\bfigures?\b|\bhow much\b|\bvalues?\b|\brates?\b|\bshares?\b|\bcombined\b|\bgr[eo]w|\bgrowth\b|\bdr[oi]ve|\bpercent|\bin\s+order\b/i;

// a question that wants values beside the names: a list without figures does not answer it
const WANTS_VALUES = /\brank|\bamounts?\b|\bfigures?\b|\bhow much\b|\bvalues?\b|\bwith\s+(?:the\s+|their\s+)?(?:rates?|shares?|growth)|\bshares?\b|\bcombined\b|\bpercent/i;

// a change asked without a superlative ("which products grew?") filters by its sign; "grew fastest" ranks
const RISE_ASKED = /\b(?:grew|grow|grows|rose|rise|rises|rising|increased|increase|increasing|expanded|gained|climbed|went up|up)\b/i;
const FALL_ASKED = /\b(?:fell|fall|falls|falling|declined|decline|declining|dropped|drop|decreased|decrease|shrank|contracted|went down|down)\b/i;
const SUPERLATIVE = /\b(?:most|least|top|rank|ranked|order|sort|(?:fast|slow|high|low|larg|bigg|small|strong|weak)est)\b/i;

function changeSignAsked(text: string): 1 | -1 | undefined {
  if (SUPERLATIVE.test(text)) return undefined;
  const rise = RISE_ASKED.test(text);
  const fall = FALL_ASKED.test(text);
  return rise === fall ? undefined : rise ? 1 : -1;
}

export function solveRankWithin(q: QuestionFrame, base: FactBase): FigureAnswer {
  const ranked = rankFigures(q, base);
  if (ranked.status === "answered") return ranked;
  // too few figures to rank: the list the document names, if it names one and no figure is asked
  // (a list named without figures cannot say which of its items grew or fell)
  // (nor which of them passed an amount: "which districts had exports above 8 billion usd")
  const named = WANTS_VALUES.test(q.text) || changeSignAsked(q.text) || amountBound(q) ? ranked : solveNamedList(q, base);
  return named.status !== "none" ? named : ranked;
}

const MAIN_ITEMS = /\b(?:main|major|leading|top|biggest|largest|principal|key)\b/i;

/**
 * "rank its three main export categories": when the place's named list of that flow (and of the count asked) names
 * the items, the ranking is of them, not of every product with a figure.
 */
function namedItemsOf(dim: Dimension, q: QuestionFrame, base: FactBase): Dimension {
  if (dim.listed || dim.kind !== "product" || !q.metric || !MAIN_ITEMS.test(q.text)) return dim;
  const n = countAsked(q.text);
  const period = q.periods[0];
  const list = base.facts.find((f) => f.measure === "listed" && !f.scope && f.items && f.entity === dim.owner
    && f.metric === q.metric && (!n || f.items.length === n) && (!period || !f.period || overlapsPeriod(f.period, period)));
  if (!list) return dim;
  const named = new Map(list.items!.map((i) => [i.toLowerCase(), i]));
  const item = (f: Fact) => (f.subject && !f.partner && named.has(f.subject.toLowerCase()) ? f.subject : undefined);
  return { ...dim, item };
}

/**
 * "rank textile & clothing, medical instrument and pharmaceutical exports": goods the question lists, more than it
 * recognises, each matched to the place's subjects by its words; a name no subject has is listed, so it is missing.
 */
function listedGoods(q: QuestionFrame, base: FactBase, dim: Dimension | undefined): Dimension | undefined {
  const owner = listOwner(q);
  const names = rankedNames(q.text);
  // (and kinds of firm: "rank private, foreign-invested and state-owned firms", where another document's "private and
  // other enterprises" is what the question's reading took "private" for)
  if (!owner || !names || q.partners.length || (dim && !["product", "mode", "enterprise"].includes(dim.kind))) return dim;
  const own = base.facts.filter((f) => f.entity === owner && (!q.metric || f.metric === q.metric));
  // (as many recognised subjects with figures of the place as names: the question was read whole. Only subjects the
  // list names count, not the scope before it: "X services trade 2019 - rank travel, transport, … and IP charges";
  // a name read twice, "private" as the place's "private enterprises" and as another document's "private and other
  // enterprises", is the one with the place's figures)
  // (named by its words or by a spelling of its own: "foreign-funded" is the subject "foreign-invested enterprises")
  const listWords = wordSet(names.join(" "));
  const spelled = new Set(findSubjects(names.join(", ")).map((m) => m.name));
  const inList = (x: string) => spelled.has(x) || [x, ...shortFormsOf(x)]
    .some((n) => [...wordSet(n)].every((w) => listWords.has(w) || /^(?:and|the|of|for)$/.test(w)));
  const kept = (dim?.listed ?? []).filter((x) => own.some((f) => f.subject === x) && inList(x));
  if (dim && kept.length >= names.length) {
    return kept.length === dim.listed!.length ? dim
      : { ...dim, listed: kept, item: (f) => { const x = dim.item(f); return x && kept.includes(x) ? x : undefined; } };
  }
  const matched = matchSubjects(names, own);
  if (matched.every((m) => m === undefined)) return dim;
  const listed = matched.map((m, i) => m ?? names[i]!);
  const item = (f: Fact) => (f.subject && !f.partner && listed.includes(f.subject) ? f.subject : undefined);
  return { owner, kind: dim?.kind ?? "product", listed, item };
}

/**
 * "ports in the Dalian customs district ranked by value cleared": ports no zone's figures are stated for are the cities
 * a table of the place's article lists row by row, each the city's port: the passage that states most of them, and the
 * next one for the rows a passage break carried over.
 */
function portCities(dim: Dimension, base: FactBase): Dimension | undefined {
  const rows = base.facts.filter((f) => place(f.entity)?.kind === "city" && !f.partner && !f.subject && f.value !== null
    && articleOf(f, dim.owner, base));
  const counts = new Map<string, Set<string>>();
  for (const f of rows) counts.set(f.passageId, (counts.get(f.passageId) ?? new Set()).add(f.entity));
  const [passage, cities] = [...counts].sort((a, b) => b[1].size - a[1].size)[0] ?? [];
  // (a table of ports lists several: two cities of one sentence are no list of ports)
  if (!passage || cities!.size < 3) return undefined;
  const next = passage.replace(/\d+$/, (n) => String(Number(n) + 1));
  const item = (f: Fact) => (f.partner || f.subject ? undefined : f.passageId === passage && cities!.has(f.entity) ? f.entity
    : f.passageId === next && counts.get(next)?.has(f.entity) && !cities!.has(f.entity) ? f.entity : undefined);
  return { owner: dim.owner, kind: "city", item };
}

/**
 * "top 3 ports by trade": a table of ports mixes rows named after their city ("Dongxing | 31.0", read as the city's)
 * with ports of their own ("Aidian railway port"); the city rows of a table that lists the zones' rows are its ports too
 * (and its zones or parks: "Lanxi | 31.5" beside "Lanxi-Korla | 12.5" in a table of border zones).
 */
function withCityRows(dim: Dimension, base: FactBase): Dimension {
  const textOf = (f: Fact) => base.documents?.get(f.docId)?.text ?? "";
  const row = (f: Fact) => textOf(f).slice(f.start, f.end).includes(" | ");
  const zoneRows = base.facts.filter((f) => dim.item(f) && row(f));
  // (one table: nothing but rows between the city's row and a zone's, whatever passage each fell in)
  const between = (f: Fact, z: Fact) => textOf(f).slice(Math.min(f.end, z.end), Math.max(f.start, z.start));
  const sameTable = (f: Fact, z: Fact) => z.docId === f.docId && !/\n\s*\n/.test(between(f, z))
    && between(f, z).split("\n").every((l) => !l.trim() || l.includes(" | "));
  // (the owner's own row, "Lanxi | 50.0" under its zones, is their whole, no zone of it)
  const cityRow = (f: Fact) => place(f.entity)?.kind === "city" && f.entity !== dim.owner && !f.partner && !f.subject && row(f)
    && zoneRows.some((z) => sameTable(f, z));
  return zoneRows.length ? { ...dim, item: (f) => dim.item(f) ?? (cityRow(f) ? f.entity : undefined) } : dim;
}

/**
 * "top 3 central china ports by throughput": a table row of an article whose headline names no owner is the owner's
 * when the table's rows of known cities (two at least) all lie within it; its rows of ports of their own go with them.
 */
function rowOfTableWithin(f: Fact, owner: string, base: FactBase): boolean {
  const text = base.documents?.get(f.docId)?.text ?? "";
  const isRow = (g: Fact) => text.slice(g.start, g.end).includes(" | ");
  if (!isRow(f) || !place(owner)?.members && place(owner)?.kind !== "province") return false;
  // (the rows of its table, whichever passage each fell in: a long table is split where a passage ends)
  const between = (g: Fact) => text.slice(Math.min(f.end, g.end), Math.max(f.start, g.start));
  const sameTable = (g: Fact) => g.docId === f.docId && (g.passageId === f.passageId
    || between(g).split("\n").every((l) => !l.trim() || l.includes(" | ")) && !/\n\s*\n/.test(between(g)));
  const cities = new Set(base.facts.filter((g) => sameTable(g) && isRow(g) && place(g.entity)?.kind === "city")
    .map((g) => g.entity));
  return cities.size >= 2 && [...cities].every((c) => memberOf(owner, place(c)!.parent ?? "") || memberOf(owner, c));
}

// the kind of rows a question ranks, by its word ("districts", "port areas", "zones"), as a table's caption or
// header would name it in the singular or plural
const ROW_KINDS: Array<[RegExp, RegExp]> = [
  [/\bdistricts\b/i, /\bdistricts?\b/i],
  [/\bcounties\b/i, /\bcount(?:y|ies)\b/i],
  [/\bport\s+areas\b/i, /\bport\s+areas?\b/i],
  [/\b(?:land|border)\s+ports\b/i, /\b(?:land|border)?\s*ports?\b/i],
  [/\bports\b/i, /\bports?\b/i],
  [/\bzones\b/i, /\bzones?\b/i],
  [/\bparks\b/i, /\bparks?\b/i],
];

/**
 * "which 5 X districts traded most" over an article about one of them: a table row is the owner's when the lines
 * over its table (its caption and its header row) name both the owner and the kind of rows asked ("Foreign trade
 * of selected X districts" over "District | Total").
 */
function rowUnderCaption(f: Fact, owner: string, kind: RegExp | undefined, base: FactBase): boolean {
  const text = base.documents?.get(f.docId)?.text ?? "";
  if (!kind || !text.slice(f.start, f.end).includes(" | ")) return false;
  const over = linesOverTable(text, f.start);
  return kind.test(over) && findEntities(over).some((e) => e.id === owner);
}

/** The caption and the header row over the table a row at `start` is in: the two lines of text over its rows. */
function linesOverTable(text: string, start: number): string {
  const lines = text.slice(0, start).split("\n");
  lines.pop();
  // (up over the table's rows to its header row, then the caption: the two lines of text over it)
  while (lines.length && lines[lines.length - 1]!.includes(" | ")) lines.pop();
  const header = text.slice(lines.join("\n").length, start).split("\n").find((l) => l.includes(" | ")) ?? "";
  const caption = lines.filter((l) => l.trim()).slice(-2).join(" ");
  return `${caption} ${header}`;
}

const CITY_ROWS_ASKED = /\b(?:ports?|crossings|zones?|parks?)\b/i;

function rankFigures(q: QuestionFrame, base: FactBase): FigureAnswer {
  const found = listedGoods(q, base, dimensionOf(q));
  const asked = found && namedItemsOf(found, q, base);
  // ("(not hangzhou)": a place the question sets aside is no item of its ranking)
  const named = asked && q.excluded?.length
    ? { ...asked, item: (f: Fact) => { const i = asked.item(f); return i && !q.excluded!.includes(i) ? i : undefined; } } : asked;
  // (and "which border zones grew fastest", "rank its industrial parks": a zone named after its city is a city row too;
  // never of districts asked, whose table's city row is their whole)
  const dim = named?.kind === "zone" && !named.parts && CITY_ROWS_ASKED.test(q.text) ? withCityRows(named, base) : named;
  if (!dim) return { status: "none", lines: [], figures: [] };
  const ranked = rankBy(dim, q, base);
  const ports = ranked.status !== "answered" && dim.kind === "zone" && /\bports\b/i.test(q.text) ? portCities(dim, base) : undefined;
  return ports ? rankBy(ports, q, base, "ports") : ranked;
}

// "above 8 billion usd", "more than 500 million yuan", "under $2bn": a sum of money the items must pass
const FLOOR_WORDS = /^(?:above|over|more than|at least|exceed(?:ing|ed)?|greater than|higher than|topping)$/i;
const CEILING_WORDS = /^(?:below|under|less than|at most|lower than)$/i;
export function amountBound(q: Pick<QuestionFrame, "numbers">): { amount: number; side: 1 | -1; currency: string } | undefined {
  const n = q.numbers.find((x) => x.kind === "money" && x.currency && x.approx
    && (FLOOR_WORDS.test(x.approx) || CEILING_WORDS.test(x.approx)));
  return n && { amount: n.value * n.scale, side: FLOOR_WORDS.test(n.approx!) ? 1 : -1, currency: n.currency! };
}

// blocs that trade as one partner (customs statistics rank them beside countries); other groups are regions of the map
const TRADING_BLOCS = new Set(["partner:asean", "partner:eu"]);
// the words a sentence says goods went out or came in with
const FLOW_SAID = {
  exports: /\b(?:buyers?|markets?|destinations?|customers?|export(?:s|ed)?|sold|shipped)\b/i,
  imports: /\b(?:suppliers?|sources?|import(?:s|ed)?|bought|purchased)\b/i,
};
const FLOW_ASKED: Array<[RegExp, "exports" | "imports"]> = [
  [/\b(?:buyers|markets|destinations|customers|bought)\b/i, "exports"],
  [/\b(?:suppliers|sources|supplied|come\s+from|came\s+from)\b/i, "imports"],
];
const sentenceOf = (f: Fact, base: FactBase) => base.documents?.get(f.docId)?.text.slice(f.start, f.end) ?? "";
// words of goods that say no goods of their own
const GOODS_FILLER = new Set(["and", "products", "goods", "of", "the"]);
// goods texts name by an everyday word ("Yunnan power" is its electricity)
const GOODS_WORDS: Record<string, string> = { electricity: "power" };

/** Does a figure's paragraph, up to its sentence's end, name every word of the goods, or one of their short forms? */
function namesGoods(f: Fact, goods: string, base: FactBase): boolean {
  const text = base.documents?.get(f.docId)?.text ?? "";
  // (a table row by its caption too: "Xcity's drone exports by destination (billion yuan)" over "| Chile | 5.27 |")
  const row = text.slice(f.start, f.end).includes(" | ");
  const said = wordSet(`${row ? linesOverTable(text, f.start) : ""} ${text.slice(text.lastIndexOf("\n", f.start) + 1, f.end)}`);
  const forms = [goods, ...shortFormsOf(goods), ...(GOODS_WORDS[goods] ? [GOODS_WORDS[goods]] : [])];
  return forms.some((g) => {
    const wanted = [...wordSet(g)].filter((w) => !GOODS_FILLER.has(w));
    return wanted.length > 0 && wanted.every((w) => said.has(w));
  });
}

/** Does a fact's document give figures of the province itself, or of a city that is only the province's? */
const besideOwnCities = (f: Fact, province: string, base: FactBase) => base.facts.some((g) => g.docId === f.docId
  && (g.entity === province || (place(g.entity)?.kind === "city" && place(g.entity)?.parent === province)));

const GENERIC_GOODS = /^(?:the\s+)?(?:sectors?|industr(?:y|ies)|products?|goods|items?|categor(?:y|ies)|commodit(?:y|ies)|segments?)$/i;

/**
 * Two figures of one item for the same measure and period, one a sentence's, the other a row of the table that gives
 * the other items' figures (two at least): the row is the ranking's, the sentence may name the item beside another's
 * figure ("P stayed its largest partner, and trade with the other members of G reached N").
 */
function tableOverSentence(best: Map<string, Fact>, rivals: Map<string, Fact[]>, base: FactBase): void {
  for (const [item, facts] of rivals) {
    const chosen = best.get(item)!;
    if (isTableRow(chosen, base)) continue;
    const others = [...best].filter(([k]) => k !== item).map(([, g]) => g);
    const row = facts.find((f) => isTableRow(f, base)
      && others.filter((g) => g.docId === f.docId && isTableRow(g, base)).length >= 2);
    if (row) best.set(item, row);
  }
}

function rankBy(dim: Dimension, q: QuestionFrame, base: FactBase, rows?: "ports"): FigureAnswer {
  const measure = measureOf(q);
  const period = q.periods[0];
  const best = new Map<string, Fact>();
  const rowKind = ROW_KINDS.find(([asked]) => asked.test(q.text))?.[1];
  // (the other figures of an item, of the same measure, flow and period: a sentence's may be misread, see below)
  let rivals: Map<string, Fact[]> | undefined;
  const owned = (f: Fact) => dim.kind === "city"
    || (dim.kind === "zone" ? articleOf(f, dim.owner, base) || rowOfTableWithin(f, dim.owner, base)
      || rowUnderCaption(f, dim.owner, rowKind, base) : f.entity === dim.owner);
  // ("rank the 'new three' by growth": goods asked with no flow are ranked in the one flow all their figures are of)
  const flows = new Set(base.facts.filter((f) => dim.kind === "product" && owned(f) && f.value !== null && dim.item(f))
    .map((f) => f.metric));
  // (goods' buyers or markets asked with no flow are those they were exported to; their suppliers, imported from)
  const goodsFlow = dim.goods ? FLOW_ASKED.find(([re]) => re.test(q.text))?.[1] : undefined;
  const metric = q.metric === "partners" ? "trade"
    : q.metric ?? goodsFlow ?? (flows.size === 1 ? [...flows][0]! : "trade");
  for (const f of base.facts) {
    if (!owned(f) || f.value === null || f.derived) continue;
    // (a row under a caption naming the kind asked is one, whatever its name: "Pudong New Area" among bare districts)
    const item = dim.item(f) ?? (dim.kind === "zone" && isZone(f.entity) && f.entity !== dim.owner && !f.partner
      && !f.subject && rowUnderCaption(f, dim.owner, rowKind, base) ? f.entity : undefined);
    if (!item) continue;
    if (dim.kind === "city" && place(item)?.kind === "city" && place(dim.owner)?.kind === "province"
      && place(item)?.parent !== dim.owner && !besideOwnCities(f, dim.owner, base)) continue;
    // ("exports of the sector reached …": a word that points back at the goods of the article names no goods of its own)
    if (dim.kind === "product" && GENERIC_GOODS.test(item)) continue;
    // (a partner's figure of no goods is of the goods asked only when its sentence names them)
    if (dim.goods && f.subject !== dim.goods && !namesGoods(f, dim.goods, base)) continue;
    const accepts = measure === "growth" ? f.measure === "growth" : f.measure === measure
      // (goods' buyers are ranked by what they took, in money or in their own unit: "1.86 billion kWh")
      || (Boolean(dim.goods) && measure === "amount" && f.measure === "count");
    // (a quantity ranked with no flow asked, "by container throughput", is of whichever flow its figures are stated in)
    // (a partner's "trade" in a sentence that says where goods went or came from is that flow: "the largest buyer of
    // its toys at N")
    const unsaid = f.metric === "trade" || (Boolean(dim.goods) && f.metric === "other");
    const flowOf = dim.kind === "partner" && unsaid && (metric === "exports" || metric === "imports")
      && FLOW_SAID[metric].test(sentenceOf(f, base)) ? metric : f.metric;
    if (!accepts || (flowOf !== metric && !(measure === "count" && !q.metric && f.metric !== "partners"))) continue;
    // (a rate of trade dependence ranks only when it is asked, and only with its like)
    if (Boolean(f.qualifier?.includes(TRADE_DEPENDENCE)) !== DEPENDENCE.test(q.text)) continue;
    // (a change over a base year ranks only with the changes over that year, asked so: "changed vs 2019")
    if (f.measure === "growth" && baseYearOf(f) !== q.baseYear) continue;
    if (period && (!f.period || !samePeriod(f.period, period))) continue;
    // (a goods' table row stands for it before a sentence giving the same figure: the row is where its table is)
    const had = best.get(item);
    if (!had || (dim.kind === "product" && had.value === f.value && !isTableRow(had, base) && isTableRow(f, base))) {
      best.set(item, f);
    }
    if (had) (rivals ??= new Map()).set(item, [...rivals.get(item) ?? [had], f]);
  }
  if (rivals) tableOverSentence(best, rivals, base);
  // only figures in one unit and one period are ranked together; a bloc and its members are not ranked side by side
  // (ASEAN as a whole, not Vietnam, is the partner ranked against the EU)
  // (a region that is no trading bloc, "Central Asia", "Africa", gives way to its members when two of them have
  // figures: "Kazakhstan was its largest partner, followed by Kyrgyzstan" ranks countries)
  const region = (k: string) => !TRADING_BLOCS.has(k)
    && [...best.keys()].filter((m) => place(k)?.members?.includes(m)).length >= 2;
  if (dim.kind === "partner" && !dim.listed) for (const k of [...best.keys()]) if (region(k)) best.delete(k);
  const blocs = [...best.keys()].filter((k) => place(k)?.members);
  const facts = [...best.values()].filter((f) => dim.kind !== "partner" || dim.listed
    || !blocs.some((b) => b !== f.partner && place(b)!.members!.includes(f.partner!)));
  // amounts compare across scales (1.62 trillion and 401.19 billion yuan), not across currencies or kinds
  const first0 = facts[0];
  const comparable = first0 ? facts.filter((f) => sameUnit(f, first0) && (f.period && first0.period ? samePeriod(f.period, first0.period) : true)) : [];
  // ("imports of iron ore cleared at the port … 11.95 billion" and the table's "Iron ore | 11.95": one goods by two names,
  // ranked once, by the shorter)
  const restated = (f: Fact) => dim.kind === "product" && comparable.some((g) => g !== f && g.value === f.value
    && g.unit === f.unit && f.subject!.toLowerCase().startsWith(`${g.subject!.toLowerCase()} `));
  comparable.splice(0, comparable.length, ...comparable.filter((f) => !restated(f)));
  // ("the zone traded 50.0 billion yuan" beside its parks' rows adding up to 50.0): a figure equal to the sum of all
  // the others is their whole, never one of the items ranked
  const amountOf = (f: Fact) => f.value! * f.scale;
  const wholeOfRest = (f: Fact) => comparable.length >= 4 && comparable.every((g) => g.measure === "amount")
    && Math.abs(amountOf(f) - comparable.reduce((t, g) => (g === f ? t : t + amountOf(g)), 0)) <= 0.002 * amountOf(f);
  const wholes = comparable.filter(wholeOfRest);
  comparable.splice(0, comparable.length, ...comparable.filter((f) => !wholeOfRest(f)));
  // (a zone asked for its parks is no item of its own ranking: its stated total, equal to theirs, is said as the whole)
  const sum = comparable.reduce((t, g) => t + amountOf(g), 0);
  const ownTotal = dim.kind === "zone" && isZone(dim.owner) && !wholes.length && comparable.length >= 2 && first0
    ? base.facts.find((f) => f.entity === dim.owner && f.measure === "amount" && f.metric === metric && !f.partner
      && !f.subject && f.value !== null && sameUnit(f, first0) && !!f.period && !!first0.period
      && samePeriod(f.period, first0.period) && Math.abs(amountOf(f) - sum) <= 0.002 * amountOf(f))
    : undefined;
  if (ownTotal) wholes.push(ownTotal);
  // (goods ranked beside a table of goods: its rows are the list, the sentences' figures around it are not items)
  const tabled = dim.kind === "product" && !dim.listed
    ? oneTablesRows(comparable, base, countAsked(q.text) ?? 0) : undefined;
  if (tabled) comparable.splice(0, comparable.length, ...tabled);
  // "rank its partners, w/ amounts" with fewer than two of their figures: no other figure of the place is the ranking
  // (ports asked with fewer than two zones' figures may be cities' ports: another reading may rank them)
  if (comparable.length < 2) {
    return { status: ORDER_ASKED.test(q.text) && dim.kind !== "zone" ? "abstain" : "none", lines: [], figures: [] };
  }
  // "which products grew?", "which partners saw trade fall?": only the items whose change has that sign
  const sign = measure === "growth" ? changeSignAsked(q.text) : undefined;
  if (sign) {
    const kept = comparable.filter((f) => Math.sign(f.value!) === sign);
    if (!kept.length) return { status: "abstain", lines: [], figures: [] };
    comparable.splice(0, comparable.length, ...kept);
  }
  // "which partners saw double-digit growth", "… grew more than 15%": only the items past the bound
  if (measure === "growth" && (q.threshold !== undefined || q.ceiling !== undefined)) {
    const kept = comparable.filter((f) => f.value! >= (q.threshold ?? -Infinity) && f.value! <= (q.ceiling ?? Infinity));
    if (!kept.length) return { status: "abstain", lines: [], figures: [] };
    comparable.splice(0, comparable.length, ...kept);
  }
  // "which districts had exports above 8 billion usd": only the items past the amount the question names, in its currency
  // (figures in another currency are not converted: no answer then)
  const bound = measure === "amount" ? amountBound(q) : undefined;
  if (bound) {
    const currency = (f: Fact) => (/yuan|rmb/i.test(f.unit) ? "yuan" : /dollar/i.test(f.unit) ? "US dollars" : undefined);
    if (comparable.some((f) => currency(f) !== bound.currency)) return { status: "abstain", lines: [], figures: [] };
    const kept = comparable.filter((f) => (f.value! * f.scale - bound.amount) * bound.side >= 0);
    if (!kept.length) return { status: "abstain", lines: [], figures: [] };
    comparable.splice(0, comparable.length, ...kept);
  }
  comparable.sort((a, b) => (q.ascending ? a.value! * a.scale - b.value! * b.scale : b.value! * b.scale - a.value! * a.scale));
  const n = countAsked(q.text) ?? comparable.length;
  // ("top 5 cities" with three figures and the places of the next two stated: those two by their stated ranks)
  const beyond = dim.kind === "city" && !q.ascending && (measure === "amount" || measure === "growth")
    ? ranksBeyond(comparable, n, dim.owner, measure === "growth", base) : undefined;
  // "its three major partners" with two figures found is not the answer; neither is a ranking that leaves out a named item
  if (comparable.length < n && !beyond) return { status: "abstain", lines: [], figures: [] };
  // a named item with no figure is said to be missing, never left out of the ranking as if it were whole
  const unfound = (dim.listed ?? []).filter((x) => !comparable.some((f) => dim.item(f) === x));
  const missing = unfound.map((x) => `${dim.kind === "partner" ? place(x)?.name ?? x : x}'s figure`);
  const ranked = comparable.slice(0, n);
  // ("its three main seafood products": the goods of one category asked; a ranking of all its goods, tea and garments
  // among them, is not it: each item ranked must be named as of the category, else no ranking is given)
  const category = dim.kind === "product" && !dim.listed ? categoryAsked(q.text) : undefined;
  if (category && ranked.some((f) => !f.subject || ![...wordSet(f.subject)].some((w) => category.has(w)))) {
    return { status: "abstain", lines: [], figures: [] };
  }
  const name = (f: Fact) => (dim.kind === "partner" ? partnerName(f, base)
    : dim.kind === "city" ? place(f.entity)?.name ?? f.entity
    : dim.kind === "zone" ? (isZone(f.entity) ? f.entity.slice(ZONE_PREFIX.length) : place(f.entity)?.name ?? f.entity)
    : f.subject!);
  const first = ranked[0]!;
  // (a flow the goods' partners were asked by: "trade" its sentence said was exports)
  const shownFlow = dim.goods && metric !== "trade" ? metric : first.metric;
  const toPartner = shownFlow === "exports" ? "exports to" : shownFlow === "imports" ? "imports from" : "trade with";
  // (a quantity ranked, "the most boxes", is the throughput in its unit, of whichever flow)
  const flowName = measure === "count" ? `throughput (${first.unit.replace(/^(?:thousand|million|billion)\s+/, "")})`
    : FLOW_NAMES[first.metric] ?? "foreign trade";
  const flow = dim.kind === "partner" ? `${toPartner} each partner`
    : dim.kind === "city" && first.subject ? `${flowName} (${first.subject})` : flowName;
  const members = rows ? " ports'" : q.subjectKind === "city" ? " cities'" : place(dim.owner)?.members ? " members'" : ZONE_AREAS.test(q.text) ? " zone areas' (cities')"
    : " cities'";
  const whose = dim.kind === "city" ? `${place(dim.owner)?.name ?? dim.owner}${members}`
    : dim.kind === "zone" ? `${place(dim.owner)?.name ?? dim.owner.replace(ZONE_PREFIX, "")}'s ${dim.parts ?? "ports' and zones'"}`
      : `${entityName(first)}'s`;
  const over = q.baseYear && first.base ? ` over ${first.base.replace(/^(?:than|over|on)\s+(?:in\s+)?/i, "")}` : "";
  const what = [`${whose} ${flow}`, measure === "amount" || measure === "count" ? "" : `${measure}${over}`,
    first.period ? periodLabel(first.period) : ""]
    .filter(Boolean).join(", ");
  // "…, with their shares of the city's total": each item's figure of that measure beside it
  const extra = companions(q.text, ranked, base.facts);
  const items = [...ranked.map((f, i) => `${i + 1}. ${name(f)} ${valueText(f)}${extra.notes[i]}`),
    ...(beyond ?? []).map((f) => `${f.value}. ${name(f)} (its place stated, no figure)`)];
  // (the whole left out is said beside the ranking, as what the items add up to)
  const whole = wholes.length === 1 ? `, of ${name(wholes[0]!)}'s ${valueText(wholes[0]!)} in all` : "";
  const shown = [...ranked, ...(beyond ?? []), ...extra.facts, ...(whole ? wholes : [])];
  return {
    status: "answered", lines: [{ text: `Ranked by ${what}: ${items.join("; ")}${whole}`, facts: shown }],
    figures: shown.map(stated),
    ...(missing.length && { missing }),
  };
}

// the words before "products" that only say which or how many, never a category of goods
const NOT_A_CATEGORY = new RegExp(String.raw`^(?:main|top|major|leading|key|biggest|largest|principal|bulk|chief|export|`
  + String.raw`import|exported|imported|traded|its|their|the|these|those|other|all|which|what|of|and|\d+|one|two|three|`
  + String.raw`four|five|six|seven|eight|nine|ten|most|many|several|few|new|individual|specific|primary|important)$`, "i");
/** The words of a category of goods a question names ("seafood products", "farm goods"), if it names one. */
function categoryAsked(text: string): Set<string> | undefined {
  const m = /\b([a-z][a-z-]*)\s+(?:products|goods|commodities)\b/i.exec(text);
  return m && !NOT_A_CATEGORY.test(m[1]!) ? wordSet(m[1]!) : undefined;
}

const GOODS = String.raw`(?:products?|goods|items|commodities|categories|sectors)`;
// what a list question asks for: the kind of list facts that answer it (a list of items that share a statement, scope
// "shared", is no ranked list: retrieval/intents/sharedLists.ts)
const LIST_ASKED: Array<[RegExp, (f: Fact) => boolean]> = [
  [/\bborder(?:s|ing|ed)?\b|\bneighbou?r/i, (f) => f.scope === "borders"],
  [/\b(?:trading\s+)?partners?\b|\bmarkets?\b|\bdestinations?\b/i, (f) => f.metric === "partners" && !f.scope],
  [new RegExp(String.raw`\bexport(?:s|ed)?\b[^?]*\b${GOODS}\b|\b${GOODS}\b[^?]*\bexport`, "i"),
    (f) => f.metric === "exports" && !f.scope],
  [new RegExp(String.raw`\bimport(?:s|ed)?\b[^?]*\b${GOODS}\b|\b${GOODS}\b[^?]*\bimport`, "i"),
    (f) => f.metric === "imports" && !f.scope],
];

export const listOwner = (q: QuestionFrame): string | undefined => {
  const places = q.entities.filter((e) => e !== "china");
  return places.length === 1 ? places[0] : places.length === 0 && q.entities.includes("china") ? "china" : undefined;
};

export const joinNames = (names: string[]) =>
  (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

/**
 * A list the documents name without figures ("its six biggest trading partners were …", "its border adjoins …"):
 * the items as the document gives them, in its order; asked for more than it names, it says what it has and lacks.
 */
export function solveNamedList(q: QuestionFrame, base: FactBase): FigureAnswer {
  const owner = listOwner(q);
  if (owner && membersAsked(q, owner)) return namedMembers(q, base, owner);
  const fits = LIST_ASKED.find(([re]) => re.test(q.text))?.[1];
  if (!owner || !fits || q.partners.length || q.subjects.length > 1) return { status: "none", lines: [], figures: [] };
  const period = q.periods[0];
  const n = countAsked(q.text);
  // ("X's kite export markets in order": one goods asked, a list whose paragraph names them)
  const goods = q.subjects[0];
  const lists = base.facts.filter((f) => f.measure === "listed" && f.items && f.entity === owner && fits(f)
    && (!period || !f.period || f.scope === "borders" || overlapsPeriod(f.period, period))
    && (!goods || namesGoods(f, goods, base)));
  // the list of the asked length, else the longest
  const best = lists.sort((a, b) => Number(b.items!.length === n) - Number(a.items!.length === n) || b.items!.length - a.items!.length)[0];
  if (!best) return { status: "none", lines: [], figures: [] };
  const items = best.items!;
  const label = best.period && best.scope !== "borders" ? periodLabel(best.period) : "";
  const when = label ? ` in ${/^[a-z]/.test(label) ? "the " : ""}${label}` : "";
  const whose = place(owner)?.name ?? owner;
  if (n && items.length < n) {
    const text = `The documents name only ${items.length} of ${whose}'s ${n} ${best.qualifier?.replace(/^\w+\s+/, "") ?? "items"}${when}: ${joinNames(items)}; they do not name the others`;
    return { status: "abstain", lines: [{ text, facts: [best] }], figures: [] };
  }
  // (a partner with a short form people type is named with it: "United States (US)")
  const shown = (n ? items.slice(0, n) : items).map(itemWithShortForm);
  return { status: "answered", lines: [{ text: `${whose}'s ${best.qualifier ?? "list"}${when}: ${joinNames(shown)}`, facts: [best] }], figures: [] };
}

/** "which three Liaoning cities", "which five provinces led central and western China": members of a place asked by kind. */
const membersAsked = (q: QuestionFrame, owner: string) =>
  (q.subjectKind === "city" && place(owner)?.kind === "province") || (q.subjectKind === "province" && place(owner)?.kind === "region");

/** Is `m` one of the owner's members: a city of the province, a province of the region? */
const memberOf = (owner: string, m: string) => place(m)?.parent === owner || (place(owner)?.members?.includes(m) ?? false);

/**
 * "Fuxin, Jinzhou and Fushun were the three cities with the fastest export growth", "Sichuan, Guizhou … ranked in the top
 * five": a place's cities or a region's provinces a statement names.
 */
function namedMembers(q: QuestionFrame, base: FactBase, owner: string): FigureAnswer {
  const words = wordSet(q.text);
  const n = countAsked(q.text);
  const period = q.periods[0];
  const scored = base.facts
    .filter((f) => f.measure === "listed" && f.members && f.members.every((m) => memberOf(owner, m))
      && (!n || f.members.length === n) && (!period || !f.period || overlapsPeriod(f.period, period))
      && (!q.metric || q.metric === f.metric))
    .map((f) => [f, qualifierOverlap(f.qualifier ?? "", words)] as const)
    .filter(([, o]) => o > 0)
    .sort((a, b) => b[1] - a[1]);
  const best = scored[0]?.[0];
  if (!best) return { status: "none", lines: [], figures: [] };
  const names = best.members!.map((m) => place(m)?.name ?? m);
  const what = (best.qualifier ?? "the cities named").replace(/^(?:were|are|was|is|have|has|had|all|also)\s+/i, "");
  const label = best.period ? periodLabel(best.period) : "";
  const text = `${what.charAt(0).toUpperCase()}${what.slice(1)} (${place(owner)?.name ?? owner}${label ? `, ${label}` : ""}): ${joinNames(names)}`;
  return { status: "answered", lines: [{ text, facts: [best] }], figures: [] };
}

export const rankWithin: Intent = {
  name: "rank within a place",
  // ("beijing's services trade: rank travel, transport and IP charges": items the question lists, none a subject read)
  detect: (q) => (q.intent === "rank" || q.intent === "list")
    && (dimensionOf(q) !== undefined || (listOwner(q) !== undefined && LIST_ASKED.some(([re]) => re.test(q.text)))
      || (q.intent === "rank" && listOwner(q) !== undefined && rankedNames(q.text) !== undefined)),
  solve: solveRankWithin,
};

/** "Who were its six biggest partners?", "which countries does it border?": names, before any ranking of figures. */
export const namedList: Intent = {
  name: "a list the documents name",
  detect: (q) => (q.intent === "rank" || q.intent === "list") && listOwner(q) !== undefined
    && ((!ASKS_FIGURES.test(q.text) && LIST_ASKED.some(([re]) => re.test(q.text)))
      || (membersAsked(q, listOwner(q)!) && !WANTS_VALUES.test(q.text))),
  solve: solveNamedList,
};
