import type { CorpusDocument, Passage } from "../corpus/types.js";
import { monthIndex } from "../corpus/dates.js";
import { splitSentences, type Span } from "../corpus/sentences.js";
import { applyCorrections, statesWithdrawn, withdrawnClaim, type Withdrawn } from "./corrections.js";
import { revisedLater } from "./revisedLater.js";
import { documentGoods } from "./documentGoods.js";
import { goodsFromOwner } from "./goodsFromOwner.js";
import { valueOfCounted } from "./valueOfCounted.js";
import { findEntities, findGroupDefinitions, isOffice, namesDocument, type DefinedGroup, type EntityMention } from "../text/entities.js";
import { MUNICIPALITIES, place } from "../text/places.js";
import {
  CARRIED_AFTER, COUNTED_BACK, detectMeasure, findMetricWords, findQualifier, isDecline, LEAD_DASH, LOOKED_AHEAD,
  namesDirection, NOT_GOODS_PART, PART_CHANGED_AFTER, productOf, goodsOpening, RATE_AGAINST_EARLIER, type MetricWord,
} from "../text/flows.js";
import { BASE_WORDS_BEFORE, findNumbers, ORDINALS, type NumberMention } from "../text/numbers.js";
import { partAloneAfter } from "../text/alone.js";
import { findBases, findPeriods, isPartOf, periodLabel, previousYear, samePeriod, type BaseMention, type Period, type PeriodContext, type PeriodMention } from "../text/periods.js";
import type { Fact, Measure, Metric } from "../text/terms.js";
import { findSubjects, memberOfGroup, NOT_GOODS, sameGoods, SUBJECTS, type SubjectMention } from "../text/subjects.js";
import { itemsBefore, type ListKind } from "../text/lists.js";
import { followedByLists, followedGoodsLists, headedGoodsList, headingFlow, rankedLists, sharedLists, SLIDE_MARKER } from "./lists.js";
import { AREA_OF, areaOfZone, BACK_TO_PLACE, isZone, namedZones, NOT_A_NAME, zoneBefore, zoneHeadMentions, zoneId,
  zoneShortName, ZONE_PREFIX,
  type ZoneMention } from "../text/zones.js";
import { trailingRanks } from "./trailingRank.js";
import { labelFacts, labelLine, PANEL_HEADING } from "./labels.js";
import { placesInPlace } from "./placesInPlace.js";
import { markDependence } from "./dependence.js";
import { PER_HEAD_AFTER, PER_HEAD_BEFORE, PER_SPAN_AFTER } from "../text/perHead.js";
import { endsRouteName, ROUTE_NAME, startsRouteName, travelledRoutes } from "../text/routes.js";
import {
  type Column, columnOf, isFallCell, withCorner, withoutMark, isPartnerColumn, isPlaceColumn, isRuleRow, tableCells, withoutRankColumn,
  rowPeriodInColumn, rowUnitColumns,
} from "./tables.js";

/** State carried from sentence to sentence: who and when the text is talking about. */
interface DocState {
  lastEntity?: string;
  /** The place or zone the headline (or the lead's office) names: whose the document's figures are by default. */
  home?: string;
  lastByKind: Map<string, string>;
  /** The zone the sentence before was about: the topic again only when the next sentence refers back to it. */
  lastZone?: string;
  /** The zone last named: what "the zone" refers to ("imports and exports through the zone reached …"). */
  focusZone?: string;
  /** The zones the text has named, whose bare heads name them again ("trade through Gyirong" after "Gyirong port"). */
  zonesNamed: string[];
  /** The sub-places no gazetteer knows the text filed figures under ("Kelong's furniture exports …"), and its text. */
  subPlaces: string[];
  text: string;
  /** The flows the previous sentence named, for "It …" and "The growth rate …". */
  lastMetrics: Metric[];
  /** The flows of the article's first sentence naming any (its lead), when it names no goods or partner. */
  articleMetrics?: Metric[];
  /** Whether the sentence that named them was about goods (its first figure had a subject): "Imports of parts …". */
  metricsOfGoods?: boolean;
  lastPeriod?: Period;
  /** The period the last heading named ("Last year: results"): its section's, whatever paragraphs come under it. */
  headingPeriod?: Period;
  /** Whether the text's period is a goal's, named after the article's own: it goes on to the paragraph's end. */
  goalPeriod?: boolean;
  /** The last single month the text named, carried or not ("in the month" is that one). */
  lastMonth?: Period;
  /** The enterprise type, trade mode or product group the text last named, for "their imports and exports …". */
  lastSubject?: string;
  /** The places the sentence before listed ("Tai'an, Linyi and Dezhou led …"), for "They grew 6, 5 and 4 percent respectively". */
  lastList?: string[];
  lastCurrency?: "yuan" | "US dollars";
  /** The two periods the last change "from A in 2011 to B in 2014" ran between, for "over the same years". */
  lastSpan?: [Period, Period];
  /** The partner of the previous sentence's main figure, for "That trade accounted for …" and "It was made up of …". */
  lastPartner?: string;
  /** The goods last counted with their flow ("exported 112,600 vehicles"), for "Of these, 31,800 were …". */
  lastCounted?: Fact;
  /** The things last counted by a port or place with no flow ("handled 1.03 million vehicles"), for "Of that total,
   * 763,000 were export vehicles" (a part that names its own flow). */
  lastHandled?: Fact;
  /** The goods each place last had a figure of, for "B exported 2,980 tonnes, fewer than A" (A's goods). */
  goodsOf?: Map<string, string>;
  /** The previous sentence's last amount, for "That was a 2.3 percent drop" at the start of the next. */
  lastAmount?: Fact;
  /** The last partner bloc named ("ASEAN"), for "trade with the bloc". */
  lastBloc?: string;
  /** The goods or mode the sentence before opened with, when it stated no figure, for "It was worth …" after it. */
  openingSubject?: string;
  /** The goods or mode of the sentence before's first figure, for "In January–July it reached …" after it. */
  lastFigureSubject?: string;
  /** The last world region named as a partner ("Latin America"), for "imports from the region". */
  lastRegion?: string;
  /** The partners the sentence before named, for "trade with them" when it named one ("Countries along the Belt and …"). */
  lastPartners?: string[];
  /** The unit a line above a table gives its figures ("Unit: 100 million yuan"), until the table ends. */
  tableUnit?: Column;
  /** The unit a note gives every figure of the document ("All values are in billion yuan"), for tables naming none. */
  docUnit?: Column;
  /** Did that line say a column's figures stand in brackets ("growth in brackets")? Then "(8.3)" is 8.3, no fall. */
  tableBrackets?: boolean;
  /** Whether a row of the table being read names its flow ("Exports"): then no row takes the flow of the text before. */
  tableRowFlows?: boolean;
  /** The flow of the last row that names only a flow ("Exports"): the goods and modes in the rows under it may be its parts. */
  tableRowFlow?: Metric;
  /** The flows the table's own rows name alone ("Exports", "Imports"), and the rows read under each. */
  tableFlowRows?: Set<Metric>;
  tableUnder?: Array<{ facts: Fact[]; flow: Metric; whole?: Fact }>;
  /** The mode or goods of the last row that is no part row, for "| of which: exports |" under it. */
  tableParentRow?: string;
  /** The amount the last flow's own row gives ("| Exports | 881.2 |"): no part under it is bigger. */
  tableRowWhole?: Fact;
  /** The partner a figureless sentence leading into a table names ("Quarterly trade with Chile was as follows:"). */
  tablePartner?: string;
  /** The partner is a caption's own head ("Trade with Taiwan by city"): the places' rows are each place's with it. */
  tablePartnerOfRows?: boolean;
  /** The one flow a table's caption names ("Exports by trade mode and major categories"): its rows' flow. */
  tableCaptionFlow?: Metric;
  /** The one zone a figureless line naming no place names ("Main fruit imports through X port, January-October"): the
   * owner of the rows of a table right below it. */
  tableZone?: string;
  /** The one trade mode, kind of firm or goods a caption with no figure names ("Cross-border e-commerce by city, first
   * half"): the subject of the rows of places or partners of a table right below it. */
  tableSubject?: string;
  /** The sentence before, for goods it named that "the ore" refers back to. */
  lastSentence?: string;
  /** Did the sentence before count trains ("187 trains left the port", "trains made 1,200 trips")? */
  lastTrainsCounted?: boolean;
  /** The flow a slide's or section's heading names alone ("--- Slide 3: Imports ---"), for the bullets under it. */
  sectionFlow?: Metric;
  /** The goods the bullet before labelled ("- Iron ore: 78.3 million tonnes"), for a "- value …" bullet under it. */
  bulletGoods?: string;
  /** The flow a line leading into a list names ("Main export products:"), for the bullets right under it. */
  listFlow?: Metric;
  /** The period before the last sentence, if that one stated no figure (it may only lead into a table). */
  beforeFigureless?: { period?: Period };
  /** A figureless lead into a list of targets ("The main targets for 2025 are as follows:"): its period, if it names
   * one; each item of the list below it is a target, not an outcome. */
  targetsListed?: { period?: Period; heading?: boolean };
  /** The service whose receipts and payments the sentence before split ("of which payments abroad were …"). */
  sidesOf?: string;
  ctx: PeriodContext;
}

// (the comma of a counting unit, "10,000", "US$ 10,000", is part of the unit, no break before a remark)
const THOUSANDS = String.raw`(?<=\d),(?=\d{3}\b)`;
// "(billion yuan, growth on 2023 in brackets)": a caption that says what the bracketed figures of its table are
const BRACKETS_STATED = /\b(?:growth|change|increase|rates?)\b[^()]{0,40}\bin\s+(?:brackets|parenthes[ie]s)\b/i;
// "Unit: 100 million yuan", "(Unit: US$ million)", "(in 100 million yuan)": a table's unit on a line of its own
// and a caption that ends with one ("Main cities, January-March 2024 (100 million yuan)")
// (with more after a comma: "(billion yuan, growth on 2023 in brackets)")
// (the unit's clause first, then what the other columns are in: "Unit: 100 million yuan; change year on year in percent")
const TABLE_UNIT_LINES = [/^\(?\s*(?:units?|currency)\s*[:：]\s*([^;]{1,40}?)\s*(?:;[^;]{1,80}){0,3}\)?\.?$/i, /^\(\s*in\s+(.{1,30}?)\s*\)$/i,
  new RegExp(String.raw`^[^|]{0,160}\(\s*(?:(?:units?|currency)\s*[:：]\s*|in\s+)?((?:[^();,]|${THOUSANDS}){3,30}?)\s*`
    // (or cut by the line's end after the unit's clause: "(unit: 100 million yuan; change year on year in" over "%)")
    + String.raw`(?:(?:(?:;|,(?!\d{3}\b))[^()]*)?\)\s*[.:]?|;[^()]*)$`, "i")];

// "All values are in billion yuan; changes are …": a note giving the unit of every amount the document states
// ("Figures in the tables below are in US$ 10,000 unless otherwise stated": the same note, for its tables; and "Unit: 100
// million yuan unless otherwise stated" at the head of a review, for all of it)
const UNLESS_STATED = String.raw`,?\s*unless\s+(?:otherwise\s+)?(?:stated|noted|specified|indicated|shown)\b`;
// ("All figures in this digest are in units of 100 million yuan (yi yuan); …": the note naming its document, and the
// unit's own name in brackets after it)
const NOTED_DOCUMENT = String.raw`(?:digest|report|bulletin|release|article|review|yearbook|communiqu[eé]|document)`;
const DOC_UNIT_NOTES = [new RegExp(String.raw`^\W*(?:all\s+(?:the\s+)?(?:values|figures|amounts)`
  + String.raw`(?:\s+in\s+(?:the|this)\s+${NOTED_DOCUMENT})?|(?:the\s+)?(?:values|`
  + String.raw`figures|amounts|data)\s+in\s+(?:the|this|these)\s+(?:tables?|chapter|section)(?:\s+(?:below|that\s+follows?))?)`
  + String.raw`\s+(?:are\s+|given\s+)?in\s+(?:units?\s+of\s+)?((?:[^;,.()]|${THOUSANDS}){3,30}?)\s*(?:\([^()]{1,30}\)\s*)?`
  + String.raw`(?:${UNLESS_STATED}|[;.]|,(?!\d{3}\b)|$)`, "i"),
new RegExp(String.raw`^\W*units?\s*[:：]\s*((?:[^;,.()]|${THOUSANDS}){3,30}?)\s*${UNLESS_STATED}`, "i")];
const PASSED = /\b(?:pass(?:es|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|cross(?:es|ed|ing)?|broke\s+through|breaking\s+through)\s+(?:the\s+)?$/i;
// "… billion dollars for Shandong": the words between a figure and the place it is for
const OWNER_FOR_AFTER = /^\s*(?:(?:US\s+|U\.S\.\s+)?(?:dollars|yuan)\s+)?for\s+(?:the\s+)?$/i;
// ("The first plane is due to be delivered in mid-2009": an event ahead, not "due to" a cause)
const FORECAST = new RegExp(String.raw`\b(?:will|would|expects?|expected|forecasts?|predicts?|projects?|plans?|aims?|hopes?|`
  + String.raw`targets?|is set to|are set to|(?:is|are)\s+due\s+to\s+(?:be|start|begin|open|launch|enter|come|go|run)\b)\b`, "i");
// a bulletin's note of who compiled or issued it and when: "Issued January 20, 2016", "Compiled by X, September 2001"
const ISSUED_NOTE = /^\s*(?:compiled|issued|released|published|printed|prepared)\b(?:\s+(?:by|on|in)\b)?[^.;:|]{0,120}\.?\s*$/i;
const ZONE_BACK = /^\W*(?:its|it|the\s+(?:zone|area|port|park|district)(?:['’]s)?)\b/i;
// "exports from the zone came to …", "the zone's business, reaching …": the zone named before, wherever in the clause
// (not "the area": any place is one)
const ZONE_REFERRED = /\bthe\s+(?:(?:bonded|free\s+trade|pilot(?:\s+free\s+trade)?)\s+zone|new\s+area|zone)\b(?!\s+(?:of|in)\b)/i;

/**
 * The zone a sentence's figures belong to when no place is named with them: one named before its first figure, the
 * zone the sentence before was about when this one refers back ("Its imports …"), or the zone last named when this
 * one speaks of "the zone".
 */
function zoneOfSentence(s: Sentence, zones: Array<{ id: string; start: number }>, state: DocState): string | undefined {
  const first = s.numbers[0]?.start ?? s.text.length;
  const named = zones.find((z) => z.start < first && !s.asides.some(([a, b]) => z.start >= a && z.start < b)
    && !AREA_OF.test(s.text.slice(0, z.start)));
  if (named) return named.id;
  // ("Goods worth 4.7 billion yuan passed through Lanshan Port": the port the goods went through, named right after)
  const firstEnd = s.numbers[0]?.end ?? s.text.length;
  const through = zones.find((z) => z.start > first && PASSED_THROUGH.test(s.text.slice(firstEnd, z.start))
    && !s.entities.some((e) => e.start < z.start));
  if (through) return through.id;
  if (state.lastZone && ZONE_BACK.test(s.text)) return state.lastZone;
  // ("Cargo vehicles crossing the port numbered …" after a sentence on Lanshan Port: "the port" is that port)
  const port = state.focusZone && /\bport$/i.test(state.focusZone) && PORT_REFERRED.test(s.text.slice(0, first));
  return state.focusZone && (ZONE_REFERRED.test(s.text.slice(0, first)) || port) ? state.focusZone : undefined;
}
// the figure, then the verb of goods going through a port or zone named right after ("… yuan passed through X Port")
const PASSED_THROUGH = /^[^,;.]{0,40}?\b(?:passed|went|moved|flowed|crossed)\s+through\s+(?:the\s+)?$/i;
const PORT_REFERRED = /\bthe\s+port\b(?!\s+(?:of|in|city)\b)/i;

// "through the zone", "first pilot free trade zone": words that only name the zone a figure already belongs to
const ZONE_WORDS = /\b(?:zone|area|pilot|free\s+trade)\b/i;

// "driving the province's foreign trade growth by", "pulling up the city's growth by": points a part added to a whole's growth
const ADDED_TO_GROWTH = new RegExp(String.raw`\b(?:driv(?:e|es|ing)|drove|pull(?:s|ed|ing)?(?:\s+up)?|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?)`
  + String.raw`\s+(?:up\s+)?(?:the\s+)?[\w'’ ]{0,50}?\b(?:growth(?:\s+rate)?|exports|imports|trade)\s+(?:up\s+)?by\s*$`, "i");
// "Its share of Hebei's trade rose 1.2 points": the zone's share of the place's whole, the points the zone's
const ZONE_SHARE_OF = /^\W*(?:its|the\s+zone['’]s)\s+share\s+of\b/i;

/**
 * A sentence about a zone: a figure whose place is named only after it ("… registered 300 firms, rolled out across
 * Hebei") is the zone's.
 */
function ownedByZone(facts: Fact[], s: Sentence, zone: string, heads: ZoneMention[], clauseOnly = false): void {
  for (const f of facts) {
    const left = s.text.slice(0, f.valueStart - s.start);
    // (only a figure whose own clause speaks of the zone: "The zone's trade accounted for …", "the zone has registered …")
    const from = clauseOf(s.bounds, left.length, s.text.length)[0];
    // ("…, while those of the city came to …": words before the figure that turn back to the place keep it there)
    // ("…, driving the province's trade growth by 6.4 points": the points the zone added to the place's growth are the zone's)
    // (a clause that turns to the zone later in its sentence: only its own words)
    // (and so are the points of its share of the place's whole: "Its share of Hebei's trade rose 1.2 points")
    const added = f.measure === "pp_change" && (ADDED_TO_GROWTH.test(left) || ZONE_SHARE_OF.test(left.slice(from)));
    // ("At the zone, Hebei's exports rose 3 percent, while the zone's imports reached …": a clause of the zone's own
    // possessive is the zone's, whatever place an earlier clause named)
    const since = clauseOnly || /\bthe\s+zone['’]s\s/i.test(left.slice(from)) ? from : 0;
    const before = !added && (s.entities.some((e) => e.id === f.entity && e.start >= since && e.start < left.length)
      || BACK_TO_PLACE.test(left.slice(since)));
    const clause = left.slice(from);
    const refers = ZONE_REFERRED.test(clause) || ZONE_BACK.test(clause) || namedZones(clause).some((z) => z.id === zone)
      || heads.some((h) => h.id === zone && h.start >= from && h.end <= left.length)
      || heads.some((h) => h.id === zone && h.start > left.length
        && PASSED_THROUGH.test(s.text.slice(f.valueEnd - s.start, h.start)));
    // (a share is left as read: which whole it is of cannot be told apart from whose it is here)
    // (but one of the zone the sentence opens with: "Nansha accounted for 75.6 percent of … the port of Guangzhou")
    const opens = f.measure === "share" && heads.some((h) => h.id === zone && /^\W*$/.test(s.text.slice(0, h.start)))
      && /^\s+accounted\s+for\b/i.test(s.text.slice(heads.find((h) => h.id === zone)!.end));
    if (!isZone(f.entity) && !f.partner && !before && refers && f.entity !== "china" && (f.measure !== "share" || opens)) {
      f.entity = zone;
    }
    if (!isZone(f.entity) || !f.qualifier) continue;
    const kept = f.qualifier.split(/[;,]\s*/).filter((q) => !ZONE_WORDS.test(q));
    if (kept.length) f.qualifier = kept.join(", ");
    else delete f.qualifier;
  }
}

// "the X Pilot Free Trade Zone, with its Nanning, Qinzhou and Chongzuo areas, …": a zone and the cities of its areas
const WITH_AREAS = /,?\s+with\s+its\s+([^.;:]{3,120}?)\s+areas\b/g;

/**
 * "The Nanning area did 38.94 billion yuan, …, and the Chongzuo area 27.25 billion yuan" after a sentence on a zone
 * "with its Nanning, Qinzhou and Chongzuo areas": each city's figure is its area's, of that zone (as "the Qinzhou area
 * of the X zone did …" is read, the zone its qualifier); one that names no flow is of the zone's trade.
 */
function areaFigures(facts: Fact[], s: Sentence, before: string): void {
  const areas = facts.length && /\barea\b/i.test(s.text) ? [...before.matchAll(WITH_AREAS)].at(-1) : undefined;
  const zone = areas && namedZones(before.slice(0, areas.index)).at(-1);
  if (!areas || !zone) return;
  const listed = findEntities(areas[1]!).map((e) => e.id);
  for (const f of facts) {
    if (f.partner || f.subject || f.qualifier || !listed.includes(f.entity) || place(f.entity)?.kind !== "city") continue;
    const mention = s.entities.filter((e) => e.id === f.entity && s.start + e.end <= f.valueStart).at(-1);
    if (!mention || !/^\s+area\b(?!\s+of\b)/i.test(s.text.slice(mention.end))) continue;
    f.qualifier = zone.id.slice(ZONE_PREFIX.length);
    if (f.metric === "other") f.metric = "trade";
  }
}

/** The place a zone lies in, by the words of "of the city's total" / "of the province's": the last one named. */
function zoneHome(after: string, state: DocState, zone: string): string | undefined {
  // ("the China (Guangxi) Pilot Free Trade Zone … 26.4 percent of the region's total": the province its name carries,
  // whatever city the text named last)
  const named = /\b(?:provinc|region)/i.test(after)
    ? findEntities(zone.slice(ZONE_PREFIX.length)).find((e) => e.kind === "province")?.id : undefined;
  if (named) return named;
  const kind = /\bprovinc/i.test(after) ? "province" : /\b(?:city|municipal)/i.test(after) ? "city" : undefined;
  // (the topic may be the zone itself: its home is the place named last)
  // ("12 percent of the province's total" after a city only: the city's province, never the city)
  const cityProvince = kind === "province"
    ? [state.lastEntity, state.lastByKind.get("city")].map((h) => h && place(h)?.parent).find(Boolean) : undefined;
  const homes = [kind && state.lastByKind.get(kind), cityProvince, state.lastEntity,
    ...["city", "province", "region"].map((k) => state.lastByKind.get(k))];
  return homes.find((h): h is string => !!h && !isZone(h) && !(kind === "province" && place(h)?.kind === "city"));
}

// ("Nepal remained its largest partner. Bilateral trade came to …": the trade of that partner too)
const SAME_TRADE = new RegExp(String.raw`^\W*(?:(?:that|this|such|bilateral|two-way)\s+trade\b|trade\s+between\s+the\s+two\b`
  + String.raw`|(?:it|this|that)\s+(?:was|is|accounted|made|comprised|consisted|included)\b)`, "i");
// "Nepal remained Xizang's largest trading partner.": a sentence with no figure that names the partner the next is about
const FOLLOWED_OPENING = /^\W*(?:it|this|that)\s+was\s+(?:closely\s+)?followed\s+by\b/i;
// ("ASEAN remained its largest trading partner …. Hong Kong came second at N": the next of the partners ranked before)
const RANKED_NEXT = /^\s*(?:came|ranked|was|stood)\s+(?:second|third|fourth|fifth|next)\b/i;
const NAMES_PARTNERS = /\b(?:trading\s+partners?|export\s+markets?|(?:export\s+)?destinations?|sources?\s+of\s+imports)\b/i;
const NAMES_LEAD_PARTNER = /^\s*(?:was|is|remained|became|stayed|has\s+been)\s+[^,;.]{0,40}?\b(?:partner|market|source)\b/i;
const GAP_BELOW = /^\s*(?:lower|slower|less|below)\b/i;
const SECOND_REFERENCE = /^\W*(?:percent|per cent|percentage points?|points?)?\s*,?\s*and\s+(?:that\s+of\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)(?:['’]s)?\s+by\s*$/;
// "That was a drop of 2.3 percent", "Although that was …", "This represented a rise of …": the change of the amount before
// ", but their value fell …", "and its volume rose …": the same goods (and partner) as the figure before, in another
// measure
// "up 6.2 percent in volume", "by volume": a change of the quantity, not of the value
const IN_VOLUME = /^\s*(?:in|by)\s+(?:volume|quantity|tonnage)\b/i;
const THEIR_VALUE = /^\W*(?:(?:but|and|while|whereas|though)\s+)?(?:their|its)\s+(?:value|volume|quantity|worth)\b/i;
const OF_WHICH_PART = new RegExp(String.raw`,\s*of\s+which\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+`
  + String.raw`(?:accounted\s+for|made\s+up|were|was|came\s+to|totall?ed|amounted\s+to|reached)\s+(?:about\s+|nearly\s+)?$`, "i");
// (a name, not a word that opens a sentence: "The port's yard handled …" names none)
export const NAMED_TERMINAL = new RegExp(String.raw`^\W*(?:[Tt]he\s+)?(?!(?:The|This|That|These|Those|Its|Their|Our|Each|Every|`
  + String.raw`Another|One|A|An|${NOT_A_NAME})\b)([A-Z][a-z'-]+)\s+(?:[Pp]ort|[Tt]erminal|[Pp]ort\s+[Aa]rea)\b`
  + String.raw`(?!\s+of\b|['’]s)`);
const GOODS_CLEARED = new RegExp(String.raw`\b(?:value\s+of\s+(?:the\s+)?)?goods\s+(?:(?:it|they|the\s+office)\s+)?(?:had\s+)?`
  + String.raw`cleared\b|\b[Cc]ustoms\s+(?:had\s+|has\s+)?cleared\b|\bcleared\s+(?:by|through|at)\s+(?:[A-Z][\w-]*\s+)?[Cc]ustoms\b`);
const CARRIED_BY_ROUTE = new RegExp(String.raw`^\W*(?:[Tt]he\s+)?(?:[Gg]oods|[Cc]argo|[Ff]reight)\s+(?:carried|transported|shipped|moved)\s+`
  + String.raw`(?:by|on)\s+(?:the\s+)?(${ROUTE_NAME}\s+(?:Railway|Express|Line))\b`);
// "…, followed by B at N", "B and C came next with …", "D ranked seventh with …": a ranking going on past its lead
const RANKING_GOES_ON = new RegExp(String.raw`\bfollowed\s+by\b|\b(?:came|ranked|placed|stood|was|were)\s+(?:next|`
  + String.raw`second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b`, "i");
const THE_FIGURE_AGAIN = new RegExp(String.raw`^\W*(?:(?:for|by|in)\s+comparison\s*,\s*)?(?:the|that|this)\s+figure\s+`
  + String.raw`(?:was|stood|had\s+been)\b`, "i");
// "with tax exemptions of", "tariff reductions totalling", "duty savings worth": taxes waived, named before their amount
const TAXES_WAIVED = new RegExp(String.raw`\b((?:tax|taxes|duty|duties|tariff|tariffs)\s+(?:exemptions?|reductions?|relief|`
  + String.raw`cuts|savings|breaks|rebates|refunds|waivers))\s+(?:of|worth|totall?ing|amounting\s+to)\s+`
  + String.raw`(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?$`, "i");
const RESTATES = new RegExp(String.raw`^\W*(?:(?:although|though|while|but|and)\s+)?(?:that|this|it)\s+`
  + String.raw`(?:was|is|represented|represents|marked|meant)\b`
  // ("It was followed by ASEAN at N": the next of a ranking, not the amount before again)
  + String.raw`(?!\s+(?:closely\s+)?(?:followed|trailed|overtaken|surpassed|ahead|behind)\b)|`
  // ("Five years on, in 2019, the figure had sunk to …": the amount before, in another year; never "the total", the
  // whole over the part before: "Exports to Japan were …. Across all markets, the total rose 6.4 percent")
  + String.raw`^\W*(?:[^,.;]{1,30},\s*){0,2}(?:the|that|this)\s+figure\s+(?:had\s+|has\s+)?(?:sunk|sank|shrunk|shrank|`
  + String.raw`fallen|fell|dropped|declined|risen|rose|grown|grew|climbed|stood)\b`, "i");
// ("duties and taxes of 1.12 billion yuan exempted", "tariffs of 612 million yuan were waived": so, named before their
// amount and said waived after it; "… free of tariffs, saving 87.5 million yuan": saved on goods let in free)
const TAXES_BEFORE = new RegExp(String.raw`\b(?:duties|duty|tariffs?|taxes|tax)`
  + String.raw`(?:\s+and\s+(?:import\s+)?(?:duties|tariffs|taxes|VAT))?`
  + String.raw`\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?$`, "i");
const WAIVED_AFTER = new RegExp(String.raw`^\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?`
  + String.raw`(?:exempted|waived|remitted|forgone|saved)\b`, "i");
const SAVED_ON_FREE = new RegExp(String.raw`\b(?:free\s+of|without)\s+(?:import\s+)?(?:tariffs?|duty|duties|taxes)`
  + String.raw`\s*,?\s*`
  + String.raw`sav(?:ing|ed)\s+(?:\w+\s+)?$`, "i");
// goods moved under a tariff policy, named by the policy ("4.98 billion yuan of goods were imported under the three
// lists", "Under the processing value-added policy, goods worth 8.52 billion yuan were sold into the mainland"; "the
// lists" only in a text on the zero-tariff lists)
const POLICY_GOODS: Array<[RegExp, string, RegExp?]> = [
  [/\bzero[- ]tariff\b/gi, "zero-tariff"],
  [/\b(?:imported|brought\s+in)\s+under\s+(?:the\s+|these\s+)?(?:three\s+|two\s+)?lists\b/gi, "zero-tariff",
    /\bzero[- ]tariff\s+lists?\b/i],
  [new RegExp(String.raw`\bprocessing\s+value[- ]added\b|\bvalue[- ]added\s+processing\b`
    + String.raw`|\badd(?:s|ed|ing)?\s+(?:at\s+least\s+)?30\s*(?:percent|per\s+cent|%)\s+`
    + String.raw`(?:of\s+|to\s+(?:the|their)\s+)?value\b`,
  "gi"), "processing value-added"],
];
const POLICIES = new Set(POLICY_GOODS.map(([, name]) => name));
/** ("goods worth 8.52 billion yuan were sold …, with tariffs of 612 million yuan exempted": the taxes waived under a
 * policy are of the goods before them in the sentence, named by the same policy) */
function policyTaxes(facts: Fact[]): void {
  for (const [i, f] of facts.entries()) {
    if (f.metric !== "other" || f.subject || !TAX_QUALIFIER.test(f.qualifier ?? "")) continue;
    const goods = facts.slice(0, i).reverse().find((g) => g.subject && POLICIES.has(g.subject) && g.measure === "amount");
    if (goods) f.subject = goods.subject;
  }
}
// ("Charges for the use of X came to N, of which payments abroad were A and receipts B": a service's two sides, its
// imports and its exports; not "tax receipts")
const SERVICE_SIDE = /^(?:(receipts)|payments(?:\s+(?:abroad|overseas|to\s+(?:foreign|overseas)\s+\w+))?)$/i;
const SIDE_OPENING = /^\W*(receipts|payments(?:\s+abroad)?)\b(?!\s+(?:of|from|in|on|for)\b)/i;
const NAMED_OPENING = new RegExp(String.raw`^\W*([A-Z][a-z-]+(?:\s+[a-z-]+){0,7}?)\s+`
  + String.raw`(?:came\s+to|reached|totall?ed|amounted\s+to|stood\s+at|was|were)\b`);
/** A service's receipts and payments, named as its exports and imports; so the next sentence's "Receipts grew …". */
function serviceSides(facts: Fact[], text: string, state: DocState): void {
  const carried = state.sidesOf;
  state.sidesOf = undefined;
  for (const [i, f] of facts.entries()) {
    const side = SERVICE_SIDE.exec(f.subject ?? "");
    const opening = !f.subject && carried ? SIDE_OPENING.exec(text) : null;
    if (!side && !opening) continue;
    const whole = facts.slice(0, i).reverse().find((g) => g.measure === "amount" && !SERVICE_SIDE.test(g.subject ?? ""));
    const named = side ? whole?.subject ?? NAMED_OPENING.exec(text)?.[1]?.toLowerCase() : carried;
    if (!named || findEntities(named).length) continue;
    // (the whole they split is the service's trade, both sides)
    if (whole && !whole.subject) {
      whole.subject = named;
      whole.qualifier = [named, whole.qualifier].filter(Boolean).join(", ");
      if (whole.metric === "other") whole.metric = "trade";
    }
    f.metric = /^receipts/i.test((side ?? opening)![0]) ? "exports" : "imports";
    f.subject = named;
    f.qualifier = [named, f.qualifier === side?.[0] ? undefined : f.qualifier].filter(Boolean).join(", ") || undefined;
    state.sidesOf = named;
  }
}
const TAX_QUALIFIER = new RegExp(String.raw`^(?:tax|taxes|duty|duties|tariff|tariffs)\s+`
  + String.raw`(?:exemptions?|reductions?|relief|cuts|savings|breaks|waivers)$`, "i");
const POLICY_AS_CAUSE = new RegExp(String.raw`\b(?:(?:helped|driven|boosted|supported|lifted|buoyed|spurred|aided|fuell?ed)`
  + String.raw`\s+by|thanks\s+to|due\s+to|owing\s+to|amid|as)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$`, "i");
/** The tariff policy goods at `n` moved under: one named in the sentence, within 120 characters, no figure between. */
type At = { start: number; end: number };
function policyOf(text: string, doc: string, n: At, numbers: At[]): string | undefined {
  for (const [re, name, inDoc] of POLICY_GOODS) {
    if (inDoc && !inDoc.test(doc)) continue;
    for (const m of text.matchAll(re)) {
      const a = m.index!, b = a + m[0].length;
      const [from, to] = b <= n.start ? [b, n.start] : a >= n.end ? [n.end, a] : [n.start, n.start];
      if (to - from > 120 || /[;.](?!\d)/.test(text.slice(from, to))) continue;
      if (numbers.some((x) => x.start >= from && x.end <= to && !(x.start >= a && x.end <= b))) continue;
      // (a policy given as a cause names no goods: "exports reached N, helped by zero-tariff treatment", "Thanks to
      // zero-tariff lists, imports reached N"; nor one in a clause after the figure's: "N, as goods under … grew")
      if (POLICY_AS_CAUSE.test(text.slice(Math.max(0, a - 40), a)) || (a >= n.end && /,/.test(text.slice(n.end, a)))) continue;
      return name;
    }
  }
  return undefined;
}

interface Sentence extends Span {
  entities: EntityMention[];
  numbers: NumberMention[];
  periods: PeriodMention[];
  metrics: MetricWord[];
  subjects: SubjectMention[];
  bases: BaseMention[];
  /** Clause boundaries (offsets into the sentence). */
  bounds: number[];
  /** Asides (", which …,", "(…)", " - … - "): what they mention does not apply to figures outside them. */
  asides: Array<[number, number]>;
}

// "SHANGHAI, July 25 (Xinhua) --", "YIWU --": where the report was filed, not whose figures it gives
// "Jan 18, 2019 (China Knowledge) - …": a date that opens the text is when it was filed
const DATE_LINE = /^\s*(?:[A-Z][A-Za-z'.]*(?:\s+[A-Z][A-Za-z'.]*)*,\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*(?:\([^)]*\))?\s*(?:--|-|—|–)\s*/g;
// (the same, its month and year, on any of a text's first lines)
const OPENING_DATELINE = /^\s*(?:[A-Z][A-Za-z'.]*(?:\s+[A-Z][A-Za-z'.]*)*,\s*)?([A-Z][a-z]{2,8})\.?\s+\d{1,2},?\s+((?:19|20)\d\d)\s*(?:\([^)]*\))?\s*(?:--|-|—|–)/m;
const DATELINE = /^\s*[A-Z][A-Za-z'.]*(?:\s+[A-Z][A-Za-z'.]*)*(?:,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s*(?:--|—|–)\s*/g;
// "GUANGZHOU - Imports declared at Huangpu Customs …": a place in capitals before a lone hyphen, in a document whose
// headline names what owns its figures, is only where the report was filed
const HYPHEN_DATELINE = /^\s*[A-Z][A-Z'.]+(?:\s+[A-Z][A-Z'.]+)*\s+-\s+/g;
// ("HEKOU, Yunnan -- Imports through Hekou …" in a report whose headline names the port: the province of the dateline
// is only where the report was filed)
const PROVINCE_DATELINE = /^\s*[A-Z][A-Z'.]+(?:\s+[A-Z][A-Z'.]+)*,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*(?:--|—|–|-)\s+/g;
/** Is this dateline a place's name ("GUANGZHOU - "), not a capitalised partner or word ("ASEAN - the largest …")? */
const isPlaceName = (dateline: string) => findEntities(dateline).some((e) => e.kind === "city" || e.kind === "province");
// ", which covers Shanghai and the provinces of Jiangsu, Zhejiang and Anhui, totaled": a relative clause may hold a list,
// and ends at the comma before the main verb
// ", which …,", "(…)", " – … – ", and ", boosted by Yiwu's exports," (a cause set between subject and verb)
// ", mainly copper and nickel ores for smelters in Jinchang and Baiyin, came to …": an example list set between
// subject and verb; ", lifted by the expo held in Changsha in June.": a cause after the figures, to the sentence's end
// (a list inside it, "mostly pears, grapes and melons from Hebei,", and one that ends the sentence, "…, mainly maize for
// feed mills in Hunan.": the places in it say where the goods come from or go to)
// (the comma in "118,000 tonnes" parts no items: ", mainly from X, reached 118,000 tonnes," ends before "reached";
// ", most of it delivered through the pipeline to X, rose …": so is what most of the goods went through; "almost all of
// it from X through A, B and C." too)
const EXAMPLES_ASIDE = new RegExp(String.raw`,\s*(?:mainly|mostly|chiefly|largely|primarily|including|such\s+as|especially|`
  + String.raw`notably|(?:(?:almost|nearly|virtually)\s+)?(?:most|much|all|part|some|half)\s+of\s+(?:it|them))\b`
  + String.raw`(?:[^,;]*,(?!\d{3}\b)(?=\s*[\w'-]+(?:\s+[\w'-]+)?\s*(?:,(?!\d{3}\b)|and\b)))*[^,;]{3,120}`
  + String.raw`(?:,(?=\s*[a-z])|(?=\.?\s*$))`, "g");
// ", the raw materials for the province's nickel, copper and cobalt smelters in Jinchang and Baiyin, rose …": a noun
// phrase set between goods and their verb says what they are; the places in it own nothing
const GOODS_APPOSITIVE = new RegExp(String.raw`,\s*(?:the|a|an)\s+(?:[^,;\d]*,(?=\s*[\w'-]+(?:\s+[\w'-]+)?\s*(?:,|and\b)))*[^,;\d]{3,160},`
  + String.raw`(?=\s*(?:rose|fell|grew|increased|declined|decreased|dropped|jumped|surged|climbed|soared|reached|totall?ed`
  + String.raw`|amounted|came|stood|hit|were|was|accounted|edged|slipped|expanded)\b)`, "g");
const CAUSE_OPENING = new RegExp(String.raw`^,\s*(?:lifted|boosted|driven|supported|helped|buoyed|fuell?ed|spurred|`
  + String.raw`thanks\s+to|due\s+to|owing\s+to|following|amid)\b`, "i");
const CAUSE_AFTER = /,\s*(?:lifted|boosted|driven|supported|helped|buoyed|fuell?ed|spurred|thanks\s+to|due\s+to|owing\s+to|following|amid)\b(?:\s+by)?[^;]*$/g;
// (so with no comma, right after a figure's unit, when no figure follows: "… revised to 131.2 billion US dollars
// following the reconciliation of declarations from X.")
const CAUSE_AFTER_UNIT = new RegExp(String.raw`(?<=\b(?:yuan|dollars|percent|tonnes|TEUs?)\s+)`
  + String.raw`(?:following|due\s+to|owing\s+to|thanks\s+to|amid)\b[^;\d]*$`, "g");
// (", as several makers that moved from A started production in B.": a closing "as" clause saying why, with no figure of
// its own, owns nothing; "as well as", "as a share" and the like are no cause)
const AS_CAUSE_AFTER = new RegExp(String.raw`,\s*as\s+(?!well\b|a\s+(?:share|result|whole|percentage)\b|of\b|for\b|in\b|such\b)`
  + String.raw`(?:[\w'’-]+\s+){1,12}?(?:moved|relocated|started|began|opened|expanded|shifted|came|went|peaked|recovered|`
  + String.raw`rebounded|resumed|ramped|entered|joined|launched|picked)\b[^;\d]*$`, "gi");
// (", carried mainly through the X port on the Y highway,": the route of the trade named before, whose it is not;
// ", through Ruili and Tengchong,": so with the preposition alone)
const ROUTE_START = new RegExp(String.raw`,\s*(?:(?:carried|shipped|transported|moved|routed|passing|handled)\s+)?`
  + String.raw`(?:(?:mainly|mostly|largely|chiefly|partly)\s+)?(?:through|via|across)\s+`);
const ROUTE_ASIDE = new RegExp(String.raw`${ROUTE_START.source}[^,;\d]{3,80},(?=\s*[a-z])`);
// (", for which A is a production base,": a relative clause led by a preposition is an aside too; not "of which",
// whose figures are a part of the sentence's own)
const ASIDE = new RegExp(String.raw`,\s*(?:(?:for|in|from|to|at|by|with)\s+)?(?:which|who|whom|whose)\b(?:[^,;]*,(?=\s*(?:[A-Z][\w'-]*|and)\b))*[^,;]*,|\([^)]*\)|`
  + String.raw`\s[-–—]\s[^-–—]{3,300}?\s[-–—]\s|,\s*(?:boosted|driven|supported|helped|buoyed|fuell?ed|spurred|`
  + String.raw`dragged(?:\s+down)?|weighed\s+down|hit|hurt|led)\s+by\s+[^,;\d]{3,80},(?=\s*[a-z])|${ROUTE_ASIDE.source}|`
  // ("Xland, host of the Y expo in Zcity, traded …", "Xland, home to the Y airport, …": what a place is host or home
  // to, set between it and its verb; the places in it own nothing)
  + String.raw`,\s*(?:the\s+)?(?:host|home|seat|birthplace|cradle)\s+(?:of|to)\s+[^,;\d]{3,100},(?=\s*[a-z])|`
  // ("trade with Japan, unlike exports to Hong Kong, rose …": a flow set against the clause's own, no figure's)
  // (not one a relative clause goes on about: "…, unlike Shanxi, whose trade fell 3 percent …" is Shanxi's figure)
  + String.raw`,\s*(?:unlike|like|as\s+with)\s+[^,;\d]{3,80},(?=\s*[a-z])(?!\s*(?:whose|which|who)\b)|`
  // (so is one the sentence opens with: "Unlike most Henan cities, it ran a deficit: imports were …" is the city's)
  + String.raw`^\W*(?:[Uu]nlike|[Ll]ike|[Aa]s\s+with)\s+[^,;\d]{3,80},(?=\s*[\w'])(?!\s*(?:whose|which|who)\b)|`
  // (and a cause or a contrast it opens with, of no figure: "Despite the e-commerce boom, its total trade fell …" is the
  // whole trade's, not e-commerce's; "Amid weak demand from Europe, exports rose …" not exports to Europe)
  + String.raw`^\W*(?:[Dd]espite|[Ii]n\s+spite\s+of|[Aa]mid(?:st)?|[Tt]hanks\s+to|[Dd]ue\s+to|[Oo]wing\s+to|`
  + String.raw`(?:[Dd]riven|[Hh]elped|[Bb]oosted|[Ss]upported|[Bb]uoyed|[Ll]ifted|[Ss]purred|[Ff]uell?ed)\s+by)`
  + String.raw`\s+[^,;\d]{3,80},(?=\s*[\w'])`, "g");

// ", which had led the list in 2012 and 2013.": a relative clause running to the end of the sentence
const TRAILING_RELATIVE = /,\s*(?:which|who|whose)\b[^,;]*[.!?"”]?\s*$/i;
// what stands before a place a trailing relative clause goes on about when that place is the sentence's subject: the
// sentence's opening, or "was"/"is" ("The biggest climber was Anhui, which …")
const RELATIVE_SUBJECT = /(?:^\W*(?:the\s+)?|\b(?:is|are|was|were|remained|became|stayed)\s+(?:the\s+)?(?:again\s+)?)$/i;
// (only one that says what the data covers dates the text after it: ", which covered the first quarter of 2024.";
// never "…, which hosted the summit in 2016." nor "…, which had led the list in 2012")
const COVERS_RELATIVE = new RegExp(String.raw`^,\s*which\s+(?:(?:also\s+)?(?:covers?|covered|covering|spans?|spanned|`
  + String.raw`refers?\s+to|referred\s+to|relates?\s+to|related\s+to|runs?\s+(?:to|through|until)|ran\s+(?:to|through|until))`
  + String.raw`|(?:is|are|was|were)\s+for)\b`, "i");

const SAID_AFTER = new RegExp(String.raw`,\s*(?:according\s+to\s+[^,;]{1,60}|[^,;]{1,60}\b(?:said|says|announced|reported)`
  + String.raw`(?:\s+[^,;]{0,40})?)[.!?"”]?\s*$`, "i");
const CHANGE_GOES_ON = /,(?=\s*(?:up|down)\s+[\d.]+\s*(?:%|percent|per\s+cent)\b)/gi;
// the rest of a facility's proper name after its place: " Pudong International Airport", " Port", " South Railway Station"
const FACILITY_TAIL = /^\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Airport|Port|(?:Railway\s+)?Station|Terminal)$/;
/**
 * The place a trailing relative clause holding the figure goes on about: "…, behind Xiamen, which recorded N.", "…,
 * ahead of Henan, whose trade was N." (a "whose" clause naming a place of its own, "whose capital X …", is that place's)
 */
function relativeOwner(raw: string, left: EntityMention[], at: number): EntityMention | undefined {
  // (a change that goes on with the clause's figure, "…, which handled N in 2031, up 6.6 percent.", ends no clause)
  const text = raw.replace(CHANGE_GOES_ON, " ");
  const which = /,\s*(which|whose)\s+[^,;]*$/.exec(text.slice(0, at));
  if (!which) return undefined;
  // (a figure's thousands comma, or who said it after, "…, whose trade was 4,391.6 billion yuan, customs said.", ends
  // no clause)
  const clause = text.slice(which.index).replace(/(?<=\d),(?=\d{3}\b)/g, "");
  const rest = clause[0] + clause.slice(1).replace(SAID_AFTER, ".");
  if (!TRAILING_RELATIVE.test(rest)) return undefined;
  if (which[1] === "whose" && left.some((e) => e.start > which.index && e.kind !== "partner")) return undefined;
  // ("…, behind Shanghai Pudong International Airport, which handled N": a place's airport or port by its proper name)
  const place = left.find((e) => e.end <= which.index && (/^\s*$/.test(text.slice(e.end, which.index))
    || FACILITY_TAIL.test(text.slice(e.end, which.index))));
  return place && (place.kind === "city" || place.kind === "province")
    && !PARTNER_FLOW_BEFORE.test(text.slice(0, place.start)) ? place : undefined;
}

// ", whose foreign trade reached 347.67 billion yuan last year, up 11.2 percent.": a change right after a relative
// clause's closing comma goes on with the clause's figure, so it belongs to the aside too
const ASIDE_GOES_ON = /^\s*(?:up|down|rising|growing|increasing|falling|dropping|declining|an?\s+(?:increase|rise|decrease|drop|fall)\s+of)\s+[\d.]+\s*(?:%|percent|per\s+cent)[^,;]*/i;
function asideEnd(text: string, start: number, end: number): number {
  const on = /\d/.test(text.slice(start, end)) ? ASIDE_GOES_ON.exec(text.slice(end)) : null;
  return on ? end + on[0].length : end;
}

function visible<T extends { start: number; end: number }>(items: T[], asides: Array<[number, number]>, pos: number): T[] {
  const around = asides.filter(([a, b]) => a <= pos && pos < b);
  return items.filter((x) => {
    const inside = asides.find(([a, b]) => a <= x.start && x.end <= b);
    return !inside || around.includes(inside);
  });
}

// ", and imports …" starts a clause; ", and Africa" or ", and 18.4%" continue a list
// (", lithium-ion battery exports jumped …": goods' flow and its verb after a comma begin a clause of their own)
// (", ship exports to 3.54 billion yuan": so do they with the verb left out)
// ("… to 18.26 billion yuan and exports of lithium-ion batteries tripled": after a figure, "and" before goods' flow too)
// (", and the US rose …" ends a list of names: "the" and a name, not its possessive, start no clause)
const CLAUSE_BOUNDARY = new RegExp(String.raw`;|,\s+(?:but|while|whereas)\b`
  + String.raw`|,\s+and\s+(?=[a-z])(?!the\s+[A-Z][\w.-]*\b(?!['’]))`
  + String.raw`|(?<=\d|percent|%|yuan|dollars|tonnes)\s+and\s+(?=(?:exports|imports)\s+of\s`
  // ("… to 96.4 billion yuan and iron ore imports came to …": so do goods named before their flow and its verb)
  + String.raw`|(?:[a-z][\w-]*\s+){1,3}(?:exports|imports)\s+(?:rose|grew|fell|dropped|declined|jumped|reached|came|`
  + String.raw`totall?ed|amounted|were|was)\b)`
  + String.raw`|,\s+(?!(?:where|which|whose|when|while|as|and|its|their|the|total|overall|whereas)\b)`
  // (", ship exports to 3.54 billion yuan" but not ", with exports to 27 member states": an amount after the "to")
  + String.raw`(?=(?:[a-z][\w-]*\s+){1,3}(?:exports|imports)\s+(?:rose|grew|jumped|surged|soared|fell|dropped|declined|edged|reached|`
  + String.raw`to(?=\s+(?:US\$|\$|RMB\s*)?[\d.,]+\s*(?:trillion|billion|million|yuan|dollars|tonnes)\b)))`, "g");
const WHOLE_BEFORE = /\b(?:percent|per\s+cent|%|share)\s+of\s+(?:the\s+)?$/i;
const WHICH_CHANGED = /^[^,;]*,\s*which\s+(?:\w+\s+){1,2}(?:by\s+)?$/i;
/** "… 63 percent of Hubei's trade": the place named as the whole of a share. */
const WHOLE_NAMED_BEFORE = /\b(?:percent|per\s+cent|%|share|yuan|dollars)\s+of\s*$/i;
// (a place before its flow names it too: "36 percent of Liaoning trade")
const isWholeOfShare = (text: string, e: EntityMention) => e.kind !== "partner"
  && (e.possessive || /^\s+(?:(?:total|foreign)\s+)?(?:trade|exports|imports)\b/i.test(text.slice(e.end)))
  && WHOLE_BEFORE.test(text.slice(0, e.start));
// "ranked first among", "the largest among": the words before the field a place is ranked in
const RANKED_AMONG_BEFORE = /\b(?:rank(?:ed|s)?|came|placed|stood|was|were|is|are|remained)\b[^,;]{0,40}\bamong\s+$/i;
// "topped the provincial list", "led the province's cities", "came first on the provincial ranking": the field a place
// leads, which owns nothing of its figures
const LED_FIELD_BEFORE = /\b(?:topp(?:ed|ing)|tops|led|leads?|leading|head(?:ed|s|ing)?|(?:first|top|second|third)\s+(?:on|in|of))\s+$/i;
// "the province's", "the South China province's"
const ANAPHORA: Array<[RegExp, string]> = [
  [/\bthe\s+(?:\w+\s+){0,2}(?:province|provincial)['’]?s?\b/i, "province"],
  [/\bthe\s+(?:\w+\s+){0,2}(?:city|municipality)['’]?s?\b/i, "city"],
  [/\bthe\s+(?:\w+\s+){0,2}region['’]?s?\b/i, "region"],
  // ("Japan remained the district's largest partner" in a report on a customs district named after its city)
  [/\bthe\s+(?:customs\s+)?district['’]?s?\b/i, "city"],
  // ("We look first at Wuhu, which makes cars. Exports there rose …": the place a relative clause just described, kept
  // under "there" for the next sentence only; with none, the topic as before)
  [/\b(?:trade|imports?|exports?|shipments|sales)\s+there\b/i, "there"],
];
/** Is `p` the span of `q` a year before ("Q1 2020" for Q1 2021)? */
const isYearBefore = (p: Period, q: Period) => q.y1 !== null && samePeriod(p, previousYear(q));
const NATIONAL_RATE_BEFORE = /\b(?:national|nationwide|the\s+country['’]s)\s+(?:average|level|(?:average\s+)?growth(?:\s+rate)?)\s+of\s+(?:about\s+)?$/i;
const NATIONAL_LEAD = /^\W*(?:nationally|nationwide|across\s+the\s+country|for\s+the\s+country\s+as\s+a\s+whole|china-wide),/i;
// ("Nationwide, the city ranked 20th, with exports of …": the lead ranks the city among others; the figure is its own)
const NATIONAL_LEAD_OWN = /\b(?:the\s+(?:city|province|region|municipality)|its|ranked|ranking|ranks?)\b/i;
const NATIONAL_RATE_AFTER = new RegExp(String.raw`^\s*(?:percent|per\s+cent|%)?\s*(?:growth|increase|rise)\s+`
  + String.raw`(?:rate\s+)?of\s+(?:the\s+)?(?:China['’]s|(?:the\s+)?(?:country|nation)['’]s|national|nationwide)\s+`
  + String.raw`(?:(?:total|overall|foreign)\s+)*(?<flow>trade|exports|imports)\b`, "i");
// ("The national total for the period was 30.8 trillion yuan", "…, while China's total rose …": the country's own figure,
// never the text's place's)
const NATIONAL_TOTAL = new RegExp(String.raw`^\W*(?:(?:and|but|while|whereas)\s+)?(?:the\s+)?(?:national|nationwide|`
  + String.raw`country['’]s|nation['’]s|China['’]s)\s+total\b(?:[^,;\d]|\b(?:19|20)\d\d\b)*$`, "i");
// (not when the clause goes on to another after the total's verb: "China's total trade edged down but Hebei's exports
// grew 8 percent"; "total imports and exports reached …", "in the same period as a year earlier" go on with nothing)
const TOTAL_VERB = String.raw`\b(?:rose|fell|grew|edged|dropped|declined|increased|decreased|slipped|climbed|`
  + String.raw`jumped|dipped|expanded|shrank|contracted|slowed|recovered|was|were|stood|reached|remained)\b`;
const TOTAL_GOES_ON = new RegExp(String.raw`${TOTAL_VERB}[^,;]*?\b(?:and|but|while|whereas|as)\b`, "i");
// (but a bare flow coordinated with the total's, straight to its figure, is the country's too: "China's total exports
// were flat and imports fell 5 percent")
const TOTAL_SIBLING_FLOW = new RegExp(String.raw`${TOTAL_VERB}[^,;]*?\b(?:and|while|whereas)\s+(?:total\s+)?`
  + String.raw`(?:foreign\s+trade|trade|exports|imports)\s+${TOTAL_VERB}[^,;\d]*$`, "i");
// "of the total for Shandong province", "of the total for the province": the whole a share is of, named after "total"
// the sales of duty-free shops, as text/flows.ts findQualifier names them
// a flow or a count named between two figures: the second is not the first's thing
const FLOW_WORD = /\b(?:trade|exports?|imports?|shoppers|visitors|number|items)\b/i;
const SALES_QUALIFIER = /(?:^|,\s)((?:offshore\s+)?duty-free\s+sales)(?:,|$)/;
// "… of the sales", "… of the total": a part of a whole the text spoke of
const PART_OF_WHOLE_AFTER = /^\s*of\s+the\s+(?:total|sales|trade|whole)\b/i;
// "… of the total", no whole named: the total the text spoke of last
const OF_THE_TOTAL = /^\s*(?:%|percent|per\s+cent)?\s*of\s+the\s+total\b(?!\s+(?:for|of|in)\b)/i;
const OF_THAT_WHOLE = /^\s*of\s+(?:that|this|it|them|these|those)\b(?!\s+[a-z])/i;
const PART_CHANGED = new RegExp(String.raw`\b${PART_CHANGED_AFTER}`, "i");
const OWN_TRADE_NAMED = /^\s*of\s+((?:the\s+)?(?:[\w-]+\s+)?(?:trade|imports\s+and\s+exports)\s+(?:of|for|in)\s+[^,;.]+)/i;
// (and "of the foreign trade of Liaoning province", "of the imports and exports of X": the place's whole)
const TOTAL_FOR = new RegExp(String.raw`^\s*(?:%|percent|per\s+cent)?\s*of\s+(?:the\s+)?(?:[\w-]+\s+)?`
  + String.raw`(?:total|trade|imports\s+and\s+exports)\s+(?:for|of|in)\s+(?:the\s+)?$`, "i");
const TOTAL_FOR_THE = /^\s*(?:%|percent|per\s+cent)?\s*of\s+(?:the\s+)?total\s+(?:for|of|in)\s+the\s+(province|city|region)\b/i;
// ("The national total for the period was …": the country set beside the topic, which stays)
// ("China's total for the period was 19.8 trillion yuan": the nation's figure for the text's period, set beside it)
// ("… lagged behind the national rate: China's foreign trade rose …": the country's figure set beside the place's)
const NATIONAL_REFERENCE = new RegExp(String.raw`\b(?:on average|nationally|national (?:average|total|rate|growth|level)`
  + String.raw`|across the country|nationwide|the country as a whole`
  + String.raw`|(?:China|the country|the nation)['’]s\s+(?:total|figure)\s+for\s+the\s+(?:same\s+)?period)\b`, "i");
// "A, B and C", "to the US and to European countries": the preposition may be repeated
// ("Jiangxi and Anhui provinces, as well as Chongqing": a kind word may close the items before)
const LIST_GAP = /^\s*(?:(?:provinces|cities|regions|municipalities)\s*)?(?:,|and|, and|&|as well as|, as well as)\s*(?:(?:to|with|from)\s+(?:the\s+)?)?$/;

/**
 * What relative dates in a document resolve against: its publication date, or for an undated
 * article that compares with "the same period of 2020" (and of 2019), the year after the latest base.
 */
export function documentDate(doc: Pick<CorpusDocument, "text" | "meta">): PeriodContext {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(doc.meta.published ?? "");
  if (m) return m[2] ? { docYear: Number(m[1]), docMonth: Number(m[2]) } : { docYear: Number(m[1]) };
  // an undated article whose lead opens on a dateline ("WUHAN, Oct. 23, 2020 (Xinhua) -- …") was filed that day
  const filed = OPENING_DATELINE.exec(doc.text.slice(0, 1000));
  const filedMonth = filed ? monthIndex(filed[1]!) : undefined;
  if (filed && filedMonth) return { docYear: Number(filed[2]), docMonth: filedMonth };
  const bases = [...doc.text.matchAll(/\b(?:same|corresponding)\s+period\s+(?:of|in)\s+((?:19|20)\d\d)\b/gi)].map((b) => Number(b[1]));
  return bases.length ? { docYear: Math.max(...bases) + 1 } : {};
}

function clauseOf(bounds: number[], pos: number, len: number): [number, number] {
  let a = 0;
  let b = len;
  for (const x of bounds) {
    if (x <= pos) a = x;
    else { b = x; break; }
  }
  return [a, b];
}

/** Runs of entity mentions joined by commas and "and": the lists "respectively" maps onto. */
function entityRuns(text: string, mentions: EntityMention[]): EntityMention[][] {
  const runs: EntityMention[][] = [];
  let cur: EntityMention[] = [];
  for (const m of mentions) {
    const prev = cur[cur.length - 1];
    // "ASEAN (Association of Southeast Asian Nations)": the spelled-out name is the same list item
    // (so is another name in brackets after an item: "the EU (Germany), Japan and the US")
    if (prev && /^\s*\(\s*$/.test(text.slice(prev.end, m.start)) && (prev.id === m.id || /^\s*\)/.test(text.slice(m.end)))) continue;
    const gap = text.slice(prev?.end ?? 0, m.start).replace(/^\s*\([^)]*\)/, "");
    // ("In trade with Japan, Hubei, Hunan and Henan had …": the partner an opening phrase names is no item of the places;
    // "In trade with Japan, Korea and Laos, Hubei recorded …": nor are the partners it lists, nor a place outside the
    // mainland traded with: "In trade with Hong Kong, Hubei and Hunan had …")
    const sides = cur.every((e) => e.kind === "partner") || (cur.every((e) => outsideMainland(e.id)) && !outsideMainland(m.id));
    const opening = prev && sides && m.kind !== "partner"
      && OPENING_PARTNER.test(text.slice(0, cur[0]!.start)) && /^\s*,\s*$/.test(gap);
    if (prev && LIST_GAP.test(gap) && !opening) cur.push(m);
    else { if (cur.length) runs.push(cur); cur = [m]; }
  }
  if (cur.length) runs.push(cur);
  return runs;
}

const OPENING_PARTNER = /^\s*(?:in|for|as\s+for)\s+(?:(?:its|their)\s+)?(?:trade|exports|imports)\s+(?:with|to|from)\s+(?:the\s+)?$/i;
/** The partner an opening phrase names ("In trade with Japan, …") right before a run of places. */
const openingPartner = (text: string, entities: EntityMention[], run: EntityMention[]) => entities.find((e) =>
  (e.kind === "partner" || outsideMainland(e.id)) && OPENING_PARTNER.test(text.slice(0, e.start)) && /^\s*,\s*$/.test(text.slice(e.end, run[0]!.start)));

// what stands between two figures of one run: a comma or "and" ("up 3.1 percent and down 17.2 percent": with its
// own direction word)
// ("changes of +1.2 percent, -4.4 percent and +18.6 percent": a plus sign written before a rise, outside its figure)
const RUN_GAP = /^\s*(?:,|and|, and)\s*(?:(?:up|down|rising|falling|growing|declining)\s+(?:by\s+)?)?\+?$/;

function numberRuns(text: string, numbers: NumberMention[]): NumberMention[][] {
  const runs: NumberMention[][] = [];
  let cur: NumberMention[] = [];
  for (const n of numbers) {
    const prev = cur[cur.length - 1];
    // "1.7 billion, 22 million and 19 million dollars": bare figures share the unit the last one names
    // "up 2.6 times and 25.1 percent": changes of either form make one run
    const change = (k: string) => k === "multiple" || k === "percent";
    const sameKind = prev && (prev.kind === n.kind || (prev.kind === "bare" && n.kind === "money") || (change(prev.kind) && change(n.kind)));
    if (prev && sameKind && RUN_GAP.test(text.slice(prev.end, n.start))) cur.push(n);
    else { if (cur.length) runs.push(cur); cur = [n]; }
  }
  if (cur.length) runs.push(cur);
  return runs;
}

// ("the largest foreign trader among the six central provinces": the field may be counted)
// (words in -est that rank nothing: "the latest figures of Hunan", "the rest of", "interest in", "west of")
const NOT_SUPERLATIVE = String.raw`(?:lat|r|inter|(?:mid|north|south)?w|for|gu|requ|inv|harv|prot|sugg|hon|mod|t)est\b`;
const SUPERLATIVE_SCOPE = new RegExp(String.raw`\b(?:highest|lowest|largest|biggest|fastest|slowest|strongest|best|top`
  + String.raw`|leading|first|second|third|(?!${NOT_SUPERLATIVE})\w+est)\s+(?:[\w-]+\s+){0,2}(?:in|among|across|of)\s+`
  + String.raw`(?:all\s+)?(?:the\s+)?`
  + String.raw`(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?`
  // ("the fastest among the cities of Hunan province": the places ranked, then the place that holds them)
  + String.raw`(?:(?:[\w-]+\s+)?(?:cities|provinces|regions|municipalities|prefectures|ports)\s+(?:of|in)\s+(?:the\s+)?)?$`, "i");
const SCOPE_GOES_ON = new RegExp(String.raw`^(?:\s*(?:province|city|region|municipality|prefecture)\b)?`
  + String.raw`(?:\s*,\s*(?:whose|which)\b|(?:['’]s?)?\s+(?:(?:own|total|foreign)\s+)*(?:exports|imports|trade)\b)`, "i");
const FLOW_TO_THEM = /\b(?:exports?|imports?|trade)\s+(?:to|with|from)\s+(?:them|these|those)\b/i;
// "Wenzhou, Zhejiang province": the province after a city's comma locates it
const LOCATED_BY =
  /^\s*,\s*(?:(?:east|west|north|south|central|northeast|northwest|southeast|southwest)(?:ern)?\s+)?(?:China['’]s\s+)?$/i;
// ("Hotan prefecture in western Xinjiang": a name or a kind of place before "in" is what the province locates)
const LOCATING_WORD = /^(?:[A-Z]|(?:city|port|town|county|district|zone|prefecture|league)\b)/;
// (only in an aside after the goods, ", made mainly at A and B,": "goods made in A grew" and "progress made in A" are A's)
// (and in an aside on what drove the figure: ", led by components made in A's aviation base")
const MADE_AT = new RegExp(String.raw`,\s*(?:(?:led|driven|boosted|powered)\s+by\s+(?:[a-z][\w-]*\s+){1,4}?)?`
  + String.raw`(?:most\s+of\s+(?:them|it)\s+)?(?:(?:mainly|mostly|largely|chiefly)\s+)?`
  + String.raw`(?:made|produced|manufactured|assembled|built)\s+(?:(?:mainly|mostly|largely|chiefly)\s+)?`
  + String.raw`(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'-]*(?:\s*,\s*|\s+and\s+))*$`);
// "X port on the southern coast of", "Quanzhou, the hub on the southeast coast of": a named place (or one with its kind)
// before the stretch of coast, in the same clause ("Ports along the coast of Y" name no place: they are Y's)
const COAST_OF = new RegExp(String.raw`\b([A-Z][\w'-]*)(?:\s+([Pp]ort|[Hh]arbou?r|[Tt]erminal|[Cc]ity|[Tt]own|[Cc]ounty)|`
  + String.raw`\s*,\s*(?:the|a|an)(?:\s+[\w-]+){0,4}?)?\s+(?:on|along|off|at)\s+the\s+(?:[A-Za-z-]+\s+){0,2}`
  + String.raw`(?:coast|shore|banks?|edge|tip|border)\s+of\s+(?:the\s+)?$`);
const FACILITY_ON_COAST = new RegExp(String.raw`\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}`
  + String.raw`(?:port|harbou?r|terminal|wharf|berth|yard|plant|factory|park|zone|hub|base)\s+(?:on|along|off|at)\s+the\s+`
  + String.raw`(?:[A-Za-z-]+\s+){0,2}(?:coast|shore|banks?|edge|tip|border)\s+of\s+(?:the\s+)?$`, "i");
/** Does a named place before "on the coast of" say the province after it only locates that place? */
function coastLocated(before: string): boolean {
  // ("A new container terminal on the east coast of Fujian handled …": one facility the province only locates; "the
  // port on the coast of Y" may be Y's only port, and stays Y's)
  if (FACILITY_ON_COAST.test(before)) return true;
  const m = COAST_OF.exec(before);
  return !!m && m[1] !== "The" && (!!m[2] || findEntities(m[1]!).some((e) => e.kind !== "partner"));
}
const LOCATED_IN = /[A-Z][\w'-]*\s+in\s+(?:the\s+)?(?:(?:east|west|north|south|central|northeast|northwest|southeast|southwest)(?:ern)?\s+)?(?:China['’]s\s+)?$/i;

/** May this mention be the subject of a figure, or is it a whole, a reference or a partner? */
function subjectEligible(text: string, m: EntityMention): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const after = text.slice(m.end, m.end + 40);
  if (m.kind === "country") {
    // "23.1 percent of the country's total", "higher than the national average", "trade with China": not the subject
    if (/(?:%|percent|per cent|one-\w+|bulk|more|most|\d|share|proportion)\s+(?:of|to)\s+(?:the\s+)?$/i.test(before)) return false;
    if (/\b(?:trade|trading|exports?|imports?)\s+(?:with|to)\s+(?:the\s+)?$/i.test(before)) return false;
    if (/\bthan\s+(?:the\s+)?$/i.test(before)) return false;
    // ("ranking second in the country by growth rate": the field ranked in)
    if (SUPERLATIVE_SCOPE.test(before)) return false;
    // "beat the national growth rate by 5.3 percent": the reference, not the owner of the gap ("outpacing the national
    // growth rate of 7.7 percent" is the country's own rate)
    if (/\b(?:beat|beating|outpaced|outpacing|exceeded|exceeding|outperformed|outstripped|above|below)\s+(?:the\s+)?$/i.test(before)
      && /^\s*(?:[\w-]+\s+){0,4}by\s+[\d.]/i.test(after)) return false;
    // "exports from the whole country jumped 31.4 percent": the country's own flow
    if (/\b(?:country|nation)\b/i.test(m.text) && /\b(?:exports?|imports?|trade)\s+(?:from|of|in|across)\s+(?:the\s+)?$/i.test(before)) return true;
    // "Across the country, trade was down 10.8 percent", "Nationwide, exports rose": the country's own figure
    if (/(?:^|[.;]\s*|\b(?:across|throughout)\s+(?:the\s+)?)$/i.test(before)
      && /^\s*,\s*(?:\w+\s+){0,2}?(?:foreign trade|trade|imports?|exports?)\b/i.test(after)) return true;
    // "the South China province's trade", "East China's Fujian": a part of the country locates, it is not China
    if (/\b(?:south|north|east|west|central|(?:south|north)(?:east|west))(?:ern)?\s+$/i.test(before)) return false;
    // "China-Russia trade through Erenhot": China names the pair, the place the trade goes through owns it
    // (the hyphen joins the pair: "BEIJING -- China's trade" is a dateline's dash)
    if (/^[-–][A-Z]/.test(after) || /[A-Za-z][-–]$/.test(before)) return false;
    // "outpaced the national average growth of exports": a reference rate, not the country's figure
    if (/^\s*average\b/i.test(after)) return false;
    // "Exports of China's second-largest foreign trade province reached …": a name for a place of the country, not China
    if (/^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}(?:province|city|municipality|region|port|hub)\b/i.test(after)) return false;
    // ("China imported a record 95.5 million tonnes of soybeans": the country as the subject of a flow's verb)
    return /^\s*(?:\w+\s+){0,2}?(?:foreign trade\b|trade\b|imports?\b|exports?\b|import(?:ed)? and export|imported\b|exported\b|growth\b|total import|goods trade\b|["“])/i.test(after);
  }
  if (/(?:%|percent|one-\w+)\s+of\s+(?:the\s+)?$/i.test(before)) return false;
  // ("…, were larger than exports of 9.1 billion yuan, because grain for Hunan's plants enters through the zone": a place
  // in the cause a clause gives, no comma between, is not the figures' owner)
  if (CAUSE_OPEN.test(text.slice(Math.max(0, m.start - 80), m.start))) return false;
  // "the Chongqing-Xinjiang-Europe freight train": a place later in a route's name is a stop on it, not the owner
  if (/[A-Za-z][-–]$/.test(before)) return false;
  // "the Taiwan-funded contract manufacturer", "a Hong Kong-based trader": a place in a compound word describes a firm
  if (/^[-–](?:funded|based|invested|owned|backed|listed|headquartered|registered)\b/i.test(after)) return false;
  // "the second-fastest, behind only Chongqing", "ahead of only Tibet": a place ranked against, not the subject
  if (/\b(?:behind|ahead\s+of|after|trailing)\s+(?:only\s+)?(?:[A-Z][\w'-]*(?:\s*,\s*|\s+and\s+))*$/.test(before)) return false;
  // ("B exported 2,980 tonnes, fewer than A, but earned …": a place compared against in an aside owns no figure)
  if (COMPARED_IN_ASIDE.test(before) && /^\s*[,;)]/.test(after)) return false;
  // "The capital of Hubei province saw its imports …": the capital is the city the text is about, not the province
  if (m.kind === "province" && /\bcapital\s+(?:city\s+)?of\s+(?:the\s+)?$/i.test(before)) return false;
  // "the highest in Northeast China", "the fastest among the western provinces": the field ranked in, not the subject
  // (a field a relative clause or a possessive goes on about owns the figures after it: "…, the fastest among the
  // cities of Hunan province, whose exports rose 8 percent")
  // ("the largest among Hunan's cities" is still the field)
  if (SUPERLATIVE_SCOPE.test(text.slice(Math.max(0, m.start - 60), m.start)) && !SCOPE_GOES_ON.test(after)) return false;
  // ("exports of displays, made mainly at the A and B production lines, grew …": where the goods are made)
  if (MADE_AT.test(text.slice(Math.max(0, m.start - 80), m.start))) return false;
  // "Nanchang Customs said", "Shijiazhuang customs data": an office named after a place is not the place
  if (isOffice(text, m)) return false;
  // "Trade through X port, Xinjiang's biggest land port, …": the place in the port's description only locates it
  if (m.possessive && PORT_BEFORE.test(before) && PORT_DESCRIBED.test(after)) return false;
  // "Wuhu, Anhui's second-largest trading city, saw …": the province in the city's description only locates it
  if (m.possessive && CITY_DESCRIBED.test(after) && cityBefore(before)) return false;
  // "The Fujian Refining and Petrochemical complex in X imported …": a firm named after a place is not the place
  if (FIRM_NAMED.test(after)) return false;
  // "Yiwu in east China's Zhejiang province": a province that locates a city is not the subject
  // ("Foreign trade in the Tibet Autonomous Region" is the province's own trade)
  // ("exports rose 4.4 percent in Shanxi": a figure's unit before "in" is no city)
  // ("Private enterprises in Hebei": a word in lower case before "in" names no place either)
  // ("the city in north China's Hebei Province": a place named by its kind locates as a name does)
  if (m.kind === "province" && LOCATING_WORD.test(LOCATED_IN.exec(before)?.[0] ?? "")
    && !/\b(?:trade|exports?|imports?|growth|percent|cent|points?|yuan|dollars)\s+in\s+(?:the\s+)?$/i.test(before)) return false;
  // ("X port on the southern coast of Y province handled …": a province a stretch of it locates the port by)
  if (m.kind === "province" && coastLocated(text.slice(Math.max(0, m.start - 80), m.start))) return false;
  // "Henan Province in central China", "East China's Fujian province": a region that locates a place is not the subject
  if (m.kind === "region" && /[A-Z][\w'-]*(?:\s+(?:[Pp]rovince|[Cc]ity|[Rr]egion|[Mm]unicipality))?\s+in\s+(?:the\s+)?$/.test(before)) return false;
  if (m.kind === "region" && m.possessive && /^\s*[A-Z]/.test(after)) return false;
  // "the East China province's trade": a province described by its region, not the region
  if (m.kind === "region" && /\b(?:province|city)\b/i.test(m.text)) return false;
  return true;
}

// "the China-Russia East-Route pipeline at Heihe", "the highway bridge at X": where goods cross, not what owns the text
const CROSSED_AT = /\b(?:pipelines?|railway|rail\s+line|bridges?|highway|crossing|route|corridor)\s+(?:at|via|through)\s+$/i;
// the kinds of border crossing a port is named by, and an appositive describing one
const PORT_KINDS = String.raw`(?:port|pass|crossing|gateway)`;
const PORT_BEFORE = new RegExp(String.raw`\b${PORT_KINDS}\s*\)?\s*,\s*(?:the\s+)?$`, "i");
const CITY_DESCRIBED = /^\s+(?:[\w-]+\s+){0,4}(?:city|town|county|prefecture)\s*,/i;
/** Does the text before a place end with a city's name and the comma that opens its description? */
function cityBefore(before: string): boolean {
  const name = /([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*,\s*$/.exec(before)?.[1];
  return name !== undefined && findEntities(name).some((e) => e.kind === "city" && e.start === 0 && e.end === name.length);
}
const PORT_DESCRIBED = new RegExp(String.raw`^\s+(?:[\w-]+\s+){0,3}${PORT_KINDS}\b`, "i");
// the kinds of firm and plant a name ends with, after a place and up to four capitalised words ("Fujian Refining and
// Petrochemical complex"; the first word capitalised: "Hebei steel exports" is the province's)
const FIRM_KINDS = ["refining", "refinery", "refineries", "petrochemicals?", "complex", "company", "corporation", "group",
  "plant", "works", "shipyard", "co\\.", "ltd\\.?"].map((k) => k.replace(/^[a-z]/, (c) => `[${c.toUpperCase()}${c}]`));
const FIRM_NAMED = new RegExp(String.raw`^\s+(?:(?:[A-Z][\w&'-]*|and|&)\s+){0,4}(?:${FIRM_KINDS.join("|")})(?![\w-])`);

// "China-Russia trade", "Sino-US trade", "Mongolia-China trade": the other side of China's trade
const PAIRED_BEFORE = /\b(?:China|Sino)[-–]$/;
const PAIRED_AFTER = /^[-–]China\b/;

// ("Horgos port on the China-Kazakhstan border": a border named by the two sides is where, not whom with; its
// "border trade" is with the other side; so are "China-Europe freight \btrains\b" where trains run: text/routes.ts)
const BORDER_AFTER = /^\s*(?:border|frontier|boundary)\b(?!\s+(?:trade|trading|commerce))/i;
const NATIONWIDE = /\b(?:nationwide|across\s+the\s+country|in\s+China)\b/i;
// ("Manzhouli, on the border with Russia, handled …": the country across the border locates the port; trade "across
// the border with Russia" is with Russia)
const BORDER_BEFORE = /\b(?:on|at|along|near)\s+the\s+(?:border|frontier|boundary)\s+with\s+(?:the\s+)?$/i;

// "trade with the EU", "to the countries jointly building the "the Belt and Road"", "growth rate to ASEAN"
const partnerContext = (text: string, m: EntityMention) => !m.possessive && (PAIRED_BEFORE.test(text.slice(0, m.start))
  || PAIRED_AFTER.test(text.slice(m.end))) || !m.possessive && /(?:\bbetween\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+and|\b(?<!(?:compared|together|along|line|comparison)\s)(?:with|to|towards|into))\s+(?:the\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:(?:member\s+)?(?:countries|nations|economies|members|markets|states)\b[^,;.]{0,40})?$/i.test(text.slice(Math.max(0, m.start - 60), m.start).replace(/["“”]/g, ""));

// "Shenzhen's trade with Hong Kong", "imports from Taiwan": a province or city there is the other side of the trade
// ("exports from Guangdong" are Guangdong's)
// ("trade with Taiwan and Hong Kong", "imports from Japan or Macao": a place joined to the first by "and"/"or" too;
// never after a comma, "In trade with Japan, Hubei and Hunan had …" names the places that traded)
const placeAsPartner = (text: string, m: EntityMention) => (m.kind === "province" || m.kind === "city") && !m.possessive
  && (TRADE_WITH_PLACE.test(text.slice(Math.max(0, m.start - 80), m.start).replace(NAMES_LISTED_BEFORE, ""))
    || CALLED_OWNS_PARTNER.test(text.slice(m.end))
    // ("Fujian-Taiwan trade", "Shenzhen-Hong Kong exports": the side hyphened to the place, before the flow)
    // (the side before the hyphen a place of the mainland's: "Mainland-Taiwan trade", "China-Taiwan trade" are the
    // country's, no place's)
    || (outsideMainland(m.id) && /[A-Za-z][-–]$/.test(text.slice(0, m.start)) && HYPHENED_FLOW.test(text.slice(m.end))
      && hyphenedPlace(text.slice(Math.max(0, m.start - 40), m.start - 1)))
    // ("trade between Fujian province and Taiwan": the second side)
    || (outsideMainland(m.id) && TRADE_BETWEEN.test(text.slice(Math.max(0, m.start - 80), m.start)))
    // ("Japan was Hubei's largest trading partner, followed by Macao with N and …": the next partners of the ranking)
    || (outsideMainland(m.id) && FOLLOWS_PARTNER.test(text.slice(0, m.start)))
    // ("It was followed by the United States at N, the EU at M and Hong Kong at K": so is one after partners in the run)
    || (outsideMainland(m.id) && followsPartners(text.slice(0, m.start))));
// (the run after "followed by" up to the place, a partner named in it before the place)
const FOLLOWED_RUN = /\bfollowed\s+by\s+((?:[^.;]|\.\d)*?)(?:,|\band)\s+(?:the\s+)?$/i;
const followsPartners = (before: string) => {
  const run = FOLLOWED_RUN.exec(before)?.[1];
  return !!run && findEntities(run).some((e) => e.kind === "partner");
};
// (the ranking's head a partner, market, destination or source, the place in the run after "followed by")
// (a decimal point is no sentence's end: "with 30.4 billion yuan, followed by …")
const FOLLOWS_PARTNER = new RegExp(String.raw`\b(?:partners?|markets?|destinations?|sources?)\b(?:[^.;]|\.\d)*`
  + String.raw`\bfollowed\s+by\s+(?:(?:[^.;]|\.\d)*?(?:,|\band)\s+)?(?:the\s+)?$`, "i");
// (the first side a place's name, never the mainland or the country: "trade between the mainland and Hong Kong" is
// no trade of the text's place)
// (or the place by the kind the text calls it: "trade between the zone and Taiwan")
const TRADE_BETWEEN = new RegExp(String.raw`\b(?:[Tt]rade|[Ee]xports?|[Ii]mports?)\s+between\s+(?:the\s+)?`
  + String.raw`(?:(?!(?:Mainland|China|Chinese)\b)[A-Z][\w'-]*(?:\s+[\w'-]+)?`
  + String.raw`|(?<=the\s+)(?:zone|city|province|region|port|area|county|prefecture|municipality))\s+and\s+(?:the\s+)?$`);
const HYPHENED_FLOW = /^\s+(?:trade|exports?|imports?)\b/i;
const hyphenedPlace = (before: string) => {
  const side = findEntities(before).at(-1);
  return !!side && side.end === before.length && (side.kind === "province" || side.kind === "city")
    && !outsideMainland(side.id);
};
// ("imported US$2.35 billion of goods from Taiwan": the value and its goods between the verb and the place)
const VALUE_BETWEEN = String.raw`(?:\s+(?:US\$|\$)?\d[\d.,]*\s+(?:billion|million)\b)`;
const TRADE_WITH_PLACE = new RegExp(String.raw`\b(?:(?:trade[ds]?|trading|imports?|exports?|imported|exported)`
  + String.raw`${VALUE_BETWEEN}?(?:\s+[\w-]+){0,3}\s+(?:with|to)|(?:imports?|imported)(?:${VALUE_BETWEEN}(?:\s+[\w-]+){0,3})?`
  + String.raw`\s+from)\s+(?:the\s+)?(?:China['’]s\s+)?$`, "i");
// (capitalised names, each with "and"/"or" after it: case-sensitive, so no clause's words)
const NAMES_LISTED_BEFORE = /(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:and|or)\s+(?:the\s+)?)+$/;
// "Hong Kong remains our largest trading partner": a place called another's partner is the other side of its trade
// (a partner, market, destination or source of imports: "the province's largest source of exports" is a part of it)
const CALLED_OWNS_PARTNER = new RegExp(String.raw`^\s*(?:is|was|remains|remained|became|has\s+been|stayed)\s+(?:still\s+)?`
  + String.raw`(?:our|its|their|the\s+[\w-]+['’]s|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}?`
  + String.raw`(?:partner|market|destination|(?<!exports?\s)source(?!\s+of\s+exports?\b))\b`, "i");

const PLACE_LEADS = /^\s*(?:(?:on|in|for|among|of)\b[^,]{0,40},\s*)?$/i;
const SIDE_LEAD = /\b(?:imports?|exports?)\b/i;
/** Hong Kong, Macao, Taiwan: provinces of no mainland region, trade partners of the mainland's places. */
const outsideMainland = (id: string) => place(id)?.kind === "province" && !place(id)?.region;
/** Is `id` a city of the document's home place or of the place the text is about? */
const cityOfHome = (state: DocState, id: string) => {
  const parent = place(id)?.parent;
  return parent !== undefined && [state.home, state.lastEntity].some((h) => h !== undefined && (h === parent
    || place(h)?.parent === parent));
};
const LEADS_SENTENCE = /^\s*(?:(?:in|during|for|by|among|within|of)\b[^,]{0,40},\s*)?(?:the\s+)?$/i;
// "… percent of the province's total of N", "… of China's total foreign trade of N", "… of Jilin's trade worth N": N is
// the share's whole (the one reader of that shape; a change after it, ", which rose …", is the whole's too)
// ("57.2 percent of the total with trade of N": a "with" opens the part's own figure, no whole's)
const AMOUNT_OF_WHOLE = /^\s*(?:percent|per\s+cent|%)?\s*of\s+(?:(?!with\b)[^,;\d]){0,60}?\b(?:total|trade|exports|imports)\s+(?:of|at|worth)\s+(?:about\s+|around\s+|some\s+)?(?:US\$|\$|RMB\s*)?$/i;
// "64 percent of the province's total, or US$586 million": an amount restating the share before it
const SHARE_RESTATED_AS_AMOUNT = new RegExp(String.raw`^\s*(?:percent|per\s+cent|%)?\s*of\s+[^,;\d]{0,60}?\btotal\s*,\s*`
  + String.raw`or\s+(?:about\s+|around\s+|some\s+)?(?:US\$|\$|RMB\s*)?$`, "i");
// (of a place's own total only "of N" says the whole: "40 percent of the total at 1.66 trillion" may be the part's)
const OWN_WHOLE_OF = /\bof\s+(?:about\s+|around\s+|some\s+)?(?:US\$|\$|RMB\s*)?$/i;
const WHOLE_WHICH = /\b(?:percent|per\s+cent|%)\s+of\s+[^,;]{0,60}?\b(?:total|trade|exports|imports)\b[^,;]{0,30},\s*which\s+[^,;]*$/i;
const THE_BLOC = /\b(?:with|to|from)\s+the\s+(?:bloc|grouping|union)\b/i;
// "Exports to Latin America grew …, while imports from the region rose …": a world region named again by its kind
// ("exports from the region" is the owner's own; "the region's total" is a whole, no partner)
// ("imports to the region" are the owner's own: "to" only after exports)
const THE_REGION = /\b(?:with|(?:exports?|sold|shipped|exported)\s+to|imports?\s+from|(?:bought|purchased|imported)\s+from)\s+the\s+(region|continent)\b(?!['’])/i;
const REGIONS_REFERRED: Record<string, string[]> = {
  region: ["latam", "europe", "africa", "central-asia", "middle-east", "southeast-asia", "south-asia", "south-america",
    "north-america", "central-america"].map((r) => `partner:${r}`),
  continent: ["africa", "europe", "latam", "south-america", "north-america"].map((r) => `partner:${r}`),
};
const WITH_THEM = /\b(?:trade|exports?|imports?)\s+(?:with|to|from)\s+(?:them|these\s+(?:countries|economies|markets))\b/i;
const NOT_COUNTRIES = new Set(["partner:bri", "partner:rcep", "partner:asean", "partner:eu"]);
// "Exports to Russia jumped …, while imports from the country rose …": "the country" after a flow to or from it is
// the country the sentence named as a partner before, not China
const FLOW_TO_COUNTRY = /\b(?:imports?\s+from|exports?\s+to|trade\s+with|(?:bought|purchased|imported)\s+from|(?:sold|shipped|exported)\s+to)\s+$/i;
const unnamedCountry = (text: string, e: EntityMention) => !e.possessive && /^the\s+country$/i.test(e.text)
  && FLOW_TO_COUNTRY.test(text.slice(0, e.start));
function countryReferred(text: string, entities: EntityMention[]): EntityMention[] {
  return entities.map((e) => {
    if (e.id !== "china" || e.possessive || !/^the\s+country$/i.test(e.text) || !FLOW_TO_COUNTRY.test(text.slice(0, e.start))) return e;
    const named = entities.filter((x) => x.end <= e.start && x.kind === "partner" && !place(x.id)?.members
      && !isWorldRegion(x.id) && !NOT_COUNTRIES.has(x.id)).at(-1);
    return named ? { ...e, id: named.id, kind: "partner" } : e;
  });
}
const isWorldRegion = (id: string) => REGIONS_REFERRED["region"]!.includes(id);
const TARGETS_LISTED = /\b(?:targets?|goals?|objectives?)\b[^:.]{0,120}:\s[^:]*$/i;
// ("The main targets for 2025 are as follows:" on its own, over a list of items on lines of their own)
const TARGETS_LEAD = /\b(?:targets?|goals?|objectives?)\b[^:.]{0,120}:\s*$/i;
// ("Shanxi beat its main targets for 2031:", "Targets met": the items after are what was done, no targets)
const TARGETS_OUTCOME = new RegExp(String.raw`\b(?:met|beat|beaten|exceeded|surpassed|achieved|hit|fulfilled|`
  + String.raw`over-?fulfilled|missed|outperformed|topped|fell\s+short\s+of)\b`, "i");
// "the main target is for …", "our goal this year is to …": a lead whose clauses each state an aim
const TARGET_LEAD = new RegExp(String.raw`\b(?:targets?|goals?|aims?|objectives?)\s+(?:(?:for|in|of)\s+(?:\d{4}|this\s+year|`
  + String.raw`next\s+year)\s+)?(?:is|are)\s+(?:for|to)\b`, "i");
// a verb stating what happened, which ends a lead's aims ("…, and trade reached 371 billion yuan")
const OUTCOME_VERB = new RegExp(String.raw`\b(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|reached|`
  + String.raw`totall?ed|amounted|was|were|stood|hit)\b`, "i");
// ("Main targets for 2025" as a heading of its own over the items)
const TARGETS_HEADING = /^\W*(?:(?:main|major|key|principal)\s+)?(?:targets?|goals?|objectives?)\b[^.!?;:]{0,60}$/i;
// ("II. ", "## 2. ": what may stand before a heading on its line)
const HEADING_NUMBER = /(?:^|\n)[ \t]*(?:#{1,6}[ \t]*)?(?:(?:[IVX]{1,5}|\d{1,2})[.)][ \t]*)?$/;
const LIST_ITEM_LINE = /^\s*(?:[-*•·–]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])\s+/;
// ("… goals was more trade with Europe: exports to the EU rose 12 percent": results after the colon, no targets)
const RESULT_VERB = /:[^:]*\b(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|reached|totall?ed|amounted|was|were)\b[^:]*$/i;
const SCOPE_FIRST = /^\s*(?:among|within|of)\s+[^,]{0,40},\s*/i;
const PARTNER_ROLE = /\b(?:partners?|markets?|destinations?|sources? of imports)\b/i;
// ("By trading partner, Germany remained Hunan's largest, with …": a sentence opened by partners as its scope gives
// the partner leading it that role without naming it again)
const BY_PARTNER = /^\s*by\s+(?:(?:trading|trade|main|major)\s+)?(?:partners?|markets?)\s*,\s*(?:the\s+)?$/i;
// "… were the province's top partners", "… remained its largest markets": the list before is of the other sides of trade
const CALLED_PARTNERS = /^\s*(?:were|are|remained|became)\s+[^,;.]{0,40}?\b(?:partners|markets|destinations)\b/i;

/** A place (not a partner) that the clause is about: eligible as a subject and not the other side of a trade. */
const isSubject = (text: string, e: EntityMention) => subjectEligible(text, e) && !partnerContext(text, e) && !placeAsPartner(text, e);

interface Who { entity: string; partner?: string; members?: string[] }

const PER_GOODS_UNIT_AFTER = /^\s*(?:per|a|an|each)\s+(tonne|ton|barrel|vehicle|car|unit|kilogram|container)s?\b/i;

/** "The six central provinces, Anhui, …, Jiangxi and Shanxi, traded …": a member in the list that defines the group
 * named before it, which owns the figure. */
function listsGroup(text: string, mentions: EntityMention[], e: EntityMention, groups: DefinedGroup[]): boolean {
  const group = mentions.filter((g) => g.end <= e.start && g.kind === "group").at(-1);
  const members = group && groups.find((g) => g.id === group.id)?.members;
  if (!group || !members?.includes(e.id)) return false;
  const between = mentions.filter((x) => x.start >= group.end && x.end <= e.start);
  if (!between.every((x) => members.includes(x.id))) return false;
  let gap = text.slice(group.end, e.start);
  for (const x of [...between].reverse()) gap = gap.slice(0, x.start - group.end) + "," + gap.slice(x.end - group.end);
  return /^\s*,(?:\s*(?:,|and\b))*\s*$/.test(gap);
}

// what stands between a figure and the partner after it: "with", "of trade with", "of it was done with"
const PARTNER_AFTER = /^\s*(?:of\s+it\s+)?(?:(?!and\b)[a-z]+\s+){0,2}(?:with|to|from)\s+(?:the\s+)?$/i;
// … or the goods the figure counts: "tonnes of crude oil from", "of mechanical and electrical products to"
const GOODS_BEFORE_PARTNER = /^\s*(?:[a-z]+\s+)?(?:of\s+)?([a-z][a-z\s&-]*?)\s+(?:with|to|from)\s+(?:the\s+)?$/i;
// (goods' words, never a clause's: "of which most went to")
const NOT_GOODS_WORD = String.raw`(?:and|or|with|to|from|which|that|it|its|them|this|these|those|was|were|is|are|went|came`
  + String.raw`|going|coming|sold|shipped)\b`;
const OF_WORDS_BEFORE_PARTNER = new RegExp(String.raw`^\s*(?:[a-z]+\s+)?of\s+(?:(?!${NOT_GOODS_WORD})[a-z-]+\s+){1,3}`
  + String.raw`(?:with|to|from)\s+(?:the\s+)?$`, "i");
/** Does `gap` join a figure to the partner named after it: a few words, or the goods' words ("of" and up to three
 * words, or a goods name the subject reader knows), never a clause of its own ("…, up 5 percent, and trade with"). */
function partnerAfter(raw: string): boolean {
  // ("traded 48.3 billion yuan (6.9 billion U.S. dollars) of goods with Japan": the figure in another currency, in
  // brackets right after it, stands nowhere between)
  // (a bracket holding a number and a currency only: "(36 percent of the total)" is no restatement)
  const gap = raw.replace(/^\s*\((?=[^()]*\d)(?=[^()]*(?:yuan|dollars?|US\$|\$|usd|rmb|euros?))[^()]{1,50}\)/i, "");
  if (gap.length <= 30 && PARTNER_AFTER.test(gap)) return true;
  if (gap.length > 60) return false;
  if (OF_WORDS_BEFORE_PARTNER.test(gap)) return true;
  const goods = GOODS_BEFORE_PARTNER.exec(gap)?.[1];
  return Boolean(goods && findSubjects(goods)
    .some((m) => m.kind === "product" && m.start === 0 && m.end === goods.length));
}

const VERB_LED = new RegExp(String.raw`^[\s,;]*(?:(?:but|and|yet|though|although)\s+)?(?:(?:also|still|then)\s+)?`
  + String.raw`(?:grew|rose|fell|increased|decreased|declined|dropped|jumped|climbed|surged|slipped|expanded|shrank|contracted)\b`, "i");

const OVERALL = /\b(?:overall|total|in all|altogether)\b/i;
// "Trade with X reached …, and made up 25.8 percent of the provincial total": a share clause opening with its verb;
// the total it names after the figure is the share's whole, not the clause's subject
const SHARE_VERB_LED = /^[\s,;]*(?:and\s+)?(?:made\s+up|accounted\s+for|represented|was\s+equal\s+to)\s+(?:about\s+|nearly\s+)?$/i;
// "Trade with", "Exports to", "imports from": the partner is the subject of its clause
// ("…, with 19.6 billion yuan against Nanyang's 18.2 billion yuan": the place set against owns its own figure)
const RANKED_AT_FIGURE = /\b(?:behind|ahead\s+of|trailing|after|against|versus|vs\.?)\s+(?:only\s+)?$/i;
// ", fewer than A,", ", more than A did,": the place a figure is set against, named in an aside
const COMPARED_THAN = String.raw`(?:fewer|less|more|lower|higher|smaller|bigger|larger|slower|faster)\s+than\s+`;
const COMPARED_IN_ASIDE = new RegExp(String.raw`,\s*(?:far\s+|much\s+|slightly\s+)?${COMPARED_THAN}(?:that\s+of\s+)?$`, "i");
// what joins a place ranked against to its own figure: "behind X at N", "with N", "X's N", "X (N"
const RANKED_FIGURE_JOIN = /^(?:\s*,?\s*(?:at|with)\s+|['’]s\s+|\s*\(\s*)(?:US\$|\$|RMB\s?)?$/i;
// ", and imports 3.6 percent": a flow and its figure alone after another flow's change
const ELIDED_FLOW = /^\s*,?\s*and\s+(?:its\s+|total\s+)?(?:exports|imports|trade)\s*$/i;
// a share's level before, with no year of its own: "share … slid from 3.1 percent to 2.9 percent"
const SHARE_BEFORE_LEVEL = /\b(?:share|proportion)\b[^,;]*$/i;
// "rose from 3.1 billion yuan to 4.2 billion yuan in 2031": the level a change started from, with no period of its own
// between it and "to", is the earlier one's (not the period the sentence names)
const FROM_LEVEL = /\bfrom\s+(?:(?:about|around|some|nearly|over)\s+)?(?:US\$|\$|RMB\s?)?$/i;
const TO_LEVEL = /^\s*to\s+(?:(?:about|around|some|nearly|over)\s+)?(?:US\$|\$|RMB\s?)?\d/i;
// ("It had 8.9 billion yuan of trade with Russia, but grew …": a flow the clause has, no subject whose partner goes on)
const FLOW_AS_OBJECT = /\bof\s+(?:(?:total|foreign|bilateral|two-way)\s+)?(?:trade|exports?|imports?|shipments?)\s+(?:with|to|from)\s+(?:the\s+)?$/i;
const TRADE_WITH_BEFORE = /\b(?:trade|exports?|imports?|shipments?)\s+(?:with|to|from)\s+(?:the\s+)?$/i;
// "Trade with Africa fell 8.1 percent, trade with Asia rose …": a flow's other side named by a capital word
const TRADE_WITH_NAME = /\b(?:[Tt]rade|[Ee]xports?|[Ii]mports?|[Ss]hipments?)\s+(?:with|to|from)\s+(?:the\s+)?(?=[A-Z])/g;

/**
 * Whether a flow's other side the taggers do not know is named between the partner read for a figure and the figure:
 * the figure is that unknown partner's, not the one named before ("trade with Africa fell 8.1 percent, trade with Asia
 * rose 58.6 percent": the 58.6 is no change of trade with Africa).
 */
function unreadPartnerBetween(s: Sentence, partner: string, at: number): boolean {
  const from = s.entities.filter((e) => e.id === partner && e.end <= at).at(-1)?.end;
  if (from === undefined) return false;
  return [...s.text.slice(0, at).matchAll(TRADE_WITH_NAME)].some((m) => {
    const name = m.index + m[0].length;
    return m.index >= from && !s.entities.some((e) => e.start <= name && name < e.end);
  });
}

// "Trade with neighbouring countries rose 18.2 percent", "Exports to the Gulf states climbed …": a sentence opening with a
// flow's other side the taggers do not know; its figure is that side's, never the place's total
const FLOW_SIDE_OPENING = new RegExp(String.raw`^\W*(?:(?:In|During|For)\s+[^,;]{1,40},\s*)?`
  + String.raw`(?:(?:total|foreign|bilateral)\s+)?(?:trade\s+with|exports?\s+to|imports?\s+from|shipments?\s+to)\s+`, "i");
// (the whole world is no side of its own: "imports from abroad", "exports to overseas markets"; nor a period, "exports to
// date", nor the place itself, "imports from the zone", nor a side named before)
const MONTH_WORDS = "january|february|march|april|may|june|july|august|september|october|november|december";
const NOT_A_SIDE = new RegExp(String.raw`^(?:the\s+)?(?:abroad|overseas|outside|the\s+world|rest\s+of\s+the\s+world|world|`
  + String.raw`foreign|other\s+countries|all\b|date\b|(?:${MONTH_WORDS})\b|(?:19|20)\d\d|(?:first|start|beginning)\b|`
  + String.raw`(?:this|its|their|the)\s+(?:zone|city|province|region|port|area|county|country|mainland|park)\b|`
  // (nor a side named before, referred to: "imports from the island", "trade with the bloc", "exports to them")
  + String.raw`(?:the|this|that)\s+(?:island|continent|bloc|group|union|latter|former|same)\b`
  + String.raw`|(?:them|it|these|those)\b)`, "i");
/** Does the sentence open with trade with a side no tagger read, its figure `n` within that clause? */
function unreadSideOpening(s: Sentence, n: NumberMention): boolean {
  const m = FLOW_SIDE_OPENING.exec(s.text);
  if (!m || NOT_A_SIDE.test(s.text.slice(m[0].length))) return false;
  const gap = s.text.slice(m[0].length, n.start);
  if (gap.length > 80 || /[;,]/.test(gap)) return false;
  return !s.entities.some((e) => e.start >= m.index && e.start < n.start);
}

/** Who a figure is about: subject mention in the clause, else earlier in the sentence, else later, else carried over. */
// ", and Hebei's made 400 trips": a place opening a clause of its own after a figure owns no figure before it, with a
// figure of its own or none (", and Shanxi's reached a record", ", with Shanxi's reaching …")
const NEXT_SUBJECT_GAP = /^[^.;]*?,?\s*\b(?:and|while|but|whereas|with)\s+$/i;
const opensOwnClause = (s: Sentence, n: NumberMention, e: EntityMention) => e.possessive
  && NEXT_SUBJECT_GAP.test(s.text.slice(n.end, e.start));

// "Lecong's …", "In 2021, Pingtan's …": a capitalised name's possessive opening a sentence (after its period, if any)
const OWNER_OPENING = /^\W*(?:(?:In|During|For|Over|By)\s+[^,;]{1,60},\s*)?([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)['’]s\s+(?=[a-z])/;
const OPENER_WORDS = ["In", "During", "For", "Over", "By", "Across", "Within", "Throughout", "Inside", "Outside", "Beyond",
  "Neighbouring", "Neighboring", "Nearby", "Adjacent", "Meanwhile", "Elsewhere", "Both", "All", "Like", "Unlike", "Only",
  "Even", "Also", "Then", "Next", "Besides", "Among", "From", "With", "Without", "Rural", "Urban"].join("|");
// "In 2031 the ports of Dorvan county handled …", "Kelmor prefecture as a whole recorded …": a county or prefecture
// named, with its kind, as what a sentence opens with
const KIND_OPENING = new RegExp(String.raw`^\W*(?:(?:In|During|For|Over|By)\s+(?:(?:19|20)\d\d\s+|[^,;]{1,60},\s*))?`
  // (never a word that opens a sentence before the name: "Across Dorvan county, …", "Neighbouring Dorvan county saw …")
  + String.raw`(?:the\s+(?:[a-z-]+\s+){1,2}of\s+)?(?:(?:${OPENER_WORDS})\s+)?`
  + String.raw`(?!(?:The|This|That|Its|Their|Each|Every|One|Our|Any|${OPENER_WORDS})\b)`
  + String.raw`([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\s+`
  + String.raw`(?:county|prefecture|district|township|banner)\b(?!\s+(?:of|in)\b)`
  // ("Kelmor Hani and Yi Autonomous Prefecture recorded …": an autonomous county or prefecture by its full name)
  // (after the same opening words, never part of its name: "Within Kelmor Yi Autonomous County trade …")
  + String.raw`|^\W*(?:(?:${OPENER_WORDS}|The)\s+)?(?!(?:The|This|That|Its|Their|Each|Every|One|Our|Any|${OPENER_WORDS})\b)`
  + String.raw`([A-Z][a-z]{2,}(?:\s+(?:[A-Z][a-z]+|and)){0,5}?\s+Autonomous)\s+(?:County|Prefecture)\b(?!\s+(?:of|in)\b)`);
// capitalised words a sentence may open a possessive with that name no place
const NO_SUB_PLACE = new RegExp(String.raw`^(?:today|yesterday|tomorrow|year|month|quarter|week|january|february|march|april|`
  + String.raw`may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|`
  + String.raw`sunday|customs|government|ministry|bureau|department|world|nation|country|city|province|region|town|county|`
  + String.raw`district|municipality|state|capital|port|zone|area|park)$`, "i");
// what a sub-place's possessive goes on with: its trade or a word for a place's kind, after a few words naming what
// ("Kelong's furniture exports", "Minhai's trade with Taiwan", "Kelong's border residents' mutual trade area"); never
// after a verb or a preposition of a clause of the possessive's own ("Wang's survey found exports …")
const NOT_OWNED_WORD = String.raw`(?:said|says|found|finds|shows?|showed|shown|expects?|expected|estimates?|estimated|`
  + String.raw`notes?|noted|predicts?|predicted|suggests?|suggested|reports?|reported|told|believes?|warned|added|argued|`
  + String.raw`is|was|are|were|has|had|will|would|can|could|to|from|for|of|in|on|at|by|with|about|than|and|or|but)`;
const SUB_PLACE_KINDS = ["port", "zone", "area", "park", "county", "town", "township", "district", "island", "harbour",
  "harbor", "village", String.raw`border\s+crossing`];
const SUB_PLACE_KIND = String.raw`(?:${SUB_PLACE_KINDS.join("|")})s?`;
// (the same words capitalised, as in a place's name: "Kelong Island", "Minhai Area")
const SUB_PLACE_KIND_ANY = String.raw`(?:${SUB_PLACE_KINDS.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join("|")})s?`;
const OWNED_AFTER = new RegExp(String.raw`^\s*(?:(?!${NOT_OWNED_WORD}\s)[a-z][a-z'’-]*\s+){0,4}?`
  + String.raw`(?:foreign\s+trade|trade|exports?|imports?|import\s+and\s+export|${SUB_PLACE_KIND})\b`);
// what an unknown name needs besides its trade to be a sub-place: a word for a place's kind after its possessive
// ("Kelong's border residents' mutual trade area"), or the text calling it one ("Kelong, a town in …", "Kelong is a
// town", "the town of Kelong", "Kelong Island", "its Fuzhou, Xiamen and Minhai areas", "firms in Kelong"); never a
// bare "Kavex's exports grew 9 percent" (nor "Kavex is a tenant of the zone")
const KIND_AFTER = new RegExp(String.raw`^\s*(?:(?!${NOT_OWNED_WORD}\s)[a-z][a-z'’-]*\s+){0,4}?${SUB_PLACE_KIND}\b`);
// (what is found in a place: "Firms in Kelong hired more workers")
const LOCATED = String.raw`(?:[Ff]irms|[Cc]ompanies|[Ff]actories|[Ee]nterprises|[Bb]usinesses|[Mm]akers|[Mm]anufacturers|`
  + String.raw`[Ee]xporters|[Tt]raders|[Ww]orkers|[Rr]esidents|[Pp]eople|[Ss]hops|[Ss]tores|[Ff]arms|[Ff]armers)`;
const namedPlace = (text: string, name: string) => new RegExp(String.raw`\b${name}\s+(?:(?:[A-Z][a-z]+|and)\s+){0,5}`
  + String.raw`${SUB_PLACE_KIND_ANY}\b|\b${SUB_PLACE_KIND_ANY}\s+of\s+${name}\b`
  + String.raw`|\b${name}(?:\s*,|\s+is)\s+(?:an?|the)\s+(?:(?!${NOT_OWNED_WORD}\s)[\w-]+\s+){0,3}?${SUB_PLACE_KIND}\b`
  + String.raw`|\b${LOCATED}\s+(?:based\s+|located\s+)?in\s+${name}\b`).test(text);
// a name the document calls a firm ("Kavex Technologies", "telecom giant Kavex", "Kavex, a phone maker"): no sub-place
const firmWords = String.raw`(?:company|companies|firm|giant|maker|manufacturer|producer|brand|group|carrier|conglomerate|`
  + String.raw`retailer|exporter|supplier|operator|developer)`;
const namedFirm = (text: string, name: string) => new RegExp(String.raw`\b${name}\s+(?:[A-Z][\w&'-]*\s+){0,3}`
  + String.raw`(?:Technologies|Technology|Group|Holdings|Co\b|Company|Corp|Corporation|Ltd|Inc|Motors?|Electronics)\b`
  + String.raw`|\b${firmWords}\s+(?:(?!(?:in|of|from|across|at|near|around|outside)\s)[\w-]+\s+)?${name}\b|\b${name}\s*,\s*(?:an?|the|whose|which)\b[^.;]{0,60}?\b${firmWords}\b`, "i")
  .test(text);
const FIRM = Symbol("firm");
/**
 * The name of a sub-place no gazetteer knows that owns the figure `n` as its sentence's opening possessive, if any;
 * FIRM where that possessive is a firm's the document names ("Kavex's exports grew …": no place's figure).
 */
function unknownOwner(s: Sentence, n: NumberMention, partner: string | undefined, state: DocState): string | typeof FIRM | undefined {
  const zones = state.zonesNamed;
  const before = s.text.slice(0, n.start);
  const kindOpening = KIND_OPENING.exec(before);
  const opening = OWNER_OPENING.exec(before) ?? kindOpening;
  const name = opening?.[1] ?? opening?.[2];
  if (!opening || !name || name.split(/\s+/).some((w) => NO_SUB_PLACE.test(w))) return undefined;
  // (a place the gazetteer knows is no sub-place, nor ever a firm: "companies in Zhejiang" names no firm Zhejiang)
  if (findEntities(name).length || findSubjects(name).length || namedZones(name).length) return undefined;
  // (a sub-place only where what follows is its trade or a place's kind, or where the text filed figures under it
  // before; never a name the document calls a firm)
  if (namedFirm(state.text, name)) return FIRM;
  const rest = s.text.slice(opening.index + opening[0].length);
  // (or where the sentence names it by its kind: "the ports of Dorvan county")
  if (opening !== kindOpening && !OWNED_AFTER.test(rest) && !state.subPlaces.includes(name)) return undefined;
  // (a zone named before by its head: "Hengqin's …" after "the Hengqin New Area" is that zone's, read as such elsewhere)
  // (never a county named by its kind: "Dorvan county" after "the Dorvan County Port Office" is the county)
  if (opening !== kindOpening
    && zones.some((z) => z.slice(ZONE_PREFIX.length).toLowerCase().startsWith(`${name.toLowerCase()} `))) return undefined;
  // (a known place named between it and the figure owns the figure: "Lecong's …, while Foshan's exports …")
  const at = opening.index + opening[0].length;
  // (a place traded with is no owner: "Pingtan's trade with Taiwan")
  if (s.entities.some((e) => e.kind !== "partner" && e.id !== partner && e.start >= at && e.end <= n.start)) return undefined;
  // (its trade, but nothing calls it a place: the name owns the figure, no place's figure)
  if (!KIND_AFTER.test(rest) && !state.subPlaces.includes(name) && !namedPlace(state.text, name)) return FIRM;
  return name;
}

// "among Hebei's partners", "among the city's top export markets": the place whose partners a sentence ranks
const AMONG_PARTNERS_OF = /\bamong\s+(?:all\s+)?$/i;
const PARTNERS_AFTER = /^\s+(?:(?:\w+\s+){0,2})(?:partners|markets|sources|destinations)\b/i;
// what goes between a country's possessive and a third country it trades with: "Vietnam's imports from Japan"
const THIRDS_TRADE = /^\s+(?:[\w-]+\s+){0,3}?(?:imports?|exports?|trade|purchases|shipments)\s+(?:from|to|with)\s+(?:the\s+)?$/i;
const TO_THE_ISLAND = /^\s+(?:(?:[\w-]+\s+){0,3})?to\s+the\s+island\b/i;
// (each flow by its own side: "exports from the island" are the island's, "imports to the island" may be the home's own)
const ISLAND_BEFORE = new RegExp(String.raw`\b(?:trade\s+with|(?:imports?|imported|purchases)\s+from`
  + String.raw`|(?:exports?|exported|shipments)\s+to)\s+the\s+island\b`, "i");
/** The one place outside the mainland a sentence names as the other side of trade ("… between Fujian and Taiwan"). */
const islandBefore = (text: string): string | undefined => {
  const sides = [...new Set(findEntities(text).filter((e) => outsideMainland(e.id)
    && placeAsPartner(text, e)).map((e) => e.id))];
  return sides.length === 1 ? sides[0] : undefined;
};
/** The city or province right after a figure, "… 860 million yuan in B". */
const placeRightAfter = (text: string, mentions: EntityMention[], n: NumberMention) => mentions.find((e) =>
  (e.kind === "city" || e.kind === "province") && e.start > n.end && /^\s+in\s+$/i.test(text.slice(n.end, e.start)));

// "Xinyang, the city that …, was Henan's largest trading city with N", "By city, Luoyang remained the province's biggest
// hub with N", "Luoyang overtook Xinyang as the largest trading city, with N": the place the sentence opens with owns
// the figure, not the place whose largest it is (nor the one overtaken)
const SUPERLATIVE_VERB = new RegExp(String.raw`^(?:\s*,[^,;\d]{3,160},)?\s+(?:(?:was|remained|is|became|stayed)\s+(?:still\s+)?`
  + String.raw`|(?:overtook|overtaking|surpassed|passed|replaced)\s+[^,;\d]{2,40}?\s+as\s+)`
  + String.raw`(?:the|its|[A-Z][\w-]*['’]s|the\s+(?:province|region|country|city|nation)['’]s)\s+(?:[\w-]+\s+)?`
  + String.raw`(?:largest|biggest|top|leading|busiest)\b[^;\d]{0,60}?,?\s*(?:with|at)\s+(?:US\$|\$|RMB\s?)?$`, "i");
function superlativeLead(s: Sentence, left: EntityMention[], n: NumberMention): EntityMention | undefined {
  const first = left.find((e) => e.kind === "city" || e.kind === "province");
  if (!first || first.possessive || !LEADS_SENTENCE.test(s.text.slice(0, first.start))) return undefined;
  // ("Macao was Hubei's largest trading partner with N": a place called another's partner is the other side, no owner)
  if (placeAsPartner(s.text, first)) return undefined;
  if (s.numbers.some((x) => x !== n && x.start >= first.end && x.end <= n.start)) return undefined;
  return SUPERLATIVE_VERB.test(s.text.slice(first.end, n.start)) ? first : undefined;
}
// a route's name and the words of its service, then an open bracket: "the China-Europe Railway Express (", "China-Europe
// freight trains ("
// (never a base or a park the pair names: "the China-Kazakhstan (X) logistics base" is the partner's trade at X)
const SERVICE_BEFORE_BRACKET = new RegExp(String.raw`${ROUTE_NAME}`
  + String.raw`(?:\s+(?:[Rr]ailway|[Rr]ail|[Ff]reight|[Cc]argo|[Bb]lock|[Ee]xpress|[Tt]rains?))*(?<=[Ee]xpress|[Tt]rains?)\s*\(\s*$`);
/** The city or province in brackets after a train service's name, in the figure's clause, with no place between it
 * and the figure. */
function serviceHome(s: Sentence, n: NumberMention, clause: [number, number]): EntityMention | undefined {
  const places = s.entities.filter((e) => (e.kind === "city" || e.kind === "province") && e.start >= clause[0] && e.end <= n.start);
  const last = places.at(-1);
  return last && SERVICE_BEFORE_BRACKET.test(s.text.slice(clause[0], last.start)) && /^\s*\)/.test(s.text.slice(last.end))
    ? last : undefined;
}
function resolveWho(s: Sentence, n: NumberMention, clause: [number, number], state: DocState, groups: DefinedGroup[]): Who | undefined {
  const text = s.text;
  const mentions = visible(s.entities, s.asides, n.start)
    .filter((e) => !(e.kind === "partner" && (BORDER_AFTER.test(text.slice(e.end)) || BORDER_BEFORE.test(text.slice(0, e.start))
      || endsRouteName(text, e) || namesDocument(text, e))));
  // ("… totalled 1.21 billion yuan in A and 860 million yuan in B": figures each followed by "in" a place of its own)
  const parallel = placeRightAfter(text, mentions, n);
  if (parallel && s.numbers.some((m) => m !== n && m.kind === n.kind && (placeRightAfter(text, mentions, m)?.id ?? parallel.id)
    !== parallel.id)) return { entity: parallel.id };
  // ("…, and the China-Europe Railway Express (Ganzhou) made 1,028 trips": the home of a service named in brackets after
  // the route owns its figures, whatever place the clause before named)
  const home = serviceHome(s, n, clause);
  if (home) return { entity: home.id };
  // (the places goods come from, opening the sentence, own none of its figures)
  const origins = originGoods(s);
  const left = mentions.filter((e) => e.end <= n.start && !(origins && e.end <= origins.end));
  const inClause = left.filter((e) => e.start >= clause[0]);
  // ("Vietnam's imports from Japan rose …": another country's trade with a third, none of the text's place)
  if (s.entities.some((x) => x.kind === "partner" && x.possessive && x.start >= clause[0] && s.entities.some((y) =>
    y.kind === "partner" && y.id !== x.id && y.end <= n.start && THIRDS_TRADE.test(text.slice(x.end, y.start))))) return undefined;
  let partner: string | undefined;
  // "trade with ASEAN", and "trade with Hong Kong": a place can be the other side of a trade too
  for (const e of inClause) if (e.kind === "partner" ? partnerContext(text, e) : placeAsPartner(text, e)) partner = e.id;
  // ("A had the largest trade with ASEAN, at N. It was followed by B with M and C with K": the places that follow in a
  // ranking of the trade with one partner, named in no partner of their own, trade with that partner too)
  if (!partner && state.lastPartner && FOLLOWED_OPENING.test(text) && !s.entities.some((e) => e.kind === "partner")) {
    partner = state.lastPartner;
  }
  // "Trade with Russia was smaller, at 8.9 billion yuan, but grew fastest …, up 31.6 percent": a clause opening with
  // its verb has the subject of the clause before, and so its partner
  // (only a partner that was the subject there, "Trade with X was …", not "Hunan traded … with X, and grew 8 percent
  // overall": and never into a clause that says "overall"/"total" or names a place of its own)
  const verbLed = (VERB_LED.test(text.slice(clause[0], n.start)) && !OVERALL.test(text.slice(clause[0], clause[1])))
    || SHARE_VERB_LED.test(text.slice(clause[0], n.start));
  if (!partner && verbLed && !s.entities.some((e) => e.start >= clause[0] && e.end <= clause[1])) {
    partner = [...left].reverse().find((e) => e.end <= clause[0] && (e.kind === "partner" ? partnerContext(text, e)
      : placeAsPartner(text, e)) && TRADE_WITH_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start))
      && !FLOW_AS_OBJECT.test(text.slice(Math.max(0, e.start - 40), e.start)))?.id;
  }
  // "traded 26.46 billion yuan with Mongolian partners": the partner right after the figure
  // (unless a partner stands between the figure before and this one: "with the EU 2.52 trillion yuan and with the US …")
  // ("traded 310 billion yuan with ASEAN and 40 billion yuan with the EU": a partner right after the figure before is its)
  const since = s.numbers.filter((x) => x.end <= n.start).at(-1)?.end ?? 0;
  const just = mentions.some((e) => e.kind === "partner" && e.start >= since && e.end <= n.start
    && !(since > 0 && partnerAfter(text.slice(since, e.start))));
  // ("did $5.4 billion of trade with ASEAN countries")
  // ("imported US$2.35 billion of goods from Taiwan": a place outside the mainland traded with, after the figure)
  const after = mentions.find((e) => (e.kind === "partner" || (outsideMainland(e.id) && placeAsPartner(text, e)))
    && e.start > n.end && partnerAfter(text.slice(n.end, e.start)));
  // ("… tonnes of coal from A, B and C": the three together, none alone)
  // ("… to Hong Kong, Macao and Taiwan": places outside the mainland listed too)
  const listed = after && mentions.some((e) => (e.kind === "partner" || outsideMainland(e.id)) && e.start > after.end
    && /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i.test(text.slice(after.end, e.start)));
  if (after && !just && !listed) partner = after.id;
  // ("… from Taiwan, and shipped US$0.77 billion to the island": the island traded with, named before in the sentence)
  // ("… Taiwan rose 19.7 per cent. Imports from the island grew …": or the one the sentence before names)
  const toIsland = TO_THE_ISLAND.test(text.slice(n.end)) || ISLAND_BEFORE.test(text.slice(clause[0], n.start));
  const island = !partner && toIsland ? left.filter((e) => outsideMainland(e.id) && placeAsPartner(text, e)).at(-1)?.id
    ?? islandBefore(state.lastSentence ?? "") : undefined;
  if (island) partner = island;
  // "durian imports from Vietnam and Thailand were …": the two together, neither alone (unless "respectively" maps them)
  const trading = inClause.filter((e) => e.kind === "partner");
  const joined = trading.length >= 2 && trading.every((e, i) => i === 0 || /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i
    .test(text.slice(trading[i - 1]!.end, e.start))) && !/\brespectively\b/i.test(text)
    // (all after the figure before, or all before it: "… rose 3 percent to 2.1 billion yuan" is the two together too)
    // (no figure before, since 0, and the list opening the sentence at 0: "Vietnam, Laos and Thailand followed with …")
    && (since <= trading[0]!.start || trading.at(-1)!.end <= since);
  if (joined && partner === trading.at(-1)!.id) partner = undefined;
  // "Trade with the bloc totaled …": the bloc named last
  if (!partner && state.lastBloc && THE_BLOC.test(text.slice(clause[0], n.start))) partner = state.lastBloc;
  // "Countries along the Belt and Road remained the core of its trade. Its trade with them was …": the one partner named
  if (!partner && state.lastPartners?.length === 1 && WITH_THEM.test(text.slice(clause[0], n.start))) partner = state.lastPartners[0];
  const region = partner ? null : THE_REGION.exec(text.slice(clause[0], n.start));
  if (region) {
    const fits = REGIONS_REFERRED[region[1]!.toLowerCase()]!;
    partner = left.filter((e) => e.kind === "partner" && fits.includes(e.id)).at(-1)?.id
      ?? (state.lastRegion && fits.includes(state.lastRegion) ? state.lastRegion : undefined);
  }
  // "Vietnam remained Guangxi's top trading partner (in ASEAN), with bilateral trade of …": the partner the sentence is about
  // ("Among ASEAN members, Vietnam was the city's biggest partner at …": the bloc is the scope, Vietnam leads)
  const scope = SCOPE_FIRST.exec(text)?.[0].length ?? 0;
  const first = left.find((e) => e.kind !== "region" && e.start >= scope);
  const lead = first?.kind === "partner" && !first.possessive && LEADS_SENTENCE.test(text.slice(0, first.start))
    && (PARTNER_ROLE.test(text.slice(first.end, n.start)) || BY_PARTNER.test(text.slice(0, first.start)))
    // ("…, ahead of Malaysia (37.2 billion yuan)": a partner named after the lead's own figure owns the next one)
    // (and so the figures in its brackets: "…, ahead of Malaysia (37.2 billion yuan, up 6.5 percent)")
    // (a place traded with too: "…, followed by Macao with N")
    && !left.some((e) => (e.kind === "partner" || (outsideMainland(e.id) && placeAsPartner(text, e))) && e.start > first.end
      && s.numbers.some((x) => x.start > first.end && x.end <= e.start))
    // ("ASEAN was the fastest-growing partner, and trade with Chile rose …": the partner the figure's clause trades with)
    && !inClause.some((e) => e.kind === "partner" && e.start > first.end && partnerContext(text, e)) ? first : undefined;
  if (lead) partner = lead.id;
  // ("On the import side, Taiwan was the largest source, with imports …": a place named as the other side of the trade
  // the text is about, its figures until another partner is named)
  // (only after an import/export-side lead or for a place outside the mainland's customs territory: "Among its cities,
  // Shenzhen was the largest export source, with exports of …" are Shenzhen's own exports)
  const placeLead = first && (first.kind === "province" || first.kind === "city") && !first.possessive
    && first.id !== state.home && PLACE_LEADS.test(text.slice(0, first.start))
    && (NAMES_LEAD_PARTNER.test(text.slice(first.end)) || (outsideMainland(first.id) && RANKED_NEXT.test(text.slice(first.end))
      && NAMES_PARTNERS.test(state.lastSentence ?? "")))
    && (SIDE_LEAD.test(text.slice(0, first.start)) || outsideMainland(first.id)) && !cityOfHome(state, first.id)
    ? first : undefined;
  // (a partner ranked behind the lead names no side of the figure: "…, the largest source ahead of Japan, with imports …")
  // (unless the figure is its own, "…, ahead of Japan at 1.1 billion yuan", or of a clause of its own, "…, ahead of
  // Japan; imports reached …", where whose side it is stays unsure)
  const rankedBehind = (e: EntityMention) => e.kind === "partner" && RANKED_AT_FIGURE.test(text.slice(Math.max(0, e.start - 20), e.start))
    && !/^\s*,?\s*(?:at|with)\s+$/i.test(text.slice(e.end, n.start)) && !/;/.test(text.slice(e.end, n.start));
  if (placeLead && !partner && !left.some((e) => e.kind === "partner" && e.start > placeLead.end && !rankedBehind(e))) {
    partner = placeLead.id;
  }
  const eligible = (e: EntityMention) => e !== placeLead && !listsGroup(text, mentions, e, groups)
    && (e.kind === "partner" ? !partnerContext(text, e) && !(placeLead && rankedBehind(e)) : isSubject(text, e));
  // ("Trade with Japan accounted for 9 percent of Hebei's total trade": with no place before, the place whose whole
  // the share is of, not China)
  const wholeAfter = mentions.find((e) => e.start > n.end && e.start < clause[1] && isWholeOfShare(text, e));
  const pick = (list: EntityMention[]) => [...list].reverse().find(eligible);
  // a partner is the subject only in its own clause ("ASEAN grew 8%"); a place named after the figure only before any
  // attribution ("…, customs authorities in the provincial capital Zhengzhou said" names no subject)
  // ("… 3.1 points higher than that of Jiangsu province": the place compared with is the reference, not the owner)
  const attributed = (e: EntityMention) => /\b(?:said|says|according|customs|authorities|capital|statistics)\b/i.test(text.slice(n.end, e.start))
    || COMPARED_WITH.test(text.slice(n.end, e.start)) || THOSE_OF_NEXT.test(text.slice(n.end, e.start));
  // ("…, against 189.2 billion dollars for Shandong as a whole": the place right after the figure with "for" owns it)
  const forPlace = mentions.find((e) => e.start >= n.end && e.start < clause[1] && e.kind !== "partner" && eligible(e)
    && OWNER_FOR_AFTER.test(text.slice(n.end, e.start)));
  // ("Rizhao ranked second …, behind Qingdao at 92.7 million tonnes": the figure given with the place ranked against is its)
  // (and so "behind Henan's 157.3 billion yuan", "ahead of Jiangxi (55.4 billion yuan)": the figure is the place's own)
  const rankedAgainst = left.filter((e) => e.kind !== "partner" && RANKED_AT_FIGURE.test(text.slice(0, e.start))
    && (RANKED_FIGURE_JOIN.test(text.slice(e.end, n.start)) || (e.possessive && /^\s+$/.test(text.slice(e.end, n.start)))))
    .at(-1);
  // ("Korea ranked second among Hebei's partners, behind Japan at 9 billion yuan": the place whose partners are ranked
  // owns the figure, with the partner ranked against right before it, else the one the sentence opens with)
  const partnersOf = left.find((e) => e.kind !== "partner" && e.possessive && AMONG_PARTNERS_OF.test(text.slice(0, e.start))
    && PARTNERS_AFTER.test(text.slice(e.end)));
  if (partnersOf) {
    const against = left.filter((e) => e.kind === "partner" && e.start > partnersOf.end
      && RANKED_AT_FIGURE.test(text.slice(Math.max(0, e.start - 20), e.start))
      && /^\s*,?\s*(?:at|with)\s+$/i.test(text.slice(e.end, n.start))).at(-1);
    const opening = left.find((e) => e.kind === "partner" && !e.possessive && e.end <= partnersOf.start);
    const side = against ?? opening;
    return side ? { entity: partnersOf.id, partner: side.id } : undefined;
  }
  // ("Nanchang, Jiujiang and Ganzhou together traded 300 billion yuan": places listed as the subject own the figure
  // together, none alone; without "respectively" no one place's figure is read)
  const subjectRun = entityRuns(text, left.filter((e) => e.kind === "city" || e.kind === "province"))
    .find((r) => r.length >= 2 && r[0]!.start >= clause[0] && /\band\s+$/.test(text.slice(r.at(-2)!.end, r.at(-1)!.start))
      && LISTED_SUBJECT_BEFORE.test(text.slice(clause[0], r[0]!.start))
      && LISTED_SUBJECT_VERB.test(text.slice(r.at(-1)!.end, n.start)));
  if (subjectRun && !/\brespectively\b/i.test(text)) return undefined;
  const afterRuns = entityRuns(text, mentions.filter((e) => e.start >= n.end && e.kind !== "partner"));
  const superlative = superlativeLead(s, left, n);
  let subject = rankedAgainst ?? forPlace ?? superlative ?? pick(inClause) ?? pick(left.filter((e) => e.kind !== "partner"))
    // (in the figure's own clause: "…, and nearly all of it was made in Renhuai" names where, not whose)
    ?? mentions.find((e) => e.start >= n.end && e.start < clause[1] && e.kind !== "partner" && eligible(e) && !attributed(e)
      && !opensOwnClause(s, n, e)
      // ("…, as yards in A, B and C delivered …": places listed after the figure are where, not whose)
      && !afterRuns.some((r) => r.length >= 2 && r.includes(e)));
  // ("…, second only to Xiamen, which recorded 371.5 billion yuan.": a figure in a relative clause ending the sentence
  // is the place's it goes on about, never the sentence subject's; "trade with Taiwan, which rose …" names a partner)
  if (superlative && subject === superlative) return { entity: superlative.id, ...(partner && { partner }) };
  const antecedent = relativeOwner(text, left, n.start);
  if (antecedent) return { entity: antecedent.id, ...(partner && partner !== antecedent.id && { partner }) };
  // an aside's words ("Sichuan, which ranks first in the western region, …") refer to nothing outside it
  let masked = text;
  for (const [a, b] of s.asides) if (!(a <= n.start && n.start < b)) masked = masked.slice(0, a) + " ".repeat(b - a) + masked.slice(b);
  const leftText = masked.slice(clause[0], n.start);
  // ("customs in Wenzhou, Zhejiang province, the city's trade …": the city a province after it locates is "the city")
  // (the pair nearest the figure, in its clause: "…, while in Xiamen, Fujian province, the city's exports …")
  // (unless another city is named after the pair: "Customs in Wenzhou, Zhejiang province, said that in Ningbo the city's …")
  const located = [...left].reverse().find((c) => c.kind === "city" && c.start >= clause[0]
    && left.some((p) => p.kind === "province" && LOCATED_BY.test(text.slice(c.end, p.start))
      && !left.some((o) => o.kind === "city" && o.start > p.end)));
  for (const [re, kind] of ANAPHORA) {
    // ("Hefei has a chip plant, and exports there rose …": "there" is a place the sentence names first, if it does)
    if (kind === "there" && left.some((e) => e.kind === "city" || e.kind === "province")) continue;
    const m = re.exec(leftText);
    // ("Luoyang, Henan province, the city's …": a place named as a province is no city's apposition)
    const appositive = m && /,\s*$/.test(leftText.slice(0, m.index)) && left.some((e) => /^\s*,\s*$/.test(text.slice(e.end, clause[0] + m.index))
      && !(kind === "city" && e.kind === "province" && (/\bprovince\b/i.test(e.text) || !MUNICIPALITIES.has(e.id))))
      && !(located && kind === "city");
    // ("Tangshan accounted for 3.46 billion dollars of the province's trade, up 92.2 percent": the whole it is part of
    // owns nothing there)
    const wholeOf = m && subject && WHOLE_NAMED_BEFORE.test(leftText.slice(0, m.index));
    // ("Zhengzhou ranked first among the province's 17 cities with trade of N": the field a place is ranked in owns
    // nothing there; the place named before it does)
    const fieldOf = m && subject && n.kind !== "count" && (RANKED_AMONG_BEFORE.test(leftText.slice(0, m.index))
      || LED_FIELD_BEFORE.test(leftText.slice(0, m.index)));
    if (m && !appositive && !wholeOf && !fieldOf && (!subject || subject.start < clause[0] + m.index || subject.start > n.start)) {
      // "the province" is the province this sentence or the text before was talking about
      // (or the whole of a share before: "Yingkou accounted for 36 percent of Liaoning's trade; the province …")
      // ("Customs in Luoyang, Henan province, the city's …": a city named before wins over the province locating it)
      const named = (e: EntityMention) => eligible(e) || isWholeOfShare(text, e);
      const here = (kind === "city" ? located : undefined) ?? [...left].reverse().find((e) => named(e) && e.kind === kind)
        // (a province is "the city" only when it is a municipality: "In Zhejiang, the city's exports …" are a city's)
        ?? [...left].reverse().find((e) => named(e) && kind === "city" && e.kind === "province" && MUNICIPALITIES.has(e.id));
      // (else the place the text is about, when of that kind: "Refiners in Dalian and Panjin …. the district's partner")
      const topic = state.lastEntity && place(state.lastEntity)?.kind === kind ? state.lastEntity : undefined;
      const id = here?.id ?? topic ?? state.lastByKind.get(kind) ?? (kind === "city" ? state.lastByKind.get("province") : undefined);
      if (id) return { entity: id, ...(partner && { partner }) };
    }
  }
  // "The province's private enterprises traded …, while foreign-invested enterprises traded …": a clause naming no
  // one goes on with the place an earlier clause of the sentence referred back to
  if (!subject) {
    const earlier = ANAPHORA.find(([re]) => re.test(masked.slice(0, clause[0])));
    const id = earlier && state.lastByKind.get(earlier[1]);
    if (id) return { entity: id, ...(partner && { partner }) };
  }
  // "ASEAN remained the largest partner, with 110.2 billion yuan": the trade of the place the text is about with it
  // ("Vietnam remained its top partner in ASEAN, with …": the partner the sentence leads with, not its scope)
  // ("Vietnam remained Guangxi's top partner in ASEAN, with …", "…; its imports from Korea fell …": the place the
  // sentence names before the partner; "durian imports from Vietnam and Thailand were …": both together, neither alone)
  if (subject?.kind === "partner") {
    const owner = pick(left.filter((e) => e.kind !== "partner")) ?? (state.lastEntity ? undefined : wholeAfter);
    const combined = joined && trading.includes(subject) && !lead;
    // ("imports from A rose 3 percent and exports to B fell 2 percent": a flow's partner after the figure before is
    // the later figure's, not the clause's first partner)
    // ("…, reaching 1.2 billion yuan with Japan": so is the partner right after the figure)
    const later = !lead && partner !== undefined && ((since > subject.end
      && inClause.some((e) => e.id === partner && (e.kind === "partner" || outsideMainland(e.id)) && e.start >= since))
      || (after !== undefined && partner === after.id && !just && !listed));
    return { entity: owner?.id ?? state.lastEntity ?? "china",
      ...(!combined && { partner: lead ? lead.id : later ? partner! : subject.id }) };
  }
  if (subject) {
    const group = groups.find((g) => g.id === subject!.id);
    return { entity: subject.id, ...(partner && { partner }), ...(group && { members: group.members }) };
  }
  // "China-ASEAN trade grew 4%" names China's own trade, unless it goes "through the port" the text is about
  const paired = inClause.find((e) => e.kind === "partner" && PAIRED_BEFORE.test(text.slice(0, e.start)));
  // ("The China-Kazakhstan (Wenzhou) logistics base dispatched …": a base the pair names, at the place in brackets)
  const based = paired && s.entities.find((e) => (e.kind === "city" || e.kind === "province")
    && /^\s*\(\s*$/.test(text.slice(paired.end, e.start)) && /^\s*\)/.test(text.slice(e.end)));
  if (paired && based) return { entity: based.id, partner: paired.id };
  // (in the figure's own clause: "China-Russia trade grew 12 percent nationwide, while trade through the port fell" is
  // China's)
  const cut = text.slice(n.end).search(/[,;]|\b(?:while|whereas|though|although|but)\b/);
  const clauseEnd = cut < 0 ? text.length : n.end + cut;
  const throughThe = /\b(?:through|via|at|in)\s+the\s+(?:port|town|city|zone|area|border crossing)\b/i
    .exec(text.slice(0, clauseEnd));
  if (paired && !throughThe) return { entity: "china", partner: paired.id };
  // ("China-Mongolia trade through the port soared …" in an article on a port town: the town's, whatever place the
  // sentence before named)
  const townHome = state.home && place(state.home)?.kind === "city" ? state.home : undefined;
  if (paired && throughThe && /port|town|city|border/i.test(throughThe[0]) && townHome) {
    return { entity: townHome, partner: paired.id };
  }
  // ("China-Europe freight \btrains\b nationwide made 12,400 trips": the country's own trains)
  const route = s.entities.some((e) => e.kind === "partner" && e.start >= clause[0] && e.end <= n.start && endsRouteName(text, e));
  if (route && NATIONWIDE.test(leftText)) return { entity: "china" };
  if (state.lastEntity) {
    const group = groups.find((g) => g.id === state.lastEntity);
    return { entity: state.lastEntity, ...(partner && { partner }), ...(group && { members: group.members }) };
  }
  return partner ? { entity: wholeAfter?.id ?? "china", partner } : undefined;
}

// "0.2 percent less because of a steep fall in September": a period in the cause is not the figure's
// ("… to 7.81 billion dollars as American demand weakened in the second half": what moved, with its own period)
// (and what followed from it: "…, of which exports were 9.1 billion dollars, so that trade in April-June picked up": the
// period of the consequence dates the consequence only)
const CAUSE = new RegExp(String.raw`\b(?:because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|so\s+that|`
  // ("…, up 97 percent, reflecting higher prices in the first three quarters": what the figure shows, not its period)
  + String.raw`(?<=[,;]\s*)(?:so|reflecting|mirroring)|(?:driven|lifted|boosted|buoyed|spurred|helped|supported|aided|fuell?ed)\s+by|`
  + String.raw`on\s+the\s+back\s+of|`
  + String.raw`as\s+(?:[\w'’-]+\s+){1,4}(?:weakened|slowed|softened|slumped|fell|dropped|declined|eased|cooled|rose|grew|`
  // ("…, worth 9.86 billion dollars, as oil prices peaked in July": when prices peaked, not the figure's period)
  + String.raw`recovered|improved|surged|strengthened|picked\s+up|peaked|soared|plunged|tumbled|rebounded|bottomed\s+out))\b`, "i");

// "20 million of them": a bare number of the things named before
const COUNTED_OF_THEM = /^\s+of\s+(?:them|these|those)\b/i;

/** A cause opened before a point and not yet closed by a comma: "because grain and ore for ". */
const CAUSE_OPEN = new RegExp(String.raw`(?:${CAUSE.source})[^,;.]{0,60}$`, "i");

const CHANGE_TO = /^\s*,?\s*(?:to|into)\s*$/i;
// the unit of a figure and a preposition, then its period: "percent in", "billion yuan for"
// a period, then the verb it records a figure with: "the third quarter recorded", "the first half saw"
const RECORDED_BY = new RegExp(String.raw`^\s+(?:recorded|saw|registered|posted|reached|came\s+to|stood\s+at|totall?ed|`
  + String.raw`amounted\s+to)\s+(?:(?:about|around|some|nearly|over)\s+)?(?:US\$|\$|RMB\s?)?$`, "i");
const ATTACHED_PERIOD = /^\s*(?:(?:percent|per\s+cent|percentage\s+points?|points?|billion|million|trillion|yuan|us\s+dollars|dollars|rmb)\s+)*(?:in|for|during|over)\s*(?:the\s+)?$/i;

/** "grew from $23.33 billion in 2011 to $40.55 billion in 2014": the two periods a change runs between. */
function changeSpan(s: Sentence): [Period, Period] | undefined {
  for (const [i, a] of s.periods.entries()) {
    const b = s.periods[i + 1];
    if (b && CHANGE_TO.test(s.text.slice(a.end, b.start).replace(/[$\d.,]+\s*(?:(?:b|m|tr)illion\s+)?(?:US\s+|U\.S\.\s+)?(?:yuan|dollars)?\s*(?:in\s*)?$/i, ""))
      && /\bfrom\b/i.test(s.text.slice(Math.max(0, a.start - 40), a.start))) return [a.period, b.period];
  }
  return undefined;
}

// what stands between a level and its change in the level's unit: ", up", ", an increase of"
const INCREMENT_BEFORE = new RegExp(String.raw`^[^,;\d]*,\s*(?:up|down|an?\s+(?:increase|rise|decrease|drop|fall|decline|gain)`
  + String.raw`\s+of)\s+(?:by\s+)?(?:about\s+|nearly\s+|some\s+|over\s+|more\s+than\s+)?$`, "i");
const SAME_SPAN = /\b(?:over|in|during)\s+the\s+same\s+(?:years|period|time)\b/i;

// "the first quarter recorded 152.3 billion yuan, the second 161.8 billion yuan and the third …": one item of a series
const SERIES_ITEM = /^[\s,;]*(?:and\s+)?(?:by\s+value,\s*)?(?:the\s+)?(first|second|third|fourth)(?:\s+(quarter|half))?\s+(?:(?:recorded|saw|registered|posted|reached|came\s+to|stood\s+at|totall?ed|at|with)\s+)?$/i;
const ORDINAL_INDEX: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };

/** The quarter or half an item of a series names, the noun left out after the first ("…, the second 161.8 …"). */
function seriesPeriod(s: Sentence, n: NumberMention): Period | undefined {
  const since = s.numbers.filter((x) => x.end <= n.start).at(-1)?.end ?? 0;
  const item = SERIES_ITEM.exec(s.text.slice(since, n.start));
  if (!item) return undefined;
  const named = s.periods.find((p) => p.start < n.start && p.period.y1 !== null && p.period.y1 === p.period.y2
    && (p.period.m2 - p.period.m1 === 2 || p.period.m2 - p.period.m1 === 5));
  // (the noun left out is the one the series' earlier item named: "the first quarter …, and the second" in a half-year)
  const noun = item[2] ?? [...s.text.slice(0, since).matchAll(/\b(?:first|second|third)\s+(quarter|half)\b/gi)].at(-1)?.[1];
  const months = noun ? (/half/i.test(noun) ? 6 : 3) : named ? named.period.m2 - named.period.m1 + 1 : undefined;
  const k = ORDINAL_INDEX[item[1]!.toLowerCase()]!;
  if (!named || !months || (months === 6 && k > 1)) return undefined;
  return { y1: named.period.y1, m1: k * months + 1, y2: named.period.y2, m2: (k + 1) * months };
}

// ", the first cumulative increase", ", the highest since": a remark on the figure, ranked among others
const REMARK_BEFORE = new RegExp(String.raw`,\s*(?:the|a|an|its)\s+(?:first|second|third|highest|lowest|fastest|slowest|`
  + String.raw`largest|biggest|smallest|best|worst|strongest|weakest|sharpest|steepest|only)\b[^,;]*$`, "i");
const WHOLE_YEAR_AFTER = /^\s*(?:[a-z-]+\s+){0,2}?(?:over|for|in|during|throughout)\s+the\s+(?:whole|full|entire)\s+year\b/i;
const WHOLE_YEAR = /\b(?:over|for|in|during|throughout)\s+the\s+(?:whole|full|entire)\s+year\b|\bfor\s+the\s+year\s+as\s+a\s+whole\b/i;

// ("611.19 billion, down 10.8 percent from the record 685.19 billion of 2008": the year of the figure compared with,
// not of the one before it; "from 2022 to …" names no figure; up to the end of its clause: "6.2 percent, compared with
// 3.1 percent for imports, in the first 10 months" dates the 6.2 percent)
const BASE_FIGURE_BETWEEN = new RegExp(String.raw`\b(?:from|than|compared\s+(?:with|to)|against)\s+(?:the\s+|a\s+|its\s+)?`
  + String.raw`(?:[a-z-]+\s+){0,2}(?:US\$|\$|RMB\s?)?\s*(?!(?:19|20)\d\d\b)\d(?:[^;,]|,(?=\d))*$`, "i");
// the same figure seen from before it: "… from (the record) US$685.19 billion"
// ("it was almost exactly level with 2011's 459.48 billion dollars": the year before's figure a level is set against)
// ("trade was still well above the 733.85 billion yuan it recorded in 2020": a figure set above or below, with "the")
const BASE_FIGURE_BEFORE = new RegExp(String.raw`(?:\b(?:from|than|compared\s+(?:with|to)|against|(?:level|on\s+a\s+par)\s+with|`
  + String.raw`(?:double|twice|triple|treble|times)(?=\s+the\b))\s+`
  + String.raw`(?:the\s+|a\s+|its\s+|(?:19|20)\d\d['’]s\s+)?|\b(?:above|below)\s+the\s+)(?:[a-z-]+\s+){0,2}(?:US\$|\$|RMB\s?)?\s*$`,
  "i");

// ("came to 287.15 billion yuan in the quarter, up 2.4%, after a decline in the second quarter", "… rose after the
// recovery of the second half of 2009:": another period's event, no period of the figure's nor of the text's)
const AFTER_EVENT = /\b(?:since|after|before|following)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){1,2}(?:of|in)\s+(?:the\s+)?$/i;

// (not "the month-long promotion")
const THE_MONTH = /\b(?:in|during|for|over)\s+(?:the|that)\s+(?:same\s+)?month\b(?!-|\s+of\b)|\bthat\s+month\b(?!-)|\b(?:the|that)\s+month['’]s\b/i;

// "the 1.87 million of 2014": a period right after another figure, its own
const OWN_PERIOD_AFTER = /^\s*(?:of|in)\s+(?:the\s+)?$/i;
/** ("4.12 million parcels in 2015, more than double the 1.87 million of 2014, worth 327.6 million yuan": the value is
 * 2015's) A period a base figure compared with names as its own is not another figure's, while the sentence has one. */
// ("257 trips in 2015, up from 102 in 2014, and carried 21,580 TEU": a base given as a bare number, its unit left out,
// is no figure of its own but names its period all the same)
const BARE_BASE_BEFORE = new RegExp(String.raw`${BASE_WORDS_BEFORE.source.slice(0, -1)}(\d[\d,]*(?:\.\d+)?)\s+(?:of|in)\s+`
  + String.raw`(?:the\s+)?$`, "i");
/** Is the period `p` that of a base given as a bare number, not the figure `n` itself? */
function bareBaseOwn(s: Sentence, n: NumberMention, p: PeriodMention): boolean {
  const base = BARE_BASE_BEFORE.exec(s.text.slice(0, p.start));
  const at = base ? base.index + base[0].lastIndexOf(base[1]!) : -1;
  return base !== null && (n.end <= at || n.start >= p.end);
}
function othersKept(s: Sentence, n: NumberMention, pool: PeriodMention[]): PeriodMention[] {
  const othersOwn = (p: PeriodMention) => s.numbers.some((m) => m !== n && m.end <= p.start
    && OWN_PERIOD_AFTER.test(s.text.slice(m.end, p.start)) && BASE_WORDS_BEFORE.test(s.text.slice(0, m.start)))
    || bareBaseOwn(s, n, p);
  const kept = pool.filter((p) => !othersOwn(p));
  // ("The total was 3.2 times the 33.3 billion yuan of 2020": a multiple of an earlier figure, itself of the text's period)
  if (!kept.length && n.kind === "multiple" && pool.every((p) => !bareBaseOwn(s, n, p))) return [];
  return kept.length ? kept : pool;
}

// ("up 4.6 percent from the second quarter's 73.57 billion yuan": the period of the figure a change is over, named by
// its possessive right after the change; its own figure's period, never the change's)
const BASE_OPENING =
  /^\s*(?:percent|per\s+cent|%)?\s*(?:from|over|than|compared\s+(?:with|to)|against|on)\s+(?:the\s+|its\s+)?$/i;
const BASE_FIGURE_AFTER = /^['’]s\s+(?:US\$|\$|RMB\s?)?\d/;
/** The period a change is measured from when a sentence names it only by the possessive of the figure it was. */
const possessiveBase = (s: Sentence, n: NumberMention): PeriodMention | undefined => (n.kind === "percent"
  ? s.periods.find((p) => p.start >= n.end && BASE_OPENING.test(s.text.slice(n.end, p.start))
    && BASE_FIGURE_AFTER.test(s.text.slice(p.end))) : undefined);

// ("7.1 percent more than the 75.2 billion yuan of the second quarter": the period of the base figure a change is over,
// named after that figure)
const BASE_FIGURE_OF = new RegExp(String.raw`^\s*(?:percent|per\s+cent|%)?\s*(?:more|less|higher|lower|above|below|up|down)?\s*`
  + String.raw`(?:than|from|over|compared\s+(?:with|to)|against|on)\s+(?:the\s+|its\s+)?(?:US\$|\$|RMB\s?)?\d[\d.,]*\s*`
  + String.raw`(?:trillion|billion|million|bn|mn)?\s*(?:yuan|US\s+dollars|dollars)?\s+(?:(?:recorded|posted|reached)\s+)?`
  + String.raw`(?:of|in|during)\s+(?:the\s+)?$`, "i");
/** The period of the base figure a change is measured from, named right after that figure. */
const figureBase = (s: Sentence, n: NumberMention): PeriodMention | undefined => (n.kind === "percent"
  ? s.periods.find((p) => p.start >= n.end && BASE_FIGURE_OF.test(s.text.slice(n.end, p.start))) : undefined);

// "May's fall of 22.3 percent", "the first quarter's growth of 6 percent": a period's own figure right after it
const PERIOD_OWNS_NEXT = /^\s+(?:[a-z-]+\s+){0,2}of\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:US\$|\$|RMB\s*)?\d/i;
/** Is the period a possessive whose own figure follows it ("May's fall of 22.3 percent")? */
const ownsNext = (text: string, p: PeriodMention): boolean => {
  const after = text.slice(p.end);
  const possessive = /['’]s$/.test(p.text) ? after : /^['’]s/.test(after) ? after.slice(2) : undefined;
  return possessive !== undefined && PERIOD_OWNS_NEXT.test(possessive);
};
// ("up 14.2 percent from 4.84 billion yuan in the same period last year", "rose to 1.2 million tonnes from 0.9 million
// tonnes a year earlier", "compared with 3.1 billion yuan last year"): a figure set against the year before is of it
const BASE_FIGURE_CUE = /\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:about\s+|some\s+|nearly\s+|around\s+)?[$¥]?\s*$/i;
const YEAR_BEFORE_AFTER = new RegExp(String.raw`^\s*(?:(?:in|during|over|for)\s+)?(?:the\s+)?(?:same\s+(?:period|month|quarter|time)`
  + String.raw`\s+(?:of\s+)?(?:last|the\s+previous|a|the\s+prior)\s+year|a\s+year\s+(?:earlier|ago|before)|(?:previous|prior)\s+year|`
  + String.raw`last\s+year|year\s+earlier)\b`, "i");

function periodFor(s: Sentence, n: NumberMention, clause: [number, number], state: DocState): Period | undefined {
  const item = seriesPeriod(s, n);
  if (item) return item;
  if (BASE_FIGURE_CUE.test(s.text.slice(clause[0], n.start)) && YEAR_BEFORE_AFTER.test(s.text.slice(n.end, clause[1]))) {
    const own = periodFor({ ...s, text: s.text.slice(0, n.end) }, n, [clause[0], Math.min(clause[1], n.end)], state);
    return own && previousYear(own);
  }
  const over = possessiveBase(s, n);
  if (over) return periodFor({ ...s, periods: s.periods.filter((p) => p !== over) }, n, clause, state);
  // "…, and over the same years trade with ASEAN increased from $9.56 billion to $19.89 billion": the ends of the span
  const before = s.text.slice(Math.max(0, n.start - 12), n.start);
  // (named before the figures or after them in their clause: "… from $9.5 billion to $19.8 billion over the same years")
  if (state.lastSpan && SAME_SPAN.test(s.text.slice(0, clause[1])) && /\b(?:from|to)\s+(?:about\s+)?\$?\s*$/i.test(before)) {
    return /\bfrom\s+(?:about\s+)?\$?\s*$/i.test(before) ? state.lastSpan[0] : state.lastSpan[1];
  }
  // ("The zone, which was approved in 2013, handled …": a year set aside dates the aside only)
  const own = visible(s.periods, s.asides, n.start).filter((p) => p.start < n.end || !CAUSE.test(s.text.slice(n.end, p.start)))
    .filter((p) => !(p.start >= n.end && BASE_FIGURE_BETWEEN.test(s.text.slice(n.end, p.start)))
      && !FOUNDED_BEFORE.test(s.text.slice(0, p.start))
      && !(p.start >= n.end && AFTER_EVENT.test(s.text.slice(n.end, p.start)))
      // ("down 15.4 percent, a smaller decline than May's fall of 22.3 percent": a period that owns the figure after it)
      && !(p.start >= n.end && ownsNext(s.text, p)));
  const inClause = own.filter((p) => p.start >= clause[0] && p.end <= clause[1]);
  // ("… 143.9 billion yuan, up 0.5%, the first cumulative increase this year": a remark's period, when the figure has another)
  const unremarked = (ps: PeriodMention[]) => {
    const kept = ps.filter((p) => p.start < n.end || !REMARK_BEFORE.test(s.text.slice(n.end, p.start)));
    return kept.length ? kept : ps;
  };
  const pool = othersKept(s, n, unremarked(inClause.length ? inClause : own));
  // ("… in the second half of 2020. Over the whole year, trade fell …": the whole of the year the text was on)
  const year = state.lastPeriod?.y2;
  // ("… to exceed 8 billion yuan for the whole year": so named right after the figure, too)
  const wholeYear = WHOLE_YEAR.test(s.text.slice(0, n.start)) || WHOLE_YEAR_AFTER.test(s.text.slice(n.end, clause[1]));
  if (!pool.length && year && wholeYear) return { y1: year, m1: 1, y2: year, m2: 12 };
  // ("Growth slowed in October. The region's trade in the month was …": the month just named; in the clauses after too,
  // "Exports in the month were …, and imports were …")
  if (!pool.length && state.lastMonth && THE_MONTH.test(s.text.slice(0, clause[1]))) return state.lastMonth;
  // ("… totaled 5.6 billion dollars in the month, down 8 percent, the smallest monthly drop so far this year": "the
  // month" in the figure's clause is its period; a period named only after it and the figure is a remark's, not theirs)
  const monthAt = state.lastMonth ? s.text.slice(clause[0], clause[1]).search(THE_MONTH) : -1;
  if (monthAt >= 0 && pool.every((p) => p.start >= Math.max(clause[0] + monthAt, n.end))) return state.lastMonth;
  // ("exports grew 5 percent in the first half, and imports for the whole year rose 3 percent": the whole year its own
  // clause names, not the other clause's period)
  const wholeHere = WHOLE_YEAR.test(s.text.slice(clause[0], n.start))
    || WHOLE_YEAR_AFTER.test(s.text.slice(n.end, clause[1]));
  const ofYear = own.map((p) => p.period.y2).find((y) => y !== null) ?? year;
  if (!inClause.length && wholeHere && ofYear) return { y1: ofYear, m1: 1, y2: ofYear, m2: 12 };
  if (!pool.length) return state.lastPeriod;
  // ("… in the first half of 2030. Exports have risen 8 percent since January 2030": a start within the text's period
  // runs to its end, no month's figure)
  const last = state.lastPeriod;
  const from = (p: PeriodMention) => last && last.y2 !== null && SINCE.test(s.text.slice(0, p.start)) && isPartOf(p.period, last)
    ? { ...p.period, y2: last.y2, m2: last.m2 } : p.period;
  // "12.1 percent in the first quarter, 3.4 percent in the second quarter": the period the figure's own phrase names
  const attached = pool.find((p) => p.start >= n.end && ATTACHED_PERIOD.test(s.text.slice(n.end, p.start)));
  if (attached) return from(attached);
  // "the third quarter recorded 52.3 billion yuan and the fourth quarter 61.8 …": a period that records the figure
  // after it dates it, before the next item's period however near
  const recording = pool.find((p) => p.end <= n.start && RECORDED_BY.test(s.text.slice(p.end, n.start)));
  if (recording) return from(recording);
  // the nearest period, edge to edge: "74.06 billion yuan in May and … 75.25 billion yuan in June"; a period
  // followed by "to" is the start of a change ("from 1.5 billion in 2004 to 591 million in 2009"), not this figure's
  // (nor is a period after the figure that records the next one: "… reached 300 billion yuan, the first quarter
  // recorded 140 billion yuan")
  const recordsNext = (p: PeriodMention) => {
    const next = s.numbers.find((x) => x.start >= p.end);
    return next !== undefined && RECORDED_BY.test(s.text.slice(p.end, next.start));
  };
  const gap = (p: PeriodMention) => p.start >= n.end
    ? p.start - n.end + (recordsNext(p) ? 100 : 0)
    : Math.max(0, n.start - p.end) + (CHANGE_TO.test(s.text.slice(p.end, n.start)) ? 100 : 0);
  return from([...pool].sort((a, b) => gap(a) - gap(b))[0]!);
}
const SINCE = /\bsince\s+(?:the\s+)?(?:(?:end|start|beginning)\s+of\s+(?:the\s+)?)?$/i;

// "their imports and exports …", "they traded …": the subject of the sentence before continues ("ASEAN, its largest
// partner" is no such pronoun)
// ("their share of Nanjing's total trade …": a place's possessive may stand between)
const SUBJECT_PRONOUN = /^\s*(?:[A-Z][\w ,-]{0,40},\s*)?(?:(?:their|its)\s+(?:[\w.$'’-]+\s+){0,5}(?:imports?|exports?|trade|foreign trade)\b|(?:their|its)\s+(?:combined\s+)?(?:share|proportion)\b|(?:they|these|those|the latter)\s+(?:\w+\s+)?(?:imported|exported|traded|grew|rose|reached|accounted|made|came|were|posted|recorded))/i;

// ("Imports and exports through this channel reached …" after a sentence on cross-border e-commerce)
// ("Exports under the mode reached …": a mode or channel named by "the" is the one just named)
const SUBJECT_CONTINUES = new RegExp(String.raw`\b(?:in|of|within|from|by|through|via|under)\s+`
  + String.raw`(?:this|that|the\s+same|the(?=\s+(?:mode|channel)\b))\s+`
  + String.raw`(?:sector|category|mode|segment|group|type|area|channel|model|route)\b|^\s*(?:within|of)\s+(?:that|this|it|them)\b`, "i");

/** The place a sentence sets its figures against, named in an aside after "fewer than", "more than" …, if any. */
const placeSetAgainst = (s: Sentence) => s.entities.find((e) => (e.kind === "province" || e.kind === "city")
  && COMPARED_IN_ASIDE.test(s.text.slice(0, e.start)))?.id;

/** The enterprise type, trade mode or product group a figure belongs to, if any. */
const THROUGH_MODE = /^\s*(?:yuan|dollars|US dollars)?\s*(?:through|via|under)\s+(?:the\s+)?$/i;
function subjectFor(s: Sentence, n: NumberMention, clause: [number, number], state: DocState): string | undefined {
  // "imported 27.4 million tonnes of crude oil": what a quantity counts follows it
  // ("6.12 million cubic metres of logs and sawn wood": so does what a volume measures)
  const countedOf = n.kind === "count" && /\b(?:tonnes|tons|cubic\s+met(?:re|er)s|kWh|kilowatt[- ]hours)$/.test(n.unit)
    ? COUNTED_GOODS.exec(s.text.slice(n.end)) : null;
  const counted = countedOf?.[2];
  // ("500 tonnes of goods went to Japan": goods in general name no goods)
  if (counted && /^(?:goods|products|merchandise|commodities|cargoes)$/i.test(counted)) return undefined;
  if (counted && !NOT_AN_ITEM.test(counted)) {
    return (countedOf[1] ? namedBefore(counted, `${state.lastSentence ?? ""} ${s.text.slice(0, n.start)}`) : undefined)
      ?? counted.toLowerCase().replace(ALL_FREIGHT, "").replace(FLOW_PARTICIPLE, "");
  }
  const shippedGoods = n.kind === "count" ? SHIPPED_UNIT.exec(n.unit)?.[3] : undefined;
  if (shippedGoods) return shippedGoods.toLowerCase();
  // ("exported 47.1 million laptop computers": a count of goods shipped is of those goods; "imported 13.58 million
  // tonnes" after "Crude oil remained the largest import.": a unit of measure names no goods, the sentence before may)
  const shippedBy = n.kind === "count"
    ? SHIPPED_BEFORE.exec(s.text.slice(clause[0], n.start)) ?? SHIPPED_AFTER.exec(s.text.slice(n.end)) : null;
  const shipped = shippedBy !== null;
  // (a weight is no goods either: "exported 3,000 tonnes of tea and …" names the tea further on; the sentence before
  // names them only for the same flow: "Machinery was the largest export. The province imported 13 million tonnes")
  const largest = shipped && MEASURE_UNIT.test(n.unit) ? LARGEST_ITEM.exec(state.lastSentence ?? "") : null;
  const shippedFlow = /\bimported\b/i.test(shippedBy?.[0] ?? "") ? "import" : "export";
  if (largest && largest[2]!.toLowerCase() === shippedFlow) return largest[1]!.toLowerCase();
  // ("Industrial robots are the zone's second story. … they exported 2,860 units": a unit that names no goods counts
  // the goods the sentence before opens with, or none)
  // (never where the units name their goods: "exported 5,000 units of air conditioners")
  if (shipped && GENERIC_UNIT.test(n.unit) && !/^\s+of\b/.test(s.text.slice(n.end).replace(SCALED_UNIT_WORDS, ""))) {
    const opened = GOODS_OPENING.exec(state.lastSentence ?? "")?.[1];
    return opened && !NOT_AN_ITEM.test(opened) && !NOT_GOODS_PART.test(opened) && !findEntities(opened).length
      ? opened.toLowerCase() : undefined;
  }
  if (shipped && !MEASURE_UNIT.test(n.unit)) return n.unit.replace(SCALE_WORD, "");
  const left = visible(s.subjects, s.asides, n.start).filter((m) => m.end <= n.start);
  const inClause = left.filter((m) => m.start >= clause[0]).at(-1);
  // ("Trade in services reached N, of which transport services were M": the part after "of which" is M's, not the whole
  // named before it)
  const partAt = n.kind === "money" ? OF_WHICH_PART.exec(s.text.slice(0, n.start)) : null;
  const ownPart = partAt && inClause && inClause.end <= partAt.index && !NOT_AN_ITEM.test(partAt[1]!)
    && !findEntities(partAt[1]!).length ? partAt[1]!.toLowerCase() : undefined;
  if (ownPart) return ownPart;
  const alone = n.kind === "money" ? partAloneAfter(s.text.slice(n.end)) : undefined;
  if (alone) return alone;
  if (inClause) return inClause.name;
  // ("Timber remained the largest import by value at 1.2 billion dollars": the goods named the chief import, at the figure)
  const chief = n.kind === "money" ? LARGEST_ITEM.exec(s.text) : null;
  if (chief && !findEntities(chief[1]!).length && !NOT_AN_ITEM.test(chief[1]!)
    && CHIEF_AT_FIGURE.test(s.text.slice(chief[0].length, n.start))) return chief[1]!.toLowerCase();
  // ("Stone products from Nan'an and Shuitou had a weaker start: exports fell 7.2 per cent …": the goods opened with)
  const origins = n.kind === "money" || n.kind === "percent" ? originGoods(s) : undefined;
  if (origins && origins.end <= n.start) return origins.goods;
  // ("exported 76.1 billion yuan through market procurement": the trade mode right after an amount is its)
  const through = n.kind === "money" ? visible(s.subjects, s.asides, s.text.length).find((m) => m.start >= n.end
    && THROUGH_MODE.test(s.text.slice(n.end, m.start))) : undefined;
  if (through) return through.name;
  // ("64.20 billion yuan - trade by private enterprises, up 12.4 percent": a figure that opens its sentence is of what
  // the words after its dash name, before their first comma; its goods likewise, text/flows.ts leadGoods)
  if (!s.text.slice(0, n.start).replace(/^[\s*•-]+/, "").trim() && LEAD_DASH.test(s.text.slice(n.end))) {
    const comma = s.text.indexOf(",", n.end);
    const named = visible(s.subjects, s.asides, s.text.length)
      .find((m) => m.start >= n.end && (comma < 0 || m.end <= comma));
    if (named) return named.name;
  }
  // ("…, of which new energy vehicles accounted for 66.2 billion yuan": the part a whole's figure is broken into)
  const part = n.kind === "money" ? OF_WHICH_PART.exec(s.text.slice(0, n.start))?.[1] : undefined;
  // (a period or the rest is no goods, but keeps its words as a label: "of which March alone was …" has no year of its
  // own, and "of which the rest were …" is not the whole's figure, so neither may answer a plain question)
  if (part && !NOT_AN_ITEM.test(part) && !findEntities(part).length) return part.toLowerCase();
  // ("the rest" fails NOT_AN_ITEM on its "the"; it is a label all the same)
  if (part && /^the\s+(?:rest|remainder)$/i.test(part)) return part.toLowerCase();
  // ("… and 2 million yuan of coffee": the goods an amount is of)
  const valued = n.kind === "money" ? ownGoods(s, n) : undefined;
  if (valued) return valued.toLowerCase();
  // a place named in this clause is the subject, not a product named in an earlier clause
  // ("Their share of Nanjing's total trade was …": a place named as a share's whole owns no figure there)
  const placeInClause = s.entities.some((e) => e.start >= clause[0] && e.end <= n.start && e.kind !== "partner"
    && !isWholeOfShare(s.text, e));
  if (left.length && !placeInClause) return left.at(-1)!.name;
  // "their imports and exports …" continues the subject of the sentence before
  const pronoun = SUBJECT_PRONOUN.exec(s.text.slice(clause[0])) ?? SUBJECT_PRONOUN.exec(s.text);
  // "Its trade with …" after "Private enterprises accounted for …" is the place's: "its" stands for a trade mode only
  const singular = SUBJECTS.find((x) => x.name === state.lastSubject)?.kind === "mode";
  if (!placeInClause && pronoun && (singular || !/\bits\b/i.test(pronoun[0]))) return state.lastSubject;
  // ("Border trade, the mode small traders use, remained the mainstay. It was worth …": what that sentence opened with)
  if (!placeInClause && state.openingSubject && IT_GOES_ON.test(s.text)) return state.openingSubject;
  // ("Border residents' trade reached 15.8 billion yuan in 2030. In January–July it reached 10.2 billion yuan": "it" after
  // a time phrase is what the figures before were of)
  if (!placeInClause && state.lastFigureSubject && IT_AFTER_TIME.test(s.text.slice(0, n.start))) return state.lastFigureSubject;
  // ("Crude oil imports through the port reached 7 million tonnes. The imports were worth 2 billion dollars": the flow
  // named again with "the" is the goods' the sentence right before counted)
  if (!placeInClause && state.lastFigureSubject && flowReferredBack(s, state, n.start)) return state.lastFigureSubject;
  const partNamed = placeInClause ? undefined : partOpening(s, state, n.start, clause);
  if (partNamed) return partNamed;
  // "Exports in this sector …", "Within that, exports rose …": the subject the text (or its heading) last named
  if (!placeInClause && SUBJECT_CONTINUES.test(s.text.slice(0, n.start))) return state.lastSubject;
  // ("Shipments grew 27.5 percent to 21.7 gigawatts" after a sentence on one flow of modules: those modules shipped)
  if (!placeInClause && shipmentsGoOn(s, state, n.start)) return state.lastSubject;
  // ("A's baijiu exports reached 4,520 tonnes … B exported 2,980 tonnes, fewer than A": a place set against the one
  // whose goods were just named trades those goods)
  const against = s.subjects.length ? undefined : placeSetAgainst(s);
  const theirs = against && state.goodsOf?.get(against);
  if (theirs) return theirs;
  // (a series goes on in amounts and their changes: "Ningbo handled 35 million TEUs" is no part of one)
  return s.metrics.length || s.subjects.length || n.kind === "count" ? undefined : seriesBegun(s, state)?.subject;
}

// a heading line: "--- Slide 3: Imports ---", "## Exports", "Slide 4: Exports"
const SECTION_HEADING_LINE = /^\s*(?:-{2,}\s*)?(?:slide\s+\d+\b|#{1,4}\s)/i;
const SECTION_FLOW = /^\s*(?:-{2,}\s*)?(?:slide\s+\d+\s*[:.–-]\s*|#{1,4}\s+)(imports|exports)\s*(?:-{2,})?\s*$/i;
// "- Iron ore: 78.32 million tonnes", "- LNG via Caofeidian terminal: 6.21 million tonnes": goods a bullet labels (the way
// they came no part of their name)
// ("- auto parts and motorcycle parts: …": a label of two goods joined runs to five words)
const BULLET_GOODS = new RegExp(String.raw`^\s*[-•*–]\s+([A-Za-z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,4}?)`
  + String.raw`(?:\s*\([^)]*\))?(?:\s+(?:via|through|thru|at|by)\s+[^:]{1,40})?\s*:\s*(?=(?:US\$|\$|RMB\s*)?\d)`);
// "- Tyres: exports of 11.26 billion yuan": a bullet's label, then the flow its figure is of (kept: the label and colon)
// (its marker may be gone: a Markdown list is read as its items' lines)
const BULLET_FLOW_OF = new RegExp(String.raw`^\s*(?:[-•*–]\s+)?([A-Za-z][^:]{0,59}:\s*)(?:exports?|imports?|(?:foreign\s+)?trade|`
  + String.raw`imports\s+and\s+exports)\s+(?:of|at|worth|reached|totall?ed|totall?ing|were|was)\s+(?=(?:US\$|\$|RMB\s*)?\d)`, "i");
// "Main export products:", "Major imported goods (by value):": a line leading into a list of goods of one flow
const LIST_INTRO_FLOW = new RegExp(String.raw`^\W*(?:(?:the\s+)?(?:main|major|leading|key|top|principal|chief)\s+)?`
  + String.raw`(export|import)(?:ed)?\s+(?:products|goods|items|commodities)\b[^:.\d]{0,40}:\s*$`, "i");
const BULLET_LINE = /^\s*[-•*–]\s/;
// "By variety:", "By product (January-May):", "Breakdown by commodity:": a line leading into a list of the goods a flow is made of
const BREAKDOWN_INTRO = new RegExp(String.raw`^\W*(?:(?:the\s+)?breakdown\s+)?by\s+(?:main\s+)?`
  + String.raw`(?:variety|varieties|products?|commodit(?:y|ies)|goods|category|categories|items?|kinds?|types?)\b[^:.\d]{0,40}:\s*$`, "i");
// "- value 62.47 billion yuan": the value of the goods the bullet before labelled
const VALUE_BULLET = /^\s*[-•*–]\s+(?:value|worth)\b/i;
/** The goods a bullet line labels, if its label names goods (no place, flow, firm, mode, period or total). */
function bulletLabel(text: string): string | undefined {
  const label = BULLET_GOODS.exec(text)?.[1];
  // ("- Durian: …": goods known by name, the whole label)
  const known = label ? findSubjects(label) : [];
  if (known.length === 1 && known[0]!.start === 0 && known[0]!.end >= label!.trim().length) return known[0]!.name;
  if (!label || NOT_AN_ITEM.test(label) || findEntities(label).length || findSubjects(label).length
    || findMetricWords(label).length || findPeriods(label).length || /\b(?:alone|total|overall|share)\b/i.test(label)) return undefined;
  return label.toLowerCase();
}

// ("8.35 million tonnes of cross-border freight" at a border port: all the freight it handled, no part of it)
const ALL_FREIGHT = /^(?:cross[- ]border|international)\s+(?=(?:freight|cargo)$)/;
// ("1.12 million tonnes of imported fruit": the fruit, its flow already the figure's)
const FLOW_PARTICIPLE = /^(?:imported|exported)\s+(?=[a-z])/;
const MEASURE_UNIT = new RegExp(String.raw`^(?:(?:thousand|million|billion)\s+)?(?:tonnes|tons|metric\s+tons|teus?|`
  + String.raw`cubic\s+met(?:er|re)s|barrels|kilograms|kWh|kilowatt[- ]hours)$`, "i");
const SET_OFF = /\s[—–]\s[^—–]{3,120}?\s[—–]\s|\([^()]{3,120}\)/g;
const EVENT_CLAUSE = /\b(?:after|when|since|before|until|once)\s+[^,;.\d]{3,80}\s+(?:in|by)\s+$/i;
const CHIEF_AT_FIGURE = /^(?:\s+by\s+(?:value|worth))?\s*,?\s*(?:at|with|worth)\s+(?:about\s+|nearly\s+)?(?:US\$|\$|RMB\s?)?$/i;
// "Crude oil remained the largest import.": the goods a sentence names as a place's chief import or export
const LARGEST_ITEM = /^\s*([A-Z][a-z-]+(?:\s+[a-z-]+){0,2}?)\s+(?:remained|was|were|became|is|are)\s+(?:the|its|the\s+province['’]s|the\s+city['’]s)\s+(?:largest|biggest|main|top|leading|single\s+largest)\s+(import|export)(?:ed\s+(?:item|product|goods))?s?\b/;
// units that count goods without naming them ("2,860 units", "1.2 million pieces")
const GENERIC_UNIT = /^(?:(?:thousand|million|billion)\s+)?(?:units|pieces|sets|items)$/i;
// "Industrial robots are the zone's second story.": goods a sentence opens with as what it is about
// (named as a thing: "Prices were stable." opens with none; "Drones are also the zone's …", "… were among its …" do)
const GOODS_OPENING = /^\W*([A-Z][a-z-]+(?:\s+[a-z-]+){0,2}?s)\s+(?:are|were|remain(?:ed)?|became|is|was)\s+(?:(?:also|again|still|now)\s+)?(?:the|a|an|its|their|another|one|among)\b/;
// the number's scale and unit right after it ("1,240 units", "1.2 million pieces")
const SCALED_UNIT_WORDS = /^\s*(?:(?:thousand|million|billion)\s+)?(?:units|pieces|sets|items)\b/i;
// "Stone products from Nan'an and Shuitou had a weaker start: exports fell …": goods a sentence opens with, named by
// the places inside the text's place they come from; those places own no figure of the sentence, the goods are its figures'
// (places the gazetteer does not know may come first: "Ceramics from Dehua and Jinjiang")
const GOODS_FROM_OPENING = new RegExp(String.raw`^\W*([A-Z][a-z-]+(?:\s+[a-z-]+){0,2}?)\s+from\s+`
  + String.raw`(?:[A-Z][\w'’-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$`);
// a flow or a trade's measure, no goods ("Shipments from Jinjiang and Shishi rose …" are those places')
const FLOW_NOUN = new RegExp(String.raw`\b(?:shipments?|sales|orders|deliveries|revenues?|output|production|turnover|`
  + String.raw`throughput|volumes?|flows?|business|demand|supply|spending)$`, "i");
/** The goods a sentence opens with and the end of the places they come from ("Tea from Anxi and Wuyi …"), if any. */
function originGoods(s: Sentence): { goods: string; end: number } | undefined {
  const first = s.entities.find((e) => e.kind !== "partner");
  const goods = first ? GOODS_FROM_OPENING.exec(s.text.slice(0, first.start))?.[1] : undefined;
  if (!first || !goods || NOT_AN_ITEM.test(goods) || ANY_GOODS.test(goods) || NOT_GOODS_PART.test(goods)
    || FLOW_NOUN.test(goods) || findMetricWords(goods).length || findSubjects(goods).length) {
    return undefined;
  }
  let end = first.end;
  for (const e of s.entities.filter((x) => x.start >= end)) {
    if (!/^\s*(?:,|and|,\s*and)\s*$/.test(s.text.slice(end, e.start))) break;
    end = e.end;
  }
  // (a verb after the places: "… from Nan'an and Shuitou had …"; never "Tea from Anxi's hills …")
  return /^\s+(?:(?:also|still)\s+)?[a-z]+(?:ed|s)?\b/.test(s.text.slice(end)) && !/^['’]s\b/.test(s.text.slice(end))
    ? { goods: goods.toLowerCase(), end } : undefined;
}
// "was revised from 402.15 billion yuan to …", "revised its figure for the first half": a figure set right
const REVISED_FIGURE = new RegExp(String.raw`\brevis(?:ed|es|ing)\s+(?:(?:up|down)(?:wards?)?\s+)?(?:from|to)\b|`
  + String.raw`\brevis(?:ed|es|ing|ion\s+of)\s+(?:its|the|their|an?)\s+(?:[\w-]+\s+){0,2}?(?:figures?|estimates?|data|numbers?)\b`, "i");
const TRAINS_UNIT = /\btrains?$/i;
const TRAINS_CARRIED = /^\s*(?:they|these\s+trains|those\s+trains|the\s+trains)\s+(?:also\s+)?(?:carried|transported|moved|hauled|delivered)\b[^.;]*$/i;
const IT_AFTER_TIME = new RegExp(String.raw`^\s*(?:in|during|for|over|by)\s+[^,.;]{2,40}?,?\s+it\s+(?:was|is|reached|came|`
  + String.raw`totall?ed|amounted|stood|grew|rose|increased|jumped|fell|dropped|declined|hit)\b[^,;]*$`, "i");
// "The imports were worth …", "These exports totalled …": a flow named again as the one just spoken of
// ("The value of these imports was …": their value named first)
// ("The export value rose 18.3 percent to …" after "exported 9,860 tonnes of tea": the counted goods' value; "The cars
// were worth …" after "exported 1.18 million automobiles": the goods named again by another name for them)
const FLOW_REFERRED = new RegExp(String.raw`^\W*(?:(?:the\s+(?:value|volume)\s+of\s+)?(?:the|these|those|such)\s+`
  // ("The export volume dropped 4.2 percent to 1,120 tonnes" after a sentence counting one flow's goods: theirs)
  + String.raw`(imports|exports|shipments|[a-z]{3,}s)|(?:the|their|its)\s+(export|import)\s+(?:value|volume|quantity))\s+`
  + String.raw`(?:were|was|came|totall?ed|amounted|reached|stood|rose|fell|grew|increased|dropped|declined|jumped)\b`, "i");
/** Does the sentence open on the flow the sentence right before gave figures of, referred back to with "the"? */
function flowReferredBack(s: Sentence, state: DocState, at: number): boolean {
  const m = FLOW_REFERRED.exec(s.text);
  if (!m || m[0].length > at) return false;
  const word = (m[1] ?? `${m[2]}s`).toLowerCase();
  // (goods named again: the very goods the sentence before counted, by a name that is theirs)
  if (!/^(?:imports|exports|shipments)$/.test(word)) {
    return Boolean(state.lastFigureSubject) && !findSubjects(m[0]).some((x) => !sameGoods(state.lastFigureSubject!, x.name))
      && sameGoods(state.lastFigureSubject!, word);
  }
  const before = findMetricWords(state.lastSentence ?? "").map((w) => w.metric);
  // (shipments are either flow's, when the sentence before had one only)
  return word === "shipments" ? before.length > 0 && new Set(before).size === 1 && before[0] !== "trade"
    : before.includes(word === "imports" ? "imports" : "exports");
}
// "Among them, garden tools, for which …, rose 9.8 percent to …", "Of these, electric motors accounted for …": a part of
// the goods the sentence before gave figures of, named first in a sentence naming no flow
const PART_OPENING = new RegExp(String.raw`^\W*(?:among|of)\s+(?:them|these|those|which)\s*,\s*(?:the\s+)?`
  + String.raw`([a-z][a-z' -]{2,40}?)\s*(?:,|\s+(?:accounted|made|were|was|rose|fell|grew|increased|jumped|surged|climbed|`
  + String.raw`dropped|declined|reached|totall?ed|came|stood|amounted)\b)`, "i");
/** The goods a sentence opening on a part of the goods before names, when it names no flow and that sentence one. */
// (only in its first clause, "…; lithium-ion batteries for 2.87 billion yuan" names other goods, and with no place
// before the figure: "Among them, X, for which Y district is known, rose …" may be Y's)
function partOpening(s: Sentence, state: DocState, at: number, clause: [number, number]): string | undefined {
  const m = PART_OPENING.exec(s.text);
  if (!m || m[0].length > at || clause[0] >= m[0].length || s.metrics.some((w) => w.start < at)) return undefined;
  if (!state.metricsOfGoods || s.entities.some((e) => e.kind !== "partner" && e.start < at)) return undefined;
  if (state.lastMetrics.length !== 1 || (state.lastMetrics[0] !== "exports" && state.lastMetrics[0] !== "imports")) return undefined;
  const label = m[1]!.trim();
  return NOT_AN_ITEM.test(label) || findEntities(label).length || findPeriods(label).length ? undefined : label.toLowerCase();
}
const IT_GOES_ON = /^\s*It\s+(?:was|is|reached|came|totall?ed|amounted|stood|grew|rose|increased|jumped|fell|dropped|declined|hit)\b/;
const SHIPPED_AFTER = /^\s+(?:were|was|had\s+been|have\s+been)\s+(?:exported|imported|shipped\s+(?:abroad|overseas))\b/i;
// ("…, exporting 57.8 million notebook computers": the participle counts the goods as the past tense does)
const SHIPPED_BEFORE = new RegExp(String.raw`\b(?:shipped|sold|exported|imported|shipping|selling|exporting|importing)\s+`
  + String.raw`(?:more\s+than\s+|over\s+|about\s+|nearly\s+)?$`, "i");
const SCALE_WORD = /^(?:thousand|million|billion)\s+/;
const SHIPPED_UNIT = /^((?:thousand|million|billion)\s+)?(imported|exported)\s+([a-z][a-z -]*)$/i;
// ("… tonnes of crude oil in 2018, worth …": up to three words, up to a period, a value or the clause's end)
// ("… tonnes of the ore last year": "the" refers back to goods named before, a time phrase may follow; "tonnes of
// import and export freight": the flow before the goods is no part of them)
// ("exported 28,600 vehicles last year, up 63.4 percent": the time after the goods is no part of their name)
const TIME_TAIL = /\s+(?:(?:last|this|next|the\s+previous|the\s+same)\s+(?:year|month|quarter|period)|a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?(?:19|20)\d\d)$/i;
const withoutTimeTail = (name: string | undefined): string | undefined => name?.replace(TIME_TAIL, "") || name;
const COUNTED_GOODS = new RegExp(String.raw`^\s*of\s+(the\s+)?`
  + String.raw`(?:(?:import|imported|inbound)\s+and\s+(?:export|exported|outbound)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?`
  // ("… of Russian logs and sawn wood, up …": two goods of up to two words each, counted together)
  + String.raw`|[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+and\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)`
  // ("… tonnes of fresh fruit such as cherries": examples after the goods are no part of their name)
  // ("… tonnes of coal (up 86 percent), …": a bracket after the goods ends them too)
  + String.raw`(?=\s*(?:[,;.()]|$)|\s+(?:in|worth|valued|from|to|through|via|at|for|during|up|down|last|this|such\s+as|including`
  // ("3,000 tonnes of tea and 500 tonnes of coffee": an "and" before the next figure ends the goods)
  + String.raw`|mainly|mostly|chiefly|largely|like`
  // ("… tonnes of steel products abroad in 2023": where the goods went is no part of their name)
  + String.raw`|abroad|overseas`
  // ("500 tonnes of steel went to Japan": the verb after the goods ends them)
  + String.raw`|went|were|was|came|rose|fell|grew|moved|passed|crossed|arrived|left|headed|exported|imported|shipped|sold)\b`
  + String.raw`|\s+(?:and|or)\s+(?=(?:US\$|\$|RMB\s*)?\d))`, "i");
// words for goods in general, which name no goods of their own ("2 billion yuan of goods")
// (nor do deals signed: "20.8 billion dollars of deals" is a value of agreements, counted as such, no goods traded)
const ANY_GOODS = /^(?:goods|products|commodities|merchandise|cargo|freight|items|deals|contracts|agreements)$/i;
/** "2 million yuan of coffee", "500 tonnes of coal": the goods a figure names right after it, if any. */
// (nor do goods named by their partner: "1.9 billion yuan of African farm goods" is that trade)
function ownGoods(s: Sentence, n: NumberMention): string | undefined {
  if (n.kind !== "money" && !(n.kind === "count" && /\b(?:tonnes|tons|kWh|kilowatt[- ]hours)$/.test(n.unit))) {
    return undefined;
  }
  const of = COUNTED_GOODS.exec(s.text.slice(n.end));
  const goods = of?.[2];
  const end = n.end + (of?.[0].length ?? 0);
  return goods && !NOT_AN_ITEM.test(goods) && !ANY_GOODS.test(goods)
    && !s.entities.some((e) => e.start >= n.end && e.start < end) ? goods : undefined;
}
/** Goods named right after an amount or a percentage, by a partner or not: "1.9 billion yuan of African farm goods". */
function goodsNamedAfter(s: Sentence, n: NumberMention): string | undefined {
  if (n.kind !== "money" && n.kind !== "percent") return undefined;
  const goods = COUNTED_GOODS.exec(s.text.slice(n.end))?.[2];
  return goods && !NOT_AN_ITEM.test(goods) && !ANY_GOODS.test(goods) ? goods.toLowerCase() : undefined;
}
// words that name no kind of goods before a goods' head word ("the ore", "of ore")
const NOT_A_KIND = /^(?:the|of|and|or|in|on|at|by|for|with|to|from|its|their|this|that|these|those|a|an|more|less|much|as|was|were)$/i;

/** Are the goods named right before `at` by "the" and their name ("exports of the batteries")? */
const theGoodsAt = (text: string, goods: string, at: number) => new RegExp(String.raw`\bthe\s+${goods.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`, "i")
  .test(text.slice(0, at));
/** The one kind of these goods the sentence before names ("Lithium-ion batteries were …" for "the batteries"): none
 * when it names two ("lithium batteries and lead-acid batteries"), a possessive's or a quantity's word is no kind
 * ("Hefei's batteries", "many batteries"). */
function theKindBefore(head: string, before: string): string | undefined {
  if (/\s/.test(head.trim())) return undefined;
  const kinds = [...before.matchAll(new RegExp(String.raw`(?<!['’])\b([a-z][a-z-]+)\s+${head}\b`, "gi"))]
    .map((m) => m[1]!.toLowerCase()).filter((w) => !NOT_A_KIND.test(w) && !QUANTITY_WORD.test(w));
  const one = [...new Set(kinds)];
  const named = namedBefore(head, before);
  return one.length === 1 && named === `${one[0]} ${head}`.toLowerCase() ? named : undefined;
}
const QUANTITY_WORD = /^(?:many|more|most|some|all|other|such|few|several|both|each|every|any|no|new|own|its|their|our)$/i;
/** "118.6 million tonnes of the ore" after "Iron ore was the largest import": the goods named before by their fuller name. */
function namedBefore(head: string, before: string): string | undefined {
  if (/\s/.test(head.trim())) return undefined;
  const kind = [...before.matchAll(new RegExp(String.raw`\b([a-z-]+)\s+${head}\b`, "gi"))].map((m) => m[1]!)
    // (a verb is no kind: "shipped ore to …"; "refined oil" is a goods' name)
    .filter((w) => !NOT_A_KIND.test(w) && (!/(?:ed|ing)$/i.test(w) || findSubjects(`${w} ${head}`).length > 0)).at(-1);
  return kind ? `${kind} ${head}`.toLowerCase() : undefined;
}
// "… 49.1 percent to 24.03 billion yuan": a percent that takes an amount to a new level is a change
const PERCENT_TO_AMOUNT = new RegExp(String.raw`^\s*(?:%|percent|per\s+cent)?\s*to\s+(?:US\$|\$|RMB\s*)?\d[\d.,]*\s*`
  + String.raw`(?:trillion|billion|million|yuan|dollars|US dollars)\b`, "i");
// ("exports of steel rose 12.1 percent in 2023 and of glass 15.9 percent": a period and the "of" may stand between)
const ELIDED_ITEM = new RegExp(String.raw`^\s*(?:%|percent|per\s+cent)?(?:\s+(?:in|during)\s+[^,;]{1,30}?)?`
  + String.raw`\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:exports?|imports?)\s+)?(?:(?:of|for)\s+)?([a-z][a-z -]{2,60}?)`
  // ("Oil exports came to 4.5 billion yuan, …, ship exports to 3.5 billion yuan, and exports of fish to 2.6 billion": the
  // item's flow word and the "to" of the verb left out may stand around it)
  // ("exports were 4.1 billion yuan and services imports 3.7 billion": a flow word after the item is the item's own)
  // ("…, and state-owned enterprises traded 52 billion yuan": the item's own verb of trade is no part of its name)
  + String.raw`(?:\s+(exports|imports))?(?:\s+(traded|exported|imported))?\s+(?:(?:up|down|by|rose|grew|fell|to)\s+)?$`, "i");
const VERB_FLOW: Record<string, Metric> = { traded: "trade", exported: "exports", imported: "imports" };
const FLOW_VERB_ITEM = /^(?:imported|exported|shipped|sold|bought|purchased)$/i;
/** An elided item's name: the subject its words spell ("services" before "imports" is services trade), or the words. */
function itemName(words: string, item: string): string {
  const at = words.indexOf(item);
  const named = findSubjects(words).find((m) => m.start === at && m.end === at + item.length);
  return named?.name ?? item.toLowerCase();
}
// what stands between an amount and its own change: ", up", ", an increase of"
// ("exported 1.2 billion yuan of desk lamps in the first five months of this year, up": its goods and period named after
// it, no figure between)
const CHANGE_AFTER_AMOUNT = new RegExp(String.raw`^\s*(?:yuan|dollars|US dollars)?\s*(?:\([^)]*\))?`
  + String.raw`(?:\s+of\s+(?:[^,;\d]|\b(?:19|20)\d\d\b)+?)?\s*,\s*`
  + String.raw`(?:up|down|an?\s+(?:increase|rise|decrease|drop|fall|decline)\s+of)\s+(?:by\s+)?$`, "i");
const SHARE_AFTER_FIGURE = new RegExp(String.raw`^\s*(?:yuan|dollars|US dollars|%|percent|per\s+cent)?\s*(?:\([^)]*\))?\s*,\s*`
  + String.raw`(?:(?:and\s+)?(?:equal\s+to|accounting\s+for|accounted\s+for|making\s+up|made\s+up|representing)|or)\s+`
  + String.raw`(?:about\s+|nearly\s+|over\s+)?$`, "i");
// flows, measures and pronouns are no items: "exports rose 5%, and imports 3%"
// (nor is a change's participle: "…, growing by 30 percent" goes on with the figure before)
const NOT_AN_ITEM = new RegExp(String.raw`\b(?:exports?|imports?|trade|total|growth|share|it|its|they|their|this|that|up|down|rising|falling|year|month|`
  // ("the 75.2 billion yuan of the second quarter": a period the figure is of, no goods)
  + String.raw`quarters?|half|months|`
  + String.raw`growing|increasing|decreasing|declining|dropping|climbing|jumping|surging|soaring|expanding|shrinking|gaining|`
  + String.raw`sliding|slipping|edging|`
  + String.raw`percent|points?|respectively|accounting|accounted|making|made|reaching|reached|hitting|taking|compared|representing|`
  + String.raw`contributing|for|of|to|with|than|from|against|or|while|which|where|as|at|in|on|a|an|the|`
  // (a verb ends no item: "…, and exports of steel came to …" states its own figure)
  + String.raw`came|amounted|stood|totall?ed|rose|grew|fell|jumped|climbed|increased|decreased|declined|dropped|surged|`
  + String.raw`was|were|is|are|hit|remained|posted|recorded|registered|saw|`
  // (what was paid for a quantity before: "…, worth 2.2 billion yuan", "and paid 18.7 billion yuan for it")
  + String.raw`worth|valued|paid|paying|spent|costing|earned|earning)\b`, "i");
// "exported 3.5 million tonnes of cement, up 12.4 percent, worth 2.16 billion yuan, up 4.1 percent": a counted quantity of
// goods leads the figures after it in its sentence until a flow, goods or place of their own comes between; the change
// right after the quantity is the quantity's, not the value's
// ("2,603 trips in 2020, up 72 percent": a year may stand between)
// ("… tonnes of coal (up 86 percent)": in brackets too)
const CHANGE_RIGHT_AFTER = new RegExp(String.raw`^(?:[^;\d]|\b(?:19|20)\d\d\b)*?(?:,|\()\s*(?:up|down|rising|falling|increasing|decreasing|`
  + String.raw`an?\s+(?:increase|rise|decrease|drop|fall|decline)\s+of)\s+(?:by\s+)?$`, "i");
const OWN_FLOW = /\b(?:exports?|imports?|trade|total|overall|exported|imported)\b/i;
const ROUTE = /\b(?:through|via)\s+[^,;]+/gi;

// "exported 1,640 tonnes worth …": a count right after its flow's verb, no goods named after it
const BARE_COUNT_BEFORE = /\b(?:exported|imported|shipped)\s+(?:(?:about|around|some|nearly|over|more\s+than)\s+)?$/i;
const NO_GOODS_AFTER = /^\s*(?:worth\b|valued\b|[,;.]|$|(?:in|during|last|this)\b)/i;
/**
 * "A exported 2,310 tonnes of baijiu worth …. B exported 1,640 tonnes worth …": a count of another place's same flow in
 * the same unit, naming no goods, right after a sentence that counted goods so, is of those goods.
 */
function sameGoodsCounted(text: string, n: NumberMention, clause: [number, number], metric: Metric, entity: string,
  counted: Fact | undefined): string | undefined {
  if (!counted?.subject || n.kind !== "count" || counted.metric !== metric || counted.entity === entity) return undefined;
  if (counted.unit.replace(SCALE_WORD, "") !== n.unit.replace(SCALE_WORD, "")) return undefined;
  return BARE_COUNT_BEFORE.test(text.slice(clause[0], n.start)) && NO_GOODS_AFTER.test(text.slice(n.end))
    ? counted.subject : undefined;
}
const isCountedGoods = (f: Fact) => f.measure === "count" && f.subject !== undefined
  && (f.metric === "exports" || f.metric === "imports");
// "31,800 were new energy vehicles" (text/numbers.ts reads it as a count only after "Of these,"): the part's name
const PART_NAMED = /^[\d.,]+(?:\s+(?:thousand|million|billion))?\s+(?:were|was)\s+([a-z][\w -]*)$/i;
const FLOW_NAMED_PART = /^(?:export|import)(?:ed)?\s/i;
// ("Port of X", "X Port", "X port"; never "The port", "Its port" opening a sentence)
const HANDLING_PORT = /\b[Pp]ort\s+of\s+[A-Z]|\b(?!(?:The|This|That|Its|Their|Our)\b)[A-Z][\w'-]+\s+[Pp]ort\b/;
const PORT_TERMINAL = /\b[A-Z][\w-]*\s+Terminal\b/;
/** Are these counts of the same things, whatever their scale ("1.03 million vehicles", "vehicles")? */
const sameThings = (f: Fact | undefined, n: NumberMention) => f !== undefined
  && f.unit.replace(/^(?:thousand|million|billion)\s+/, "") === n.unit.replace(/^(?:thousand|million|billion)\s+/, "");

// words that refer back to goods named before ("the value of these exports", "the number of shipments")
const GOODS_BACK = String.raw`(?:these|those|them|it|this|that|they|`
  + String.raw`(?:the\s+)?(?:goods|shipments|exports|imports|cargo|products))\b`;
// "…, and mobile phones were worth …", "…, and the value of steel products rose …": the goods a later clause
// opens with
// (the counted goods' own value or number, "the value of these exports", is no goods of its own)
const CLAUSE_GOODS = new RegExp(String.raw`^\W*(?:and|but|while|whereas)\s+(?:the\s+(?:value|quantity|volume)\s+of\s+)?`
  + String.raw`(?!${GOODS_BACK})((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+`
  + String.raw`(?:were|was|rose|grew|fell|jumped|reached|totall?ed|amounted|came|`
  + String.raw`increased|decreased|declined|dropped)\b`, "i");
// "…, and those of iron ore 3 percent", "… those of iron ore rose 3 percent": goods a figure restates the one
// before for
const THOSE_OF_GOODS = new RegExp(String.raw`\b(?:that|those)\s+of\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+`
  + String.raw`(?:(?:rose|grew|fell|dropped|declined|increased|decreased|jumped|reached|were|was|came\s+to|totall?ed)\s+)?`
  + String.raw`(?:by\s+)?$`);
/** The goods a clause after a figure of goods opens with, when it names goods of its own. */
// (after goods counted as a flow, or any figure of goods: "exported 2 billion yuan of tea", "handled 3.5 million tonnes
// of cement", "…, and widgets were worth 1 billion yuan")
const ofGoods = (f: Fact) => isCountedGoods(f) || (f.subject !== undefined && !NOT_GOODS.has(f.subject));
function clauseGoods(out: Fact[], s: Sentence, n: NumberMention, clause: [number, number]): string | undefined {
  const counted = out.some((f) => f.start === s.start && ofGoods(f) && f.valueEnd - s.start <= clause[0]);
  const goods = counted ? CLAUSE_GOODS.exec(s.text.slice(clause[0], n.start))?.[1] : undefined;
  // (a port's measure is no goods: "…, and container throughput reached 860,000 TEUs", OWN_MEASURE)
  return goods && !NOT_AN_ITEM.test(goods) && !NOT_CLAUSE_GOODS.test(goods) && !OWN_MEASURE.test(goods)
    && !s.entities.some((e) => e.start >= clause[0] && e.end <= n.start) ? goods.toLowerCase() : undefined;
}
// ("imported 30 million tonnes of coal, and prices fell 12 percent": what is said of the goods counted, no goods)
// (nor is a flow's own verb: "…, and imported 0.8 million tonnes from X" opens on another flow, of no goods named)
const NOT_CLAUSE_GOODS = /\b(?:prices?|demand|orders)\b|^(?:imported|exported|shipped|sold|bought)$/i;
/** The counted goods a figure follows in its sentence, when nothing of its own comes between. */
function countedLead(out: Fact[], s: Sentence, n: NumberMention, namedToo = false): Fact | undefined {
  // ("…, and the province brought in 152,000 tonnes of fresh fruit": a quantity of goods of its own leads itself)
  // ("2 million tonnes of it": a part of the goods counted before, which lead it)
  const ofGoods = n.kind === "count" ? COUNTED_GOODS.exec(s.text.slice(n.end)) : null;
  if (ofGoods && !/^(?:it|them|these|those)\b/i.test(ofGoods[2]!)) return undefined;
  // ("…, and 2 million yuan of coffee": so does an amount of goods named right after it; "1.9 billion yuan of African
  // farm goods", "40 percent of the iron ore": goods of their own, even named by a partner or as a share's whole)
  if (ownGoods(s, n) || (!namedToo && goodsNamedAfter(s, n))) return undefined;
  const counted = out.filter((f) => f.start === s.start && f.measure === "count" && f.subject
    && (f.metric === "exports" || f.metric === "imports") && f.valueEnd - s.start <= n.start).at(-1);
  if (!counted) return undefined;
  // ("…, and lamps were worth 1.5 million yuan, with Japan taking 0.4 million yuan": other goods' figure between leads)
  const later = out.filter((f) => f.start === s.start && f.subject && f.valueStart > counted.valueStart
    && f.valueEnd - s.start <= n.start && f.metric === counted.metric).at(-1);
  const leading = later && later.subject !== counted.subject ? later : counted;
  const from = leading.valueEnd - s.start;
  const between = s.text.slice(from, n.start);
  const routes = [...between.matchAll(ROUTE)].map((m) => [from + m.index, from + m.index + m[0].length] as const);
  const inRoute = (e: { start: number; end: number }) => routes.some(([a, b]) => e.start >= a && e.end <= b);
  const unrouted = between.replace(ROUTE, (m) => " ".repeat(m.length));
  // (a partner between says where the goods came from or went: "N tonnes of coal from A, B and C, worth …")
  const inBetween = (e: EntityMention) => e.start >= from && e.end <= n.start && !inRoute(e) && e.kind !== "partner";
  return OWN_FLOW.test(unrouted) || s.entities.some(inBetween) ? undefined : leading;
}

// ("18,460 trucks last year, 12.4 percent more than in 2014": a bare comma before, the change's word after the figure)
// (only the things counted and a time between: never a clause of its own, "…, and its car exports, 12.4 percent …")
const BARE_CHANGE_BEFORE = /^\s*[a-z-]+(?:\s+[a-z-]+)?(?:\s+(?:in\s+(?:19|20)\d\d|last\s+year|this\s+year))?,\s*$/i;
const CHANGE_WORD_AFTER = /^\s*(?:(?:%|percent|per\s+cent)\s+)?(?:more|fewer|less|higher|lower|above|below)\b/i;

/** Is this the change right after a counted quantity ("10.24 million tonnes, up 12.5 percent")? */
function quantityChange(s: Sentence, n: NumberMention, prev: Fact | undefined, measure: Measure): boolean {
  if (measure !== "growth" || prev?.measure !== "count" || prev.start !== s.start) return false;
  const between = s.text.slice(prev.valueEnd - s.start, n.start);
  return CHANGE_RIGHT_AFTER.test(between)
    || (BARE_CHANGE_BEFORE.test(between) && CHANGE_WORD_AFTER.test(s.text.slice(n.end)));
}

/** The count a change takes to its new level ("rose 8.9 percent to 4.15 million TEUs"), if any. */
function countChangedTo(s: Sentence, n: NumberMention): NumberMention | undefined {
  const next = s.numbers.find((x) => x.start >= n.end);
  return next?.kind === "count" && CHANGE_TO_LEVEL.test(s.text.slice(n.end, next.start)) ? next : undefined;
}
const CHANGE_TO_LEVEL = /^\s*(?:%|percent|per\s+cent)?(?:\s+(?:year[- ]on[- ]year|from a year earlier))?\s+to\s+$/i;

// ", or 61.3 percent of …": an amount restated as a share right after it (what follows is the share's base)
// (", up 1.1 percent and 61.9 percent of the provincial total": with its change between, restated with it)
const SHARE_AHEAD = String.raw`\s+[\d.]+(?=\s*(?:%|percent|per\s+cent)\s+of\b)`;
// (", up 5.4 percent, accounting for 55.3 percent of …": restated by a verb of its own)
const RESTATING_VERBS = String.raw`or|accounting\s+for|making\s+up`;
const RESTATED_AS_SHARE = new RegExp(String.raw`^(?<lead>[^,;]{0,30}?,\s*)`
  + String.raw`(?:${RESTATING_VERBS}|(?<change>(?:up|down|rising|falling)\s+)[\d.]+\s*(?:%|percent|per\s+cent)\s*,?\s*(?:and|${RESTATING_VERBS}))`
  + SHARE_AHEAD, "i");
// ("… of the provincial total", and "… of the province" alone: the whole place's total)
const SHARE_OF_TOTAL = new RegExp(String.raw`^\s*(?:(?:%|percent|per\s+cent)\s+)?of\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){0,2}total\b`
  + String.raw`(?!\s+(?:exports|imports))|the\s+(?:province|city|region|municipality|country|nation)\b(?!['’]))`, "i");
// "export prices of steel, which fell by 12.7 percent", "the average import price of iron ore dropped 8.2 percent": a
// change in price, not in the flow's value
const PRICE_CHANGE = new RegExp(String.raw`\bprices?\b(?:\s+(?:of|for)\s+[a-z][\w -]{0,30}?)?(?:,\s*which)?`
  + String.raw`(?:\s+(?:also|have|has|had|was|were|rose|fell|dropped|declined|increased|decreased|jumped|slid|climbed|`
  + String.raw`went|up|down`
  // ("the average export price slipped 14.2 percent": a price's own verbs of small moves)
  + String.raw`|slipped|eased|dipped|edged|softened|gained|rebounded|recovered))*`
  + String.raw`(?:\s+by)?\s*$`, "i");
// ("freight rates", "shipping costs", "the cost of transport", "logistics charges": the price of carrying goods, with no
// flow named after it before the figure, "Despite higher freight rates, exports rose …" keeps the exports)
const CARRIER = String.raw`(?:freight|shipping|transport(?:ation)?|logistics|cargo|container|haulage|carriage)`;
const CARRIAGE_PRICE = new RegExp(String.raw`(?:\b${CARRIER}\s+(?:rates?|prices?|costs?|charges?|fees?|tariffs?)\b`
  + String.raw`|\b(?:rates?|prices?|costs?|charges?|fees?)\s+(?:of|for)\s+(?:the\s+)?${CARRIER}\b)`
  + String.raw`(?![^.;]*\b(?:exports?|imports?|trade|shipments|goods|turnover)\b)[^.;]*$`, "i");
// ("The average export price of a car was about 150,100 yuan …, compared with roughly 110,000 yuan a year earlier": what
// one thing sold for is no amount of the place's trade, nor is the price a year before; "…; exports reached …" after it is)
// (tested in test/fact-base-figure-year-before.test.ts)
const UNIT_PRICE = new RegExp(String.raw`\b(?:average|unit|mean)\s+(?:(?:export|import|selling|sale)\s+)?(?:price|value)s?\b`
  + String.raw`(?![^.;]*\b(?:exports?|imports?|trade|shipments|turnover)\b)[^.;]*$`, "i");
// ("960 yuan a tonne", "yuan per vehicle": a price per its unit; "a year earlier" is a time)
const PER_UNIT_AFTER = /^\s*(?:a|an|per|each)\s+(?!(?:year|month|quarter|decade|week|day)s?\b)\w/i;
const EACH_HAD = /\beach\s+(?:had|has|have|recorded|posted|reported|achieved|exceeded|topped)\b/i;
// (not "the value of steel products", goods named anew)
const QUANTITY_CLAUSE = new RegExp(String.raw`^\W*(?:and\s+|while\s+|but\s+)?(?:the\s+|its\s+|their\s+)`
  + String.raw`(value|number|quantity|volume)\b`
  + String.raw`(?!\s+of\s+(?!${GOODS_BACK}))`, "i");
// ("…, with a volume of 9,850 tonnes", "with a total weight of": the quantity of the goods just valued, right before its
// figure, whatever the clause opened with)
const WITH_QUANTITY = /,\s*with\s+(?:a|an|the)\s+(?:total\s+|combined\s+)?(volume|quantity|weight|tonnage)\s+of\s+$/i;
// ("27.4 million tonnes of crude oil in 2018, worth 81.4 billion yuan": the value of the quantity just before)
// "…, worth a total of": the words right before a value of things named before
const WORTH_BEFORE = /,\s*(?:worth|valued\s+at)\s+(?:(?:a\s+total\s+of|in\s+all|about|around|some|nearly|over)\s+)?$/i;
const WORTH_AFTER = /^[^,;]*,\s*(?:worth|valued\s+at)\s+$/i;
// (", in Hunan,", ", in central China's Hunan province,", ", Hunan's capital,": where the place is, not whose figure)
const COMPASS = "(?:central|eastern|western|northern|southern|northeast(?:ern)?|northwest(?:ern)?|southwest(?:ern)?|southeast(?:ern)?)";
// ("X, the port city in the north of Y province that sits at the eastern end of …, reported": a long one too)
const APPOSITIVE = new RegExp(String.raw`^,\s+(?:(?:the|a|an|home\s+(?:of|to)|one\s+of|known\s+(?:as|for)|capital\s+of)\s+`
  + String.raw`[^,;\d]{3,160}|in\s+(?:${COMPASS}\s+)?(?:China['’]s\s+)?`
  + String.raw`(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][^,;\d]{2,60}`
  + String.raw`|[A-Z][\w-]*['’]s\s+(?:provincial\s+)?(?:capital|largest\s+city|second[- ]largest\s+city`
  // (", Yunnan's main port on the border with Vietnam,": the province a port is of, after the port's name)
  + String.raw`|(?:(?:main|largest|biggest|busiest|key|chief|leading|only)\s+)?(?:[\w-]+\s+)?(?:port|hub|gateway|crossing)`
  + String.raw`(?:\s+(?:on|at|near|by)\s[^,;\d]{3,80})?)),\s+(?=[a-z]|(?:US\$|\$|RMB\s?)?\d)`);
const DESTINATION_ASIDE = new RegExp(String.raw`,\s*(?:(?:mostly|mainly|largely|chiefly)\s+)?(?:bound|destined|headed|`
  + String.raw`earmarked|intended)\s+for\s+[^,;\d]{3,100},(?=\s*[a-z])`, "g");
const SITE_WORD = /\b(?:[Pp]ort|[Zz]one|[Aa]rea|[Pp]ark|[Hh]ub|[Cc]orridor|[Cc]rossing)\b/g;
const PLACE_REFERRED = /\b[Tt]he\s+(?:province|city|region|municipality)\b(?!['’])/g;
const SHARE_BASE_BEFORE = /(?:%|\bpercent|\bper\s+cent)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const FOLLOWED = /\bfollowed\s+by\b|^[^.;]*\bwith\s*$/i;
// the firms a figure after "followed by" is of: "and state firms with"
const FOLLOWING_FIRMS = /(?:\bby|,|\band)\s+((?:[\w-]+\s+){0,3}(?:firms|enterprises|companies))\s+with\s*$/i;

const CARRIED_LIST = /^\s*(?:they|these|those|the\s+(?:cities|provinces|regions|five|four|three|two|six))\b/i;

const BASE_BEFORE = /\bbase\s+(?:in\s+|of\s+)?(?:the\s+)?$|\bcompared\s+(?:with|to)\s+(?:the\s+)?$/i;
const SINCE_BEFORE = /\b(?:since|from|until|till|than|after|before)\s+(?:the\s+)?(?:(?:end|start|beginning)\s+of\s+(?:the\s+)?)?$/i;
// ("The zone, approved in a coastal county in 2005, makes mostly laptops.": the date of a founding, not a period the
// figures after it are of; only a few words on and no figure between: "ships built in Nantong rose 20 percent to 5
// billion yuan in 2023" is of 2023; "models launched this year": right after the verb)
const FOUNDED_BEFORE = new RegExp(String.raw`\b(?:approved|established|founded|set\s+up|created|launched|inaugurated|`
  + String.raw`designated|opened|built)(?:(?:\s+[^\s\d.;:]+){0,5}?\s+(?:in|on)\s+(?:the\s+)?|\s+)$`, "i");
// ("the fastest growth since it was made a municipality in 1997", "since the line opened in 2011": a since-clause's
// subject and verb, then the year it started; no figure or clause break between)
const SINCE_CLAUSE = new RegExp(String.raw`\bsince\s+(?:it|they|we|the\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w-]+)\s+`
  + String.raw`(?:was|were|had\s+been|has\s+been|became|opened|started|began|joined)\b[^\d.;:,]{0,60}$`);
/**
 * Is the period at `at` named as a start, a base, another event's or a founding's ("since last year", "higher than in
 * February", "after a fall in the first quarter", "approved in 2013")? No period the text goes on in.
 */
function referencedAt(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return SINCE_BEFORE.test(before.replace(/\bin\s+$/i, "")) || AFTER_EVENT.test(before) || BASE_BEFORE.test(before)
    || FOUNDED_BEFORE.test(before) || SINCE_CLAUSE.test(before);
}
const PAST_PERFECT = new RegExp(String.raw`\bhad\s+(?:already\s+)?(?:been|fallen|risen|grown|dropped|declined|increased|`
  + String.raw`decreased|shrunk|slumped|reached|totall?ed|amounted|expanded|contracted|climbed|surged|jumped|stood|rose|fell|`
  + String.raw`exceeded|topped|hit)\b`, "i");
// (a few words on, in the same clause: "had fallen 40.2 percent", "had been lower than 5 billion yuan")
const PAST_PERFECT_VERB = new RegExp(String.raw`${PAST_PERFECT.source}[^,;.\d]{0,40}$`, "i");
/** Is a past perfect the verb of one of the figures starting at these offsets of the sentence? */
const pastPerfectFigure = (text: string, starts: number[]) => starts.some((at) => PAST_PERFECT_VERB.test(text.slice(0, at)));
const monthsOf = (p: Period, end: boolean) => (end ? p.y2 ?? 0 : p.y1 ?? 0) * 12 + (end ? p.m2 : p.m1);
/** Does `a` end before `b` starts? */
const endsBefore = (a: Period, b: Period) => a.y2 !== null && b.y1 !== null && monthsOf(a, true) < monthsOf(b, false);
// ("Anhui, Hunan and Hubei followed with …": a run of names before the verb, each of up to three words)
const FOLLOWS_ON = new RegExp(String.raw`^\s*(?:(?:[A-Z][\w'-]*\s+){0,2}[A-Z][\w'-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*`
  + String.raw`(?:[A-Z][\w'-]*\s+){1,3}(?:followed|came\s+(?:next|second|third)|was\s+(?:next|second|third)|`
  + String.raw`ranked\s+(?:next|second|third))\b`);
const SHARE_OF_THEM = /^\W*(their|its)\s+(?:combined\s+)?(?:share|proportion)\b/i;
const GROWTH_RATE = /\bgrowth(?:\s+rate)?\b|\bgrew\b/i;

// ("In the second quarter, it rose to …": after an opening time phrase too)
// ("Measured in US dollars, the total was …": a lead that says how it is measured)
// ("In January–July this year it reached …": the comma after the time phrase left out before "it")
// ("In yuan terms the total was …": a lead naming the currency, its comma left out, before the figure referred back to)
// ("Revision: the January-September total published on … has been revised to …", "Revision note: The cumulative
// January–August figure …": a note setting a figure right, of the flow the text was on)
const MONTH_WORD = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
const FIGURE_OF = String.raw`(?:(?:cumulative|revised|preliminary|original|earlier)\s+)?`
  + String.raw`(?:(?:(?:19|20)\d\d|${MONTH_WORD}\s*(?:-|–|to)\s*${MONTH_WORD}(?:,?\s+(?:19|20)\d\d)?)\s+)?`;
const PRONOUN_START = new RegExp(String.raw`^\s*(?:(?:revision|correction|erratum|note)(?:\s+note)?\s*:\s*)?`
  + String.raw`(?:(?:in|by)\s+(?:[\w-]+\s+){1,2}terms\b,?\s+(?=the\s)|`
  + String.raw`(?:in|during|for|by|over|(?:measured|calculated|counted|expressed|valued)\s+in)\b`
  + String.raw`(?:[^,]{0,40},\s*|[^,.;]{2,40}?\s+(?=it\s+[a-z]+ed\b|it\s+(?:was|is|came|stood|hit)\b)))?`
  // ("The 2024 figure, first published as …": a year may name which figure)
  + String.raw`(?:it|this|that|they|these|those|the ${FIGURE_OF}(?:growth|figure|figures|number|rate|increase|total|volume|value))\b`, "i");

// "Lithium batteries alone accounted for 586 million yuan" after a sentence on the "new three": one of the group's
// goods, opening a sentence that names no flow, goes on with the flow before
// ("Solar cells, still the largest of the three, fell …": an appositive may stand between the member and its verb; "…;
// and electric vehicles jumped …": a clause after the first may open with "and")
const MEMBER_OPENING = new RegExp(String.raw`^\W*(?:(?:and|while|but|whereas)\s+)?((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)`
  + String.raw`(?:,[^,;\d]{1,60},)?\s+(?:alone\s+|also\s+|themselves\s+)?(?:nearly\s+|almost\s+|more\s+than\s+)?`
  + String.raw`(?:accounted|made|reached|came|totall?ed|were|was|rose|grew|increased|jumped|surged|soared|climbed|fell|`
  + String.raw`dropped|declined|slipped|doubled|tripled)\b`, "i");

/**
 * The member of the group the text was on ("the 'new three'") that opens the figure's clause, or the clause before it
 * nearest, in a sentence naming no flow: "Solar cells fell …; lithium batteries rose …" gives each clause its own; a
 * clause opening with anything else ("; prices dropped …") has none.
 */
function memberOpening(s: Sentence, state: DocState, at: number): string | undefined {
  if (!state.lastSubject || s.metrics.length) return undefined;
  for (const start of [0, ...s.bounds.filter((b) => b < at)].reverse()) {
    const name = MEMBER_OPENING.exec(s.text.slice(start))?.[1]!.toLowerCase();
    if (name) return memberOfGroup(state.lastSubject, name) ? name : undefined;
  }
  return undefined;
}

/** "Exports made up …": the one flow named before a share in its clause, when it is exports or imports alone. */
function partFlow(s: Sentence, n: NumberMention, clause: [number, number]): Metric | undefined {
  const named = [...new Set(s.metrics.filter((m) => m.start >= clause[0] && m.end <= n.start).map((m) => m.metric))];
  return named.length === 1 && (named[0] === "exports" || named[0] === "imports") ? named[0] : undefined;
}

// what a multiple is of when it compares with another's figure, not with the place's own before
const FLOW_WITH = String.raw`\b(?:exports?|imports?|trade)\s+(?:to|from|with)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*`;
const TWO_FLOWS_TWO_PARTNERS = new RegExp(String.raw`${FLOW_WITH}\s+(?:and|as\s+well\s+as)\s+(?:(?:its|their|the)\s+)?`
  + String.raw`${FLOW_WITH}[^\d,;]*$`);
const PERCENT_THAN_OTHERS = new RegExp(String.raw`^\s*(?:%|percent|per\s+cent)?\s*(?:more|less|higher|lower|greater|`
  + String.raw`bigger|larger|smaller|above|below)\s+than\s+(?:(?:that|those)\s+of\s+)?`
  // (a month's or the country's is no other place's: "higher than February's" is a change, "than China's" a gap)
  + String.raw`(?!(?:China|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?['’]s?\b(?!\s+\d)`);
const RATIO_TO_OTHER = new RegExp(String.raw`^\s*(?:(?:that|those)\s+of\b|as\s+(?:much|many|large|high|fast)\s+as\b|`
  + String.raw`(?:the\s+)?(?:(?:national|nationwide|regional|provincial|country['’]s|nation['’]s|province['’]s|region['’]s)\s+)?`
  + String.raw`average\b|(?:the\s+)?(?:national|nationwide)\s+(?:rate|level|growth)\b|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?['’]s\b)`);

// what a port or a line measures, not a flow of trade: a figure of it goes on with no flow of the text before
const OWN_MEASURES = ["throughput", "cargo handled", "passenger traffic", "passenger trips"];
const OWN_MEASURE = new RegExp(String.raw`\b(?:${OWN_MEASURES.join("|")})\b`, "i");
// ("foreign trade container throughput": a flow that names the measure keeps it)
const ownMeasure = (text: string, afterFlow: boolean): boolean => {
  const m = OWN_MEASURE.exec(text);
  return !!m && !(afterFlow && /^\s*(?:container\s+|cargo\s+)?$/i.test(text.slice(0, m.index)));
};

// "Shipments grew 27.5 percent to 21.7 gigawatts", "Volumes rose …": the quantity of the flow the sentence before was on
const SHIPMENTS_OPEN = new RegExp(String.raw`^\W*(?:(?:its|their|the)\s+)?(?:shipments|shipped\s+volumes?|`
  + String.raw`volumes?)\s+(?:gr[eo]w|rose|fell|dropped|declined|increased|decreased|jumped|climbed|reached|totall?ed|`
  + String.raw`were|came)\b`, "i");
/** Does a sentence naming no flow open on the shipments of the one flow (and goods) the sentence before was on? */
// (a flow named after the figure, "…, but the average export price slipped …", is another clause's)
const shipmentsGoOn = (s: Sentence, state: DocState, at: number): boolean => !s.metrics.some((m) => m.start < at)
  && SHIPMENTS_OPEN.test(s.text)
  && state.lastMetrics.length === 1 && (state.lastMetrics[0] === "exports" || state.lastMetrics[0] === "imports")
  // (the sentence right before, never one further back: "The port handled more goods. Volumes reached 1.4 million TEUs."
  // after a sentence on exports is the port's)
  && findMetricWords(state.lastSentence ?? "").some((m) => m.metric === state.lastMetrics[0]);

/** The partners traded with ("to/from/with Japan") in the words after a figure's lead dash, before their first comma. */
const VALUE_DASH = /^\s+[-–—]\s+(?:the\s+)?(?:value|worth|total|sum)\s+of\b/i;
function leadDashPartners(s: Sentence, n: NumberMention): string[] {
  const dash = LEAD_DASH.exec(s.text.slice(n.end));
  if (!dash) return [];
  const from = n.end + dash[0].length;
  const comma = s.text.slice(from).search(/[,;]/);
  const to = comma < 0 ? s.text.length : from + comma;
  const named = s.entities.filter((e) => e.kind === "partner" && e.start >= from && e.end <= to
    && /\b(?:to|from|with)\s+(?:the\s+)?$/i.test(s.text.slice(from, e.start)));
  // ("- exports to Japan and Korea together", "- exports to Japan, Korea and the US": a figure of several partners)
  const joined = named.some((e) => s.entities.some((o) => o.kind === "partner" && o.start >= e.end
    && JOINED_PARTNER.test(s.text.slice(e.end, o.start))));
  return joined ? [] : [...new Set(named.map((e) => e.id))];
}
const JOINED_PARTNER = /^\s*(?:,\s*(?:and\s+)?|\s+(?:and|or|plus|&)\s+)(?:the\s+)?$/i;

// ("Offshore contracts executed amounted to 26.81 billion dollars, up 11.7 percent" after a sentence on trade: the
// change right after an amount of no flow is that amount's, not the flow the text was on)
function changeOfOther(prev: Fact | undefined, s: Sentence, n: NumberMention, measure: string): boolean {
  return measure === "growth" && prev?.start === s.start && prev.measure === "amount" && prev.metric === "other"
    && prev.valueEnd - s.start <= n.start && CHANGE_RIGHT_AFTER.test(s.text.slice(prev.valueEnd - s.start, n.start));
}

const PLACE_NAMED_BY_FLOW = /^\s+(?:province|city|municipality|powerhouse)\b/i;

// ("Henan remained the largest trader in the region with N": a place named a trader)
const TRADING_ROLE = /\bpartners?\b|\btrad(?:e|ing)\s+(?:city|cities|hubs?|centres?|centers?|provinces?|ports?)\b|\btraders?\b/i;

function metricFor(s: Sentence, n: NumberMention, clause: [number, number], state: DocState, measure: string): Metric {
  // "made up of RMB 1.07 trillion in exports and RMB 873.29 billion in imports": the flow right after the figure
  // ("… of imports and exports" is trade)
  const flowAfter = /^\s*(?:in|of|worth\s+of)\s+(exports|imports)\b(?!\s*(?:and|&|\/)\s*(?:exports|imports)\b)/i
    .exec(s.text.slice(n.end, n.end + 40));
  if (flowAfter) return flowAfter[1]!.toLowerCase() === "exports" ? "exports" : "imports";
  // ("issued 36,700 certificates of origin, covering exports of …": documents counted are no goods of a flow)
  if (n.kind === "count" && /\bcertificates\b/i.test(n.unit)) return "other";
  // ("17.99 million permanent residents": people counted are no flow of goods)
  if (n.kind === "count" && /\b(?:residents|inhabitants|people)\b/i.test(n.unit)) return "other";
  // ("saving enterprises 8.6 million yuan in duties": duties saved are no flow of goods)
  if (/^\s*(?:in|of)\s+(?:duties|tariffs)\b/i.test(s.text.slice(n.end, n.end + 20))) return "other";
  // ("China's second-largest foreign trade province": a flow word in a name for a place is no flow of the figure)
  const words = visible(s.metrics, s.asides, n.start)
    .filter((m) => !PLACE_NAMED_BY_FLOW.test(s.text.slice(m.end, m.end + 16)));
  if (measure === "share") {
    // "23.1 percent of the country's total": the share's base names the flow, if anything does
    // ("Exports made up 55 percent of total trade": exports, a share of another flow, see `ofMetric`)
    const base = /^\s*of\s+[^,;]{0,60}/i.exec(s.text.slice(n.end, clause[1]));
    const inBase = base ? findMetricWords(base[0])[0] : undefined;
    const part = partFlow(s, n, clause);
    if (inBase) return part && inBase.metric === "trade" ? part : inBase.metric;
  }
  // "Exports made up 98 percent of Tibet's foreign trade, totaling 3.35 billion dollars": the whole of a share is not
  // the flow of the figures after it
  const inBase = (m: MetricWord) => SHARE_BASE_BEFORE.test(s.text.slice(Math.max(0, m.start - 50), m.start));
  const left = words.filter((m) => m.end <= n.start && !(inBase(m) && words.some((w) => w.end <= m.start && !inBase(w))));
  const inClause = left.filter((m) => m.start >= clause[0]);
  // "exports under market procurement trade reached …": the "trade" of a trade mode's name is not the flow
  const inSubject = (m: MetricWord) => s.subjects.some((x) => m.start >= x.start && m.end <= x.end);
  const flows = inClause.filter((m) => !inSubject(m));
  // ("…, while general trade totaled 45.28 billion yuan": a trade mode with no flow of its own goes on with the sentence's)
  const carried = inClause.length && !flows.length ? left.filter((m) => !inSubject(m) && m.metric !== "trade").at(-1) : undefined;
  // ("Exports grew …, and container throughput rose 3 percent": a measure of its own after the flows is no flow)
  const lastFlow = inClause.at(-1);
  const own = ownMeasure(s.text.slice(lastFlow?.end ?? clause[0], n.start), !!lastFlow);
  if (own) return "other";
  const chosen = carried ?? (inClause.length && flows.length ? flows : inClause).at(-1) ?? left[left.length - 1];
  if (chosen) return chosen.metric;
  // ("Yinchuan, the regional capital, accounted for 17.04 billion yuan of the total": a part of the total the text
  // spoke of last, that total's flow)
  // ("Shoes accounted for US$4.17 billion of that" after the city's exports: "that" is the whole spoken of last)
  // (and the change right after it: "…of that, up 12.6 per cent")
  if ((OF_THE_TOTAL.test(s.text.slice(n.end)) || OF_THAT_WHOLE.test(s.text.slice(n.end))
    || (measure === "growth" && PART_CHANGED.test(s.text.slice(clause[0], n.start)))) && state.lastMetrics.length) {
    return state.lastMetrics.length === 1 ? state.lastMetrics[0]! : "trade";
  }
  // "It represents …" continues the flow of the sentence before; a sentence naming no flow has none
  // ("The growth rate was …" after a sentence on exports and imports is about the total: trade)
  // ("The region's growth rate was 3.1 points higher than the national average" likewise)
  // ("Private enterprises traded N. Their share rose to 40.3 percent": the share of the firms or mode the text was on,
  // of the flow it was on; "its" stands for a mode only)
  const theirShare = measure === "share" && !s.metrics.length && state.lastSubject ? SHARE_OF_THEM.exec(s.text) : null;
  if (theirShare && state.lastMetrics.length && (!/^its$/i.test(theirShare[1]!)
    || SUBJECTS.find((x) => x.name === state.lastSubject)?.kind === "mode")) {
    return state.lastMetrics.length === 1 ? state.lastMetrics[0]! : "trade";
  }
  const continues = PRONOUN_START.test(s.text)
    || (!s.metrics.length && GROWTH_RATE.test(s.text) && (measure === "pp_gap" || measure === "growth"))
    || shipmentsGoOn(s, state, n.start);
  if (continues && state.lastMetrics.length) return state.lastMetrics.length === 1 ? state.lastMetrics[0]! : "trade";
  // ("Revision: the first-half figure released on July 18 has been revised from N to M": a figure put right, named by
  // no flow of its own, is of the flow the text was on)
  if (!s.metrics.length && n.kind === "money" && FIGURE_REVISED.test(s.text) && state.lastMetrics.length) {
    return state.lastMetrics.length === 1 ? state.lastMetrics[0]! : "trade";
  }
  // "Vietnam was the city's biggest partner at 48.9 billion yuan": a partner's figure, no flow named, is their trade
  // ("By value, the first quarter recorded …, the second …": a series of periods goes on with the text's flow)
  // ("Zhejiang followed with 2.63 trillion yuan, then Shanghai with …": the next places of a ranking the text began)
  if (!s.metrics.length && (seriesPeriod(s, n) || FOLLOWS_ON.test(s.text)) && state.lastMetrics.length) {
    return state.lastMetrics.length === 1 ? state.lastMetrics[0]! : "trade";
  }
  // ("Vietnam alone accounted for 198.6 billion yuan, up 21.3 percent" after a sentence on trade with a bloc: a partner
  // that opens a sentence naming no flow goes on with the flow before)
  const partnerFirst = s.entities[0]?.kind === "partner" && /^\W*(?:the\s+)?$/i.test(s.text.slice(0, s.entities[0].start));
  if (!s.metrics.length && partnerFirst && state.lastMetrics.length === 1) return state.lastMetrics[0]!;
  // (with no flow before it in its section, "Main partners" over "- Vietnam: 48.9 billion yuan": the partner's label's
  // figures are their trade)
  if (!s.metrics.length && partnerFirst && !state.lastMetrics.length && /^\s*:/.test(s.text.slice(s.entities[0]!.end))) {
    return "trade";
  }
  const series = !s.metrics.length && n.kind !== "count" ? seriesBegun(s, state, measure) : undefined;
  if (series) return series.metric;
  // ("Among them, garden tools rose …" after a sentence on one flow of goods: a part of that flow)
  if (!s.metrics.length && partOpening(s, state, n.start, clause)) return state.lastMetrics[0]!;
  // ("Gansu, Ningxia and Qinghai followed with N, M and K respectively", "Qinghai grew 4.4 percent and Shaanxi 2.1 percent"
  // under a heading: places' money or changes, no flow, goods or other measure named, go on with the text's flow)
  const ranked = placesGoOn(s, n, state, measure);
  if (ranked) return ranked;
  // ("Vietnam was the largest partner at N", "Xinyang remained the biggest trading city with N": their trade)
  if (!s.metrics.length) return TRADING_ROLE.test(s.text) && measure === "amount" ? "trade" : "other";
  const right = words.find((m) => m.start >= n.end && m.end <= clause[1]);
  return right?.metric ?? "other";
}

const FIGURE_REVISED = /\bthe\s+(?:[\w-]+\s+){0,3}(?:figure|total)\b[^.;]{0,80}?\b(?:revised|corrected)\s+(?:from|to|up|down)\b/i;
// what a place's figure may be of besides its trade: a sentence naming one gives places' figures no flow
const OTHER_MEASURE_WORDS = new RegExp(String.raw`\b(?:gdp|economy|economic|output|industr(?:y|ial)|value[- ]added|`
  + String.raw`invest(?:ment|ed|ors?)?|fdi|capital|attract(?:ed|ing)?|utili[sz]ed|retail|sales|consum(?:ption|er)|revenues?|`
  + String.raw`income|profits?|spending|budget|fiscal|tax(?:es)?|wages?|deposits?|loans?|prices?|population|residents|`
  + String.raw`tourism|tourists?|visitors|passengers?|freight|cargo|throughput|containers?|teus?|tonnes|electricity|`
  + String.raw`e-commerce|services|parcels|orders|contracts?|deals?|subsid(?:y|ies)|funds?|bonds?|per\s+(?:head|capita))\b`, "i");
// ("Exports of solar cells rose …": goods named after a flow, known to the subjects' table or not)
// (lower case: "Exports of Fujian and Hainan" names places)
const GOODS_OF_FLOW = new RegExp(String.raw`\b(?:[Ee]xports?|[Ii]mports?|[Ss]hipments|[Tt]rade)\s+(?:in|of)\s+(?!(?:goods|the|`
  + String.raw`its|their|this|that|these|all|total|about|over|more|nearly|some|around|up|rmb)\b)[a-z][a-z-]+`);
const PLACE_KINDS = new Set(["province", "city", "region", "group"]);
// ("Gansu led with …", "It was followed by Hainan with …", "… followed with N, M and K respectively")
const PLACES_RANKED = /\b(?:led|leads|followed|came\s+(?:next|second|third)|ranked|remained|posted|recorded|grew|rose|fell|with|at)\b/i;

/**
 * A sentence naming no flow, goods, partner or measure other than trade whose figures, money or changes, are of the
 * places it names ("Gansu, Ningxia and Qinghai followed with N, M and K respectively", "Qinghai grew 4.4 percent and
 * Shaanxi 2.1 percent"): a ranking of places going on with the flow the text was on, or after a heading the
 * article's (its lead's). Never when the text before was on goods or a partner: those places' figures
 * would be of them, never the places' totals.
 */
function placesGoOn(s: Sentence, n: NumberMention, state: DocState, measure: string): Metric | undefined {
  if (s.metrics.length || s.subjects.length || (measure !== "amount" && measure !== "growth") || n.kind === "count") return undefined;
  if (measure === "amount" && !/\b(?:yuan|dollars)\b/.test(n.unit)) return undefined;
  const before = s.entities.filter((e) => e.end <= n.start);
  if (!before.length || !s.entities.every((e) => PLACE_KINDS.has(e.kind))) return undefined;
  if (OTHER_MEASURE_WORDS.test(s.text) || !PLACES_RANKED.test(s.text.slice(before[0]!.end, n.start))) return undefined;
  const last = state.lastSentence ?? "";
  const lastOwners = findEntities(last);
  if (state.metricsOfGoods || state.lastSubject || state.lastPartner || findSubjects(last).length || GOODS_OF_FLOW.test(last)
    || lastOwners.some((e) => e.kind === "partner" || (e.kind === "country" && e.id !== "china"))) return undefined;
  // (the flow before must be a place's own: "Exports through the X Bonded Zone came to N" gives none to the next place)
  if (state.lastMetrics.length && !lastOwners.some((e) => PLACE_KINDS.has(e.kind) || e.id === "china")) return undefined;
  const flows = state.lastMetrics.length ? state.lastMetrics : state.articleMetrics ?? [];
  return flows.length === 1 ? flows[0] : flows.length ? "trade" : undefined;
}

/**
 * "Hangzhou led, with e-commerce trade of 136.8 billion yuan. Jinhua recorded 112.5 billion yuan; Ningbo 98.4 …": a
 * sentence naming no flow that opens with a place of the same province as the one whose amount the sentence before gave
 * goes on with that series: the amount it began with, whose flow and goods its figures take.
 */
function seriesBegun(s: Sentence, state: DocState, measure?: string): Fact | undefined {
  const lead = s.entities[0];
  const before = state.lastAmount;
  if (!lead || !before || (lead.kind !== "city" && lead.kind !== "province") || !/^\W*$/.test(s.text.slice(0, lead.start))) {
    return undefined;
  }
  const parent = place(lead.id)?.parent;
  // (or an amount after the province's own total: "Henan's trade reached N. Kaifeng recorded M"; not a share of it,
  // whose whole may be another flow: "…, of which exports were N. Kaifeng accounted for 30 percent of the total")
  return lead.id !== before.entity && !before.partner && parent !== undefined
    && (place(before.entity)?.parent === parent
      // (only its total trade: after "…, and imports to N" a city's amount is no part of the province's imports)
      || (before.entity === parent && measure === "amount" && before.metric === "trade")) ? before : undefined;
}

/** "…were its main trading partners, with trade of 19.11 billion yuan": an amount or rate of trade, not a count of partners. */
const amountsOfTrade = (metric: Metric, measure: Fact["measure"]): Metric => (metric === "partners" && measure !== "count" ? "trade" : metric);

const PARTNER_FLOW_BEFORE = /\b(?:trade|exports?|imports?)\s+(?:with|to|from)\s+(?:the\s+)?$/i;
/** The one partner a caption opens with ("Trade with Taiwan by city"), none when it joins several ("with Japan and Korea"). */
function captionPartnerOf(text: string): string | undefined {
  const mentions = findEntities(text);
  const opening = mentions.find((e) => (e.kind === "partner" || outsideMainland(e.id))
    && CAPTION_PARTNER_BEFORE.test(text.slice(0, e.start)));
  return opening && !mentions.some((o) => o.start >= opening.end && JOINED_PARTNER.test(text.slice(opening.end, o.start)))
    ? opening.id : undefined;
}
// (a caption opening with its partner, after a table's number: "Table 2: Trade with Chile by city (…)")
const CAPTION_PARTNER_BEFORE = new RegExp(String.raw`^\W*(?:table\s*[\w.-]*\s*[:.–—-]?\s*)?(?:(?:foreign|total|\w+['’]s)\s+)?`
  + String.raw`(?:trade|exports?|imports?)\s+(?:with|to|from)\s+(?:the\s+)?$`, "i");
// a row of the table's whole: "Total", "All", "Grand total", "Overall" (or no words at all, once its flow is taken out)
const NATIONAL_HEADER = /\b(?:national|nationwide|country|china['’]?s?|chinese)\b/i;
const PART_ROW = /^(?:(?:of|among)\s+which|among\s+them|including|incl\.|thereof)\s*[:,]?\s+|^[-–—•·]\s*/i;
const TOTAL_LABEL = /^(?:(?:grand\s+)?total|all|overall|sum|)$/i;
// a row label ending in its unit: "Exports (bln yuan)", "Trade growth (%)", "Foreign capital used (bn USD)"
const ROUTE_WORDS = String.raw`(?:routes?|shuttles?|lines?|services?|corridors?|express|loops?)`;
const ROUTE_ROW = new RegExp(String.raw`^[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?[-–][A-Z][\w'’]*(?:\s[\w'’-]+){0,4}?\s${ROUTE_WORDS}$`);
const LABEL_UNIT = /\(\s*(?:[^()]*\b(?:yuan|rmb|dollars|usd)|%|percent|per\s?cent)\s*\)\s*$/i;
// a column of what was aimed at: "2020 target", "Target", "Plan", "Goal for 2026", "Expected"
const AIM_HEADER = new RegExp(String.raw`^\W*(?:(?:19|20)\d\d\s+)?(?:targets?|goals?|plan(?:ned)?|objectives?|expected|`
  + String.raw`projected|forecast)(?:\s+(?:for\s+)?(?:19|20)\d\d)?\W*$`, "i");

// a row that gives a measure of the row above, no goods: "| Growth | +6.3% |", "| YoY (%) | 4.1 |"
const MEASURE_LABEL = /^(?:growth|change|yoy|y-o-y|year[- ]on[- ]year|share|increase|decrease)(?:\s*\([^()]*\))?$/i;
const GOODS_LABEL = /^(?=.{2,61}$)[A-Za-z][\w'’ -]*(?:,\s*[A-Za-z][\w'’ -]*)*$/;
const ROW_EXAMPLES = /,\s*(?:including|mainly|mostly|such\s+as|e\.g\.|chiefly)\b.*$/i;

// "| Port | Trade | …" over "| Hekou | 261.7 | …": each row is a port, a zone of its own ("Hekou port"), unless its name
// is only a place's ("| Wuhan |" is Wuhan's, as "Erenhot Port" is Erenhot's; "Ruili (road)" is a port of its own)
// (and so a park's or zone's row: "| Sanya Yazhou Bay Science and Technology City |" under "Park")
const PORT_COLUMN = /^(?:(?:main|key|border|land)\s+)?ports?(?:\s+of\s+entry)?$/i;
const ZONE_COLUMN = /^(?:(?:main|key)\s+)?(?:(?:industrial\s+)?parks?|(?:development\s+|bonded\s+)?zones?|parks?\s*\/\s*zones?)$/i;
const PORT_NAMED = /\b(?:ports?|airport|pipelines?|crossings?|stations?)$/i;
function zoneRow(label: string, header: string[] | undefined): { id: string; start: number; end: number } | undefined {
  const column = header?.[0]?.trim() ?? "";
  const port = PORT_COLUMN.test(column);
  if ((!port && !ZONE_COLUMN.test(column)) || TOTAL_LABEL.test(label.trim())) return undefined;
  if (findEntities(label).some((e) => e.start === 0 && e.end >= label.trim().length)) return undefined;
  // ("Ruili (road)": the way goods cross, said in brackets, is part of the port's name)
  const name = label.trim().replace(/\s*\(([^()]+)\)\s*$/, " $1");
  if (!/^[A-Z][\w'’ -]{1,60}$/.test(name)) return undefined;
  return { id: zoneId(!port || PORT_NAMED.test(name) ? name : `${name} port`), start: 0, end: label.length };
}

// "| District | Trade | …" over "| Xyzcheng | 512.7 |": a city's district or county the gazetteer does not know owns its
// row by its own name, as a zone or a sentence's sub-place does; and so does one the gazetteer knows
// only as a city of another province (a district and a far city may share a name)
const LOCAL_COLUMN = /^(?:(?:main|major|key)\s+)?(?:district|county|counties|districts)(?:\s*\/\s*\w+)?$/i;
const LOCAL_NAME = /^[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}$/;
const LOCAL_KIND = /\s+(?:district|county)$/i;
function localRow(label: string, header: string[] | undefined, known: EntityMention | undefined,
  tableOf: string | undefined): { id: string; start: number; end: number } | undefined {
  if (!LOCAL_COLUMN.test(header?.[0]?.trim() ?? "")) return undefined;
  // ("Daxing (incl. Yizhuang)": what a row's brackets add is no part of its name)
  const name = label.trim().replace(/\s*\([^()]*\)\s*$/, "");
  if (TOTAL_LABEL.test(name) || isGroupRow(name) || /^others?\b/i.test(name) || !LOCAL_NAME.test(name)) return undefined;
  if (known) {
    const whole = known.start === 0 && known.end >= name.length && known.kind === "city";
    const province = tableOf ? (place(tableOf)?.kind === "city" ? place(tableOf)?.parent : tableOf) : undefined;
    if (!whole || !province || place(known.id)?.parent === province || known.id === tableOf) return undefined;
  }
  // (by its bare name, as a sentence's sub-place is: "Xyzcheng District" is "Xyzcheng")
  return { id: zoneId(name.replace(LOCAL_KIND, "")), start: 0, end: label.length };
}

// "| Western | 7.5 | 8.0 |" under "| Region | 2031 | 2036 |": a region named by its adjective alone, the column's word
// left out
const REGION_COLUMN = /^(?:(?:economic|geographic(?:al)?)\s+)?regions?$/i;
function regionRow(label: string, header: string[] | undefined): { id: string; kind: "region" } | undefined {
  if (!REGION_COLUMN.test(header?.[0]?.trim() ?? "") || !/^[A-Za-z][A-Za-z-]{2,20}$/.test(label.trim())) {
    return undefined;
  }
  const region = findEntities(`${label.trim()} region`).find((e) => e.kind === "region" && e.start === 0);
  return region ? { id: region.id, kind: "region" } : undefined;
}

// ("| Others |", "| Other land ports |", "| Rest |", "| Subtotal |", "| Comprehensive bonded zones |": under a "Port" or
// "Zone" column, a row of the ports left over or of a group of them, no port or zone of its own)
const REMAINDER_ROW = /^(?:others?\b.*|(?:the\s+)?rest\b.*|remaining\b.*|remainder\b.*|sub-?\s?totals?)$/i;
const GROUP_ROW = /\b(?:ports|zones|areas|parks|crossings|stations)$/i;
const isGroupRow = (label: string) => REMAINDER_ROW.test(label.trim()) || GROUP_ROW.test(label.trim());
const isZoneTable = (header: string[] | undefined) => PORT_COLUMN.test(header?.[0]?.trim() ?? "")
  || ZONE_COLUMN.test(header?.[0]?.trim() ?? "");

/**
 * The place of each column of a table with periods down and places across: the one its header names ("Jiangsu (trillion
 * yuan)", "National total"), or the nearest to its left ("Growth (%)" after "Jiangsu"). None unless a column names one.
 */
function placesAcross(header: string[] | undefined): Array<string | undefined> | undefined {
  if (!header) return undefined;
  const named = header.map((h, j) => (j === 0 ? undefined : placeColumn(h)));
  // (one column naming a place is that place's, and so are those right of it: "| Year | Trade | Jiangsu |" in a text
  // about another place)
  if (!named.some(Boolean)) return undefined;
  let last: string | undefined;
  return named.map((p) => (last = p ?? last));
}

// (a column is a place's only when its header is just the place, with its unit in brackets: never "Share of X's level
// (%)", nor Hong Kong or Macao, the partners of "Guangdong's trade with Hong Kong and Macao" over the columns)
const COMPARED_HEADER = /^(?:share|of|vs\.?|versus|ratio|compared|relative|as\s+%)\b/i;
const PARTNER_PLACES = new Set(["hong-kong", "macao", "taiwan"]);
const PLACE_FLOW_HEADER = /^(?:['’]s)?\s+(?:total\s+)?(?:foreign\s+)?(?:exports|imports|trade)$/i;
function placeColumn(h: string): string | undefined {
  const bare = h.replace(/\s*\([^()]*\)\s*$/, "").trim();
  if (COMPARED_HEADER.test(bare)) return undefined;
  // ("Anhui exports (billion yuan)", "Anhui's exports": the place and a flow alone)
  const whole = findEntities(bare).find((e) => (e.kind === "province" || e.kind === "city") && e.start === 0
    && ((e.end >= bare.length && !e.possessive) || PLACE_FLOW_HEADER.test(bare.slice(e.end))));
  if (whole) return PARTNER_PLACES.has(whole.id) ? undefined : whole.id;
  return NATIONAL_HEADER.test(bare) ? "china" : undefined;
}

/** The figures of one table row: "Solar cells | 7.48 | 117.3%" under "Export product | Value (billion yuan) | Growth". */
function tableRowFacts(
  cells: string[], header: string[] | undefined, span: Span, doc: CorpusDocument, state: DocState,
  passageFor: (start: number) => string, counter: { n: number },
): Fact[] {
  const cell = cells[0]!;
  // ("of which: furniture", "- textiles": a part of the row above, named after the words that say so)
  const label = cell.replace(PART_ROW, "");
  if (isZoneTable(header) && isGroupRow(label)) return [];
  // "Menglong Port | 312.4" under "Port / zone": a row naming a zone of its own gives the zone's figures
  const zone = namedZones(label).find((z) => z.start === 0 && z.end >= label.trim().length) ?? zoneRow(label, header)
    ?? localRow(label, header, findEntities(label)[0], state.lastEntity);
  // (a zone a row names is named for the text after the table too: "the X zone's trade in the third quarter …")
  if (zone && !state.zonesNamed.includes(zone.id)) state.zonesNamed.push(zone.id);
  // ("| China-Europe train trips | …": the place a route is named from is no row's owner)
  const labelPlace = findEntities(label).find((e) => !startsRouteName(label, e) && !endsRouteName(label, e));
  const named = zone ? { id: zone.id, kind: "zone" as const } : labelPlace ?? regionRow(label, header);
  // "Hong Kong" in a "Market" column is a partner, not the place
  // (and so is "Taiwan, China" as a row of a table with no header, under a caption on a mainland place's trade)
  const owner = place(state.tableZone ?? state.lastEntity ?? "");
  const outsideRow = !header && !!named && PARTNER_PLACES.has(named.id) && !!owner && !PARTNER_PLACES.has(owner.id)
    && (owner.kind === "province" || owner.kind === "city");
  const asPartner = named && (named.kind === "partner" || outsideRow
    || (isPartnerColumn(header?.[0]) && named.kind !== "region" && named.kind !== "group" && !zone));
  const entity = named && !asPartner ? named.id : state.tableZone ?? state.lastEntity;
  // ("| 2015 | 6.37 | -3.9 | 3.39 |" under "| Year | Guangdong (…) | Growth (%) | Jiangsu (…) |": each column's own place)
  // (and a partner's row under places across: "| ASEAN | 5000 | 2000 |" under "| Partner | Shenzhen | Guangzhou |")
  const across = named && !asPartner ? undefined : placesAcross(header);
  if (!entity && !across) return [];
  // (a place's row under "Trade with Taiwan by city" is its trade with the partner the caption opens with)
  const placeNamed = named && (named.kind === "province" || named.kind === "city");
  // ("| Wuhan-Japan direct route |": a route to a partner is trade with it)
  const routePartner = ROUTE_ROW.test(label.trim()) ? findEntities(label).find((e) => e.kind === "partner")?.id : undefined;
  const partner = asPartner ? named.id : routePartner
    ?? (named && (!placeNamed || !state.tablePartnerOfRows) ? undefined : state.tablePartner);
  // ("Processing trade", "General trade": the "trade" in a trade mode's name is no flow the row names)
  const modeRow = findSubjects(label)[0]?.kind === "mode";
  const flowWord = findMetricWords(label).find((w) => !(modeRow && w.metric === "trade"));
  const labelFlow = flowWord?.metric;
  // a table whose rows name flows ("Exports", "Total imports and exports") gives its other rows none of the text's
  if (labelFlow) state.tableRowFlows = true;
  // ("| Exports | 881.2 |" then "| Processing trade | 521.8 |": the rows under a flow's own row are its parts)
  const flowOnly = flowWord !== undefined && TOTAL_LABEL.test(`${label.slice(0, flowWord.start)} ${label.slice(flowWord.end)}`.trim());
  // ("| General trade | 1,951.2 |" then "| of which: exports | 702.4 |": a flow named as a part is the row above's flow,
  // no flow of the whole)
  const partOf = flowOnly && PART_ROW.test(cell) ? state.tableParentRow : undefined;
  const flowRow = flowOnly && !partOf;
  if (flowRow) state.tableRowFlow = labelFlow === "exports" || labelFlow === "imports" ? labelFlow : undefined;
  // (a partner's or a place's row ends the block under a flow's row: "| Imports |", "| Chips |", "| ASEAN |" then
  // "| Private enterprises |" is no part of imports)
  else if (labelFlow || named) state.tableRowFlow = undefined;
  if (flowRow && state.tableRowFlow) (state.tableFlowRows ??= new Set()).add(state.tableRowFlow);
  // (a table under a sentence on exports and imports is of neither: only a single flow named before carries)
  // "August" or "Q3" in a "Month" column is the row's period, not a subject
  // ("Full year" under "Q1" … "Q4": the whole of the table's year)
  const tableYear = state.lastPeriod?.y2;
  // ("August 2022 (revised)", "Q4 (preliminary)": a note on the row's figures' status leaves the row a period's)
  const asPeriod = label.replace(STATUS_NOTE, "");
  const rowPeriod = named || labelFlow ? undefined : findPeriods(asPeriod, { ...state.ctx, ...yearOf(state.lastPeriod) })
    .find((p) => p.start === 0 && p.end >= asPeriod.trim().length - 1)?.period
    ?? (WHOLE_YEAR_ROW.test(label.trim()) && tableYear ? { y1: tableYear, m1: 1, y2: tableYear, m2: 12 } : undefined);
  // (rows that are periods or partners are the place's own series: the flow of a sentence on goods before is not
  // theirs; nor is it that of rows of kinds of firm, "| Private enterprises |", which are parts of the place's trade)
  const firmRow = findSubjects(label)[0]?.kind === "enterprise";
  const ownSeries = rowPeriod || asPartner || firmRow;
  const carried = state.lastMetrics.length !== 1 || (ownSeries && state.metricsOfGoods) ? undefined
    : state.lastMetrics[0];
  // (a table whose caption names one flow, "Exports by major categories", is of that flow in every row naming none,
  // under a "| Total exports |" row too, unless its rows name the other flow)
  const captioned = state.tableCaptionFlow && [...state.tableFlowRows ?? []].every((f) => f === state.tableCaptionFlow)
    ? state.tableCaptionFlow : undefined;
  const flow = findMetricWords(header?.[0] ?? "")[0]?.metric
    ?? (labelFlow ? undefined : state.tableRowFlows ? captioned : carried ?? captioned);
  // "Foreign-invested" in an "Enterprise type" column is the table's spelling of foreign-invested enterprises
  // (a zone's row names no goods: "Border Trade Zone" is its kind)
  // ("Mechanical and electrical", "High-tech" as rows of exports: the product group with its head word left out)
  const known = zone ? undefined : findSubjects(label)[0]?.name
    ?? findSubjects(`${label.trim()} products`).find((m) => m.start === 0 && m.kind === "product")?.name;
  // ("Crude oil imports": goods named with their flow; "Total", "Total imports and exports": the whole, no subject)
  // ("Rare metal products (tantalum, niobium)": the examples in brackets are no part of the name)
  // (and so are those after a comma: "Fruit, including durian")
  const goods = (flowWord ? `${label.slice(0, flowWord.start)} ${label.slice(flowWord.end)}` : label).replace(/\s*\([^()]*\)\s*$/, "")
    .replace(ROW_EXAMPLES, "").trim();
  // ("Textile yarn, fabrics and articles": one row's goods named as a list)
  // (a row under a "City" heading is a place, named or not: "| Xyzcity |" is no goods of the place before)
  const placeRow = isPlaceColumn(header?.[0]) && !named;
  // ("Foreign trade growth (%)": a flow's measure named after it is no goods)
  // ("| China-Europe train trips | 2,800 | 2,903 |", "| Airport cargo (10,000 t) | 70 | 72.6 |": a row naming what it
  // counts counts in every column that names nothing)
  const labelCounts = columnOf(label)?.measure === "count" ? columnOf(label) : undefined;
  // ("| Wuhan-Japan direct route | 41,600 |": a route's row is the route's figure, of the place it starts from, never
  // the place's whole)
  const routeName = ROUTE_ROW.test(label.trim()) ? label.trim().charAt(0).toLowerCase() + label.trim().slice(1) : undefined;
  // ("| China-Europe train trips |": the trains' count, as the text's "2,903 trips" is, no goods)
  const routeRow = labelCounts !== undefined && findEntities(label).some((e) => startsRouteName(label, e));
  const subject = partOf ?? routeName ?? (placeRow || routeRow || MEASURE_LABEL.test(label.trim()) || MEASURE_LABEL.test(goods) ? undefined
    : known ?? (!named && !rowPeriod && !TOTAL_LABEL.test(goods) && GOODS_LABEL.test(goods)
    ? goods.charAt(0).toLowerCase() + goods.slice(1) : undefined));
  // (the row a part row under it is of: a mode or goods, never a place, a period or the total)
  if (!PART_ROW.test(cell)) state.tableParentRow = subject && !named && !rowPeriod && !labelFlow ? subject : undefined;
  // (a row naming something not read, "of which: imported materials", is no figure of the whole)
  // (a flow's measure, "Trade growth (%)", is the whole's figure)
  const flowMeasure = labelFlow !== undefined && MEASURE_LABEL.test(goods);
  if (!subject && !named && !rowPeriod && !TOTAL_LABEL.test(goods) && !flowMeasure && !routeRow) return [];
  // ("Hubei's trade by city:" then "| Wuhan | 350 | 54.5 |": a place's row's share is of the place the table is of, or
  // of its province)
  const rowPlace = named && !asPartner && (named.kind === "city" || named.kind === "province") ? named.id : undefined;
  const tableOf = state.lastEntity ? place(state.lastEntity)?.kind : undefined;
  const placeWhole = !rowPlace ? undefined : named?.kind === "city" ? place(rowPlace)?.parent
    : tableOf === "country" ? "national" : tableOf === "region" ? state.lastEntity : undefined;
  const out: Fact[] = [];
  let pos = span.text.indexOf(cell) + cell.length;
  // ("| Coke | 10,000 tons | 61.4 | 15,220 |" under "| Commodity | Unit | Quantity | Value |": the row's unit is its
  // quantity's, and no figure; a quantity in a unit not read is none either)
  const units = rowUnitColumns(cells, header);
  const labelColumn = LABEL_UNIT.test(label) ? columnOf(label) : labelCounts;
  for (const [j, cell] of cells.entries()) {
    if (j === 0) continue;
    const at = span.text.indexOf(cell, pos);
    pos = at + cell.length;
    if (units && (j === units.unitAt || (j === units.quantityAt && !units.column))) continue;
    // a lone number is a figure in a table: its column says what of ("(8.3)" when the caption says what brackets hold;
    // elsewhere brackets may mark a fall)
    const headerColumn = j === units?.quantityAt ? units.column : columnAt(header, j, state.tableUnit ?? state.docUnit);
    // ("| Exports (bln yuan) | 300.0 | 330.65 |" under "| Indicator | 2020 target | 2020 result |": a row naming its own
    // unit measures every column that names none)
    const unitColumn = headerColumn?.measure ? headerColumn : labelColumn ?? headerColumn;
    // ("Xyzcheng ..... 154.2 (+3.4%)" under "(billion yuan; change in brackets)": a bracketed figure in a column no
    // header names is the change the caption says brackets hold, not an amount in the table's unit)
    const changeInBrackets = state.tableBrackets && !header?.[j] && /^\(.*\)$/.test(withoutMark(cell).trim())
      && (!unitColumn || unitColumn.measure === "amount");
    const column: Column | undefined = changeInBrackets
      ? { measure: "growth", ...(unitColumn?.metric && { metric: unitColumn.metric }) } : unitColumn;
    // ("down 2.1", "up 3.3" under "Change (%)": a change with its direction in words; isFallCell signs it below)
    const unmarked = withoutMark(cell);
    const worded = column?.measure === "growth" ? unmarked.replace(/^(?:up|down)\s+(?=\d)/i, "") : unmarked;
    const bare = state.tableBrackets ? worded.replace(/^\(\s*([^()]*?)\s*\)$/, "$1") : worded;
    const lone = /^[-−+]?\d[\d,]*(?:\.\d+)?$/.test(bare) ? { start: 0, end: cell.length, value: Number(bare.replace(/[,−+]/g, (c) => (c === "−" ? "-" : ""))), kind: "bare" as const, unit: "", scale: 1 } : undefined;
    const found = lone ?? findNumbers(unmarked)[0];
    if (!found) continue;
    const cellEntity = across?.[j] ?? entity;
    if (!cellEntity) continue;
    // ("42.6 million tonnes" in a "Quantity" column: a cell that names what it counts is a count)
    const measure = found.kind === "count" ? "count"
      : column?.measure ?? (found.kind === "percent" ? "rate" : found.kind === "money" ? "amount" : undefined);
    if (!measure || (measure === "amount" && found.kind === "percent")) continue;
    // "-3.5%" or "down 3.5 percent" in a growth column is a fall
    const n = measure === "growth" && isFallCell(cell) && found.value > 0 ? { ...found, value: -found.value } : found;
    // a bare number in a growth or share column ("Growth (%)") is a percentage
    const unit = n.kind === "bare" ? column?.unit ?? (measure === "growth" || measure === "share" ? "%" : undefined) : n.unit;
    if (!unit) continue;
    const scale = n.kind === "bare" ? column?.scale ?? 1 : n.scale;
    // "Trade up to April", "Jan–Jun 2024 (billion yuan)": the column's own period
    const against = rowPeriod ? undefined : baseColumn(header, j, state.ctx);
    // ("October | 9.12 | 96.76 | 2.4" under "Month | Value | Cumulative value | Cumulative growth": January to October)
    // ("May | 2.21 | 1.86" under "Month | This year | Last year" or "Month | 2031 | 2030": the second is May of the year
    // before)
    const rowInColumn = rowPeriod && rowPeriodInColumn(rowPeriod, header?.[j]);
    const rowSoFar = rowInColumn && CUMULATIVE_COLUMN.test(header?.[j] ?? "") ? sinceJanuary(rowInColumn) : rowInColumn;
    const period = rowSoFar ?? (against && (measure === "growth" ? against.own : against.earlier))
      ?? headerPeriod(header, j, { ...state.ctx, ...yearOf(state.lastPeriod) }) ?? state.lastPeriod;
    // a count ("China-Europe \btrains\b", "Volume (million tonnes)") and its change are of no flow unless one is named
    // ("Volume (10,000 t) | YoY (%) | Value | YoY (%)": the change after a count is the quantity's, not the value's)
    const quantityChange = measure === "growth" && columnAt(header, j - 1)?.measure === "count";
    const counts = column?.measure === "count" || quantityChange;
    // ("+4.6% q/q", "+1.2% m/m": a cell that names its change as over the period before says so; "y/y" is the default)
    const overBefore = measure === "growth" ? findBases(cell).find((b) => b.kind === "month-on-month") : undefined;
    // (rows naming no goods, months or quarters, take the goods their column's header names; a zone's row has its own)
    // ("| Yueyang | 3.82 |" under "Cross-border e-commerce by city": a place's row is of the mode the caption names)
    // ("| Hangzhou | 151.8 |" under "| City | Cross-border e-commerce trade (billion yuan) |": a place's row too, in a table
    // whose rows are places)
    const placesDown = placeNamed && isPlaceColumn(header?.[0]);
    const rowSubject = subject ?? ((!named || placesDown) && !asPartner && !labelFlow && !zone ? column?.goods : undefined)
      // (and so is its "Total" row: "| Total | 4.2 |" under "Anhui border trade by crossing"; and a month's or quarter's
      // row: "| March | 1.05 |" under "Steel exports by month")
      ?? (((named && !asPartner && !zone) || TOTAL_LABEL.test(goods) || rowPeriod) && !labelFlow ? state.tableSubject : undefined);
    // ("Freight volume (million tonnes) | Change": the change says what was counted, when the row names no goods)
    const countedUnit = quantityChange && !rowSubject ? columnAt(header, j - 1)?.unit?.replace(/^(?:thousand|million|billion)\s+/, "")
      : undefined;
    // ("| Indicator | 2020 target | 2020 result |": a column of aims holds no outcome)
    const aimed = AIM_HEADER.test(header?.[j] ?? "") ? "forecast" : undefined;
    const qualifier = [rowSubject, countedUnit, quantityChange ? "quantity" : undefined, column?.qualifier, aimed]
      .filter(Boolean).join(", ");
    out.push({
      id: `${doc.id}:f${counter.n++}`, docId: doc.id, passageId: passageFor(span.start), start: span.start, end: span.end,
      valueStart: span.start + at + n.start, valueEnd: span.start + at + n.end,
      entity: cellEntity, ...(partner && { partner }), metric: amountsOfTrade(labelFlow ?? column?.metric ?? flow ?? (counts ? "other" : "trade"), measure), measure,
      value: n.kind === "bare" && column?.factor ? Math.round(n.value * column.factor * 1e6) / 1e6 : n.value, unit, scale,
      ...(rowSubject && { subject: rowSubject }), ...(qualifier && { qualifier }), ...(period && { period }),
      ...(overBefore ? { base: cell.slice(overBefore.start, overBefore.end) }
        : measure === "growth" && against?.own && { base: against.text }),
      // ("Share (%)" of a place's trade by mode: of its own total, unless the header names the nation's)
      ...(measure === "share"
        && { shareOf: NATIONAL_HEADER.test(header?.[j] ?? "") || column?.national ? "national" : placeWhole ?? "own" }),
    });
  }
  // (whose flow they are is told once the table has ended: see flowsUnderRows)
  if (flowRow) state.tableRowWhole = out.find((f) => f.measure === "amount");
  if (!labelFlow && !flowRow && state.tableRowFlow && subject) {
    (state.tableUnder ??= []).push({ facts: out, flow: state.tableRowFlow, ...(state.tableRowWhole && { whole: state.tableRowWhole }) });
  }
  return out;
}

/**
 * "| Exports | 881.2 |", "| Processing trade | 521.8 |", …, "| Imports | 623.3 |", "| Iron ore | 98.4 |": in a table
 * whose rows name both flows alone, the goods and modes under each are its parts (with one flow's row only, "| Exports |"
 * then "| Machinery |", the rows after it may be of total trade: they are left so).
 */
function flowsUnderRows(state: DocState): void {
  if (state.tableFlowRows?.has("exports") && state.tableFlowRows.has("imports")) {
    // (a row bigger than its flow's own row is no part of it: "| Imports | 13,306 |" then "| General trade | 38,812 |"
    // goes back to the whole's rows, and so do the rows after it)
    const closed = new Set<Fact | undefined>();
    for (const { facts, flow, whole } of state.tableUnder ?? []) {
      const amount = facts.find((f) => f.measure === "amount");
      if (!whole || closed.has(whole) || (amount && amount.value! * amount.scale > whole.value! * whole.scale)) {
        closed.add(whole);
        continue;
      }
      for (const f of facts) if (f.metric === "trade") f.metric = flow;
    }
  }
  state.tableRowFlow = undefined;
  state.tableFlowRows = undefined;
  state.tableUnder = undefined;
  state.tableRowWhole = undefined;
}

/**
 * A column under an earlier base ("Compared with January-June 2019 | Change on 2019 (%)" beside "January-June | Value"):
 * its change is the table's own period's, over that base, and its value the base's own ("Value in 2019": the same
 * months of 2019, as the group's header says).
 */
function baseColumn(header: string[] | undefined, j: number, ctx: PeriodContext):
  { text: string; own?: Period; earlier?: Period } | undefined {
  const h = header?.[j] ?? "";
  const bases = findBases(h).filter((b) => b.kind === "earlier");
  if (!header || !bases.length) return undefined;
  const text = h.slice(bases[0]!.start, bases.at(-1)!.end);
  const earlier = findPeriods(text, ctx, { keepBases: true })[0]?.period;
  // (the table's own period: that of the columns under no base)
  const plain = header.map((c, k) => (k >= 1 && !findBases(c).some((b) => b.kind === "earlier") ? c : ""));
  const own = plain.some(Boolean) ? headerPeriod(plain, j, ctx) : undefined;
  if (!earlier || !own || earlier.y2 === null || own.y1 === null || earlier.y2 >= own.y1) return undefined;
  // (said as the texts say it: "the same period of 2019")
  const same = earlier.m1 === own.m1 && earlier.m2 === own.m2 && earlier.y1 === earlier.y2;
  return { text: same ? `the same period of ${earlier.y1}` : text, own, earlier };
}

/**
 * A column's period: its own header's ("Jan-Jun 2024 (billion yuan)"), else the nearest other column's, left first
 * ("2009 trade | Change": the change is 2009's too).
 */
function headerPeriod(header: string[] | undefined, j: number, ctx: PeriodContext): Period | undefined {
  if (!header) return undefined;
  const order = [j, ...Array.from({ length: header.length }, (_, d) => [j - d - 1, j + d + 1]).flat()]
    .filter((k) => k >= 1 && k < header.length);
  // ("Jan | … | Dec | Year": the year's own column is the whole of the table's year, not its nearest month)
  const year = ctx.contextYear;
  if (WHOLE_YEAR_ROW.test(header[j]?.trim() ?? "") && year) return { y1: year, m1: 1, y2: year, m2: 12 };
  for (const k of order) {
    // ("Q4 2020 | YoY % | Full year | YoY %": the change right of the year's own column is the whole year's)
    if (k !== j && WHOLE_YEAR_ROW.test(header[k]?.trim() ?? "") && year) return { y1: year, m1: 1, y2: year, m2: 12 };
    const period = findPeriods(header[k]!, ctx)[0]?.period;
    if (period) return period;
  }
  return undefined;
}

/**
 * The owners of the figures of the paragraph before the one starting at `start` (not China, the reference):
 * "Dalian traded …. Shenyang traded …. Yingkou traded …" were of several places, none of them what the text goes on about.
 * Asked at starts in text order (the blank lines are found once and passed by, the facts read back from the last):
 * a text of many paragraphs is read in linear time.
 */
export function paragraphOwners(text: string): (start: number, facts: Fact[]) => Set<string> {
  const gapEnds = [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index! + m[0].length);
  let k = 0;
  return (start, facts) => {
    while (k < gapEnds.length && gapEnds[k]! <= start) k++;
    // (a blank line right before `start`, and the one before it, or the text's start, where that paragraph starts)
    if (k === 0 || !/^\s*$/.test(text.slice(gapEnds[k - 1]!, start))) return new Set();
    const from = k >= 2 ? gapEnds[k - 2]! : 0;
    const owners = new Set<string>();
    for (let i = facts.length - 1; i >= 0 && facts[i]!.start >= from; i--) {
      const f = facts[i]!;
      if (f.start < start && f.entity !== "china" && !f.derived) owners.add(f.entity);
    }
    return owners;
  };
}

// a caption's source, or an office a place names: "Source: Hefei Customs", "compiled by the Wuhu Bureau of Statistics"
const CAPTION_SOURCE = /\b(?:sources?\s*:|compiled\s+by|according\s+to|data\s+(?:from|by))[^()|]*$/i;
const INSTITUTION_AFTER = new RegExp(String.raw`^\s*(?:municipal\s+|provincial\s+)?(?:customs|bureau|statistics|`
  + String.raw`statistical|department|office|commission|government|authority|administration)\b`, "i");
/** The year a bare month in a table row belongs to: the year of the text's last period. */
const yearOf = (p: Period | undefined): Partial<PeriodContext> => (p?.y2 ? { contextYear: p.y2 } : {});
// a column of the year so far beside one of each month ("Cumulative value", "Year-to-date growth", "YTD")
const CUMULATIVE_COLUMN = /\b(?:cumulative|cumulated|year[- ]to[- ]date|ytd)\b/i;
/** A month's or a quarter's row's cumulative figure: from January of its year to the row's end. */
const sinceJanuary = (p: Period): Period => (p.y1 !== null && p.y1 === p.y2 ? { ...p, m1: 1 } : p);
// "(revised)", "[preliminary]", ", est.": a note after a row's label on how final its figures are
const STATUS_WORDS = String.raw`revised|preliminary|provisional|prelim\.?|estimated?|est\.|final|corrected|adjusted|updated`;
const STATUS_NOTE = new RegExp(String.raw`\s*(?:[([]\s*(?:${STATUS_WORDS}|[rpe])\s*[)\]]|,\s*(?:${STATUS_WORDS}))\s*\*?$`, "i");
const WHOLE_YEAR_ROW = /^(?:(?:the\s+)?(?:full|whole)[- ]year|year(?:\s+total)?|annual(?:\s+total)?)$/i;

/**
 * A table column's reading; "Exports (billion yuan) | Change (%)": a column naming no flow has the one to its left.
 * Under "Unit: 100 million yuan", a column that is no rate ("Total", "Exports", "2024") holds amounts in that unit.
 */
function columnAt(header: string[] | undefined, j: number, tableUnit?: Column): Column | undefined {
  const named = header?.[j] ? columnOf(header[j]!) : undefined;
  // ("Exports (%)": a column in percent holds rates, never amounts in the table's unit)
  const inPercent = /%|\bper\s?cent\b/i.test(header?.[j] ?? "");
  const column = tableUnit && !inPercent && !named?.unit && (!named?.measure || named.measure === "amount")
    ? { ...tableUnit, ...(named?.metric && { metric: named.metric }) } : named;
  if (column?.metric && !column.measure && !inPercent) return { ...column, ...unitOnLeft(header!, j) };
  if (!column || column.metric) return column;
  // ("Total | Exports | Imports | Growth (%)": a change after the columns of both flows side by side is the whole's)
  if (column.measure === "growth" && bothFlowsLeft(header!, j)) return column;
  // ("2021 Exports | 2021 Imports | 2021 Total": the total after both flows is their sum, the trade)
  if (column.measure === "amount" && header && /\btotal\b/i.test(header[j] ?? "")
    && flowsLeft(header, j)) return { ...column, metric: "trade" };
  for (let k = j - 1; k > 0; k--) {
    const left = header?.[k] ? columnOf(header[k]!) : undefined;
    // (with the goods it names: "Iron ore imports (t) | Value": the value of the iron ore)
    if (left?.metric) return { ...column, metric: left.metric, ...(left.goods && { goods: left.goods }) };
  }
  return column;
}

/**
 * "Total (billion yuan) | Exports | Imports": a column naming a flow and nothing else is in the money unit the nearest
 * amount column to its left states (a header writes the unit once); none, when no column on its left states one.
 */
function unitOnLeft(header: string[], j: number): Column {
  for (let k = j - 1; k > 0; k--) {
    const left = header[k] ? columnOf(header[k]!) : undefined;
    if (left?.measure === "amount" && left.unit && /yuan|dollars/.test(left.unit)) {
      return { measure: "amount", unit: left.unit, scale: left.scale ?? 1, ...(left.factor && { factor: left.factor }) };
    }
  }
  return {};
}

/** The amount columns right before column j, with no change column between, are of both flows: "Exports | Imports". */
function flowsLeft(header: string[], j: number): boolean {
  const flows = new Set<Metric>();
  for (let k = j - 1; k > 0; k--) {
    const left = header[k] ? columnOf(header[k]!) : undefined;
    if (!left?.metric || (left.measure && left.measure !== "amount")) break;
    flows.add(left.metric);
  }
  return flows.has("exports") && flows.has("imports");
}

/**
 * The amount columns right before column j, with no change column between, are the whole's and both flows':
 * "Total | Exports | Imports". (Without the whole's, "Exports | Imports | Growth" keeps the flow to its left.)
 */
function bothFlowsLeft(header: string[], j: number): boolean {
  const flows = new Set<Metric | "total">();
  for (let k = j - 1; k > 0; k--) {
    const left = header[k] ? columnOf(header[k]!) : undefined;
    if (left?.measure && left.measure !== "amount") break;
    if (left?.metric) flows.add(left.metric);
    else if (/^\s*total\b/i.test(header[k] ?? "")) flows.add("total");
  }
  return flows.has("exports") && flows.has("imports") && (flows.has("trade") || flows.has("total"));
}

// "Total", "Total imports and exports", "Exports": a row of the whole of the table's place, by its flow
const WHOLE_ROW = new RegExp(String.raw`^(?:total|(?:total\s+)?(?:(?:foreign\s+)?trade|imports?\s+and\s+exports?|`
  + String.raw`exports?\s+and\s+imports?|exports?|imports?))(?:\s+value)?$`, "i");
const rowFlow = (label: string): Metric | undefined => (/\band\b|trade/i.test(label) ? "trade"
  : /^(?:total\s+)?exports?\b/i.test(label) ? "exports" : /^(?:total\s+)?imports?\b/i.test(label) ? "imports" : undefined);
// (a year, a half or quarter, "H1 2018", or a counting unit, "(100 million yuan)", "(100 mn yuan)", is no figure)
const rowFigures = (cells: string[]): string => cells.slice(1).join(" ")
  .replace(/\b(?:19|20)\d\d\b|\b[HQ][1-4]\b|\b100\s*(?:million|mn|mln|m)\b|\b10,000\b/g, "");

/** The rows of the table under a header: the lines after it, up to the next header or the table's end. */
function rowsBelow(spans: Span[], at: number): string[][] {
  const rows: string[][] = [];
  for (const span of spans.slice(at + 1)) {
    const cells = tableCells(span.text);
    if (!cells || (!/\d/.test(rowFigures(cells)) && !isRuleRow(cells) && cells.slice(1).some((c) => c !== ""))) break;
    rows.push(cells);
  }
  return rows;
}

// "Notes: Freight in tonnes; value in 100 million yuan; growth in percent." on the line right under a table: what each
// clause names ("value", or "values"/"figures"/"amounts" for every column) and the unit it is in
const NOTE_LINE = /^\W*(?:notes?|units?)\s*[:：]\s*/i;
// "Unit: 100 million yuan. Source: …" under a table: the unit of every column naming none, the note's first clause
const UNIT_NOTE = /^\W*units?\s*[:：]\s*([^.;:()]{3,30}?)\s*(?:[.;]|$)/i;
const NOTE_CLAUSE = /^(?:the\s+)?([a-z][a-z -]{1,30}?)\s+(?:(?:is|are|given)\s+)?in\s+([^()]{3,30}?)[\s.)]*$/i;
const EVERY_COLUMN = /^(?:all\s+)?(?:values|figures|amounts|data)$/i;
const singular = (w: string) => w.toLowerCase().trim().replace(/s$/, "");

/**
 * "| Port | Value | Value yoy % |" with "Notes: … value in 100 million yuan" under its rows: each column the note names
 * that states no unit of its own takes the note's, as if its header said it ("Value (100 million yuan)").
 */
function notedUnits(header: string[], spans: Span[], at: number, text: string): string[] {
  const rows = rowsBelow(spans, at);
  const note = spans[at + 1 + rows.length];
  const last = spans[at + rows.length]!;
  // (the line right under the table, a blank line between at most)
  if (!note || !NOTE_LINE.test(note.text) || (text.slice(last.end, note.start).match(/\n/g) ?? []).length > 2) return header;
  const noted = new Map<string, string>();
  const unitNoted = UNIT_NOTE.exec(note.text)?.[1];
  // (a note of several clauses, "Unit: freight in 10,000 tonnes; value in 100 million yuan", names each column's)
  if (unitNoted && !NOTE_CLAUSE.test(unitNoted.trim())) noted.set("*", unitNoted);
  else for (const clause of note.text.replace(NOTE_LINE, "").split(/;/)) {
    const m = NOTE_CLAUSE.exec(clause.trim());
    if (m) noted.set(EVERY_COLUMN.test(m[1]!) ? "*" : singular(m[1]!), m[2]!);
  }
  return header.map((h, j) => {
    const unit = noted.get(singular(h.replace(/\([^()]*\)/g, ""))) ?? noted.get("*");
    const column = columnOf(h);
    // (only a column stating no unit nor rate of its own, and only a unit read as an amount: "in percent" is none)
    if (j === 0 || !unit || /%|\bper\s?cent\b/i.test(h) || column?.unit || (column?.measure && column.measure !== "amount")) {
      return h;
    }
    return columnOf(`(${unit})`)?.measure === "amount" ? `${h} (${unit})` : h;
  });
}

/**
 * "| Item | Q1-Q3 value | Change (%) |" naming no unit, over "| Total | 581.95 | -6.2 |": the unit of the amount the
 * text stated before with a row's very value ("581.95 billion yuan"), for the whole table; only when the row is of the
 * stated figure's place and flow (its whole, "Total", of the table's place, or that place by name), never a partner's,
 * another place's or goods' row that happens to equal it.
 */
function restatedUnit(rows: string[][], header: string[], facts: Fact[], owner: string | undefined): Column | undefined {
  for (const cells of rows) {
    const label = cells[0]?.trim() ?? "";
    const place = findEntities(label).find((e) => e.kind !== "partner" && e.start === 0 && e.end >= label.length);
    const rowOwner = place ? place.id : WHOLE_ROW.test(label) ? owner : undefined;
    if (!rowOwner) continue;
    for (const [j, cell] of cells.entries()) {
      const column = j > 0 && header[j] ? columnOf(header[j]!) : undefined;
      if (column?.measure !== "amount" || column.unit || !/^\d[\d,]*\.\d+$/.test(cell.trim())) continue;
      const value = Number(cell.trim().replace(/,/g, ""));
      const flow = rowFlow(label) ?? column.metric;
      const stated = facts.find((f) => f.measure === "amount" && !f.derived && f.value === value && /yuan|dollars/.test(f.unit)
        && f.entity === rowOwner && !f.subject && !f.partner && (!flow || f.metric === flow));
      if (stated) return { measure: "amount", unit: stated.unit, scale: stated.scale };
    }
  }
  return undefined;
}

/** The unit a line of its own gives the table below it, if the line is one. */
// ("Cross-border e-commerce by city": what a caption's rows are told by)
const CAPTION_BY = new RegExp(String.raw`\bby\s+(?:cit(?:y|ies)|provinces?|regions?|partners?|countr(?:y|ies)|markets?|`
  + String.raw`destinations?|origins?|ports?|(?:customs\s+)?districts?|prefectures?|count(?:y|ies))\b`, "i");
/** The subjects a caption names ("Processing trade by city (100 million yuan)"): one of them is its rows'. */
const captionSubjects = (subjects: Array<{ name: string }>) => [...new Set(subjects.map((x) => x.name))];

// "- Xport: 14.7 million tonnes": an item named by one or two capitalised words, its figure right after the colon
const PORT_ITEM = /^\s*[-–•*]?\s*([A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})?)\s*:\s*(?=\d)/;
const PORTS_LEAD = /\b(?:ports?|port\s+areas?|crossings?|checkpoints?)\b[^.]*:\s*$/i;
const NOT_PORT_NAME = /^(?:others?|total|all|rest|remainder|note|source|subtotal)$/i;
// ("Table 7: Exports by Trade Mode and Major Categories, 2031": the one flow a caption names, exports or imports; the
// "trade" of "by trade mode" is none)
function captionFlow(caption: string): Metric | undefined {
  const flows = new Set(findMetricWords(caption.replace(/\btrade\s+(?:modes?|methods?|types?)\b/gi, " ")).map((m) => m.metric));
  const [only] = flows;
  return flows.size === 1 && (only === "exports" || only === "imports") ? only : undefined;
}
// "Ranking of car exports by province, 2031", "Steel imports by port": goods a caption names before its flow and the
// kind of its rows, whose figures the rows are (never the places' whole trade)
// ("Steel exports by month (million tonnes)": the rows of a series are of the goods too)
const CAPTION_GOODS = new RegExp(String.raw`^(?:[^,;]*\bof\s+)?(?:the\s+)?([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+`
  + String.raw`(?:exports|imports)\s+by\s+(?:province|city|region|port|country|market|partner|destination|month|quarter)s?\b`,
  "i");
const NOT_CAPTION_GOODS = /\b(?:total|foreign|main|top|major|overall|china['’]?s?|provincial|monthly|annual|and|goods)\b/i;
// (by the name the text's figures already give them: "car exports" over a table after "6.18 million vehicles" are those
// vehicles, so that a question on cars finds one goods, not two)
// (the place a caption opens with owns the rows, it is no goods: "Xingtai steel exports by month")
const captionGoods = (caption: string, before: Fact[]): string | undefined => {
  const lead = findEntities(caption).find((e) => !caption.slice(0, e.start).trim());
  const rest = lead ? caption.slice(lead.end).replace(/^['’]s\b/, "") : caption;
  const goods = CAPTION_GOODS.exec(rest.trim())?.[1]?.toLowerCase();
  if (!goods || NOT_CAPTION_GOODS.test(goods) || findEntities(goods).length) return undefined;
  return before.find((f) => f.subject && (sameGoods(f.subject, goods) || f.subject === `${goods}s`))?.subject ?? goods;
};
const TABLE_CAPTION = /^\s*table\s+\d{1,2}(?:[-.–]\d{1,2})?[a-z]?\s*[.:]?\s+[A-Za-z][^|]*$/i;
const SHARE_CAPTION = /^[^|]{0,100}\b(?:shares?|proportions?)\b[^|()]*\(\s*(?:%|per\s?cent)\s*\)\s*[.:]?$/i;
function tableUnitOf(line: string): Column | undefined {
  // (a sentence that states a figure of its own is no caption: "Exports rose 5% to 26.1 (billion yuan).")
  // (a year, a counting unit, "100 million", and a table's number, "Table 1", are no figure)
  // (nor is a section's number: "3. Main indicators (unit: US$100 million)"; nor a quarter or half: "partners, Q1";
  // nor a yearbook's chapter-numbered table: "Table 11-4")
  const figures = line.replace(/\([^()]*\)\s*[.:]?\s*$/, "").replace(/^\s*(?:\d{1,2}\.|\(\d{1,2}\))\s/, "")
    .replace(new RegExp(String.raw`\b(?:19|20)\d\d\b|\b100\s+(?:million|mn|mln)\b|\b10,000\b`
      + String.raw`|\b(?:table|chart|figure|no\.?)\s*\d+(?:[-.–]\d+)*[a-z]?\b`, "gi"), "")
    .replace(/\b(?:Q[1-4]|H[12])\b/g, "");
  if (/\d/.test(figures)) {
    return undefined;
  }
  for (const pattern of TABLE_UNIT_LINES) {
    const unit = pattern.exec(line.trim())?.[1];
    // (read as a header's brackets: "10,000 tonnes" counts tens of thousands of tonnes, as "(10,000 tonnes)" does)
    const column = unit ? columnOf(/^\(.*\)$/.test(unit) ? unit : `(${unit})`) : undefined;
    if (column?.unit) return { ...column, measure: column.measure === "count" ? "count" : "amount" };
  }
  // ("Where the goods came from (imports, 2031, billion yuan)": the unit after the flow and the year in the brackets)
  const parts = /\(([^()]{3,60})\)\s*[.:]?$/.exec(line.trim())?.[1]!.split(new RegExp(`,(?!\\d{3}\\b)`)) ?? [];
  const last = parts.length >= 2 ? columnOf(`(${parts.at(-1)!.trim()})`) : undefined;
  if (last?.unit) return { ...last, measure: last.measure === "count" ? "count" : "amount" };
  // "Table 1. Shares of national imports and exports by region (percent)": the cells are shares, in percent (of the
  // nation's total when the caption says so)
  if (SHARE_CAPTION.test(line)) {
    return { measure: "share", unit: "%", scale: 1, ...(NATIONAL_HEADER.test(line) && { national: true }) };
  }
  return undefined;
}

// "… shown below, in units of 100 million yuan", "(unit: 10,000 US dollars)": the counting unit a text gives its
// figures in, said in words, is no figure of its own (a round power of ten, right after the words that give a unit)
const UNIT_SAID = /\b(?:in\s+(?:the\s+)?units?\s+of|units?\s*[:：])\s*(?:(?:US|RMB|HK)?\$\s*)?$/i;
const unitStated = (text: string, n: NumberMention) => UNIT_SAID.test(text.slice(0, n.start))
  && /^10*$/.test(String(Math.abs(n.value * n.scale)));
// "14.2 percent more than in the same period last year, when it brought in 106.3 billion": the figure of the earlier
// period a change is measured from, told in a clause of its own; read as the text's period it lent a year-old figure
// (here a count read as money) to the figure's own period
const BASE_WHEN = new RegExp(String.raw`\b(?:(?:same|corresponding)\s+(?:period|months?|quarter|half)(?:\s+(?:of\s+)?`
  + String.raw`(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago|before)))?|(?:a|the)\s+year\s+(?:earlier|ago|before)|`
  + String.raw`(?:than|from|over|on|with)\s+(?:in\s+)?(?:last\s+year|the\s+previous\s+year|(?:19|20)\d\d))\s*,\s*when\s+`
  + String.raw`[^,;.\d]{2,40}?\s(?:about\s+|nearly\s+|some\s+|only\s+|just\s+)?(?:US\$|\$|RMB\s?)?$`, "i");
const earlierWhen = (text: string, n: NumberMention) => BASE_WHEN.test(text.slice(Math.max(0, n.start - 160), n.start));

/** The place an article is about: the first place its headline names, else the place of the office its lead cites. */
function documentPlace(doc: Pick<CorpusDocument, "text" | "meta">): { id: string; kind: string } | undefined {
  const places = (text: string) => findEntities(text).filter((e) => e.kind === "province" || e.kind === "city" || e.kind === "region");
  // ("Trade with Taiwan rises": a place the headline names as the other side of the trade is no place it is about)
  // ("Lanzhou, May 3, 2031 -- Gansu's trade grows …", a plain text's first line: the place the headline after its
  // dateline names, not the city it was filed from; the dateline's when the headline names none)
  const filedFrom = OPENING_DATELINE.exec(doc.meta.title);
  const headline = filedFrom?.index === 0 ? filedFrom[0].length : 0;
  // ("Haikou Customs Statistical Bulletin: Hainan foreign trade, …": the office issuing a bulletin is not what it is
  // about when the headline names another place; the office's own place only when it names none, or only a part of
  // a province: "Shantou Customs press conference on foreign trade of eastern Guangdong")
  const aside = (e: EntityMention) => isOffice(doc.meta.title, e) || COMPASS_BEFORE.test(doc.meta.title.slice(0, e.start));
  const named = places(doc.meta.title).filter((e) => !placeAsPartner(doc.meta.title, e))
    .sort((x, y) => Number(aside(x)) - Number(aside(y)));
  const inTitle = named.find((e) => e.start >= headline) ?? named[0];
  // ("Xinyang Economic and Technological Development Zone: annual report": a zone a headline opens with, named after
  // its place, is what the report is about, not the place)
  const zone = namedZones(doc.meta.title)[0];
  const heads = zone && inTitle && zone.start <= inTitle.start && inTitle.end <= zone.end
    && PROPER_NAME.test(doc.meta.title.slice(zone.start, zone.end).trim())
    && TITLE_OPENING.test(doc.meta.title.slice(0, zone.start)) && ZONE_TITLE_END.test(doc.meta.title.slice(zone.end));
  if (heads) return { id: zone.id, kind: "zone" };
  // ("Frequently asked questions - Guangzhou Kelang Port Authority": a port of the city the headline names, by a name
  // of its own no gazetteer knows, is what the page is about; its figures are no whole of the city's)
  const cityPort = inTitle?.kind === "city" ? portOfCity(doc.meta.title, inTitle) : undefined;
  if (cityPort) return cityPort;
  // ("Harbin Customs press briefing: January-September 2025" over "Heilongjiang's imports and exports totaled …": a
  // headline naming no place but the office's leaves it to the lead, as a headline naming none does)
  const officeOnly = inTitle && named.length === 1 && isOffice(doc.meta.title, inTitle) ? inTitle : undefined;
  if (inTitle && !officeOnly) return { id: inTitle.id, kind: inTitle.kind };
  // ("Kelang port trade falls 9%", "Kelang Port: questions and answers": a port or zone the headline opens with, named
  // after no place the gazetteer knows, is what the report is about, not the province or city of the dateline)
  // (a name of its own, never a kind's words only: "Comprehensive Bonded Zone imports climb" names no one zone)
  const opens = zone && zoneShortName(zone.id) !== undefined && TITLE_OPENING.test(doc.meta.title.slice(0, zone.start))
    && /^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*(?:\s+[a-z]+)?$/.test(doc.meta.title.slice(zone.start, zone.end).trim())
    && (ZONE_TITLE_END.test(doc.meta.title.slice(zone.end)) || OWNS_FLOW_AFTER.test(doc.meta.title.slice(zone.end)));
  if (opens) return { id: zone.id, kind: "zone" };
  // "Huangpu Customs: imports and exports in its district reach …": a customs office named after no place the
  // gazetteer knows (a district or port) owns its district's figures as a zone of its own, not the dateline's city
  const customs = CUSTOMS_NAMED.exec(doc.meta.title)?.[1];
  if (customs && !findEntities(customs).length) return { id: zoneId(customs), kind: "zone" };
  const lead = doc.text.slice(0, 600);
  const office = places(lead).find((e) => isOffice(lead, e)) ?? officeOnly;
  if (!office) return undefined;
  // ("LANZHOU - Gansu's trade reached …, Lanzhou Customs said": a lead naming another place of its own, not as an
  // office, the dateline or a place the office's district covers, is about that place; the office is only the source)
  // (under a headline naming only the office, the first sentence on trade: a bulletin's lines before it, "Harbin
  // Customs" alone, name only who issued it)
  const sentences = splitSentences(lead);
  const opening = (officeOnly ? sentences.find((x) => OWNS_FLOW_WORD.test(x.text)) : undefined) ?? sentences[0];
  const sentence = opening ? opening.text.replace(HYPHEN_DATELINE, "").replace(DATELINE, "") : "";
  // (only a place named as the owner of the lead's trade, before its first figure: "Gansu's trade", "Gansu's exports";
  // never one set beside the office's figures, "the city's exports rose 8 percent, outpacing Shanghai")
  const firstFigure = sentence.search(/\d/);
  const own = places(sentence).find((e) => e.id !== office.id && !isOffice(sentence, e)
    && !DISTRICT_COVERS.test(sentence.slice(0, e.start)) && !WHOLE_OF_SHARE.test(sentence.slice(0, e.start))
    && (firstFigure < 0 || e.end <= firstFigure) && (e.possessive || OWNS_FLOW_AFTER.test(sentence.slice(e.end)))
    // (over a headline naming the office, a province or city only, never a locator: "east China's Shandong")
    && (!officeOnly || e.kind !== "region"));
  return own ? { id: own.id, kind: own.kind } : { id: office.id, kind: office.kind };
}
const COMPASS_BEFORE = new RegExp(String.raw`\b${COMPASS}\s+$`, "i");
const OWNS_FLOW_WORD = /\b(?:trade|exports?|imports?)\b/i;
// "Gansu foreign trade", "Gansu exports": a place's flow named by the place before it
const OWNS_FLOW_AFTER = /^\s+(?:(?:total|foreign)\s+)?(?:trade|exports|imports)\b/i;
// "Nanchang Customs, the district covering Nanchang, Jiujiang and …", "whose area includes …": the office's own area
const DISTRICT_COVERS = /\b(?:cover(?:s|ing)|includ(?:es|ing)|span(?:s|ning))\b[^.;]*$/i;
// "… equal to 55.2% of Jiangxi's total": the whole a share is of, not what the lead is about
const WHOLE_OF_SHARE = /(?:%|\bpercent|\bper\s+cent|\bshare)\s+of\s+(?:the\s+)?$/i;

const PLACE_ANAPHOR = /\bthe\s+(province|city|region)['’]s\b/i;
// "the largest trading partner of the province"
const PARTNER_OF_PLACE = /\bpartners?\s+of\s+the\s+(province)\b/i;
// "2. Trade by mode", "## 3.1 Trade by park": a numbered or marked heading, a line of its own with no sentence's end
const SECTION_NUMBER = String.raw`\d{1,2}(?:\.\d{1,2})*`;
const SECTION_HEADING = new RegExp(String.raw`^\s*(?:#{1,6}\s+(?:${SECTION_NUMBER}\.?\s+)?|${SECTION_NUMBER}[.)]?\s+)`
  + String.raw`[A-Z][^.!?\n]{2,80}$`);
/** The line of a text a position is on. */
// ("**4. New formats**": a heading set in bold is read without its marks)
const lineAt = (text: string, at: number): string => {
  const end = text.indexOf("\n", at);
  return text.slice(text.lastIndexOf("\n", at - 1) + 1, end < 0 ? text.length : end).replace(/^(\s*)(\*\*|__)(.+)\2\s*$/, "$1$3");
};
// "Partners", "What drove exports": a heading whose marks the reader took away (Markdown's "##", HTML's <h2>), a short
// line with no figure and no sentence's end, a paragraph of its own
const BARE_HEADING = /^\s*[A-Z][^.!?:;\d\n|]{2,60}$/;
// ("Last year: results", "## Targets for 2031": a short line of its own, no sentence, with a period and no figure)
const SECTION_MARK = /^\s*(?:#{1,6}\s+)?(?:(?:\d{1,2}|[IVX]{1,4})[.)]\s*)?$/;
const PERIOD_HEADING = /^\s*(?:#{1,6}\s+)?[A-Z][^.!?;\n|]{2,60}$/;
/** The one period a heading at a position names, when it names one and no figure. */
function periodHeading(text: string, at: number, ctx: PeriodContext): Period | undefined {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  // ("4. Targets for 2031" under "3. Ports": a numbered heading, blank lines around or not, without its number, which
  // the sentence reader may have split off)
  if (!SECTION_MARK.test(text.slice(start, at))) return undefined;
  const whole = lineAt(text, at);
  const numbered = SECTION_HEADING.test(whole);
  const line = whole.replace(/^\s*(?:#{1,6}\s+)?(?:\d{1,2}|[IVX]{1,4})[.)]\s+/, "");
  const end = text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at);
  const alone = (start === 0 || /\n[ \t]*\n$/.test(text.slice(Math.max(0, start - 8), start)))
    && (end >= text.length || /^[ \t]*\n[ \t]*\n/.test(text.slice(end, end + 8)));
  if (!PERIOD_HEADING.test(line) || !(alone || numbered)) return undefined;
  const named = captionPeriods(line, ctx) ?? findPeriods(line, ctx);
  if (named.length !== 1) return undefined;
  return /\d/.test(line.slice(0, named[0]!.start) + line.slice(named[0]!.end)) ? undefined : named[0]!.period;
}
/** Is the line at a position a section's heading, marked, numbered or bare? */
function headingAt(text: string, at: number): boolean {
  const line = lineAt(text, at);
  if (SECTION_HEADING.test(line) || SLIDE_MARKER.test(line)) return true;
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = start + (text.slice(start).match(/^[^\n]*/)?.[0].length ?? 0);
  return BARE_HEADING.test(line) && (start === 0 || /\n[ \t]*\n$/.test(text.slice(Math.max(0, start - 8), start)))
    && (end >= text.length || /^[ \t]*\n[ \t]*\n/.test(text.slice(end, end + 8)));
}
// (the zone as the heading of a report on it, its name as a name: "X Economic and Technological Development Zone: …";
// not "Firms in X Zone …", nor a news headline, "X pilot free trade zone's trade jumps …", whose place stays the
// topic)
const CITY_PORT = /^\s+([A-Z][a-z]{2,})\s+Port\b/;
const PORT_WORD_NAME = /^(?:Bay|Harbou?r|Lake|Island|Gulf|Coast|Land|Dry|Rail(?:way)?|Container|Cargo|Customs|Ferry)$/;
/** The port a city's name goes on to name ("Guangzhou [Kelang Port] Authority"), by a name no gazetteer knows. */
function portOfCity(text: string, city: EntityMention): { id: string; kind: string } | undefined {
  const name = CITY_PORT.exec(text.slice(city.end))?.[1];
  // (never a common word, "Dalian North Port", "Shenzhen Bay Port": "North port" would be every such port's id)
  if (!name || findEntities(name).length || !zoneShortName(zoneId(`${name} port`)) || PORT_WORD_NAME.test(name)) {
    return undefined;
  }
  return { id: namedZones(`${name} port`)[0]?.id ?? zoneId(`${name} port`), kind: "zone" };
}
const TITLE_OPENING = /^\s*(?:the\s+)?$/i;
const ZONE_TITLE_END = /^\s*[:\u2013\u2014]/;
const PROPER_NAME = /^(?:[A-Z][\w'-]*|and)(?:\s+(?:[A-Z][\w'-]*|and))*$/;
// (at the headline's start, as its subject: "Huangpu Customs: …"; not "New Customs Rules …")
const CUSTOMS_NAMED = /^\s*((?!(?:New|The|Latest|China|Chinese|General|Local|Provincial|City)\b)(?:[A-Z][a-z]+\s+){1,2}Customs)\s*[:,-–—]/;

// "a decade ago", "several years earlier", "20 years before": a time back from the text's of no year it names
const VAGUELY_AGO = new RegExp(String.raw`^\s*(?:(?:percent|per\s+cent|%|(?:million|billion|trillion)?\s*(?:yuan|dollars|`
  + String.raw`US\s+dollars))\s+)?(?:a\s+decade|decades|(?:a\s+few|several|many|some|two|three|four|five|ten|twenty|\d+)\s+`
  + String.raw`(?:years|decades))\s+(?:ago|earlier|before)\b`, "i");
// a run of places opening its clause, then its verb: "Nanchang, Jiujiang and Ganzhou (together) traded …"
// ("The combined imports and exports of A, B and C reached …": the flow of places listed, owned by none of them alone)
const LISTED_SUBJECT_BEFORE = new RegExp(String.raw`^\W*(?:(?:in|during)\s+[\w\s-]{1,40},\s*)?(?:the\s+cities\s+of\s+|`
  + String.raw`(?:the\s+)?(?:combined|total|joint|aggregate)\s+(?:foreign\s+)?(?:imports\s+and\s+exports|exports\s+and\s+imports|`
  + String.raw`trade|exports|imports)\s+of\s+(?:the\s+(?:provinces|cities|regions)\s+of\s+)?)?$`, "i");
const LISTED_SUBJECT_VERB = new RegExp(String.raw`^\s*,?\s*(?:(?:together|combined|jointly)\s*,?\s*)?`
  + String.raw`(?:traded|exported|imported|recorded|posted|handled|reached|totall?ed|saw|had)\b`, "i");
// a customs office's whole district: "under the jurisdiction of Xiamen Customs", "Xiamen Customs, the district covering …"
const DISTRICT_OF_CUSTOMS = new RegExp(String.raw`\bunder\s+the\s+jurisdiction\s+of\s+(?:[A-Z][a-z]+\s+)+Customs\b`
  + String.raw`|\bCustoms,\s+the\s+(?:customs\s+)?district\s+covering\b`);
const THE_DISTRICT = /\b(?:from|in|of|across)\s+the\s+(?:customs\s+)?district\b(?!['’])/i;
const FIRST_PERSON = /\b(?:our|we)\b/i;
// (a news story quotes its speakers, who may be of another place: "We are confident," said an official in X)
const QUOTED_SPEECH = /["“”]|\b(?:said|says|told)\b/i;
// "… higher than that of ", "… faster than ": the words before a place a figure is set against
const COMPARED_WITH = /\bthan\s+(?:(?:that|those)\s+(?:of|in)\s+|in\s+)?(?:the\s+)?(?:whole\s+)?$/i;
// "Imports of coal rose 6.1 percent and those of Gansu 3.2 percent": the place after "those of" owns the next figure
const THOSE_OF_NEXT = /\b(?:that|those)\s+(?:of|in)\s+(?:the\s+)?$/i;

// a publisher's imprint on a line of its own: "X Statistics Press, City, 2008", "Published by Y Publishing House"
const IMPRINT_LINE = new RegExp(String.raw`^(?:(?:published|printed)\s+(?:by|in)\s+[^.]{0,80}|`
  + String.raw`(?:[A-Z][\w&'-]*\s+){1,6}(?:Press|Publishing\s+House|Publishers?)(?:,\s*[^,.]{2,30}){0,3})\.?$`);
const FILED = /^[A-Z][A-Za-z'.]*(?:\s+[A-Z][A-Za-z'.]*)*,\s+([A-Z][a-z]{2,8})\.?\s+\d{1,2},?\s+((?:19|20)\d\d)\s*(?:\([^)]*\))?\s*$/;

// "in 2024", "by 2020": a year an undated text names, which its months and halves then belong to
const YEAR_NAMED = /\b(?:in|by|during|throughout|for)\s+((?:19|20)\d\d)\b/i;
/** A dated text's periods of a sentence that names an earlier year: "… reached 40 billion yuan in 2030, as exports
 * grew 20 percent in March" (out in 2031) is March 2030, the year the sentence is about, not the publication's. */
// (only periods after that year: "in the first quarter, against 3 percent in 2029" is no quarter of 2029)
// ("Exports reached 40 billion yuan in 2030. In March, …" in a report on 2030 out in June 2031: so is a month with no
// year after an earlier sentence went on in that whole year, `wentOnIn`, the year the text is about, `docPeriod`; a
// text on the publication's year keeps it: "In the first five months of 2031, … in 2030. In May, …" is May 2031; and
// "the first half of the year" stays as `anchorYear` reads it)
const calendarYear = (p: Period) => p.y1 !== null && p.y1 === p.y2 && p.m1 === 1 && p.m2 === 12;
// ("First-half throughput of major ports, 2008", "Q1 exports by city (2015)": a caption's year at its end is the year of
// the part of a year it names before it, not a second period)
const CAPTION_YEAR = /(?:,\s*|\s+|\(\s*)((?:19|20)\d\d)\s*\)?\s*$/;
function captionPeriods(text: string, ctx: PeriodContext): PeriodMention[] | undefined {
  if (text.length > 120 || /[.!?;:]["”’']?\s*$/.test(text)) return undefined;
  const year = CAPTION_YEAR.exec(text);
  if (!year) return undefined;
  const found = findPeriods(text, { ...ctx, contextYear: Number(year[1]) });
  const part = found.filter((p) => p.end <= year.index && !/\d{4}/.test(text.slice(p.start, p.end)) && !calendarYear(p.period));
  const tail = found.filter((p) => p.start >= year.index);
  if (found.length !== 2 || part.length !== 1 || tail.length !== 1 || !calendarYear(tail[0]!.period)) return undefined;
  return part;
}
function sentencePeriods(text: string, ctx: PeriodContext, wentOnIn?: Period, docPeriod?: Period): PeriodMention[] {
  const captioned = captionPeriods(text, ctx);
  if (captioned) return captioned;
  const pastYear = ctx.contextYear === undefined && ctx.docYear !== undefined && wentOnIn && wentOnIn !== docPeriod
    && docPeriod && calendarYear(wentOnIn) && calendarYear(docPeriod) && docPeriod.y2 === wentOnIn.y2
    && wentOnIn.y2! < ctx.docYear
    ? wentOnIn.y2! : undefined;
  const found = findPeriods(text, ctx);
  const inPast = pastYear === undefined ? [] : findPeriods(text, { ...ctx, contextYear: pastYear });
  const bareMonth = (p: PeriodMention) => p.period.m1 === p.period.m2 && !/\d{4}/.test(text.slice(p.start, p.end));
  const periods = found.map((p) => (bareMonth(p) ? inPast.find((a) => a.start === p.start && a.end === p.end) ?? p : p));
  if (ctx.contextYear !== undefined || ctx.docYear === undefined) return periods;
  const named = [...text.matchAll(new RegExp(YEAR_NAMED.source, "gi"))].at(-1);
  const year = named ? Number(named[1]) : undefined;
  if (year === undefined || year >= ctx.docYear) return periods;
  const anchored = findPeriods(text, { ...ctx, contextYear: year });
  const same = (p: PeriodMention) => anchored.find((a) => a.start === p.start && a.end === p.end) ?? p;
  return periods.map((p) => (p.start > named!.index! ? same(p) : p));
}
const FULL_DATE = new RegExp(String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|`
  + String.raw`November|December)\s+\d{1,2},\s+((?:19|20)\d\d)\b`);
const DATED_HEADING = /^[A-Za-z\s–—-]{3,30}\b((?:19|20)\d\d)$/;
// ("Statistical Communique of X Province on the 2016 National Economic …": the issuer may come between)
const REPORT_ON_YEAR = new RegExp(String.raw`\b(?:communiqu[eé]|report|bulletin|review|statistics)`
  + String.raw`(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s+on\s+the\s+((?:19|20)\d\d)\b`, "i");
// "Report on the Work of the Government (2025)": the year a report is delivered in, not the year it reviews
const EDITION_YEAR = /\breport\b[^()]{0,120}\(\s*(?:19|20)\d\d\s*\)/i;
// "No. 3, 2026", "Issue 12 (2025)", "[2024] No. 7": a release's number within its year
const ISSUE_NUMBER = /\b(?:No\.|Issue|Number)\s*\d{1,3}\s*(?:,\s*|\(\s*)(?:19|20)\d\d\b\)?|\[(?:19|20)\d\d\]\s*No\.\s*\d{1,3}/gi;
const YEARBOOK_EDITION = /\byearbook\s*,?\s*((?:19|20)\d\d)\b/i;

// "aims for 5% growth", "sets 6% target for", "eyes … in": the goal's words before a period in its clause of a headline
const TITLE_GOAL_BEFORE = new RegExp(String.raw`\b(?:aims?|aiming|targets?|targeting|eyes|eyeing|plans?|planning|expects?|`
  + String.raw`expecting|forecasts?|will|goals?|seeks?|seeking)\b[^,;:|]*$`, "i");
/** Is a period named for a goal, after the goal's words in its sentence's clause? */
const goalPeriod = (text: string, m: PeriodMention): boolean =>
  TITLE_GOAL_BEFORE.test(text.slice(0, m.start).split(/[.!?]\s|\n/).at(-1)!);
/** The article's own period: its headline's (not a goal's), else the first one its lead names. */
export function documentPeriod(doc: Pick<CorpusDocument, "text" | "meta">, ctx: PeriodContext): Period | undefined {
  // ("Shandong Statistical Yearbook 2025": an edition's year, its tables of the year before)
  const edition = YEARBOOK_EDITION.exec(doc.meta.title)?.[1];
  if (edition) return { y1: Number(edition) - 1, m1: 1, y2: Number(edition) - 1, m2: 12 };
  // ("X beats trade target, aims for 5% growth this year": a period the headline names for a goal is not the one its
  // figures are of; the lead says which that is, "… grew faster than planned last year")
  // ("Trade Bulletin No. 3, 2026: trade with partners": the year of an issue's number is no period its figures are of)
  const title = doc.meta.title.replace(ISSUE_NUMBER, (m) => " ".repeat(m.length));
  const titled = EDITION_YEAR.test(title) ? [] : findPeriods(title, ctx);
  const inTitle = titled.find((m) => !goalPeriod(title, m))?.period;
  if (inTitle) return inTitle;
  // ("Statistical Communique on the 2018 National Economic and Social Development": the year reported on, which the
  // period reader takes for a base, "up 5 percent on 2018")
  const reported = REPORT_ON_YEAR.exec(doc.meta.title)?.[1];
  if (reported) return { y1: Number(reported), m1: 1, y2: Number(reported), m2: 12 };
  const undated = ctx.docYear === undefined;
  const year = undated ? YEAR_NAMED.exec(doc.text)?.[1] : undefined;
  // the lead, without photo captions ("*Aerial view … On April 29, 2025, …*")
  const lead = doc.text.slice(0, 800).split("\n").filter((l) => !/^\s*(?:\*|_|\[Photo|Photo:)/i.test(l)).join("\n").slice(0, 600)
    .replace(ISSUE_NUMBER, (m) => " ".repeat(m.length));
  // (the headline again on the page's first lines, or a lead that opens with the goal, names the goal's period first)
  return findPeriods(lead, year ? { ...ctx, contextYear: Number(year) } : ctx).find((m) => !goalPeriod(lead, m))?.period;
}

// "… 1,045.17 billion yuan, which revised up the 1,037.62 billion yuan first announced in January", "653.41 billion yuan,
// compared with 648.90 billion yuan in the January release", "872.9 billion yuan (revised from 866.1 billion yuan)"
const REVISED_FROM = new RegExp(String.raw`(?:\brevis(?:ed|ing)\s+(?:up|down|upwards?|downwards?)?\s*(?:from\s+)?(?:the\s+)?`
  + String.raw`|\bcompared\s+with\s+|\bagainst\s+(?:the\s+)?)$`, "i");
const EARLIER_ESTIMATE = new RegExp(String.raw`^\s*(?:[^,;.]|\.\d){0,30}?\b(?:(?:first|initially|originally|earlier|previously)\s+`
  + String.raw`(?:announced|reported|released|published|estimated|given)|(?:first|initial|preliminary|earlier|original)\s+`
  + String.raw`(?:estimate|figure|release)|in\s+the\s+\w+\s+release)\b`, "i");

// the words of a figure set right, and the verb before them: "revised up to", "has been revised to"
const REVISED_UP_OR_DOWN_TO = String.raw`\s+(?:up(?:wards?)?\s+|down(?:wards?)?\s+)?to\s+`;
const HAS_BEEN = String.raw`(?:was|were|has\s+been|had\s+been|is|now)\s+`;
const SIGN = String.raw`(?:US\$|\$|RMB\s*)?`;
const REVISED_TO_BEFORE = new RegExp(String.raw`\brevised${REVISED_UP_OR_DOWN_TO}${SIGN}$`, "i");
// ("revised to 31.6 billion yuan, from the previously published 33.1 billion yuan": a comma, and the words of its
// publication, may come between)
const FROM_AFTER = new RegExp(String.raw`^\s*,?\s*(?:[a-z]+\s+){0,3}from\s+(?:the\s+)?(?:(?:previously|first|initially|`
  + String.raw`originally|earlier)\s+(?:published|reported|announced|released|estimated)\s+)?(?:US\$|\$|RMB\s*)?$`, "i");
const REVISED_TO = new RegExp(String.raw`^\s*\)?\s*,?\s*(?:and\s+)?${HAS_BEEN}revised${REVISED_UP_OR_DOWN_TO}$`, "i");
// ("The cumulative January–August figure published on September 18 (410.9 billion yuan) has been revised to …": the
// figure as published, in brackets after the day it came out)
const ESTIMATE_BEFORE = new RegExp(String.raw`(?:\b(?:first|initially|originally|earlier|previously)\s+`
  + String.raw`(?:announced|reported|released|published|given)\s+as\s+|\b(?:announced|reported|released|published)`
  // ("… published in the bulletin of October 20 (14.26 billion yuan)": where it came out, a few words, may come between)
  + String.raw`(?:\s+on\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?|\s+in\s+(?:the|its|a|an)\s+[^()\d;.]{0,40}?`
  + String.raw`(?:\s+(?:of|on)\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?)?)?\s*\(\s*)(?:US\$|\$|RMB\s*)?$`, "i");

// ("380 billion yuan previously reported for 2023", "… in 2023 as first announced": another year's figure, no estimate)
const ESTIMATE_WORD = new RegExp(String.raw`\b(?:first|initial(?:ly)?|original(?:ly)?|earlier|previously|preliminary)\b`
  + String.raw`|\bin\s+the\s+\w+\s+release\b`, "i");
const ESTIMATE_YEAR = /\b(for|in)\s+(?:the\s+(?:full\s+|whole\s+)?year\s+(?:of\s+)?)?((?:19|20)\d\d)\b/gi;
const YEAR_BEFORE = /\b(?:a\s+year\s+(?:earlier|before|ago)|(?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year)\b/i;
/** Does the clause after an amount give it a year other than `year` ("in 2023" before the estimate words, "for 2023")? */
function namesOtherYear(after: string, year: number | undefined): boolean {
  const clause = after.split(/[,;]|\.(?!\d)/)[0]!;
  const words = ESTIMATE_WORD.exec(clause)?.index ?? clause.length;
  if (YEAR_BEFORE.test(clause.slice(0, words))) return true;
  return [...clause.matchAll(ESTIMATE_YEAR)].some((m) => Number(m[2]) !== year
    && (m[1]!.toLowerCase() === "for" || m.index < words));
}

const PUBLICATION_AFTER = new RegExp(String.raw`^['’]s\s+(?:[a-z]+\s+)?(?:bulletin|report|release|article|edition|issue|`
  + String.raw`statement|briefing|press\s+conference|story|notice|communiqu[eé])\b`, "i");
const ISSUE_BEFORE = /\b(?:No\.|Issue|Vol\.)\s*\d{1,3},\s*$/;
// ("X's 2020 trade, given as 428.6 billion yuan in Bulletin No. 3, …": a figure said as once published)
const PUBLISHED_AS = new RegExp(String.raw`\b(?:given|published|reported|announced|released|stated|listed)\s+`
  + String.raw`(?:[^,;.\d]{0,40}\s)?as\s+(?:US\$|\$|RMB\s*)?$|\b(?:published|reported|announced|released|given)\b`
  + String.raw`[^;.\d]{0,60},\s*(?:US\$|\$|RMB\s*)?$`, "i");
// (…, then "has been revised to" the figure that replaces it, a few words on where it came out between them)
const LATER_REVISED_TO = new RegExp(String.raw`^[^;]{0,60}?\b${HAS_BEEN}(?:revised|corrected)${REVISED_UP_OR_DOWN_TO}${SIGN}$`,
  "i");

/**
 * "X's 2020 trade, given as 428.6 billion yuan in Bulletin No. 3, 2021, has been revised to 432.9 billion yuan": the
 * figure as published is a first estimate, and the one it was revised to is the same place's, flow's and period's
 * (not the bulletin's year).
 */
function givenThenRevised(facts: Fact[], text: string, offset: number): void {
  for (const [i, first] of facts.entries()) {
    const next = facts[i + 1];
    if (first.measure !== "amount" || first.derived || !next || next.derived || next.measure !== "amount"
      || next.unit !== first.unit || first.qualifier?.includes("first estimate")) continue;
    if (!PUBLISHED_AS.test(text.slice(0, first.valueStart - offset))
      || !LATER_REVISED_TO.test(text.slice(first.valueEnd - offset, next.valueStart - offset))) continue;
    first.qualifier = [first.qualifier, "first estimate"].filter(Boolean).join(", ");
    next.entity = first.entity;
    next.metric = first.metric;
    if (first.period) next.period = first.period; else delete next.period;
    for (const key of ["subject", "partner"] as const) {
      if (first[key]) next[key] = first[key]; else delete next[key];
    }
  }
}

/**
 * An amount a sentence gives as the first estimate a figure before it revised: the same place's, flow's and period's
 * figure, marked "first estimate" (its own period is never the month it was announced in).
 */
function firstEstimates(facts: Fact[], text: string, offset: number): void {
  givenThenRevised(facts, text, offset);
  // ("The 2024 figure, first published as 281.97 billion yuan, was revised to 284.54 billion yuan": the estimate first)
  for (const [i, f] of facts.entries()) {
    const revised = facts.slice(i + 1).find((p) => p.measure === "amount" && p.entity === f.entity && !p.derived);
    if (f.measure !== "amount" || !revised || f.qualifier?.includes("first estimate")) continue;
    if (!REVISED_TO.test(text.slice(f.valueEnd - offset, revised.valueStart - offset))
      || !ESTIMATE_BEFORE.test(text.slice(0, f.valueStart - offset))) continue;
    f.qualifier = [f.qualifier, "first estimate"].filter(Boolean).join(", ");
  }
  for (const [i, f] of facts.entries()) {
    const revised = facts.slice(0, i).reverse().find((p) => p.measure === "amount" && p.entity === f.entity && !p.derived);
    if (f.measure !== "amount" || !revised) continue;
    const between = text.slice(revised.valueEnd - offset, f.valueStart - offset);
    // ("… was revised down to 455.6 billion yuan from the 456.8 billion yuan first reported": the "from" after it)
    const revisedTo = REVISED_TO_BEFORE.test(text.slice(0, revised.valueStart - offset)) ? FROM_AFTER.exec(between) : null;
    const link = REVISED_FROM.exec(between) ?? revisedTo;
    if (!link || /\d/.test(between.slice(0, link.index).replace(/\([^()]*\)/g, ""))) continue;
    // ("compared with" a figure is an estimate only when the words after it say so)
    if (!revisedTo && !/\brevis/i.test(link[0]) && !EARLIER_ESTIMATE.test(text.slice(f.valueEnd - offset))) continue;
    if (namesOtherYear(text.slice(f.valueEnd - offset), revised.period?.y2 ?? undefined)) continue;
    f.metric = revised.metric;
    f.qualifier = [f.qualifier, "first estimate"].filter(Boolean).join(", ");
    if (revised.period) f.period = revised.period; else delete f.period;
    if (revised.subject) f.subject = revised.subject;
  }
}

// "its share of the national total slid from …": the whole of a share named before its figures (its total trade)
const SHARE_OF_BEFORE = new RegExp(String.raw`\b(?:share|proportion)\s+of\s+((?:the\s+)?(?:[\w'’-]+\s+){0,2}?`
  + String.raw`(?:total|trade|imports\s+and\s+exports))\b(?=[^,;]*$)`, "i");
// "averaged 6.8 trillion yuan a year", "averaging 2.1 billion yuan per month": the amounts after it are means
const AVERAGE_PER = /\baverag(?:ed|ing|es)\b(?:[^.;]|\.\d)*?\b(?:a|per|each)\s+(?:year|month|quarter)\b/i;
// ("…, and Jiangxi under 24 billion" goes on with means; "…, and reached 500 billion yuan in 2024" says a figure again)
const VERB_AFTER_MEANS = new RegExp(String.raw`\b(?:reached|hit|rose|grew|fell|increased|decreased|declined|dropped|`
  + String.raw`jumped|climbed|totall?ed|amounted|stood|exceeded|surpassed|was|were)\b`, "i");
/** Where the means of "averaged N a year" end in a sentence: at the next verb that states a figure, else its end. */
function meansSpan(text: string): [number, number] | undefined {
  const averaged = AVERAGE_PER.exec(text);
  if (!averaged) return undefined;
  const per = averaged.index + averaged[0].length;
  const verb = VERB_AFTER_MEANS.exec(text.slice(per));
  return [averaged.index, verb ? per + verb.index : text.length];
}

/** A target or forecast, not a result. */
const isGoal = (f: Fact): boolean => (f.qualifier ?? "").split(", ").includes("forecast");

const withoutApprox = ({ approx: _approx, ...rest }: Fact): Fact => rest;

/** Extracts every figure of a document into facts; passages only decide which passage a fact cites. */
export function extractDocumentFacts(doc: CorpusDocument, passages: Passage[]): Fact[] {
  const counter = { n: 0 };
  const groups = findGroupDefinitions(doc.text);
  const state: DocState = { lastByKind: new Map(), lastMetrics: [], zonesNamed: [], subPlaces: [], text: doc.text,
    ctx: documentDate(doc) };
  // a lead that omits its period ("with a total value of 215.3 billion yuan") takes the article's
  const docPeriod = documentPeriod(doc, state.ctx);
  if (docPeriod) state.lastPeriod = docPeriod;
  // a report on last year out early this year ("trade shrank in 2009", January 2010): its months and "the first half
  // of the year" are of the year reported on
  const { docYear, docMonth } = state.ctx;
  if (docPeriod && docPeriod.m1 === 1 && docPeriod.m2 === 12 && docPeriod.y1 === docPeriod.y2 && docYear === (docPeriod.y2 ?? 0) + 1
    && (docMonth === undefined || docMonth <= 2)) state.ctx = { ...state.ctx, contextYear: docPeriod.y2! };
  // likewise its place: "the city's imports and exports" in a lead refers to the city the headline (or its office) names
  const home = documentPlace(doc);
  const titleNational = findEntities(doc.meta.title).some((e) => e.id === "china");
  if (home) { state.lastEntity = home.id; state.lastByKind.set(home.kind, home.id); state.home = home.id; }
  // (a zone the headline is about is named: its bare head in the text names it, "through Hekou" after "Hekou port")
  if (home?.kind === "zone") state.zonesNamed.push(home.id);
  const facts: Fact[] = [];
  const passageFor = (start: number) => (passages.find((p) => p.start <= start && start < p.end) ?? passages[passages.length - 1])?.id ?? `${doc.id}#0`;

  const captions = [...doc.text.matchAll(/^\[Photo caption\][^\n]*/gm)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
  let header: string[] | undefined;
  // (whether the table's unit was read from a row restating the text's figure: a new table's header drops it)
  let unitRestated = false;
  let prevEnd = 0;
  const ownersBefore = paragraphOwners(doc.text);
  const spans = splitSentences(doc.text);
  const withdrawn: Withdrawn[] = [];
  // (the first figure's fact of the label line before: what "Year on year: +8.7%" under it changes)
  let labelBefore: Fact | undefined;
  // (the zone a panel's heading names, "Panel 2 - X port": the label lines under it are the zone's figures)
  let panelZone: string | undefined;
  // (the flows the last line that is no label line names: "Exports by city, 2031:" over "- Kunming: 40.1 billion yuan")
  let leadFlows: Metric[] = [];
  // (a figureless lead on ports, "… by the main land ports in 2012:", and the items under it so far)
  let portsLead = false;
  for (const [at, whole] of spans.entries()) {
    // a label line ("Exports: 121.9 billion yuan | +14.2%") is no table row: its label and first figure are read as a
    // sentence, the figures after its bars by facts/labels.ts
    const lined = labelLine(whole.text, !header);
    const span = lined && lined.first !== whole.text
      ? { ...whole, text: lined.first, end: whole.start + lined.first.length } : whole;
    const labelledBefore = labelBefore;
    labelBefore = undefined;
    // (the goods of the section before a heading are no topic of the next: a remark on chips before "Cities" leaves the
    // cities' figures the text's flow; a heading naming goods gives its own)
    if (headingAt(doc.text, whole.start)) state.lastSubject = undefined;
    if (headingAt(doc.text, whole.start) || PANEL_HEADING.test(lineAt(doc.text, whole.start))) {
      const zones = namedZones(whole.text);
      panelZone = zones.length === 1 && !findEntities(whole.text).some((e) => e.kind !== "partner") ? zones[0]!.id
        : undefined;
    } else if (!lined) panelZone = undefined;
    if (!lined) leadFlows = [...new Set(findMetricWords(whole.text).map((w) => w.metric))];
    if (captions.some(([a, b]) => span.start >= a && span.start < b)) continue;
    const text = span.text;
    // "Correction: an earlier version of this article said exports totaled 8.1 billion yuan": a withdrawn figure
    if (statesWithdrawn(text, spans[at + 1]?.text ?? "")) {
      // (its claim, read alone in the article's context, is what the figure after it corrects)
      const claim = withdrawnClaim(text);
      if (claim) withdrawn.push({ start: span.start, end: span.end, facts: extractDocumentFacts({ ...doc, text: claim }, []) });
      continue;
    }
    // "China Statistics Press, Beijing, September 2008": who printed a yearbook and where, not whose its figures are
    if (IMPRINT_LINE.test(text.trim())) continue;
    // a new paragraph goes back to the article's period (its lead's) from a month or quarter of it ("trade in March
    // fell …, first-quarter trade …") or from its span a year before (a base: "trade in the first quarter of last year
    // was …"); a longer part ("in the first 11 months") is the period the text goes on in
    // (a goal is no figure of the lead's period: "aims for 5% growth this year" in a headline over last year's results)
    const leadPeriod = facts.find((f) => f.period && !f.derived && !isGoal(f))?.period ?? docPeriod;
    const was = state.lastPeriod;
    const aside = was && leadPeriod && ((isPartOf(was, leadPeriod) && was.m2 - was.m1 < 3) || isYearBefore(was, leadPeriod));
    const newParagraph = /\n\s*\n/.test(doc.text.slice(prevEnd, span.start));
    if (aside && newParagraph && state.lastPeriod !== state.headingPeriod) state.lastPeriod = leadPeriod;
    // (unless the paragraph goes on with goals: "We will …" in a work report's plans for the coming year)
    if (newParagraph && state.goalPeriod && leadPeriod && !FORECAST.test(span.text)) state.lastPeriod = leadPeriod;
    if (newParagraph) state.goalPeriod = false;
    // ("the month" is one of its own paragraph)
    if (newParagraph) state.lastMonth = undefined;
    // (and from a paragraph on several places, "Kunshan's trade fell …, Zhangjiagang grew …", to the article's place)
if (newParagraph && home && ownersBefore(span.start, facts).size >= 2) {
      state.lastEntity = home.id;
      state.lastByKind.set(home.kind, home.id);
    }
    // (and at a numbered section's heading, "2. Trade by mode" on its own line, from a place the section before ended
    // on to the report's place, when its lead gave figures of the place its headline names: a customs office's
    // bulletin on its province or district goes on as its sections' text says)
    const leadOwner = facts.find((f) => !f.derived && f.entity !== "china" && !f.partner)?.entity;
    // (a bare heading naming a place of its own, "Shenzhen", opens a section on that place, not on the report's)
    const heading = headingAt(doc.text, span.start) && (SECTION_HEADING.test(lineAt(doc.text, span.start))
      || !findEntities(text).some((e) => e.kind !== "partner" && e.id !== home?.id));
    if (home && heading && leadOwner === home.id && state.lastEntity !== home.id) {
      state.lastEntity = home.id;
      state.lastByKind.set(home.kind, home.id);
    }
    // (a national report's numbered section, "5. New formats", after one on a province goes back to the country's
    // figures: its lead gave China's, and no place of the report's own is named in its headline)
    const national = !home && (facts.find((f) => !f.derived && !f.partner)?.entity === "china"
      || titleNational);
    if (national && heading && SECTION_HEADING.test(lineAt(doc.text, span.start))) state.lastEntity = "china";
    // (nor does the flow of the section before carry past a heading: "Imports were led by ore …" then "Partners" and
    // a table of partners' trade; a heading naming its flow, "Ores lead imports", gives its own)
    if (heading) { state.lastMetrics = []; state.metricsOfGoods = undefined; }
    // ("Last year: target exceeded", "Targets for 2031" on a line of its own: a heading naming one period and no figure
    // opens a section in that period; the next heading naming none goes back to the article's)
    const sectionPeriod = periodHeading(doc.text, span.start, state.ctx);
    if (sectionPeriod) state.lastPeriod = state.headingPeriod = sectionPeriod;
    else if (state.headingPeriod && headingAt(doc.text, span.start)) {
      state.lastPeriod = leadPeriod;
      state.headingPeriod = undefined;
    }
    // (any heading ends the section a flow's heading opened, "**Exports**" after "## Imports" and its bullets; and
    // names the flow of the bullets under it, or none)
    if (headingAt(doc.text, span.start)) state.sectionFlow = headingFlow(lineAt(doc.text, span.start));
    // ("Imports" over "- Iron ore: …", "- Coal: …": the goods of that flow the bullets under it name, a list)
    const headed = heading && state.lastEntity && doc.text.lastIndexOf("\n", span.start - 1) + 1 === span.start
      ? headedGoodsList(doc.text, span.start) : undefined;
    if (headed) {
      const [first, last] = [headed.items[0]!, headed.items.at(-1)!];
      // (quoted from the heading to the end of the last item's line)
      const lineEnd = doc.text.indexOf("\n", last.end);
      facts.push({
        id: `${doc.id}:f${counter.n++}`, docId: doc.id, passageId: passageFor(first.start), start: span.start,
        end: lineEnd < 0 ? doc.text.length : lineEnd,
        valueStart: first.start, valueEnd: last.end, entity: state.lastEntity!, items: headed.items.map((i) => i.name),
        metric: headed.kind, measure: "listed", value: null, unit: "", scale: 1, qualifier: `${headed.kind} listed`,
        ...(state.lastPeriod && { period: state.lastPeriod }),
      });
    }
    prevEnd = span.end;
    // "LHASA, January 22, 2013 (Xinhua)" on its own line: where and when the report was filed, not what it is about
    const filed = FILED.exec(text);
    if (filed) {
      if (state.ctx.docYear === undefined) state.ctx = { docYear: Number(filed[2]), docMonth: monthIndex(filed[1]!)! };
      continue;
    }
    const noted = DOC_UNIT_NOTES.map((re) => re.exec(text)?.[1]).find(Boolean);
    const docUnit = noted ? columnOf(noted) : undefined;
    // (only a note giving a scale: "All values are in US dollars" names the currency, not how many of it a "12.5" is)
    // (the note's "10,000" is its unit's, no figure of its own)
    if (docUnit?.unit && (docUnit.scale ?? 1) > 1) { state.docUnit = { ...docUnit, measure: "amount" }; continue; }
    const unit = tableUnitOf(text);
    // ("Table 1. Throughput by port area": a caption says what its table counts; the flow of the sentence before it,
    // "… as coal imports declined", is not its rows')
    // (read by its line: "Table 1." ends a sentence of its own)
    const captionLine = lineAt(doc.text, span.start);
    // (a table's numbered caption naming one period, "Table 1. Trade by city, January-February 2031", is no moment
    // of the text's period: its rows' period, the text's after them)
    const tableCaption = TABLE_CAPTION.test(captionLine) && findPeriods(captionLine, state.ctx).length === 1;
    if (!unit && TABLE_CAPTION.test(captionLine)) {
      state.lastMetrics = [...new Set(findMetricWords(captionLine).map((m) => m.metric))];
      state.metricsOfGoods = undefined;
      state.tableCaptionFlow = captionFlow(captionLine);
    }
    if (unit) {
      const afterTable = header !== undefined;
      // (a caption under a table starts the next: "Table 2: Exports to major markets (100 million yuan)" ends Table 1)
      header = undefined;
      state.tableRowFlows = undefined;
      flowsUnderRows(state);
      // ("Trade with Taiwan by city (100 million yuan)": the rows are each place's trade with the partner it names)
      // (a place traded with is a partner too: "with Taiwan", "with Hong Kong")
      // (only a partner the caption opens with: "Trade by city, with exports to Japan (…)" names a column's partner)
      // (one partner only: "Trade with Japan and Korea by city" gives each row no one partner)
      state.tablePartner = captionPartnerOf(text);
      state.tablePartnerOfRows = state.tablePartner !== undefined;
      // (and the zone of the table before: "Fujian's main exports (100 million yuan)" after a port's table is Fujian's;
      // a unit's line under the sentence naming the port keeps it)
      if (header || findEntities(text).some((e) => e.kind === "city" || e.kind === "province")) state.tableZone = undefined;
      // (a caption with its unit names the rows' subject as one without: "Cross-border e-commerce by city (billion yuan)";
      // a unit's line naming none, "Unit: billion yuan", keeps the caption's over it)
      // (or its goods before "exports by …", known by name or not: "Xingtai steel exports by month (million tonnes)")
      const named = captionSubjects(findSubjects(text));
      const goods = named.length ? undefined : captionGoods(text.replace(/\([^()]*\)\s*[.:]?\s*$/, ""), facts);
      if (named.length || goods || afterTable) state.tableSubject = named.length === 1 ? named[0] : goods;
      state.tableUnit = unit;
      unitRestated = false;
      state.tableBrackets = BRACKETS_STATED.test(text);
      // (and its flow: "Table 1 Trade by enterprise type … (100 million yuan)")
      const captionFlows = findMetricWords(text).map((m) => m.metric);
      if (captionFlows.length) state.lastMetrics = [...new Set(captionFlows)];
      if (captionFlows.length || afterTable) state.tableCaptionFlow = captionFlow(text);
      // (a caption's period is the table's)
      const captioned = findPeriods(text, state.ctx)[0]?.period;
      if (captioned) state.lastPeriod = captioned;
      // (and the text after the table goes on in it: a heading with no figure over the caption, "## Cities", named no
      // period of the rows to go back from)
      if (captioned) state.beforeFigureless = undefined;
      // (and its one place: "Table: Anhui border trade by crossing (billion yuan)" after a sentence on one of the
      // crossings; its "Total" row is Anhui's, its places' rows their own)
      // (never a place naming who compiled it: "Source: Hefei Customs (billion yuan)" over Anhui's partners)
      const placed = findEntities(text).filter((e) => (e.kind === "province" || e.kind === "city")
        && !CAPTION_SOURCE.test(text.slice(0, e.start)) && !INSTITUTION_AFTER.test(text.slice(e.end)));
      if (placed.length === 1 && !state.tableZone) state.lastEntity = placed[0]!.id;
      continue;
    }
    const cells = tableCells(text);
    if (cells) {
      // a header names the columns (a Markdown rule under it changes nothing); each row below it is one subject's figures
      if (isRuleRow(cells)) continue;
      // a heading over a group of rows ("| By partner | | |") leaves the header in place, naming what its rows are
      // (and ends the rows under a flow's own row: "| By enterprise type | |" after "| Imports |" and its goods)
      // (so does a heading cell spanning the table, its text in every cell: "| Imports | Imports | Imports |")
      if (header && cells.slice(1).every((c) => c === "" || c === cells[0])) {
        header = [cells[0]!, ...header.slice(1)];
        state.tableRowFlow = undefined;
        continue;
      }
      // (a header under rows already read starts another table: the flow blocks of the one before are told first)
      if (!/\d/.test(rowFigures(cells))) {
        if (header) flowsUnderRows(state);
        if (unitRestated) state.tableUnit = undefined;
        header = notedUnits(withCorner(cells, rowsBelow(spans, at)[0]), spans, at, doc.text);
        state.tableParentRow = undefined;
        const restated = state.tableUnit ? undefined
          : restatedUnit(rowsBelow(spans, at), header, facts, state.tableZone ?? state.lastEntity);
        unitRestated = !!restated;
        if (restated) state.tableUnit = restated;
      }
      // (a row with more cells than its header has columns cannot say which column a figure is in)
      else if (!header || cells.length <= header.length) {
        facts.push(...tableRowFacts(...withoutRankColumn(cells, header), span, doc, state, passageFor, counter));
      }
      continue;
    }
    // the table, if one was read, has ended: its unit with it
    if (header) {
      state.tableUnit = undefined;
      unitRestated = false;
      state.tableBrackets = undefined;
      state.tableRowFlows = undefined;
      flowsUnderRows(state);
      state.tablePartner = undefined;
      // (a caption right under the table is the next one's)
      if (!TABLE_CAPTION.test(captionLine)) state.tableCaptionFlow = undefined;
      state.tableZone = undefined;
      state.tableSubject = undefined;
      // (a sentence with no figure that led into the table, "… after a dip in March, as the table shows:", named the
      // rows' periods: the text goes on in the period it had before that sentence)
      if (state.beforeFigureless) state.lastPeriod = state.beforeFigureless.period;
      // (a table ends a paragraph: from a month of the article's period, or its span a year before, the text after it
      // goes back to the article's period, as at a new paragraph)
      const back = state.lastPeriod;
      const partOfLead = back && leadPeriod && isPartOf(back, leadPeriod) && back.m2 - back.m1 < 3;
      if (back && leadPeriod && (partOfLead || isYearBefore(back, leadPeriod))) {
        state.lastPeriod = leadPeriod;
      }
    }
    header = undefined;
    if (state.ctx.docYear === undefined) {
      // undated documents: a year the text names anchors the months and halves after it (so does a heading that is
      // a period with its year, "January-March 2024")
      // (and so does a full date, "In Release 1 (November 20, 2019), X's January-October imports …")
      const y = YEAR_NAMED.exec(text) ?? FULL_DATE.exec(text) ?? (text.length <= 40 ? DATED_HEADING.exec(text) : null);
      if (y) state.ctx.contextYear = Number(y[1]);
    }
    // (a place in the name of a route goods travel by only names the route: "via the Mohe–Daqing line")
    const routes = travelledRoutes(text);
    const s: Sentence = {
      ...span,
      entities: countryReferred(text, findEntities(text, groups))
        .filter((e) => !routes.some((r) => e.end > r.start && e.start < r.end)),
      numbers: findNumbers(text).filter((n) => !unitStated(text, n) && !earlierWhen(text, n)),
      periods: sentencePeriods(text, state.ctx, state.lastPeriod, docPeriod),
      metrics: findMetricWords(text),
      subjects: findSubjects(text),
      bases: findBases(text),
      bounds: [...text.matchAll(CLAUSE_BOUNDARY)].map((m) => m.index!),
      asides: [...[...text.matchAll(ASIDE)].map((m): [number, number] => [m.index!, asideEnd(text, m.index!, m.index! + m[0].length)]),
        ...[...text.matchAll(EXAMPLES_ASIDE), ...text.matchAll(GOODS_APPOSITIVE), ...text.matchAll(CAUSE_AFTER), ...text.matchAll(CAUSE_AFTER_UNIT),
          ...text.matchAll(AS_CAUSE_AFTER)].map((m): [number, number] => [m.index!, m.index! + m[0].length]),
        ...[...text.matchAll(DATELINE), ...text.matchAll(DATE_LINE),
          ...(state.home ? [...text.matchAll(HYPHEN_DATELINE)].filter((m) => isPlaceName(m[0])) : []),
          ...(state.home && isZone(state.home) ? text.matchAll(PROVINCE_DATELINE) : [])]
          .map((m): [number, number] => [m.index!, m.index! + m[0].length])],
    };
    const opening = [...text.matchAll(DATE_LINE)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
    if (opening.length) s.periods = s.periods.filter((p) => !opening.some(([a, b]) => p.start >= a && p.end <= b));
    // ("published in last month's bulletin", "in Bulletin No. 3, 2021": when a publication came out, no figure's period)
    s.periods = s.periods.filter((p) => !PUBLICATION_AFTER.test(text.slice(p.end))
      && !ISSUE_BEFORE.test(text.slice(0, p.start)));
    // "Yiwu, the small-commodities city administered by Jinhua, recorded …": an appositive after a place is an aside
    // (and before an elided verb's figure: "Lishui reported 3.1 billion yuan and Quzhou, home of X, 2.2 billion yuan")
    // ("Trade through Gyirong port, the main land port between China and Nepal, rose …": so after a port or zone)
    // ("The province, home to lithium deposits in Yichun, imported …": so after the place referred back to)
    const named = [...s.entities.filter((e) => e.kind === "city" || e.kind === "province").map((e) => e.end),
      ...[...text.matchAll(SITE_WORD), ...text.matchAll(PLACE_REFERRED)].map((m) => m.index! + m[0].length),
      // ("through Hekou, Yunnan's main port …," in a report on Hekou port: the bare head of a zone named before)
      ...zoneHeadMentions(text, state.zonesNamed).map((h) => h.end)];
    for (const end of named) {
      const appositive = APPOSITIVE.exec(text.slice(end));
      if (appositive) s.asides.push([end, end + appositive[0].length]);
    }
    // ("Exports to Japan, home to many buyers in Baoding, rose …": so after a partner, unless it goes on a list of
    // partners, "to ASEAN, the EU, and the US")
    for (const p of s.entities.filter((e) => e.kind === "partner")) {
      const appositive = APPOSITIVE.exec(text.slice(p.end));
      const end = p.end + (appositive?.[0].length ?? 0);
      const listed = s.entities.some((e) => e.kind === "partner" && e.start > p.end && e.start < end)
        || /^(?:and|or|as\s+well\s+as)\b/i.test(text.slice(end));
      if (appositive && !listed) s.asides.push([p.end, end]);
    }
    // ("imports of crude oil, bound for refineries in Luoyang, rose …": where the goods go inside the province owns
    // nothing; a partner there is the goods' market, so such an aside stays read: "steel, bound for Vietnam, rose …")
    for (const m of text.matchAll(DESTINATION_ASIDE)) {
      const [a, b] = [m.index!, m.index! + m[0].length];
      if (!s.entities.some((e) => e.kind === "partner" && e.start >= a && e.end <= b)) s.asides.push([a, b]);
    }
    state.lastSpan = changeSpan(s) ?? state.lastSpan;
    // a zone stays the topic only for a sentence that refers back to it ("Its imports …", "The zone's …")
    // a place inside a zone's name only names the zone ("the Zhengzhou Airport Comprehensive Bonded Zone")
    const fullNames = namedZones(text);
    const heads = zoneHeadMentions(text, state.zonesNamed)
      .filter((h) => !fullNames.some((z) => z.start < h.end && z.end > h.start));
    const zones = [...fullNames, ...heads].sort((a, b) => a.start - b.start);
    for (const z of fullNames) if (!state.zonesNamed.includes(z.id)) state.zonesNamed.push(z.id);
    // (a mention may take in the article before the zone's name: "the Xinzheng" of "the Xinzheng Comprehensive Bonded Zone")
    s.entities = s.entities.filter((e) => !zones.some((z) => e.end > z.start && e.end <= z.end));
    const topic = state.lastEntity;
    const sentenceZone = zoneOfSentence(s, zones, state);
    if (sentenceZone) state.lastEntity = sentenceZone;
    // ("Baijiu is our signature export." in a transcript of the city's press conference): a speaker saying "our" or
    // "we" speaks for the place the document is about, whatever place an earlier answer named
    if (state.home && FIRST_PERSON.test(text) && !QUOTED_SPEECH.test(text) && !isZone(state.home)) {
      state.lastEntity = state.home;
      const kind = place(state.home)?.kind;
      if (kind) state.lastByKind.set(kind, state.home);
    }
    let sentenceFacts = extractSentence(s, doc, state, groups, passageFor, counter);
    if (lined) {
      const make = (value: number, valueStart: number, valueEnd: number): Fact => ({ id: `${doc.id}:f${counter.n++}`,
        docId: doc.id, passageId: passageFor(span.start), start: span.start, end: whole.end, valueStart, valueEnd,
        entity: state.lastEntity ?? "china", metric: "other", measure: "count", value, unit: "", scale: 1,
        ...(state.lastPeriod && { period: state.lastPeriod }) });
      // (the line right above it, in the same block: no figure of a block before a blank line)
      const previous = labelledBefore && !/\n\s*\n/.test(doc.text.slice(labelledBefore.end, span.start))
        ? labelledBefore : undefined;
      sentenceFacts = labelFacts(sentenceFacts, lined, { start: span.start, end: whole.end, previous,
        make, provinceOf: (id) => place(id)?.parent, leadFlows });
      // (a place or partner the label names is the line's own: "Vietnam: …" under a port's panel is its trade with it)
      if (panelZone && !findEntities(lined.label).some((e) => e.kind !== "partner")) {
        for (const f of sentenceFacts) if (f.entity === state.lastEntity || f.entity === state.home) f.entity = panelZone;
      }
      labelBefore = sentenceFacts.find((f) => !f.derived && (f.measure === "amount" || f.measure === "count"));
    }
    // ("Freight handled by the main land ports in 2012:" over "- Xport: 14.7 million tonnes": an item named by a name the
    // gazetteer does not know, under a lead on ports, is that port's figure, not the place the item before named)
    const portItem = PORT_ITEM.exec(text)?.[1];
    if (portItem && portsLead && !NOT_PORT_NAME.test(portItem) && !findEntities(portItem).length
      && !findSubjects(portItem).length && !findMetricWords(portItem).length) {
      for (const f of sentenceFacts) if (!f.partner) f.entity = zoneId(portItem);
      state.lastEntity = zoneId(portItem);
    }
    portsLead = PORTS_LEAD.test(text) && !sentenceFacts.length ? true : portsLead && PORT_ITEM.test(text);
    policyTaxes(sentenceFacts);
    serviceSides(sentenceFacts, text, state);
    // (each item of a list of targets is one: "- trade growth of about 5 percent;" under "The targets for 2025 are:",
    // of the lead's period when the item names none)
    // (an item is a line of its own, marked or right under the line before, or after one ending with ":" or ";"; an
    // item ending with a full stop is the last)
    const startsLine = /(?:^|\n)[ \t]*(?:[-*•·–][ \t]+)?$/.test(doc.text.slice(0, span.start));
    // (under a heading, the first item is marked or ends with ";": a paragraph under "Targets and results" is none)
    const marked = LIST_ITEM_LINE.test(lineAt(doc.text, span.start));
    const listed = state.targetsListed && startsLine && (state.targetsListed.heading ? marked || /;\s*$/.test(text)
      : marked || !newParagraph || /[:;]\s*$/.test(state.lastSentence ?? "")) ? state.targetsListed : undefined;
    if (listed) listed.heading = false;
    if (listed) {
      for (const f of sentenceFacts) {
        if (!/\bforecast\b/.test(f.qualifier ?? "")) f.qualifier = [f.qualifier, "forecast"].filter(Boolean).join(", ");
        if (listed.period && !s.periods.length) f.period = listed.period;
      }
    }
    if (!listed || /[.!?]["”’]?\s*$/.test(text)) state.targetsListed = undefined;
    // (targets met or missed: the items under it are outcomes)
    const aimed = !sentenceFacts.length && !TARGETS_OUTCOME.test(text);
    if (aimed && TARGETS_LEAD.test(text)) state.targetsListed = { period: s.periods.at(-1)?.period };
    else if (aimed && TARGETS_HEADING.test(text) && HEADING_NUMBER.test(doc.text.slice(0, span.start))
      && /^[ \t]*(?:\n|$)/.test(doc.text.slice(span.end))) {
      state.targetsListed = { period: s.periods.at(-1)?.period, heading: true };
    }
    if (sentenceZone) { state.lastEntity = topic; ownedByZone(sentenceFacts, s, sentenceZone, heads); }
    // ("Exports reached 4 billion yuan, and the zone's imports 2 billion yuan": a later clause that names "the zone"
    // turns to the zone in focus; only the figures of such clauses)
    else if (state.focusZone && ZONE_REFERRED.test(text)) {
      const zoneClause = (f: Fact) => ZONE_REFERRED.test(text.slice(clauseOf(s.bounds, f.valueStart - s.start, text.length)[0],
        f.valueStart - s.start));
      ownedByZone(sentenceFacts.filter(zoneClause), s, state.focusZone, heads, true);
    }
    // ("Hebei's trade rose 3 percent; Kelvar's imports reached 4.5 billion yuan": a zone whose name opens a later clause,
    // as its owner, owns that clause's figures)
    else {
      for (const f of sentenceFacts) {
        const at = f.valueStart - s.start;
        const from = clauseOf(s.bounds, at, text.length)[0];
        const z = zones.find((x) => x.start >= from && x.start < at && /^\W*(?:and\s+|while\s+|but\s+)?(?:the\s+)?$/i
          .test(text.slice(from, x.start)) && /^['’]s\b/.test(text.slice(x.end)));
        if (z && from > 0) { ownedByZone([f], s, z.id, heads, true); continue; }
        // ("Hebei's trade rose 3 percent in 2031, and Kelvar's imports reached …": so does one after ", and", whose
        // clause is no clause of its own to clauseOf; only when no other place or clause comes between)
        const zAnd = zones.filter((x) => x.start >= from && x.start < at && /,\s*(?:and|but|while)\s+(?:the\s+)?$/i
          .test(text.slice(from, x.start)) && /^['’]s\b/.test(text.slice(x.end))).at(-1);
        const between = zAnd ? text.slice(zAnd.end, at) : "";
        if (zAnd && !/;|,\s*(?:and|but|while|whereas)\b/i.test(between) && !s.entities.some((e) => e.start >= zAnd.end && e.end <= at)
          && !f.partner && f.entity !== "china" && !isZone(f.entity) && f.measure !== "share") f.entity = zAnd.id;
      }
    }
    areaFigures(sentenceFacts, s, doc.text.slice(0, span.start));
    const ownZones = zones.filter((z) => !s.asides.some(([a, b]) => z.start >= a && z.start < b));
    // ("…, boosted by the X Bonded Zone, …. The zone's imports …": a zone a cause names owns no figure of its
    // sentence, but is the zone "the zone" names next)
    const causeZones = zones.filter((z) => s.asides.some(([a, b]) => z.start >= a && z.start < b
      && CAUSE_OPENING.test(text.slice(a, b))));
    const focusBefore = state.focusZone;
    if (ownZones.length || causeZones.length) state.focusZone = (ownZones.length ? ownZones : causeZones).at(-1)!.id;
    firstEstimates(sentenceFacts, text, s.start);
    // ("over five years it averaged about 6.8 trillion yuan a year, and Jiangsu under 4 trillion": means over a span, no
    // amounts of the period the text is in)
    const means = meansSpan(text);
    facts.push(...(means ? sentenceFacts.filter((f) => f.measure !== "amount" || f.valueStart < s.start + means[0]
      || f.valueStart >= s.start + means[1]) : sentenceFacts));
    // carry-over for the next sentence
    // ("…, followed by the European Union, Japan and Hong Kong": a place in a list that is mostly partners is one too;
    // "…, followed by the United States, the EU and Taiwan": so is a place that is often a partner, in any run of them)
    const partnerRuns = entityRuns(text, visible(s.entities, s.asides, -1)).filter((r) => r.some((e) => e.kind === "partner"));
    const listedPartner = (e: EntityMention) => partnerRuns.some((r) => r.includes(e)
      && (PARTNER_PLACES.has(e.id) || (r.length >= 2 && r.filter((x) => x.kind === "partner").length * 2 >= r.length)));
    const subjects = visible(s.entities, s.asides, -1).filter((e) => e.kind !== "partner" && isSubject(text, e)
      && !listedPartner(e));
    // the sentence's main subject (its first figure's) is what "it" and "they" refer to next
    const mainFact = sentenceFacts.find((f) => f.measure !== "listed" && !f.derived);
    // ("Refiners in Dalian and Panjin bought …": every place of a list the scope word leads is scope)
    const runs = entityRuns(text, subjects);
    // ("… traded less than one-twentieth as much as Guangdong": a place set against is no topic either)
    const scope = (e: EntityMention) =>
      /\b(?:in|within|among|across|of|than|as\s+(?:much|many|big|large)\s+as)\s+(?:the\s+)?$/i
      .test(text.slice(0, (runs.find((r) => r.includes(e))?.[0] ?? e).start));
    // (a sentence with no figure that names places only as where something happened, "… held up port logistics in
    // Shanghai", leaves "the province" and the topic as they were)
    // (not "Trade in Changsha rose …": a place in the subject, before any verb, is the topic)
    // ("… to ship goods through Qinzhou Port": a place goods only pass through is never the sentence's subject; "trade
    // through the Dongxing port" names the port's own trade)
    // (nor are places a bridge or pipeline is at: "the new cross-border bridges at Heihe and Tongjiang began to …")
    const runStart = (e: EntityMention) => (runs.find((r) => r.includes(e))?.[0] ?? e).start;
    const passed = (e: EntityMention) => (/\b(?:through|via)\s+(?:the\s+)?$/i.test(text.slice(0, e.start))
      && !/\b(?:trade|imports?|exports?|shipments|throughput)\s+(?:through|via)\s+(?:the\s+)?$/i.test(text.slice(0, e.start)))
      || CROSSED_AT.test(text.slice(0, runStart(e)));
    // ("The delegation visited Lanzhou, which hosted the expo in 2026.": a place a figureless sentence names only to
    // say what it is or did, in a relative clause ending the sentence or as that clause's antecedent, is no topic of
    // the next; one opening the sentence is, and one after "was": "The biggest change was Anhui, which climbed …")
    const trailing = mainFact ? null : TRAILING_RELATIVE.exec(text);
    const runEnd = (e: EntityMention) => (runs.find((r) => r.includes(e))?.at(-1) ?? e).end;
    const described = (e: EntityMention) => trailing !== null && !e.possessive && (e.start >= trailing.index
      || (/^\s*$/.test(text.slice(runEnd(e), trailing.index)) && !RELATIVE_SUBJECT.test(text.slice(0, runStart(e)))));
    const onlyScope = !mainFact && subjects.length > 0 && subjects.every((e) => described(e) || (!e.possessive
      && (passed(e) || (scope(e) && /\b(?:is|are|was|were|has|have|had|[a-z]{3,}ed)\b/i.test(text.slice(0, e.start))))));
    if (!onlyScope) {
      for (const e of subjects) if (!described(e)) state.lastByKind.set(e.kind === "group" ? "region" : e.kind, e.id);
    }
    // (the antecedent is still the city "the city's" names next: "Next comes Wuhu, which makes cars. The city's
    // exports …")
    state.lastByKind.delete("there");
    for (const e of subjects) {
      if (!described(e) || e.start >= trailing!.index) continue;
      state.lastByKind.set(e.kind === "group" ? "region" : e.kind, e.id);
      state.lastByKind.set("there", e.id);
    }
    // ("Wuhan accounted for 63 percent of Hubei's trade. The province as a whole traded …": the whole of a share is
    // what "the province" names next, when no place of its kind was the subject)
    for (const e of visible(s.entities, s.asides, -1)) {
      if (isWholeOfShare(text, e) && !subjects.some((x) => x.kind === e.kind)) state.lastByKind.set(e.kind, e.id);
    }
    // ("Across the country, trade was down 10.8 percent on average": a national reference, the topic stays)
    // ("X province as a whole saw its trade fall 0.8 percent …, and Dongguan remained second": the city's province set
    // beside it, as a whole or with the city named again after, leaves the city the topic)
    const parentReference = mainFact && state.lastEntity && place(state.lastEntity)?.parent === mainFact.entity
      && (/\bas\s+a\s+whole\b/i.test(text) || s.entities.some((e) => e.id === state.lastEntity && e.start > mainFact.valueEnd - s.start));
    const reference = (mainFact?.entity === "china" && state.lastEntity && NATIONAL_REFERENCE.test(text)) || parentReference;
    // ("The Yangpu Development Zone remained the centre of the province's trade. Its imports …": a figureless
    // sentence that opens with a zone makes it the topic of the next)
    const opensWithZone = !mainFact && zones[0] && /^\W*(?:the\s+)?$/i.test(text.slice(0, zones[0].start)) ? zones[0].id : undefined;
    state.lastZone = mainFact && isZone(mainFact.entity) ? mainFact.entity : opensWithZone;
    // ("Gas imports through the pipeline at Heihe rose …": a city of the topic province named only as where goods
    // cross owns that figure, and the province stays the topic of the next sentence)
    const crossing = mainFact && topic && place(mainFact.entity)?.parent === topic
      && s.entities.filter((e) => e.id === mainFact.entity).every((e) => CROSSED_AT.test(text.slice(0, e.start)));
    // ("Shops in Sanya took 9.12 billion yuan of the sales": a city of the topic province that took a part of a whole
    // the text spoke of owns that figure, and the province stays the topic of the next sentence)
    const partTaken = mainFact && topic && mainFact.measure === "amount" && place(mainFact.entity)?.parent === topic
      && PART_OF_WHOLE_AFTER.test(doc.text.slice(mainFact.valueEnd, mainFact.valueEnd + 40));
    // ("The growth rate was 3.1 points higher than that of Shandong province, whose trade grew 2.4 percent": a place
    // named only as what the topic is set against stays out of the topic)
    const mentions = mainFact ? s.entities.filter((e) => e.id === mainFact.entity) : [];
    const against = topic && mentions.length > 0 && mentions.every((e) => COMPARED_WITH.test(text.slice(0, e.start)));
    // (a zone is the topic of a text that had none before it: "Imports through the X port area of Y …" opening it)
    if (mainFact) {
      const kept = reference || (state.lastZone && topic) || crossing || against || partTaken;
      if (!kept) state.lastEntity = mainFact.entity;
    }
    // without a figure, the sentence is about its possessive place ("Dongguan's total"), not its scope ("Within Guangdong")
    // (never a speaker's own doings quoted: "\"In 2021 we shipped from Xiamen and Fuzhou; now …\"" names where they
    // shipped, and the figures after it are still of the place the text is about)
    else if (subjects.length && !onlyScope && !(FIRST_PERSON.test(text) && /^\s*["“]/.test(text))) {
      // ("… bought mainly by smelters in Tongling", "makers in Hefei and Chuzhou helped …": places named only as where,
      // none opening the sentence, leave the topic)
      const opens = subjects.some((e) => /^\W*(?:in|within|among|across)\s+(?:the\s+)?$/i.test(text.slice(0, e.start)));
      const allScope = !opens && state.lastEntity ? state.lastEntity : subjects[0]!.id;
      // ("…, covering the Xcity, Ycity and Zcity areas": places of the topic named together are where, not the topic)
      const partsNamed = !!state.lastEntity && subjects.length >= 2 && !subjects.some((e) => e.possessive) && subjects
        .every((e) => e.id === state.lastEntity || place(e.id)?.parent === state.lastEntity);
      // ("Xcity handled 71% of the province's imports. Ycity, Zcity and Wcity, in that order, took most of the rest": the
      // topic city's fellow cities named together give the text back to the province they share)
      const shared = state.lastEntity ? place(state.lastEntity)?.parent : undefined;
      // (as the sentence's subject, opening it: "refiners in Ycity and Zcity" only say where, the topic stays)
      const siblingsNamed = !partsNamed && !!shared && subjects.length >= 2 && !subjects.some((e) => e.possessive)
        && subjects.every((e) => place(e.id)?.parent === shared) && /^\W*$/.test(text.slice(0, subjects[0]!.start));
      const topicNow = partsNamed ? state.lastEntity! : siblingsNamed ? shared!
        : (subjects.find((e) => e.possessive) ?? subjects.find((e) => !scope(e) && !described(e)))?.id ?? allScope;
      // ("Hebei's trade with Japan … Shanxi's trade grew. That was up 12.5 percent": Hebei's partner is not Shanxi's)
      if (topicNow !== state.lastEntity) state.lastPartner = undefined;
      state.lastEntity = topicNow;
    } else if (!mainFact && !subjects.length && state.lastEntity === "china") {
      // ("China's total trade came to … . Steel remained the province's largest export category.": a figureless
      // sentence that says "the province's" goes back from the national aside to the province the text is about)
      const kind = PLACE_ANAPHOR.exec(text)?.[1]?.toLowerCase();
      const back = kind ? state.lastByKind.get(kind) : undefined;
      if (back && back !== "china") state.lastEntity = back;
    } else if (!mainFact && !subjects.length && s.entities[0]?.kind === "partner" && state.lastEntity) {
      // ("Dale City's trade was …. Japan was the largest partner of the province.": a figureless sentence on a partner
      // of "the province" goes back from one of its cities to the province; the partners' figures after it are its)
      const kind = (PLACE_ANAPHOR.exec(text) ?? PARTNER_OF_PLACE.exec(text))?.[1]?.toLowerCase();
      const back = kind === "province" ? state.lastByKind.get(kind) : undefined;
      if (back && place(state.lastEntity)?.parent === back) state.lastEntity = back;
    }
    state.lastAmount = sentenceFacts.filter((f) => f.measure === "amount" && !f.derived).at(-1);
    // ("Of these, …" refers to goods counted in the sentence before, or before figureless ones only)
    if (sentenceFacts.length) state.lastCounted = sentenceFacts.filter(isCountedGoods).at(-1);
    // (only a place's port named as such: a named terminal, "the X Automotive Terminal", is no place of the part's flow)
    if (sentenceFacts.length) {
      state.lastHandled = HANDLING_PORT.test(text) && !PORT_TERMINAL.test(text)
        ? sentenceFacts.filter((f) => f.measure === "count" && !f.derived).at(-1) : undefined;
    }
    // (a place's last figure of no goods, its total, ends them: "B's exports rose 5%, faster than A" is B's total)
    for (const f of sentenceFacts) {
      if (f.subject && !f.partner) (state.goodsOf ??= new Map()).set(f.entity, f.subject);
      else if (!f.subject) state.goodsOf?.delete(f.entity);
    }
    if (mainFact) state.lastPartner = SAME_TRADE.test(text) ? state.lastPartner : mainFact.partner;
    const lead = s.entities[0];
    if (!sentenceFacts.length && lead?.kind === "partner" && !lead.possessive && LEADS_SENTENCE.test(text.slice(0, lead.start))
      && NAMES_LEAD_PARTNER.test(text.slice(lead.end))) state.lastPartner = lead.id;
    state.lastBloc = s.entities.filter((e) => e.kind === "partner" && place(e.id)?.members).at(-1)?.id ?? state.lastBloc;
    // (a figureless sentence opening with goods or a mode, and naming no partner, is about them, not the partner before)
    const openedBy = sentenceFacts.length ? undefined : s.subjects.find((m) => /^\W*$/.test(text.slice(0, m.start)));
    state.openingSubject = openedBy?.name;
    if (mainFact) state.lastFigureSubject = mainFact.subject;
    if (openedBy && !s.entities.some((e) => e.kind === "partner")) state.lastPartner = undefined;
    // (only partners the sentence is about, one leading it: "Countries along the Belt and Road stayed …"; not "firms,
    // which sell mostly to Africa, led …")
    const leadsPartner = s.entities.some((e) => e.kind === "partner" && LEADS_SENTENCE.test(text.slice(0, e.start)));
    state.lastPartners = leadsPartner ? [...new Set(s.entities.filter((e) => e.kind === "partner").map((e) => e.id))] : [];
    state.lastRegion = s.entities.filter((e) => e.kind === "partner" && isWorldRegion(e.id)).at(-1)?.id ?? state.lastRegion;
    // ("Quarterly trade with Chile was as follows:": the rows of the table below are of the trade with that partner)
    const intoTable = !sentenceFacts.length && /:\s*$/.test(text);
    // ("Main fruit imports through Youyiguan port, January-October" over a table: the rows are the port's; "the bonded
    // port area's main imports were:" names no zone of its own: its zone
    // is the zone named before, if one was)
    const captionZones = s.numbers.length || s.entities.some((e) => e.kind === "city" || e.kind === "province") ? []
      : [...new Set(ownZones.map((z) => (/^[A-Z]/.test(z.id.slice(ZONE_PREFIX.length)) ? z.id : focusBefore)))];
    state.tableZone = captionZones.length === 1 ? captionZones[0] : undefined;
    // ("Cross-border e-commerce by city, first half": a caption, a short line with no figure and no full stop, naming
    // one subject; "Private firms led the rise." over a table of cities says nothing of what the rows are)
    // (nor does a headline with no caption's shape, no "by city" and no period: "Cities lead the e-commerce push")
    const caption = !sentenceFacts.length && text.length <= 120 && !/[.!?]["”’']?\s*$/.test(text)
      && (CAPTION_BY.test(text) || s.periods.length > 0);
    const captioned = caption ? captionSubjects(s.subjects) : [];
    state.tableSubject = captioned.length === 1 ? captioned[0] : caption ? captionGoods(text, facts) : undefined;
    // ("Table 1. Trade with RCEP partners, January-February 2026": a caption, numbered or not, with no unit and opening
    // with its partner is of the places' rows too, as one with its unit is)
    const captionPartner = (caption || tableCaption) && !sentenceFacts.length ? captionPartnerOf(text) : undefined;
    state.tablePartner = captionPartner ?? (intoTable
      ? s.entities.find((e) => e.kind === "partner" && PARTNER_FLOW_BEFORE.test(text.slice(0, e.start)))?.id : undefined);
    // (a lead-in sentence's partner is of the goods' or partners' rows, never a place's: "Exports to Japan grew
    // fastest, while the cities' total trade was:")
    state.tablePartnerOfRows = captionPartner !== undefined;
    const placeRun = entityRuns(text, s.entities).find((r) => r.length >= 2 && r.every((e) => e.kind === "province" || e.kind === "city"));
    state.lastList = placeRun && !s.numbers.length ? placeRun.map((e) => e.id) : undefined;
    if (s.subjects.length) state.lastSubject = s.subjects.at(-1)!.name;
    else if (subjects.length) state.lastSubject = undefined;
    if (s.metrics.length) {
      state.lastMetrics = [...new Set(s.metrics.map((m) => m.metric))];
      state.articleMetrics ??= s.subjects.length || s.entities.some((e) => e.kind === "partner") ? [] : state.lastMetrics;
      state.metricsOfGoods = sentenceFacts[0]?.subject !== undefined;
    } else {
      // ("Henan remained the largest trader with N." under a heading: a flow its figures took from a role word, the one
      // flow of them all, goes on as a flow word's would: "Anhui, Hunan and Hubei followed with …")
      const flows = new Set(sentenceFacts.filter((f) => !f.derived && f.measure !== "listed").map((f) => f.metric));
      if (flows.size === 1 && !flows.has("other") && !state.lastMetrics.length) state.lastMetrics = [...flows];
    }
    // "In May alone, …" is an aside: the text goes on about the article's period, not about May
    // the period the sentence's figures are for carries over, not a cause's ("… because of a steep fall in May")
    // (not a figure compared with: "… down 10.8 percent from the record 685.19 billion of 2008" goes on in the year before's)
    const ownPeriod = sentenceFacts.filter((f) => f.period && !f.derived && f.measure !== "listed"
      && !BASE_FIGURE_BEFORE.test(doc.text.slice(span.start, f.valueStart))).at(-1)?.period;
    // (a year set aside is no period the text goes on in: "the mode, created for the city's pilot in 2013, …"; nor is
    // the one a thing was set up in, FOUNDED_BEFORE below)
    // (nor one in a relative clause that ends a figureless sentence: "…, overtaking valves, which had led the list in
    // 2012 and 2013." is what the valves did then)
    // (only one saying what data covers, COVERS_RELATIVE, after a main clause with no period of its own: "Customs
    // released data on Monday, which covered the first quarter of 2024." goes on in that quarter)
    const closing = sentenceFacts.length ? null : TRAILING_RELATIVE.exec(text);
    const relative = closing && (!COVERS_RELATIVE.test(closing[0]) || s.periods.some((p) => p.end <= closing.index))
      ? closing.index : undefined;
    // (nor a yearbook's edition: "Statistical Yearbook 2025" holds the tables of 2024)
    const carried = s.periods.filter((p) => !s.asides.some(([a, b]) => a <= p.start && p.end <= b)
      && !(relative !== undefined && p.start > relative) && !/\byearbook\s*,?\s*$/i.test(text.slice(0, p.start)));
    // (a sentence whose only figures are bases compared with goes on in the text's period: "Trade was still well above
    // the 733.85 billion yuan it recorded in 2020." is no report on 2020)
    const onlyBases = !ownPeriod && sentenceFacts.some((f) => !f.derived && f.measure !== "listed")
      && sentenceFacts.every((f) => f.derived || f.measure === "listed"
        || BASE_FIGURE_BEFORE.test(doc.text.slice(span.start, f.valueStart)));
    const next = ownPeriod ?? (onlyBases ? undefined : carried.at(-1)?.period);
    // (a month named as the base of a change, "34.8 percent higher than in February", is not the month talked of; a
    // longer period the text goes on in ends the month's: "In the first half, … during the month" is no month's)
    const talkedOf = carried.filter((p) => !referencedAt(text, p.start));
    const month = talkedOf.filter((p) => p.period.m1 === p.period.m2 && p.period.y1 === p.period.y2).at(-1);
    if (month) state.lastMonth = month.period;
    else if (talkedOf.length) state.lastMonth = undefined;
    // "In June, trade went up 56.2%" in a report on the first half: the month that ends the period is an aside too
    const endMonth = next && state.lastPeriod && next.m1 === next.m2 && state.lastPeriod.m1 < state.lastPeriod.m2
      && next.m2 === state.lastPeriod.m2 && next.y2 === state.lastPeriod.y2;
    // ("Trade was disrupted in April by …" in a report on the first half, with no figure: a moment of the text's period)
    const within = !sentenceFacts.length && next && state.lastPeriod && isPartOf(next, state.lastPeriod) && !tableCaption;
    // "She expects exports to recover in the fourth quarter": a period looked ahead to, with no figure, carries nothing
    // (so does a remark quoted without a figure: "\"The first half of the year was the hardest,\" said …", unless it is
    // of the article's own period: "\"Trade drew a V-shaped curve last year,\" said …" goes back to it)
    const remark = /^\s*["“]/.test(text) && !(next && docPeriod && samePeriod(next, docPeriod));
    // ("has run a deficit since last year", "recovered from last year's lows": a start or a reference, not a period
    // the next figures are of)
    const last = s.periods.at(-1);
    // ("a high base last year weighed on the figures": a period named as the base compared with is no period either)
    // (nor when the sentence's own figure is of that start: "12 firms had moved inland since last year" counts since then)
    const started = last !== undefined && (!ownPeriod
      ? referencedAt(text, last.start) || /^['’]s\b/.test(text.slice(last.end))
      : samePeriod(ownPeriod, last.period) && /\bsince\s+(?:the\s+)?$/i.test(text.slice(0, last.start))
        // (a start after the text's period moves the text on: "… grew 5 percent in 2022. Exports have risen 8 percent
        // since January 2023. Imports rose 3 percent." goes on from January 2023)
        // (nor does a start within it: "… in the first half of 2030. Exports have risen 8 percent since January 2030.")
        && (!state.lastPeriod || endsBefore(last.period, state.lastPeriod) || isPartOf(last.period, state.lastPeriod)));
    // ("For the whole of last year, trade had fallen 40.2 percent …": the past perfect looks back from the text's period;
    // only as the verb of a figure: "In 2023, trade had been hit by weak demand. Its exports fell …" goes on in 2023)
    const lookedBack = next && state.lastPeriod && pastPerfectFigure(text, sentenceFacts.map((f) => f.valueStart - span.start))
      && endsBefore(next, state.lastPeriod);
    // ("The customs also revised its figure for the first half of the year: …" in a report on three quarters: a figure
    // of another period set right is an aside; the text goes on in its own)
    // (a figure revised, not "under the revised tariff schedule, exports rose …", which moves the text on)
    const revisedAside = next !== undefined && state.lastPeriod !== undefined && REVISED_FIGURE.test(text)
      && !samePeriod(next, state.lastPeriod);
    // ("…, after Vietnam gained access to the market in 2022." with no figure: an earlier event the clause dates, not a
    // period the text goes back to)
    // (nor one set off by dashes or brackets: "the allowance — raised to 8,000 yuan in 2008 — and …")
    const setOff = [...text.matchAll(SET_OFF)].map((m) => [m.index!, m.index! + m[0].length] as const);
    const background = next !== undefined && last !== undefined && state.lastPeriod !== undefined
      && endsBefore(next, state.lastPeriod) && ((!sentenceFacts.length && EVENT_CLAUSE.test(text.slice(0, last.start)))
        || s.periods.every((p) => setOff.some(([a, b]) => p.start >= a && p.end <= b)));
    // ("Compiled by the statistics office, September 2001" under a table's caption: the day a bulletin was issued is no
    // period its figures are of)
    const issued = !sentenceFacts.length && ISSUED_NOTE.test(text);
    const ahead = (!ownPeriod && (FORECAST.test(text) || remark)) || started || lookedBack || revisedAside || background
      || issued;
    // "12.1 percent in the first quarter, 3.4 percent in the second …": a series of periods leaves the text's own
    const periodsNamed = [...s.periods.map((p) => p.period), ...sentenceFacts.flatMap((f) => (f.period ? [f.period] : []))];
    // ("after a fall in the first quarter, … narrowed in the fourth": two parts of the text's period are a series too)
    const parts = periodsNamed.every((p) => state.lastPeriod && isPartOf(p, state.lastPeriod));
    const series = new Set(periodsNamed.map((p) => periodLabel(p))).size >= (parts ? 2 : 3);
    // (a numbered caption's period is the rows', and the text's after them: no period to go back to)
    state.beforeFigureless = sentenceFacts.length || tableCaption ? undefined : { period: state.lastPeriod };
    if (next && !endMonth && !within && !ahead && !series && !/\b(?:alone|on its own)\b/i.test(text)) {
      state.lastPeriod = next;
      // ("X beats trade target, aims for 5% growth this year" over a report on last year: goals for a period after the
      // article's own go on in their paragraph, "Chengdu aims for 400 trips as well", not past it)
      state.goalPeriod = sentenceFacts.length > 0 && sentenceFacts.every(isGoal) && docPeriod !== undefined
        && endsBefore(docPeriod, next);
    }
    const cur = s.numbers.filter((n) => n.currency).at(-1)?.currency;
    if (cur) state.lastCurrency = cur;
    state.lastSentence = text;
    // (a heading starts a section: its flow, or none; a bullet of goods leaves them for the value bullet under it)
    if (SECTION_HEADING_LINE.test(text)) state.sectionFlow = SECTION_FLOW.exec(text)?.[1]?.toLowerCase() as Metric | undefined;
    state.bulletGoods = bulletLabel(text) ?? (VALUE_BULLET.test(text) ? state.bulletGoods : undefined);
    // (a line leading into a list of goods names their flow for the bullets under it, and no line after them)
    const intro = LIST_INTRO_FLOW.exec(text)?.[1];
    // ("Guangxi imported 1.5 million tonnes of fruit …" then "By variety:" over "- Durian: …": the list breaks down the
    // one flow of goods the sentence before it gave)
    const goodsFlowBefore = state.metricsOfGoods && state.lastMetrics.length === 1
      && (state.lastMetrics[0] === "exports" || state.lastMetrics[0] === "imports") ? state.lastMetrics[0] : undefined;
    const breakdown = !s.numbers.length && BREAKDOWN_INTRO.test(text) ? goodsFlowBefore : undefined;
    state.listFlow = intro ? `${intro.toLowerCase()}s` as Metric : breakdown
      ?? (BULLET_LINE.test(text) ? state.listFlow : undefined);
    state.lastTrainsCounted = sentenceFacts.some((f) => f.measure === "count" && (TRAINS_UNIT.test(f.unit)
      || (/^trips$/i.test(f.unit) && /\btrains\s+(?:\w+\s+){0,2}$/i.test(text.slice(0, f.valueStart - s.start)))));
  }
  // (a table that ends the document ends there)
  flowsUnderRows(state);
  markDependence(facts, doc.text);
  // (a figure a later sentence of the text restates as corrected or revised is a first estimate)
  revisedLater(facts, doc.text);
  // (a report on one kind of goods weighs them where it names none: facts/documentGoods.ts)
  documentGoods(facts, doc.meta.title, doc.text);
  // (a correction notice's error is no figure of its own; its correction takes the error's place, facts/corrections.ts)
  // (goods "from" the figure's own place are the goods: facts/goodsFromOwner.ts; "Their value …" after goods counted is
  // theirs: facts/valueOfCounted.ts)
  return applyCorrections(doc, [...restatedTableOwner(oneGoodsName(goodsFromOwner(valueOfCounted(partnersTrade(facts), doc.text))), doc.text),
    ...parentRates(facts, doc, counter)], withdrawn);
}

/**
 * "Vietnam, the province's largest partner, accounted for 301.5 billion yuan, up 5.4 percent": a partner's money of no
 * flow is the place's trade with it, and so are the change and share its sentence gives beside it (counts stay apart).
 */
function partnersTrade(facts: Fact[]): Fact[] {
  const money = (f: Fact) => f.measure === "amount" && /\b(?:yuan|dollars)\b/.test(f.unit);
  const noFlow = (f: Fact) => f.partner !== undefined && f.metric === "other" && !f.subject && !f.qualifier;
  const sentences = new Set(facts.filter((f) => noFlow(f) && money(f)).map((f) => `${f.start}|${f.partner}`));
  if (!sentences.size) return facts;
  return facts.map((f) => (noFlow(f) && sentences.has(`${f.start}|${f.partner}`)
    && (money(f) || f.measure === "growth" || f.measure === "share") ? { ...f, metric: "trade" } : f));
}

/**
 * Whose a table of partners is, from the text that restates one of its rows: "| Russia | 1.21 | 5.6 |" read as the
 * place the section before was about (a county, "Hillton"), then "… while Dale City's trade with Russia grew 5.6
 * percent": the same partner's same figure, of another place the sentence names, says every row is that place's. Only
 * one such place, and none restating a row as the rows' own place's.
 */
function restatedTableOwner(facts: Fact[], text: string): Fact[] {
  const rowLine = (f: Fact) => /^\s*\|/.test(text.slice(f.start, f.end));
  // (a table is a run of row lines: its first line's start names it)
  const tableOf = (f: Fact) => {
    let at = text.lastIndexOf("\n", f.start - 1);
    while (at > 0) {
      const before = text.lastIndexOf("\n", at - 1);
      if (!/^\s*\|/.test(text.slice(before + 1, at))) break;
      at = before;
    }
    return at;
  };
  const owners = new Map<number, string>();
  const tables = new Map<number, Fact[]>();
  for (const f of facts) {
    if (f.partner && !f.derived && rowLine(f)) tables.set(tableOf(f), [...tables.get(tableOf(f)) ?? [], f]);
  }
  for (const [at, rows] of tables) {
    const own = new Set(rows.map((f) => f.entity));
    if (own.size !== 1) continue;
    // (a caption naming the rows' place says whose they are: "Table 2: Anhui's trade by partner" before "Hefei's trade
    // with Russia also grew 5.6 percent" stays Anhui's)
    // (a line of its own that no sentence ends)
    const above = text.slice(0, Math.max(at, 0)).trimEnd().split("\n").at(-1) ?? "";
    const caption = /^\s*(?:table|chart|figure)\b/i.test(above) || !/[.!?]["”]?\s*$/.test(above) ? above : "";
    if (findEntities(caption).some((e) => own.has(e.id))) continue;
    // (the restating sentence names its place: one it only carried over from the text before may be as wrong)
    const restating = new Set(facts.filter((g) => !g.derived && g.partner && !rowLine(g) && g.entity !== "china"
      && findEntities(text.slice(g.start, g.end)).some((e) => e.id === g.entity)
      && rows.some((f) => f.partner === g.partner && f.metric === g.metric && f.measure === g.measure && f.value === g.value
        && f.unit === g.unit && f.period && g.period && samePeriod(f.period, g.period))).map((g) => g.entity));
    const [other] = [...restating];
    if (restating.size === 1 && !own.has(other!)) owners.set(at, other!);
  }
  if (!owners.size) return facts;
  return facts.map((f) => {
    const owner = f.partner && !f.derived && rowLine(f) ? owners.get(tableOf(f)) : undefined;
    return owner ? { ...f, entity: owner } : f;
  });
}

/**
 * One goods named two ways in one document: "Garment exports, however, fell 2.1 percent to 13.64 billion yuan" under a
 * table row "Garments and clothing accessories | 13.64 | -2.1": the same figure says the short name is the row's goods,
 * so the document's figures of the short name take the full one (only a name that goes on with "and …": "nickel ore
 * cleared at X" says where, and is no fuller name of the table's "Nickel ore").
 */
function oneGoodsName(facts: Fact[]): Fact[] {
  const full = new Map<string, string>();
  for (const f of facts) {
    if (!f.subject || f.measure !== "amount" || f.derived) continue;
    const short = f.subject.toLowerCase();
    const twin = facts.find((g) => g.subject && g.subject !== f.subject && g.entity === f.entity && g.metric === f.metric
      && g.measure === "amount" && g.value === f.value && g.unit === f.unit && g.period && f.period && samePeriod(g.period, f.period)
      && new RegExp(String.raw`^${short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}s?\s+(?:and|&)\s`).test(g.subject.toLowerCase()));
    if (twin) full.set(`${f.entity} ${f.subject}`, twin.subject!);
  }
  if (!full.size) return facts;
  return facts.map((f) => {
    const name = f.subject && full.get(`${f.entity} ${f.subject}`);
    return name ? { ...f, subject: name, ...(f.qualifier === f.subject && { qualifier: name }) } : f;
  });
}

// "9.4 percentage points higher than the regional average": the reference is the city's own province
const PARENT_AVERAGE = /^[^.;]{0,60}?\b(?:regional|provincial|(?:the\s+)?(?:province|region|autonomous region)['’]s)\s+(?:average|overall|level|rate|growth)/i;

/**
 * A city's growth and its stated gap to its province's (or region's) average give the province's rate:
 * "Baotou grew 16.8 percent, 9.4 points faster than the regional average" → Inner Mongolia 7.4 percent.
 */
function parentRates(facts: Fact[], doc: CorpusDocument, counter: { n: number }): Fact[] {
  const out: Fact[] = [];
  for (const gap of facts) {
    const parent = place(gap.entity)?.parent;
    if (gap.measure !== "pp_gap" || gap.derived || !parent || !gap.scope) continue;
    const growth = facts.find((f) => f.measure === "growth" && !f.derived && f.entity === gap.entity && f.metric === gap.metric
      && !f.partner && !f.subject && f.period && gap.period && samePeriod(f.period, gap.period));
    if (!growth || out.some((f) => f.entity === parent && f.metric === gap.metric)) continue;
    // (the parent's rate stated in the text itself: "…, whose foreign trade grew 2.4 percent" needs no working out)
    const stated = facts.some((f) => f.entity === parent && f.measure === "growth" && !f.derived && f.metric === gap.metric
      && !f.partner && !f.subject && f.period && samePeriod(f.period, growth.period!));
    if (stated) continue;
    const value = Math.round((growth.value! - gap.value!) * 1000) / 1000;
    out.push({
      ...withoutApprox(growth), id: `${doc.id}:f${counter.n++}`, entity: parent, value,
      derived: { formula: `${growth.value} ${gap.value! < 0 ? "+" : "−"} ${Math.abs(gap.value!)} = ${value}, from ${place(gap.entity)?.name}'s growth and its gap to the average`, from: [growth.id, gap.id] },
    });
  }
  return out;
}

function extractSentence(s: Sentence, doc: CorpusDocument, state: DocState, groups: DefinedGroup[], passageFor: (start: number) => string, counter: { n: number }): Fact[] {
  const text = s.text;
  const out: Fact[] = [];
  const base = (n: { start: number; end: number }): Pick<Fact, "docId" | "passageId" | "start" | "end" | "valueStart" | "valueEnd"> => ({
    docId: doc.id, passageId: passageFor(s.start + n.start), start: s.start, end: s.end, valueStart: s.start + n.start, valueEnd: s.start + n.end,
  });
  const newId = () => `${doc.id}:f${counter.n++}`;

  // "A, B and C … 10.5%, 14.3% and 14.7% respectively": lists mapped in order: places and subjects
  // ("Foreign-invested enterprises and State-owned enterprises traded 680.52 and 140.31 billion yuan respectively"),
  // then other items ("Exports of solar cells, mobile phones and lithium-ion batteries … 84.6, 121.6 and 71.9 percent"),
  // then the two flows ("Exports and imports reached 520.3 and 231.1 billion yuan respectively, up 11.2 and 6.1 percent";
  // only as the subject of their own verb: "the imports and exports of Henan and Chongqing … respectively" is total trade)
  const mapped = new Map<NumberMention, EntityMention>();
  const mappedSubjects = new Map<NumberMention, string>();
  const mappedFlows = new Map<NumberMention, Metric>();
  // Stryker disable next-line ArrayDeclaration: a string in the list never includes a number mention (find gives none)
  const unmapped: NumberMention[][] = [];
  const runOf = new Map<NumberMention, NumberMention[]>();
  if (/\brespectively\b/i.test(text)) {
    // (the ranked lists a sentence names, read once for all its runs of figures, last first)
    let ranked: ReturnType<typeof rankedLists> | undefined;
    const nruns = numberRuns(text, s.numbers).filter((r) => r.length >= 2);
    // the runs kept are only compared with runs of figures, which have two or more: keeping single ones changes nothing
    // Stryker disable next-line MethodExpression: see above
    const eruns = entityRuns(text, s.entities).filter((r) => r.length >= 2);
    // Stryker disable next-line MethodExpression,BooleanLiteral: see above; entityRuns never reads `possessive`
    const sruns = entityRuns(text, s.subjects.map((x) => ({ ...x, id: x.name, kind: "partner" as const, possessive: false, text: "" }))).filter((r) => r.length >= 2);
    // the last list of as many items that ends before the figures
    const before = <T extends { end: number }>(runs: T[][], nrun: NumberMention[]) => [...runs].reverse().find((r) => r.length === nrun.length && r.at(-1)!.end <= nrun[0]!.start);
    for (const nrun of nruns) {
      for (const n of nrun) runOf.set(n, nrun);
      const erun = before(eruns, nrun);
      if (erun) nrun.forEach((n, i) => mapped.set(n, erun[i]!));
      const srun = before(sruns, nrun);
      if (srun) nrun.forEach((n, i) => mappedSubjects.set(n, srun[i]!.id));
      if (erun || srun) continue;
      const items = itemsBefore(text, nrun[0]!.start, nrun.length);
      if (items && !items.some((i) => s.entities.some((e) => e.start < i.end && e.end > i.start))) { nrun.forEach((n, i) => mappedSubjects.set(n, items[i]!.name)); continue; }
      // "its three leading export categories were A, B and C, worth 8.1, 5.2 and 3.3 billion yuan respectively"
      ranked ??= rankedLists(text).reverse();
      const named = ranked.find((l) => l.kind !== "partners" && l.items.length === nrun.length
        && l.items.at(-1)!.end <= nrun[0]!.start);
      if (named) { nrun.forEach((n, i) => mappedSubjects.set(n, named.items[i]!.name)); continue; }
      const flowsOfRun = runFlows(text, nrun);
      if (flowsOfRun) {
        nrun.forEach((n, i) => mappedFlows.set(n, flowsOfRun[i]!));
        continue;
      }
      // "A imports reached 6.1 billion yuan and B 2.65 billion yuan, up 2.6 times and 25.1 percent respectively": the
      // figures before name the items
      unmapped.push(nrun);
    }
  }
  else {
    // "imports, exports and total trade rose by 37.7, 18.8 and 62.1 percent": flows listed right before as many figures
    for (const nrun of numberRuns(text, s.numbers).filter((r) => r.length >= 2)) {
      const flowsOfRun = runFlows(text, nrun, true);
      if (flowsOfRun) nrun.forEach((n, i) => mappedFlows.set(n, flowsOfRun[i]!));
    }
  }
  // "They recorded growth rates of 62.7, 53.6 and 52.2 percent respectively": the places the sentence before listed
  const carried = new Map<NumberMention, string>();
  if (/\brespectively\b/i.test(text) && !mapped.size && !mappedSubjects.size && state.lastList && CARRIED_LIST.test(text)) {
    const nrun = numberRuns(text, s.numbers).find((r) => r.length === state.lastList!.length);
    if (nrun) nrun.forEach((n, i) => carried.set(n, state.lastList![i]!));
  }
  // "those of State-owned enterprises", "…, a share 4.9 percent lower": about the figure before
  // ("29.1 percent of the city's total, compared with 31.3 percent …": a share's level in another period follows)
  const SHARE_COMPARED = /^\s*(?:percent|per\s?cent|%)?[^.;%\d]{0,60}?,\s*(?:compared\s+(?:with|to)|against|versus)\s+(?:about\s+)?$/i;
  const OTHER_WHOLE = /\b(?:nation(?:al(?:ly)?|wide)?|country|average|province|provincial|city|region(?:al)?)\b/i;
  const OTHER_PART = new RegExp(String.raw`^\s*(?:percent|per\s?cent|%)?\s*(?:for|of|among|in)\s+(?!(?:the\s+)?(?:same|`
    + String.raw`corresponding|previous|whole|full|first|second|third|fourth|last|this|that|[a-z]+\s+(?:half|quarter)|`
    + String.raw`(?:19|20)\d\d|a\s+year|january|february|march|april|may|june|july|august|september|october|november|`
    + String.raw`december|h[12]|q[1-4])\b)\S`, "i");
  const CHANGE_NAMED = /^[^.;]*?\b(?:growth|gr[eo]w|rise|rose|increase|decline|drop|fall|fell|points?)\b/i;
  const sameAsPrevious = (n: NumberMention) => /\b(?:that|those)\s+(?:of|from|in)\b|(?:^|,)\s*(?:a|the|its|their)\s+share\s*$/i
    .test(text.slice(clauseOf(s.bounds, n.start, text.length)[0], n.start));

  // (one of a group's goods opening the sentence: the same for each of its figures)
  let prev: Fact | undefined;
  // the amounts read as the whole of a share before them ("… of the province's total of N")
  const wholes = new Set<string>();
  for (const n of s.numbers) {
    const clause = clauseOf(s.bounds, n.start, text.length);
    const member = memberOpening(s, state, n.start);
    let who: Who | undefined;
    const m = mapped.get(n);
    if (m) {
      const group = groups.find((g) => g.id === m.id);
      const partnerHere = s.entities.find((e) => e.kind === "partner" && e.start > m.end && e.end <= n.start && partnerContext(text, e));
      const run = entityRuns(text, s.entities).find((r) => r.includes(m))!;
      // "China's Hong Kong, ASEAN, the EU and the US were the city's top partners": a place in a list of partners is one too
      // so is one after "exports to" or "trade with" ("exports to Hong Kong, Taiwan and Korea")
      // ("Hong Kong, Macao and Taiwan were the province's top partners": so are places the list's verb calls partners)
      const partnerRun = run.filter((e) => e.kind === "partner").length * 2 >= run.length
        || placeAsPartner(text, run[0]!) || partnerContext(text, run[0]!)
        || CALLED_PARTNERS.test(text.slice(run.at(-1)!.end, n.start));
      if (m.kind === "partner" || (partnerRun && (m.kind === "province" || m.kind === "city"))) {
        // "Hubei's trade with ASEAN, the EU and the US grew by …, … and … respectively", "ASEAN, … were the
        // province's main partners": the trade of the place the sentence names, or the text is about
        // "Japan, South Korea and Russia were Liaoning's top three trading partners": the possessive after the list
        const after = s.entities.find((e) => e.start > run.at(-1)!.end && e.end <= n.start && e.possessive && e.kind !== "partner")
          // ("In trade with Japan, Korea and Laos, Hubei recorded …": the place right after an opening run of partners)
          ?? (OPENING_PARTNER.test(text.slice(0, run[0]!.start)) ? s.entities.find((e) => e.kind !== "partner"
            && e.start > run.at(-1)!.end && e.end <= n.start && /^\s*,\s*$/.test(text.slice(run.at(-1)!.end, e.start))) : undefined);
        const owner = after ?? s.entities.filter((e) => e.end <= run[0]!.start && e.kind !== "partner" && subjectEligible(text, e)).at(-1);
        const anaphor = /\bthe\s+(province|city|region)['’]s\b/i.exec(text)?.[1]?.toLowerCase();
        // Stryker disable next-line EqualityOperator: either side ends at state.lastEntity, the owner's next fallback
        const named = anaphor ? state.lastByKind.get(anaphor) ?? (anaphor === "city" ? undefined : state.lastEntity) : undefined;
        who = { entity: owner?.id ?? named ?? state.lastEntity ?? "china", partner: m.id };
      } else {
        // ("Hubei, Hunan and Henan traded 1.1, 2.2 and 3.3 billion yuan with Japan respectively": the one partner after
        // the run of figures is each place's)
        const last = runOf.get(n)?.at(-1);
        const partners = last ? s.entities.filter((e) => e.kind === "partner" && e.start >= last.end) : [];
        const afterRun = partners.length === 1 && partnerAfter(text.slice(last!.end, partners[0]!.start))
          ? partners[0] : undefined;
        const partner = partnerHere ?? afterRun ?? openingPartner(text, s.entities, run);
        // ("In trade with Japan and Korea, Hubei and Hunan recorded …": trade with both partners at once, neither
        // partner's alone nor the places' total: no figure)
        const partnersOpening = entityRuns(text, s.entities).some((r) => r.length > 1 && r.every((e) => e.kind === "partner")
          && OPENING_PARTNER.test(text.slice(0, r[0]!.start)) && /^\s*,\s*$/.test(text.slice(r.at(-1)!.end, run[0]!.start)));
        who = partnersOpening ? undefined
          : { entity: m.id, ...(partner && { partner: partner.id }), ...(group && { members: group.members }) };
      }
    } else if (carried.has(n)) who = { entity: carried.get(n)! };
    else who = resolveWho(s, n, clause, state, groups);
    // ("In the first ten months of 2021, Lecong's furniture exports reached …", "Pingtan's trade with Taiwan rose …": a
    // sub-place the gazetteer does not know, named as the owner the sentence opens with, owns the figure; never the
    // place the text is on)
    // (a zone's short name is the zone's: "The Kelvar Free Trade Zone opened … Kelvar's imports reached …")
    // (so is one in a report on a port or zone, whose figures are the zone's only by default: "Dorvan prefecture
    // recorded …" in a report on Kelang port is the prefecture's)
    const owner = !m && !carried.has(n) && who && (!isZone(who.entity) || who.entity === state.home)
      ? unknownOwner(s, n, who.partner, state) : undefined;
    const subPlace = owner === FIRM ? undefined : owner;
    if (subPlace && !state.subPlaces.includes(subPlace)) state.subPlaces.push(subPlace);
    if (who && subPlace) who = { entity: zoneId(subPlace), ...(who.partner && { partner: who.partner }) };
    if (owner === FIRM) who = undefined;
    if (who && !who.partner && !m && unreadSideOpening(s, n)) who = undefined;
    // ("exports to Japan and Korea grew 5 and 7 percent respectively, and 1.2 billion yuan of goods went to Laos": a
    // partner a "respectively" handed out is its own figure's, never a later figure's of the sentence)
    const handedOut = (id: string) => [...mapped.values()].some((e) => e.kind === "partner" && e.id === id)
      && s.entities.filter((e) => e.id === id).every((e) => [...mapped.values()].includes(e));
    if (!m && who?.partner && handedOut(who.partner)) {
      const { partner: _handedOut, ...rest } = who;
      who = rest;
    }
    // "…, with the EU 2.52 trillion yuan and with the US 2.21 trillion yuan, increases of 27.8, 26.7 and 34.6 percent
    // respectively": the partners of the figures before, in their order
    const listedRun = unmapped.find((r) => r.includes(n));
    const partnersBefore = listedRun
      ? [...new Map(out.filter((f) => f.start === s.start && f.valueEnd - s.start <= listedRun[0]!.start && f.partner)
        .map((f) => [f.partner!, f] as const)).values()] : [];
    // ("exports were 1.1 trillion yuan, with the EU …, with the US …, increases of 27.8, 26.7 and 34.6 percent
    // respectively": as many amounts before, the first of no partner, are the run's owners in order)
    const amountsBefore = listedRun && partnersBefore.length !== listedRun.length
      ? out.filter((f) => f.start === s.start && f.valueEnd - s.start <= listedRun[0]!.start && f.measure === "amount") : [];
    if (listedRun && partnersBefore.length === listedRun.length) {
      const f = partnersBefore[listedRun.indexOf(n)]!;
      who = { entity: f.entity, partner: f.partner! };
    } else if (listedRun && amountsBefore.length === listedRun.length && (amountsBefore.some((f) => f.partner)
      // ("1.21 billion yuan in A and 860 million yuan in B, up 18.7 and 25.3 percent respectively": one each)
      || new Set(amountsBefore.map((f) => f.entity)).size === listedRun.length)) {
      const f = amountsBefore[listedRun.indexOf(n)]!;
      who = { entity: f.entity, ...(f.partner && { partner: f.partner }) };
    }
    // "Of these, 31,800 were new energy vehicles, …": a part of the goods counted before, of their place and flow
    const partName = n.kind === "count" ? PART_NAMED.exec(text.slice(n.start, n.end))?.[1] : undefined;
    // (or of the things a port handled, when the part names its flow: "763,000 were export vehicles")
    const handled = partName && FLOW_NAMED_PART.test(partName) && sameThings(state.lastHandled, n) ? state.lastHandled : undefined;
    const whole = partName && state.lastCounted?.unit.endsWith(n.unit) ? state.lastCounted : handled;
    if (partName && !whole) continue;
    if (whole) who = { entity: whole.entity, ...(whole.partner && { partner: whole.partner }) };
    if (!who) continue;
    // ("…, while imports from the country rose 3 percent" with no country named before: a partner unknown, no figure)
    const unnamed = s.entities.some((e) => e.id === "china" && e.start >= clause[0] && e.end <= n.start && unnamedCountry(text, e));
    if (unnamed) continue;
    if (who.partner && unreadPartnerBetween(s, who.partner, n.start)) continue;
    // ("its share slid from 3.1 percent to 2.9 percent in 2031": the share before, of no year named, is no figure of the
    // sentence's period nor a change)
    // (nor is any level a change started from, unless a span named before dates it: "over the same years … from A to B")
    const spanStart = state.lastSpan && SAME_SPAN.test(text.slice(0, clause[1]));
    const shareFrom = n.kind === "percent" && SHARE_BEFORE_LEVEL.test(text.slice(clause[0], n.start));
    const fromLevel = FROM_LEVEL.test(text.slice(clause[0], n.start)) && TO_LEVEL.test(text.slice(n.end, clause[1]));
    if (fromLevel && (!spanStart || shareFrom)) continue;
    // ("exported 3.5 million tonnes of cement in 2030, up 0.4 million tonnes", "30 billion yuan, up 2 billion yuan": the
    // change of the level before, in its unit, is no level of its own: no figure)
    const level = s.numbers.filter((x) => x.end <= n.start).at(-1);
    if ((n.kind === "money" || n.kind === "count") && level?.kind === n.kind
      && INCREMENT_BEFORE.test(text.slice(level.end, n.start).replace(/\b(?:19|20)\d\d\b/g, ""))) continue;
    // ("compared with more than 80 percent a decade ago": a level of no year the text names is no figure of its period)
    if (VAGUELY_AGO.test(text.slice(n.end, clause[1]))) continue;
    // ("…, and freight rates fell 5.2 percent": what carrying goods costs is no goods and no figure of the place's trade)
    if (CARRIAGE_PRICE.test(text.slice(clause[0], n.start))) continue;
    // (a price said per its unit, "960 yuan a tonne", is read as one below)
    if (n.kind === "money" && UNIT_PRICE.test(text.slice(0, n.start)) && !PER_UNIT_AFTER.test(text.slice(n.end))) {
      continue;
    }
    // "3 times the national average", "2.5 times that of Shanxi", "4 times Shanxi's": a ratio to another's figure, not
    // the place's own growth (no fact is better than a wrong "grew 3 times")
    if (n.kind === "multiple" && RATIO_TO_OTHER.test(text.slice(n.end, n.end + 60))) continue;
    // ("imports from Vietnam and exports to Thailand rose 5 percent": one figure two flows with two partners share is
    // neither flow's with either partner alone, and no total)
    if (!runOf.has(n) && TWO_FLOWS_TWO_PARTNERS.test(text.slice(clause[0], n.start))) continue;
    // (so is "12.4 percent more than Gansu's": how far one figure is above another place's, no level nor change of either)
    if (n.kind === "percent" && PERCENT_THAN_OTHERS.test(text.slice(n.end, n.end + 60))) continue;
    // "The city's exports to them amounted to 23.91, 17.01 and 14.99 billion yuan respectively": each partner's, named
    // in the sentence before; never the place's own total (left out when no partner was read for them)
    if (!who.partner && FLOW_TO_THEM.test(text.slice(0, n.start)) && /\brespectively\b/i.test(text)) continue;
    // "60.6 points higher than the national average of 22.5 percent": that average is the country's own rate
    // ("well ahead of the 4.1 percent growth of China's foreign trade": the country's rate, named after it)
    const rateAfter = NATIONAL_RATE_AFTER.exec(text.slice(n.end, clause[1]));
    // ("Nationally, foreign trade grew 7.6 percent …": a sentence led so is about the country)
    const nationalAverage = NATIONAL_RATE_BEFORE.test(text.slice(clause[0], n.start)) || rateAfter !== null;
    const nationalLead = !nationalAverage && NATIONAL_LEAD.test(text) && !NATIONAL_LEAD_OWN.test(text.slice(0, n.start))
      && !s.entities.some((e) => e.kind !== "partner" && e.id !== "china" && e.end <= n.start);
    // (a place or a possessive between the total and the figure owns it: "… total fell while Hebei's trade rose 5 percent";
    // after the total's verb and "and", "but", "while" or "as" with none, "… total fell as exports grew 8 percent", it is
    // unsure whose the figure is: none)
    const totalAt = NATIONAL_TOTAL.test(text.slice(clause[0], n.start)) ? /\btotal\b/i.exec(text.slice(clause[0]))!.index + clause[0] : -1;
    const otherOwner = totalAt >= 0 && s.entities.some((e) => e.start > totalAt && e.end <= n.start
      && (e.kind !== "partner" || e.possessive));
    const totalGoesOn = totalAt >= 0 && TOTAL_GOES_ON.test(text.slice(totalAt, n.start))
      && !TOTAL_SIBLING_FLOW.test(text.slice(totalAt, n.start));
    if (totalGoesOn && !otherOwner) continue;
    const nationalTotal = totalAt >= 0 && !otherOwner && !totalGoesOn;
    const nationalRate = nationalAverage || nationalLead || nationalTotal;
    // ("Nationally, trade with Japan rose 4.1 percent": the country's trade with the partner its sentence names)
    // ("China's total trade with ASEAN reached …": so is the national total's)
    const leadPartner = (nationalLead || nationalTotal) && who.partner
      && s.entities.some((e) => e.kind === "partner" && e.id === who!.partner && e.end <= n.start) ? who.partner : undefined;
    if (nationalRate) who = { entity: "china", ...(leadPartner && { partner: leadPartner }) };
    // ("… the province's total of 326.21 billion yuan, which fell 3.2 percent": that whole's change)
    const wholeBefore = prev && wholes.has(prev.id) && n.kind === "percent"
      && WHICH_CHANGED.test(text.slice(prev.valueEnd - s.start, n.start)) ? prev : undefined;
    if (wholeBefore) who = { entity: wholeBefore.entity };
    // "… beat the national growth rate by 5.3 percent and Fujian's by 4.3 percent": a second gap, to another place
    const otherReference = prev?.measure === "pp_gap" ? SECOND_REFERENCE.exec(text.slice(prev.valueEnd - s.start, n.start)) : null;
    if (otherReference) {
      who = { entity: prev!.entity };
    }
    // ("It was more than Shanxi's trade of …": a place named before the figure owns it, not the amount before)
    const placeBefore = s.entities.some((e) => e.kind !== "partner" && e.start >= clause[0] && e.end <= n.start);
    const restated = !prev && state.lastAmount && !placeBefore && RESTATES.test(text.slice(clause[0], n.start))
      ? state.lastAmount : undefined;
    const carry = prev && sameAsPrevious(n) ? prev : restated;
    if (restated) who = { entity: restated.entity, ...(restated.partner && { partner: restated.partner }) };
    if (carry?.partner && !who.partner) who.partner = carry.partner;
    // ("Imports of ore from Myanmar were 41,200 tonnes, …, but their value fell …": the same goods from the same partner)
    if (!who.partner && prev?.partner && prev.start === s.start && prev.entity === who.entity
      && THEIR_VALUE.test(text.slice(clause[0], n.start))) who.partner = prev.partner;
    // "That trade accounted for 35.2 percent …", "It was made up of $3.73 billion of exports …": the trade before, with its partner
    if (!who.partner && state.lastPartner && who.entity === state.lastEntity && SAME_TRADE.test(text)) who.partner = state.lastPartner;
    // "… accounted for 9 percent of Fujian's total trade, which rose 2.1 percent to …": the whole of the share, with no
    // partner (the place the whole names, when it names one)
    // ("… accounted for 17.5 percent of the province's total of 4.14 trillion yuan": that whole's own amount)
    // ("36 percent of China's total foreign trade of 21.79 trillion yuan": the nation's)
    // ("Private firms accounted for 40.2 percent of the province's total of 4.14 trillion yuan": the place's own total)
    const between = prev ? text.slice(prev.valueEnd - s.start, n.start) : "";
    const wholeOfShare = prev?.start === s.start && prev.measure === "share" && prev.shareOf && AMOUNT_OF_WHOLE.test(between)
      && (prev.shareOf !== "own" || OWN_WHOLE_OF.test(between)) ? prev : undefined;
    if (wholeOfShare) {
      who = { entity: wholeOfShare.shareOf === "national" ? "china" : wholeOfShare.shareOf === "own" ? wholeOfShare.entity
        : wholeOfShare.shareOf! };
    }
    const wholeWhich = WHOLE_WHICH.exec(text.slice(0, n.start));
    // ("12.1 percent of Gansu's total trade, which rose 5.3 percent": the whole of the share read right before, in its
    // own flow; a partner's whole is no figure of the text's place, and left out)
    const shareWhole = wholeWhich && prev?.start === s.start && prev.measure === "share" && prev.shareOf
      && prev.valueStart - s.start <= wholeWhich.index && wholeWhich.index < prev.valueEnd - s.start ? prev : undefined;
    if (shareWhole?.shareOf!.startsWith("partner:")) continue;
    // (an own whole, "of the province's total", is whoever the words name, as read for the figure itself)
    if (shareWhole && shareWhole.shareOf !== "own") {
      who = { entity: shareWhole.shareOf === "national" ? "china" : shareWhole.shareOf! };
    } else if (wholeWhich && who.partner) {
      const named = s.entities.find((e) => e.kind !== "partner" && e.possessive && e.start >= wholeWhich.index && e.end <= n.start);
      who = { entity: named?.id ?? who.entity };
    }

    // "imports of integrated circuits rose 11.6%, human vaccines 41.7% and aircraft parts 15.9%": items with their verb elided
    const elided = prev && prev.start === s.start && (prev.subject || prev.qualifier) ? ELIDED_ITEM.exec(text.slice(prev.valueEnd - s.start, n.start)) : null;
    // (", equal to …", ", close to …": a "to" is the left-out verb's only beside the item's flow, "ship exports to …")
    const verbTo = elided && /\sto\s*$/i.test(elided[0]) && !/\b(?:exports|imports)\b/i.test(elided[0]);
    // (", and 500 tonnes of coal": a figure of goods named after it elides nothing; "and" alone is no item)
    // (nor is a flow's own verb: "…, and imported 0.8 million tonnes from X" is another flow of no goods named)
    const elidedItem = elided && !verbTo && !NOT_AN_ITEM.test(elided[1]!) && !/^(?:and|or|but)$/i.test(elided[1]!.trim())
      && !FLOW_VERB_ITEM.test(elided[1]!.trim())
      && !ownGoods(s, n)
      && !s.entities.some((e) => e.start >= prev!.valueEnd - s.start && e.end <= n.start)
      ? itemName(elided[0], elided[1]!) : undefined;
    const itemFlow = elidedItem
      ? (elided![2]?.toLowerCase() as Metric | undefined) ?? VERB_FLOW[elided![3]?.toLowerCase() ?? ""] : undefined;
    const detected = detectMeasure(text, n, clause);
    // "accounted for 43.5 percent, followed by foreign-invested firms with 42.2 percent and …": the same measure
    const followed = detected === "rate" && prev?.unit === "%" && prev.docId === doc.id && prev.start === s.start
      && FOLLOWED.test(text.slice(prev.valueEnd - s.start, n.start));
    // ("…, followed by foreign-invested firms with 42.2 percent and collective-run firms with 10.1 percent": a kind of firm
    // the word list does not know is none of the kinds before; its figure is left out)
    const firmsNamed = followed ? FOLLOWING_FIRMS.exec(text.slice(prev!.valueEnd - s.start, n.start))?.[1] : undefined;
    if (firmsNamed && !findSubjects(firmsNamed).length) continue;
    // "6.4, 9.4 and 2.7 percent higher than the national average respectively": all gaps, as the last one says
    const last = runOf.get(n)?.at(-1);
    const runGap = last && last !== n && detectMeasure(text, last, clauseOf(s.bounds, last.start, text.length)) === "pp_gap";
    // "Trade with Africa rose 58.6 percent to 19.77 billion yuan, and with Latin America 49.1 percent to 24.03 billion":
    // a change whose verb is left out, going the way of the sentence's change before
    // ("exports rose 8.3 percent, and imports 3.6 percent": so is a flow's change right after another's, its verb left out)
    const flowElided = detected === "rate" && !followed && !elidedItem && prev?.start === s.start && prev.measure === "growth"
      && ELIDED_FLOW.test(text.slice(prev.valueEnd - s.start, n.start)) ? prev : undefined;
    const elidedChange = detected === "rate" && !followed && !elidedItem
      && PERCENT_TO_AMOUNT.test(text.slice(n.end, clause[1]))
      ? [...out].reverse().find((f) => f.start === s.start && f.measure === "growth" && f.valueEnd - s.start <= n.start)
        ?? null
      : flowElided;
    // "Exports to A dropped 41.2 percent to X and exports to B 29.7 percent to Y": a change read as one with no direction
    // word of its own since the sentence's change before goes that change's way (its verb is left out)
    const changeBefore = detected === "growth" && !elidedChange && PERCENT_TO_AMOUNT.test(text.slice(n.end, clause[1]))
      ? [...out].reverse().find((f) => f.start === s.start && f.measure === "growth" && f.valueEnd - s.start <= n.start)
      : undefined;
    const gappedChange = changeBefore && !namesDirection(text.slice(changeBefore.valueEnd - s.start, n.start))
      ? changeBefore : undefined;
    // ("accounting for 29.1 percent of the city's total, compared with 31.3 percent a year earlier": the share before)
    const shareBefore = prev?.start === s.start && prev.measure === "share" && n.kind === "percent"
      && SHARE_COMPARED.test(text.slice(prev.valueEnd - s.start, n.start))
      && !CHANGE_NAMED.test(text.slice(n.end, n.end + 30))
      // (not another place's or the nation's share: "compared with 55 percent for the province", "… nationally")
      && !s.entities.some((e) => e.start >= n.end && e.start < clause[1]) && !OTHER_WHOLE.test(text.slice(n.end, clause[1]))
      // (nor another part's: "compared with 13.4 percent for processing trade"; "for the same period" is a period)
      && !OTHER_PART.test(text.slice(n.end, clause[1]))
      ? prev : undefined;
    const measure = shareBefore ? "share" : runGap || otherReference ? "pp_gap" : elidedChange !== undefined ? "growth"
      : (carry || followed || elidedItem) && detected === "rate" ? (carry ?? prev)!.measure : detected;
    const run = unmapped.find((r) => r.includes(n));
    const earlier = run ? [...new Set(out.filter((f) => f.start === s.start && f.valueEnd - s.start <= run[0]!.start && f.subject).map((f) => f.subject!))] : [];
    // ("Crude oil …, coal … and ore 1.2 billion yuan, up 2.6 times and 25.1 percent respectively": more goods than
    // changes leave each change's goods unknown, and a change of no goods would read as the flow's total: none is read)
    if (run && !mappedSubjects.has(n) && earlier.length >= 2 && earlier.length !== run.length) continue;
    const listed = mappedSubjects.get(n) ?? elidedItem ?? (run && earlier.length === run.length ? earlier[run.indexOf(n)] : undefined);
    // "Within this group, ships … grew 70.7%": a list of items continues the flow of the sentence before
    const stated = whole?.metric ?? mappedFlows.get(n) ?? (wholeOfShare ? wholeOfShare.ofMetric ?? wholeOfShare.metric : undefined)
      ?? wholeBefore?.metric ?? (shareWhole ? shareWhole.ofMetric ?? shareWhole.metric : undefined)
      ?? carry?.metric ?? (elidedItem ? itemFlow ?? prev!.metric : undefined)
      ?? (changeOfOther(prev, s, n, measure) ? "other" : metricFor(s, n, clause, state, measure));
    // (enterprise types and trade modes with no flow named are their total trade)
    const ownTotal = listed && SUBJECTS.some((x) => x.name === listed && x.kind !== "product");
    // ("…, followed by solar cells at 8.2 billion yuan": goods named with no flow go on with the text's flow)
    // ("Exports of leather goods fell …. Leather garments dropped 11.3 percent to …": goods that open a sentence naming
    // no flow, after a sentence on goods of one flow, go on with that flow)
    const goodsFlowBefore = state.metricsOfGoods && state.lastMetrics.length === 1
      && (state.lastMetrics[0] === "exports" || state.lastMetrics[0] === "imports");
    const opening = stated === "other" && !listed && !mapped.has(n) && goodsFlowBefore
      ? goodsOpening(text, n, s.entities) : undefined;
    const goodsNamed = stated === "other" && !listed && !mapped.has(n)
      && (productOf(text, n, clause, s.entities) !== undefined || member !== undefined || opening !== undefined);
    // ("Zigong exported N automobiles. The cars were worth M": the goods named again, of the flow that counted them)
    const referred = stated === "other" && !listed && goodsFlowBefore && Boolean(state.lastFigureSubject)
      && flowReferredBack(s, state, n.start);
    const flowOf = stated === "other" && (listed || mapped.has(n) || goodsNamed || referred) ? (ownTotal ? "trade" : state.lastMetrics.length === 1 ? state.lastMetrics[0]! : stated) : stated;
    // ("handled 78,600 imported cars": a count of imported goods is of imports, in the goods' own unit)
    const shipped = n.kind === "count" ? SHIPPED_UNIT.exec(n.unit) : null;
    // ("Dalian contributed 413.04 billion yuan, or 61.3 percent of the provincial total": so is the amount it restates)
    // ("market procurement, up 41.7 percent to 27.15 billion yuan, or 5.8 percent of the total": so is the change to it)
    const changedTo = measure === "growth" ? PERCENT_TO_AMOUNT.exec(text.slice(n.end, clause[1])) : null;
    const restatedAt = measure === "amount" ? n.end : changedTo ? n.end + changedTo[0].length : undefined;
    const asShare = restatedAt !== undefined ? RESTATED_AS_SHARE.exec(text.slice(restatedAt, restatedAt + 100)) : null;
    // (the change between an amount and the share restating it, read by the same reader from the amount)
    const amountAt = measure === "growth" && !changedTo && prev?.start === s.start && prev.measure === "amount"
      ? prev.valueEnd - s.start : undefined;
    const restatedBefore = amountAt !== undefined ? RESTATED_AS_SHARE.exec(text.slice(amountAt, amountAt + 100)) : null;
    const changeThenShare = restatedBefore?.groups!["change"]
      && amountAt! + restatedBefore.groups["lead"]!.length + restatedBefore.groups["change"].length === n.start
      ? restatedBefore : null;
    const ofTotal = measure === "share" ? n.end : asShare ? restatedAt! + asShare[0].length
      : changeThenShare ? amountAt! + changeThenShare[0].length : undefined;
    // "Tangshan remained the largest trading city, accounting for 28.7 percent of the province's total": no flow named
    // is a share of total trade
    // (the national rate named after its figure is of the flow it names: "the 4.1 percent growth of China's foreign trade")
    // ("Of that total, 763,000 were export vehicles": the part of the things handled names its flow)
    const handledFlow: Metric | undefined = whole && whole === handled ? (/^import/i.test(partName!) ? "imports" : "exports")
      : undefined;
    const metric: Metric = handledFlow ? handledFlow : rateAfter ? (rateAfter.groups!["flow"]!.toLowerCase() as Metric)
      : shipped ? (/^imported$/i.test(shipped[2]!) ? "imports" : "exports")
      : flowOf === "other" && ofTotal !== undefined && SHARE_OF_TOTAL.test(text.slice(ofTotal, ofTotal + 60)) ? "trade"
      // ("ahead of Malaysia (37.2 billion yuan, up 6.5 percent)": the change right after a partner's trade is of it too)
      : flowOf === "other" && measure === "growth" && who.partner && prev?.start === s.start && prev.measure === "amount"
        && prev.metric === "trade" && prev.partner === who.partner && prev.entity === who.entity
        && CHANGE_RIGHT_AFTER.test(text.slice(prev.valueEnd - s.start, n.start)) ? "trade" : flowOf;
    let value = n.value;
    // "2.1 points faster than in the first four months": the rate rose 2.1 points from that period's; "a decline 1.3
    // points narrower than …" rose too, and "wider" fell
    const against = measure === "pp_change" ? RATE_AGAINST_EARLIER.exec(text.slice(n.end, clause[1])) : null;
    if (against) {
      const word = against.groups!["word"]!.toLowerCase();
      const falling = isDecline(text, n, clause);
      const up = /narrower|smaller/.test(word) ? falling : /wider|larger|bigger/.test(word) ? !falling : /higher|faster|more/.test(word);
      value = up ? value : -value;
    } else if ((measure === "growth" || measure === "pp_change") && isDecline(text, n, clause)) value = -value;
    else if (((elidedChange ?? gappedChange)?.value ?? 0) < 0) value = -value;
    // "0.3 percentage points lower than the national average": a gap below the reference is negative (a run's last gap
    // says it for all)
    const gapEnd = (runGap ? last : n).end;
    if (measure === "pp_gap" && GAP_BELOW.test(text.slice(gapEnd, gapEnd + 20))) value = -value;
    // a gap to the average written in percent is in points
    let unit = (measure === "pp_gap" || measure === "pp_change") && n.unit === "%" ? "percentage points"
      : shipped ? `${shipped[1] ?? ""}${shipped[3]}` : n.unit;
    let scale = n.scale;
    // ("expects to assemble 20 million of them", "6.1 million of these were exported": things counted, no money)
    if (n.kind === "bare" && COUNTED_OF_THEM.test(text.slice(n.end))) continue;
    if (n.kind === "bare") {
      // "exports reached 389.14 billion": the currency of the sentence or the text before carries over
      const cur = s.numbers.find((x) => x.currency)?.currency ?? state.lastCurrency ?? "yuan";
      unit = `${n.unit} ${cur}`;
    }
    if (measure === "rate" && n.kind !== "percent") continue;
    // ("32 local brands each had online export sales of over $10 million": one item's figure, no one's total)
    if (EACH_HAD.test(text.slice(clause[0], n.start))) continue;
    // "those of State-owned enterprises": the clause's own subject wins over the one carried from the figure before;
    // "…, and exports of steel products came to 89.86 billion yuan": so do the goods of the figure's own clause
    const named = metric === "exports" || metric === "imports" ? productOf(text, n, clause, s.entities) ?? member ?? opening : undefined;
    // ("exports of farm products were …, of which exports of tea were …": goods named after a group are narrower)
    const goodsAt = named ? text.toLowerCase().lastIndexOf(named.toLowerCase(), n.start) : -1;
    const ownSubject = s.subjects.some((x) => x.start >= clause[0] && x.end <= n.start && !(x.kind === "product" && x.end <= goodsAt));
    // ("Exports of the three products reached …" after a sentence on the "new three": that group's)
    // ("Lithium-ion batteries were the main engine. Exports of the batteries reached …": goods named by "the" and the
    // head of their name alone are those of that head the sentence before named)
    const goods = named && COUNTED_BACK.test(named) ? state.lastSubject ?? named
      : named && theGoodsAt(text, named, n.start) ? theKindBefore(named, state.lastSentence ?? "") ?? named : named;
    // "…with a combined value of 1.55 billion yuan; the value rose 126.79 percent": the goods of the clause before
    // ("received 5.62 million tonnes of crude, 3.1 percent more than a year earlier, but the value of those imports fell …":
    // over a change between that named no goods, the goods of the sentence's last figure that did)
    // (only over a change of the same flow and partner: "ore from Myanmar, and its exports to Laos rose 5 percent, but
    // their value fell …" are not the ore's)
    const goodsFact = prev?.start === s.start && !prev.subject
      ? [...out].reverse().find((f) => f.start === s.start && f.subject && f.metric === prev!.metric
        && f.partner === prev!.partner)
      : prev;
    const measuring = !goods && !ownSubject && goodsFact?.start === s.start && goodsFact.subject
      ? QUANTITY_CLAUSE.exec(text.slice(clause[0], n.start)) ?? WITH_QUANTITY.exec(text.slice(clause[0], n.start)) : null;
    // ("…, up 3.1 percent in volume, worth 12.8 billion dollars": what is "worth" is the value, whatever was said before)
    const worth = !measuring && !goods && !ownSubject && prev?.start === s.start && prev.subject
      ? WORTH_AFTER.exec(text.slice(prev.valueEnd - s.start, n.start)) : null;
    // "…, and that of the city …": a figure of the place after one of a zone
    // ("…, and that of Hebei itself rose 3 percent": so does a place named again between)
    const backToPlace = carry && (BACK_TO_PLACE.test(text.slice(carry.valueEnd - s.start, n.start))
      || s.entities.some((e) => e.kind !== "partner" && e.start >= carry.valueEnd - s.start && e.end <= n.start
        && isSubject(text, e)));
    // (the zone's name read as its figure's subject is no subject of the place's)
    const carriedSubject = carry && !(backToPlace && carry.subject && namedZones(carry.subject).length)
      ? carry.subject : undefined;
    // ("imports of coal rose 6 percent and those of iron ore 3 percent": the goods "those of" names, not those of the
    // figure before)
    const those = carry && !ownSubject ? THOSE_OF_GOODS.exec(text.slice(clause[0], n.start)) : null;
    const thoseOf = those && !NOT_AN_ITEM.test(those[1]!) && !s.entities.some((e) => e.start >= clause[0] + those.index
      && e.end <= n.start) ? those[1]!.toLowerCase() : undefined;
    const opened = !listed && !carry && !ownSubject && !goods ? clauseGoods(out, s, n, clause) : undefined;
    const lead = !listed && !carry && !ownSubject && !goods && !opened ? countedLead(out, s, n) : undefined;
    // ("…, ship exports to 3.54 billion yuan, up 10.3 percent": the change right after an item's amount is the item's)
    const itemsChange = !listed && measure === "growth" && prev?.start === s.start && prev.measure === "amount"
      && prev.subject && CHANGE_AFTER_AMOUNT.test(text.slice(prev.valueEnd - s.start, n.start)) ? prev : undefined;
    // ("…laptops …, worth 30.5 billion yuan, equal to 49.8 percent of the city's exports": the goods' share of the whole)
    const itemsShare = !listed && !ownSubject && measure === "share" && prev?.start === s.start && prev.subject
      && (prev.measure === "amount" || prev.measure === "growth") && SHARE_AFTER_FIGURE.test(text.slice(prev.valueEnd - s.start, n.start))
      ? prev : undefined;
    // ("container throughput rose 8.9 percent to 4.15 million TEUs": the change that takes a count to its level)
    const toCount = measure === "growth" ? countChangedTo(s, n) : undefined;
    const ofQuantity = quantityChange(s, n, prev, measure) || toCount !== undefined;
    // ("handled 36.2 million tonnes of freight, up 6.9 percent": the change right after a counted quantity is of its goods)
    const subject = withoutTimeTail(wholeOfShare || wholeBefore || shareWhole ? undefined
      : (whole ? partName!.toLowerCase().replace(handledFlow ? FLOW_NAMED_PART : /^$/, "") : undefined) ?? listed ?? opened ?? lead?.subject
      ?? itemsChange?.subject ?? itemsShare?.subject
      ?? (carry && !ownSubject ? thoseOf ?? carriedSubject : (goods && !ownSubject ? goods : measuring ? goodsFact!.subject : worth ? prev!.subject : subjectFor(s, n, clause, state)))
      ?? (ofQuantity && !ownSubject && !toCount ? prev!.subject : undefined)
      ?? (!ownSubject ? sameGoodsCounted(text, n, clause, metric, who.entity, state.lastCounted) : undefined));
    // ("30 million tonnes of coal, worth 9 billion yuan, and 1.9 billion yuan of African farm goods", "…, and 40 percent
    // of the iron ore": goods named right after a figure that follows counted goods, and read as no subject, are
    // neither the goods counted nor the whole's: no figure)
    const namedAfter = goodsNamedAfter(s, n);
    if (namedAfter && subject !== namedAfter && countedLead(out, s, n, true)) continue;
    // (a cause set aside, ", boosted by Yiwu's small-commodity exports,", qualifies nothing; nor does a route)
    // (nor does a zone in an appositive: "the X Bonded Zone, the heart of the Y Economy Zone, …" is X's)
    const aside = s.asides.filter(([a, b]) => b <= n.start && (/^,\s*[a-z]+\s+(?:down\s+)?by\b/i.test(text.slice(a, b))
      || ROUTE_START.test(text.slice(a, b)) || namedZones(text.slice(a, b)).length > 0));
    const unaside = aside.reduce((t, [a, b]) => t.slice(0, a) + " ".repeat(b - a) + t.slice(b), text);
    // (the whole a share is of has none of the part's goods)
    const qualified = shareWhole ? undefined : thoseOf ?? carry?.qualifier ?? itemsChange?.qualifier ?? findQualifier(unaside, n, clause, s.entities, measure);
    // (the zone may be one part of the qualifier, beside the goods that went through it: "iron ore; Westbay port area")
    const zoneNamed = !carry && qualified && !areaOfZone(text.slice(clause[0], n.start))
      ? zoneBefore(text.slice(clause[0], n.start)) : undefined;
    const zonePart = zoneNamed && qualified!.split("; ").includes(zoneNamed) ? zoneNamed : undefined;
    const zone = carry && isZone(carry.entity) ? (backToPlace ? undefined : carry.entity) : zonePart ? zoneId(zonePart) : undefined;
    if (lead) who.entity = lead.entity;
    else if (zone) who.entity = zone;
    const readQualifier = zone || (backToPlace && carry && isZone(carry.entity))
      ? (zonePart && qualified!.split("; ").filter((q) => q !== zonePart).join("; ")) || undefined : qualified;
    // (goods counted back to are named by the group they refer to, not by "three products")
    const found = goods !== named ? readQualifier?.split(", ").filter((p) => p !== named).join(", ") || undefined : readQualifier;
    // an item of a list is its own qualifier ("exports of solar cells, mobile phones and …" names them all)
    // the number of goods shipped is not their value
    const word = measuring ? [...text.slice(clause[0], n.start).matchAll(/\b(value|number|quantity|volume|weight|tonnage)\b/gi)].at(-1)?.[1] : undefined;
    // ("fell 6.2 percent in volume to 9,450 tonnes, but their value rose …": a change said to be of the volume)
    const inVolume = measure === "growth" && IN_VOLUME.test(text.slice(n.end));
    const quantity = (word && !/^value$/i.test(word)) || ofQuantity || inVolume ? "quantity" : undefined;
    // ("ran 2,603 trips, up 72 percent": the change of a count of no goods says what was counted)
    const counted = toCount ? (subject ? undefined : toCount.unit.replace(SCALE_WORD, ""))
      : ofQuantity && !subject && !prev!.subject ? prev!.unit.replace(SCALE_WORD, "") : undefined;
    const priced = measure === "growth" && PRICE_CHANGE.test(text.slice(clause[0], n.start)) ? "prices" : undefined;
    const statedQualifier = otherReference ? `than ${otherReference[1]!.replace(/['’]s$/, "")}` : listed ? listed
      : subject && !(found ?? "").includes(subject) ? [subject, found].filter(Boolean).join(", ") : withoutTimeTail(found);
    // ("The main targets for this year are: GDP growth of around 5 percent; and … trade growing by around 3 percent":
    // every item of a list of targets after its colon)
    // ("For 2022, the main target is for trade to grow about 8 percent to 400 billion yuan, and for foreign capital used
    // to reach 13 billion US dollars": every figure of the clauses the lead governs, up to a stated outcome)
    const aimedLead = TARGET_LEAD.exec(unaside.slice(0, n.start));
    const led = !!aimedLead && !OUTCOME_VERB.test(unaside.slice(aimedLead.index + aimedLead[0].length, n.start));
    const ahead = led || LOOKED_AHEAD.test(unaside.slice(clause[0], n.start))
      || (TARGETS_LISTED.test(unaside.slice(0, n.start)) && !RESULT_VERB.test(unaside.slice(0, n.start)))
      ? "forecast" : undefined;
    // ("187 trains left the port … They carried 15,420 TEUs": what the trains of the sentence before carried, never the
    // port's whole throughput; only trains that sentence counted: "Unlike trains, trucks made 50,000 trips" are not)
    // ("…, and 2,000 TEUs carried by trucks": a carrier named right after the count is its own)
    // (over a carrier the clause named before it: "Trains carried …, and 2,000 TEUs were carried by the trucks")
    const carrierAfter = n.kind === "count" ? CARRIED_AFTER.exec(text.slice(n.end, clause[1]))?.[1] : undefined;
    const carriedAfter = carrierAfter && `carried by ${carrierAfter.toLowerCase().replace(/^the\s+/, "")}`;
    const ownQualifier = carriedAfter
      ? statedQualifier?.split(", ").filter((p) => !p.startsWith("carried by")).join(", ") || undefined : statedQualifier;
    const trainsCarried = n.kind === "count" && !carriedAfter && !(statedQualifier ?? "").includes("carried by")
      && TRAINS_CARRIED.test(text.slice(0, n.start)) && state.lastTrainsCounted ? "carried by trains" : undefined;
    // ("imports and exports under the jurisdiction of Xiamen Customs, the district covering …", "Exports from the district
    // came to …" in such a report): the customs district's figures, never its city's own
    const district = !who.partner && place(who.entity)?.kind === "city" && (DISTRICT_OF_CUSTOMS.test(unaside.slice(0, n.start))
      || (THE_DISTRICT.test(unaside.slice(clause[0], n.start)) && DISTRICT_OF_CUSTOMS.test(doc.text)))
      ? "customs district" : undefined;
    // ("2,936 trains crossed at X, up 17.4 percent, carrying 316,800 TEUs": what the trains counted before it carried)
    const carrying = n.kind === "count" && /\bcarrying\s+(?:about\s+|some\s+|over\s+|nearly\s+)?$/i.test(text.slice(0, n.start))
      && s.numbers.some((x) => x.end <= n.start && x.kind === "count" && TRAINS_UNIT.test(x.unit)) ? "carried by trains"
      : undefined;
    const own = carrying ? ownQualifier?.split(", ").filter((p) => p !== "carrying").join(", ") || undefined : ownQualifier;
    const qualifier = [own, counted, quantity, priced, ahead, carriedAfter, trainsCarried ?? carrying, district]
      .filter(Boolean).join(", ") || undefined;
    const period = periodFor(s, n, clause, state);
    // the comparison base right after a change: "4.6 percent more than in September"
    const overPeriod = measure === "growth" ? possessiveBase(s, n) ?? figureBase(s, n) : undefined;
    const changeBase = measure === "growth" || measure === "multiple"
      ? s.bases.find((b) => b.start >= n.end && b.start - n.end <= 40 && b.end <= clause[1])
        ?? (overPeriod && { start: n.end + s.text.slice(n.end).search(/\b(?:from|over|than|compared|against|on)\b/i),
          end: overPeriod.end })
      : undefined;
    // the earlier period a change in points is against, in the figure's year ("the first four months" of 2024)
    // (read after "than": "than in May" is a comparison base to the period reader)
    const againstPeriod = against ? findPeriods(text.slice(n.end + against.index + against[0].search(/\bthan\b/i) + 4, clause[1]),
      { ...state.ctx, ...(period?.y2 && { contextYear: period.y2 }) })[0]?.period : undefined;
    // "broke through the 400 billion yuan mark": a threshold passed, not the figure itself
    // (so is "passed $40 billion", "topped 100 billion yuan")
    const approx = n.approx ?? (/^\s*(?:mark|threshold|milestone|barrier)\b/i.test(text.slice(n.end))
      || PASSED.test(text.slice(Math.max(0, n.start - 30), n.start)) ? "past" : undefined);
    const fact: Fact = {
      id: newId(),
      ...base(n),
      entity: who.entity,
      ...(who.members && { members: who.members }),
      ...(who.partner && { partner: who.partner }),
      // "were its main trading partners, with trade of 19.11 billion yuan": an amount of trade, not a count of partners
      // (the value after counted goods of no flow named in its sentence is of their flow: "Of these, …, worth 6.1 billion")
      metric: measure === "count" && /partner|countries and regions|countries/.test(unit) ? "partners"
        : amountsOfTrade(lead && metric === "other" ? lead.metric : metric, measure),
      measure,
      value,
      unit,
      scale,
      ...(approx && { approx }),
      ...(n.alt && { alt: { value: n.alt.value, unit: n.alt.unit, scale: n.alt.scale } }),
      ...(subject && { subject }),
      ...(qualifier && { qualifier }),
      ...(period && { period }),
      ...(changeBase && { base: text.slice(changeBase.start, changeBase.end) }),
      ...(againstPeriod && { basePeriod: againstPeriod }),
    };
    // (containers the trains carried are no goods, "carrying", nor a flow the trains' way names)
    if (carrying) { fact.metric = "other"; delete fact.subject; }
    // ("Cut flowers accounted for 271 million yuan of the exports, with a volume of 9,850 tonnes": the quantity of goods
    // just valued moved with them, in their flow)
    if (measuring && fact.metric === "other" && (goodsFact!.metric === "exports" || goodsFact!.metric === "imports")) {
      fact.metric = goodsFact!.metric;
    }
    // ("Haikou accounted for 64 percent of the province's total, or US$586 million": the amount restating the share
    // right before it is the same figure's value, of the share's flow)
    if (fact.metric === "other" && fact.measure === "amount" && prev?.start === s.start && prev.measure === "share"
      && prev.entity === fact.entity && SHARE_RESTATED_AS_AMOUNT.test(between)) fact.metric = prev.metric;
    // ("Offshore duty-free sales came to …": the shops' sales are what the figure is of, and what a question names)
    const sales = fact.metric === "other" && !fact.subject ? SALES_QUALIFIER.exec(qualifier ?? "") : null;
    if (sales) fact.subject = sales[1]!;
    // ("Sales at the island's duty-free shops reached 8.1 billion yuan, up 30 percent from 6.2 billion": a figure of no
    // flow whose clause is about sales, and the change and base right after it, are the sales')
    const salesBefore = prev?.start === s.start && prev.qualifier === "sales" && prev.entity === fact.entity
      && !FLOW_WORD.test(text.slice(prev.valueEnd - s.start, n.start));
    if (fact.metric === "other" && !fact.subject && !fact.qualifier && (fact.measure === "amount" || fact.measure === "growth")
      && (/\bsales\b/i.test(text.slice(clause[0], n.start)) || salesBefore)) fact.qualifier = "sales";
    // ("goods trade came to about 250,000 yuan per resident": a total over the people, never the total itself; "For
    // comparison, the figure was about 217,000 yuan in 2023" after it is one too)
    // ("average spending per shopper fell to about 6,000 yuan": the head named before the figure, in its clause)
    // ("Beijing led with 146,300 yuan per head. It was followed by Shanghai at 115,800 yuan, …", "… came next with
    // 40,100 yuan", "… ranked seventh with 28,700 yuan": the next places of a ranking are over the same heads as the
    // amount before, the lead's or the last one's, in its currency and scale)
    const ranksBefore = prev ? (prev.measure === "amount" ? prev : undefined) : state.lastAmount;
    const rankedPer = ranksBefore && ranksBefore.scale === scale && ranksBefore.unit.startsWith(`${unit} per `)
      && RANKING_GOES_ON.test(text.slice(0, n.start)) ? ranksBefore.unit.slice(unit.length + 5) : undefined;
    const perHead = measure === "amount" ? (PER_HEAD_AFTER.exec(text.slice(n.end, n.end + 30))
      ?? PER_HEAD_BEFORE.exec(text.slice(clause[0], n.start)))?.[1]?.toLowerCase()
      ?? (THE_FIGURE_AGAIN.test(text.slice(clause[0], n.start)) && state.lastAmount?.unit.startsWith(`${unit} per `)
        ? state.lastAmount.unit.slice(unit.length + 5) : undefined) ?? rankedPer : undefined;
    if (perHead) fact.unit = `${unit} per ${perHead.replace(/s$/, "")}`;
    // ("the average import price was 1,022 yuan a tonne": a price per unit of the goods, never the flow's amount)
    const perUnit = measure === "amount" && !perHead ? PER_GOODS_UNIT_AFTER.exec(text.slice(n.end, n.end + 20))?.[1] : undefined;
    if (perUnit) fact.unit = `${unit} per ${perUnit.toLowerCase().replace(/^ton$/, "tonne")}`;
    // ("can each buy up to 8,000 yuan worth of goods a day": an allowance per day or per trip, never the flow's total)
    const perSpan = measure === "amount" && !perHead && !perUnit
      ? PER_SPAN_AFTER.exec(text.slice(n.end, n.end + 40))?.[1] : undefined;
    if (perSpan) fact.unit = `${unit} per ${perSpan.toLowerCase()}`;
    // ("52.3 billion yuan - exports to Japan, up 5.1 percent": a figure opening its bullet is of the one partner the words
    // after its dash name before their first comma, as its subject is; never the place's whole flow)
    // ("… was 52.3 billion yuan - the value of exports to ASEAN": so for one inside the sentence whose dash says what
    // it is the value of)
    const dashPartners = !fact.partner && (!text.slice(0, n.start).replace(/^[\s*•-]+/, "").trim()
      || VALUE_DASH.test(text.slice(n.end))) ? leadDashPartners(s, n) : [];
    if (dashPartners.length === 1) fact.partner = dashPartners[0]!;
    // ("Goods carried by the China-Laos Railway across the Mohan port were worth …, up …": the goods on that line)
    // ("… parcels in 2015, worth a total of 327.6 million yuan" after "cross-border e-commerce": the value of a trade
    // mode's goods, no flow named, is the mode's trade, as a mode's own figure with no flow is)
    if (fact.metric === "other" && fact.measure === "amount" && NOT_GOODS.has(fact.subject ?? "")
      && WORTH_BEFORE.test(text.slice(clause[0], n.start))) fact.metric = "trade";
    const onRoute = fact.metric === "other" && !fact.qualifier && !fact.subject
      ? CARRIED_BY_ROUTE.exec(text.slice(0, n.start)) : null;
    if (onRoute) fact.qualifier = onRoute[1]!;
    // ("Yangluo port, Wuhan's main container terminal, handled 962,000 TEUs": a terminal of the place with a name of its
    // own, whose count is no whole of the place's)
    const terminal = (measure === "count" || (measure === "growth" && /\bquantity\b/.test(fact.qualifier ?? "")))
      ? NAMED_TERMINAL.exec(text.slice(clause[0], n.start))?.[1] : undefined;
    if (terminal && !findEntities(terminal).length) fact.qualifier = [fact.qualifier, terminal].filter(Boolean).join(", ");
    // ("X Customs said the value of goods it cleared … reached 38.6 billion dollars": the trade a customs office cleared
    // for its hinterland, no place's own trade; asked only as such)
    if (fact.metric === "other" && !fact.qualifier && !fact.subject && (measure === "amount" || measure === "growth")
      && GOODS_CLEARED.test(text.slice(clause[0], n.start))) {
      fact.metric = "trade";
      fact.qualifier = "goods cleared";
    }
    // ("zero-tariff imports were worth 6.38 billion yuan, with tax exemptions of 1.02 billion yuan": the taxes waived
    // on the goods, no flow of them)
    const waived = TAXES_WAIVED.exec(text.slice(clause[0], n.start));
    const exempted = !waived && measure === "amount" && ((TAXES_BEFORE.test(text.slice(clause[0], n.start))
      && WAIVED_AFTER.test(text.slice(n.end))) || SAVED_ON_FREE.test(text.slice(Math.max(0, n.start - 80), n.start)));
    if (waived || exempted) {
      fact.metric = "other";
      fact.qualifier = waived ? waived[1]!.toLowerCase().replace(/\s+/g, " ") : "tax exemptions";
      delete fact.subject;
    }
    // (the goods beside them, moved under the policy, are named by it)
    const policy = !waived && !exempted && !fact.subject && measure === "amount" && fact.metric !== "trade"
      ? policyOf(text, doc.text, n, s.numbers) : undefined;
    if (policy) {
      fact.subject = policy;
      fact.qualifier = [policy, fact.qualifier].filter(Boolean).join(", ");
    }
    // "9.4 points higher than the regional average": a gap to another average than the nation's
    const average = measure === "pp_gap" ? PARENT_AVERAGE.exec(text.slice(n.end, clause[1] + 80)) : null;
    if (average) fact.scope = /provinc/i.test(average[0]) ? "provincial" : "regional";
    // ("3.1 points higher than that of Jiangsu province": a gap to a place's rate, not the nation's)
    const compared = measure === "pp_gap" && !average && !nationalRate ? s.entities.find((e) => e.start >= n.end && e.start - n.end <= 60
      && /\bthan\s+(?:that\s+of\s+|those\s+of\s+|in\s+)?(?:the\s+)?$/i.test(text.slice(n.end, e.start)) && e.id !== "china") : undefined;
    if (compared) fact.scope = compared.kind === "province" ? "provincial" : compared.kind === "region" ? "regional" : compared.id;
    if (measure === "share") {
      const after = text.slice(n.end, n.end + 40);
      // ("12.4 percent of the total for Shandong province": the place after "the total for" is the whole too)
      const whole = s.entities.find((e) => e.kind !== "country" && ((e.start >= n.end && e.start <= n.end + 8)
        || (e.kind !== "partner" && e.start > n.end && TOTAL_FOR.test(text.slice(n.end, e.start)))));
      const own = /^\s*of\s+(?:the\s+)?(?:province|provincial|city|city-wide|municipal|region|regional|its|their)/i.test(after)
        || /\bof\s+(?:the\s+)?(?:province|city|region)['’]s/i.test(after) || TOTAL_FOR_THE.test(after);
      // a city's share "of the province's total" ("of the total for the province") is a share of its province
      // (so is a city's "of the provincial total": the province it lies in, never the city's own total)
      const upperIs = (kind: string) => place(place(fact.entity)?.parent ?? "")?.kind === kind;
      const parent = /\bprovince['’]s\b/i.test(after) || TOTAL_FOR_THE.exec(after)?.[1]?.toLowerCase() === "province"
        || (PROVINCIAL_TOTAL.test(after) && upperIs("province")) ? place(fact.entity)?.parent : undefined;
      // "of the total" with no whole named is the place's own total; the nation's only when the text says so
      const national = /^\s*of\s+(?:the\s+)?(?:country|nation|national|nationwide|china|chinese)/i.test(after);
      // "24.3 percent of foreign trade in the region": the region the sentence (or the text before) names
      const inThe = /^\s*of\s+[^,;.]{0,40}?\bin\s+the\s+(region|province)\b/i.exec(after)?.[1]?.toLowerCase();
      const container = inThe ? s.entities.filter((e) => e.kind === inThe && e.id !== fact.entity).at(-1)?.id ?? state.lastByKind.get(inThe) : undefined;
      const wholeId = whole ? (whole.id === fact.entity ? "own" : whole.id) : undefined;
      // ("The zone's trade accounted for 8.5 percent of the foreign trade of Gansu Province" with the province read as
      // the owner: a whole named as the owner's own says the owner is not the one the text means; its words are kept
      // as a qualifier, so the share answers no question on the province's own total)
      const namedOwn = whole?.id === fact.entity ? OWN_TRADE_NAMED.exec(text.slice(n.end, clause[1])) : null;
      if (namedOwn && !fact.qualifier) fact.qualifier = namedOwn[1]!.trim();
      // a zone's share "of the city's total" is a share of the city (or province) it lies in
      const home = own && isZone(fact.entity) ? zoneHome(after, state, fact.entity) : undefined;
      // ("Guangdong's share of the national total slid from 25.9 percent …": the whole named before the figure)
      const wholeBefore = /^\s*of\b/i.test(after) ? null : SHARE_OF_BEFORE.exec(text.slice(clause[0], n.start));
      const nationalBefore = wholeBefore !== null
        && /\b(?:country|nation|national|nationwide|china|chinese)\b/i.test(wholeBefore[1]!);
      if (wholeBefore && fact.metric === "other") fact.metric = "trade";
      // ("Dalian's share of the provincial total fell to 53.6 percent": the province the city lies in)
      const provinceBefore = wholeBefore && /\b(?:provincial|province['’]s)\b/i.test(wholeBefore[1]!) && upperIs("province")
        ? place(fact.entity)?.parent : undefined;
      // ("Yinchuan accounted for 17.04 billion yuan of the total, or 66.2 percent" after the region's total: a city's
      // share of the total of the province the text spoke of last)
      const ofTotal = OF_THE_TOTAL.test(after) || (prev?.measure === "amount" && prev.start === s.start
        && /^\s*of\s+the\s+total\s*,?\s*or\s+(?:about\s+)?$/i.test(text.slice(prev.valueEnd - s.start, n.start)));
      const upper = place(fact.entity)?.parent;
      if (ofTotal && fact.metric === "other" && prev?.measure === "amount" && prev.start === s.start) {
        fact.metric = prev.metric;
      }
      const spokenOf = ofTotal && !whole && upper && (state.lastEntity ?? state.lastAmount?.entity) === upper
        ? upper : undefined;
      fact.shareOf = shareBefore?.shareOf ?? wholeId
        ?? (container && container !== fact.entity ? container : undefined) ?? parent ?? provinceBefore ?? home
        ?? spokenOf
        ?? (nationalBefore ? "national" : own || !national ? "own" : "national");
      // "exports made up 55 percent of total trade": a share of another flow than the figure's
      const baseFlow = findMetricWords(after)[0]?.metric;
      if (baseFlow === "trade" && fact.metric !== "trade" && /^\s*of\b/i.test(after)) fact.ofMetric = baseFlow;
      // "43.4% of China's total trade with the five Central Asian countries": a share of the trade with that partner
      const basePartner = s.entities.find((e) => e.kind === "partner" && e.start > n.end && e.start < Math.min(clause[1], n.end + 90) && partnerContext(text, e));
      if (basePartner && !fact.partner) fact.partner = basePartner.id;
    }
    // ("- LNG via X terminal: 6.21 million tonnes, +17.3%" and "- value 23.48 billion yuan" under a slide headed
    // "Imports": the goods a bullet labels, in the heading's flow)
    // ("Main export products:" then "- tea: 310 million dollars, up 3.6 percent;": so under a line leading into the list)
    const listFlow = state.sectionFlow ?? state.listFlow;
    // (a change after the bullet's value has its goods already: "- tea: 310 million dollars, up 3.6 percent")
    const label = fact.metric === "other" && listFlow
      ? bulletLabel(text) ?? (VALUE_BULLET.test(text) ? state.bulletGoods : undefined) : undefined;
    const bulleted = label && (!fact.subject || fact.subject === label) ? label : undefined;
    if (bulleted) Object.assign(fact, { metric: listFlow, subject: bulleted,
      qualifier: fact.subject ? fact.qualifier : [bulleted, fact.qualifier].filter(Boolean).join(", ") });
    // ("- Tyres: exports of 11.26 billion yuan, down 9.4 percent": the goods a bullet labels, its flow said after the colon)
    const flowBullet = !bulleted && !fact.subject && !fact.partner && fact.metric !== "other" && BULLET_FLOW_OF.exec(text);
    const labelled = flowBullet && bulletLabel(`- ${flowBullet[1]}${text.slice(flowBullet[0].length)}`);
    if (labelled) Object.assign(fact, { subject: labelled, qualifier: [labelled, fact.qualifier].filter(Boolean).join(", ") });
    if (wholeOfShare) wholes.add(fact.id);
    out.push(fact);
    // a statement about "all" the members of a group holds for each of them
    if (who.members && /\b(?:all|each)\b/i.test(text.slice(clause[0], n.start))) {
      for (const member of who.members) {
        const { members: _members, ...single } = fact;
        out.push({ ...single, id: newId(), entity: member, derived: { formula: `stated for all of the ${displayGroup(who.entity, groups)}`, from: [fact.id] } });
      }
    }
    // "accounted for 79 percent …, down 0.9 percentage points from the previous year": last year's level follows
    // (not a growth before a share's change: "up 32.6 percent; their share … rose 3.6 points from a year earlier")
    const ofShare = prev && prev.measure !== "share"
      && /\b(?:share|proportion)\b/i.test(text.slice(prev.valueEnd - s.start, n.start));
    if (measure === "pp_change" && prev && !ofShare && prev.entity === fact.entity && prev.unit === "%" && prev.period && /\b(?:from|than|over|compared with)\s+(?:the\s+previous\s+year|a\s+year\s+(?:earlier|ago)|last\s+year)/i.test(text.slice(n.end, n.end + 50))) {
      const level = prev.value!;
      const before = Math.round((level - value) * 1000) / 1000;
      out.push({
        ...withoutApprox(prev), id: newId(), value: before, period: previousYear(prev.period),
        derived: { formula: `${level} ${value < 0 ? "+" : "−"} ${Math.abs(value)} = ${before} (${periodLabel(prev.period)} level ${value < 0 ? "plus" : "minus"} its ${Math.abs(value)}-point ${value < 0 ? "fall" : "rise"})`, from: [prev.id, fact.id] },
      });
    }
    prev = fact;
  }
  out.push(...trailingRanks(text, s.start, out, base, newId));
  const ranks = rankFacts(s, state, base, newId);
  out.push(...ranks, ...runOfPlaces(s, state, ranks, base, newId));
  out.push(...namedListFacts(s, state, base, newId));
  out.push(...sharedListFacts(s, state, base, newId));
  out.push(...listFacts(s, state, groups, base, newId, mapped));
  return out;
}

const FLOW_PAIR = /\b(exports?|imports?)\s+and\s+(imports?|exports?)\s+(?:reached|were|came\s+to|totaled|totalled|stood\s+at|amounted\s+to|rose|grew|increased)\b/i;
// what may stand between a list of flows and its figures when no "respectively" maps them: a verb, "by"
const FLOWS_THEN_FIGURES = /^\s*(?:(?:rose|grew|increased|fell|dropped|declined|decreased|reached|were|was|totall?ed|came\s+to|stood\s+at|amounted\s+to|expanded|jumped|surged)\s+)(?:by\s+)?$/i;

/**
 * The flows a run of figures is of, in order: "exports and imports reached A and B", "Exports made up A and imports
 * B, falls of 5.8 and 11.8 percent respectively", "the growth of its total trade, of its exports and of its imports
 * was …". Without "respectively" (`adjacent`), only a list of flows right before its figures' verb maps them.
 */
const FLOW_PAIR_WORDS = /^(exports?|imports?)\s+and\s+(imports?|exports?)$/i;
/** "exports and imports" as its two flows, in order (read so only where "respectively" hands out their figures). */
function flowPair(words: string): Metric[] | undefined {
  const m = FLOW_PAIR_WORDS.exec(words);
  if (!m || m[1]!.slice(0, 3).toLowerCase() === m[2]!.slice(0, 3).toLowerCase()) return undefined;
  return [m[1]!, m[2]!].map((w) => (/^export/i.test(w) ? "exports" : "imports"));
}

function runFlows(text: string, nrun: NumberMention[], adjacent = false): Metric[] | undefined {
  const pair = FLOW_PAIR.exec(text);
  if (pair && nrun.length === 2 && nrun[0]!.start > pair.index && pair[1]!.slice(0, 3).toLowerCase() !== pair[2]!.slice(0, 3).toLowerCase()
    // (the pair's own verb ends the match: only "by" may stand between it and the figures)
    && (!adjacent || /^\s*(?:by\s+)?$/i.test(text.slice(pair.index + pair[0].length, nrun[0]!.start)))) {
    return [pair[1]!, pair[2]!].map((w) => (/^export/i.test(w) ? "exports" : "imports"));
  }
  const words = findMetricWords(text.slice(0, nrun[0]!.start)).slice(-nrun.length);
  const named = words.map((m) => m.metric);
  const flows = ["trade", "exports", "imports"];
  if (named.length !== nrun.length || new Set(named).size !== named.length || !named.every((m) => flows.includes(m))
    || !named.some((m) => m !== "trade")) return undefined;
  // (the flows one list: "imports, exports and total trade", not flows of separate clauses)
  const listed = words.every((w, i) => i === 0 || /^\s*(?:,|and|,\s*and)\s*(?:its\s+)?(?:total\s+)?$/i.test(text.slice(words[i - 1]!.end, w.start)));
  if (adjacent && (!listed || !FLOWS_THEN_FIGURES.test(text.slice(words.at(-1)!.end, nrun[0]!.start)))) return undefined;
  return named;
}

function displayGroup(id: string, groups: DefinedGroup[]): string {
  return groups.find((g) => g.id === id)?.name ?? place(id)?.name ?? id;
}


/** "ranks the province third nationwide", "ranked first among …". */
type Base = (n: { start: number; end: number }) => Pick<Fact, "docId" | "passageId" | "start" | "end" | "valueStart" | "valueEnd">;

// "12th nationwide for total trade, 10th for exports and 15th for imports": one rank per flow it names
const RANK_FOR = /\b(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?<num>\d{1,2})(?:st|nd|rd|th))\s+(?:place\s+)?(?:nationwide\s+|nationally\s+|in the country\s+|in China\s+)?(?:for|in)\s+(?<what>[^,;.]+?)(?=\s*(?:,|;|\.|\band\b|$))/gi;

// "its imports and exports, its exports and its imports ranked 9th, 9th and 13th": flows named before, ranks after
const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))`;
const RANKED_LIST = new RegExp(String.raw`\brank(?:s|ed|ing)?\s+((?:${ORDINAL}(?:\s*,\s*(?:and\s+)?|\s+and\s+))+${ORDINAL})\b`, "i");

/** The flows a sentence names before its rank verb, paired with the ranks listed after it. */
function ranksByFlow(s: Sentence): Array<{ m: { index: number; 0: string; groups: Record<string, string | undefined> }; metric: Metric }> {
  const list = RANKED_LIST.exec(s.text);
  if (list) {
    // (only the flows of the list's own clause: "exports ranked 9th …, and its imports ranked 13th and 15th" pairs
    // neither rank after with exports)
    const verbBefore = [...s.text.slice(0, list.index).matchAll(/\brank(?:s|ed|ing)?\b/gi)].at(-1);
    const words = findMetricWords(s.text.slice(0, list.index))
      .filter((w) => !verbBefore || w.start >= verbBefore.index + verbBefore[0].length);
    // ("exports and imports ranked 9th and 13th respectively": the pair is its two flows, not total trade, when the
    // ranks are more than the flows named)
    const split = words.length < 2 && /\brespectively\b/i.test(s.text);
    const flows = words.flatMap((w) => (split && flowPair(s.text.slice(w.start, w.end))) || [w.metric]);
    const ords = [...list[1]!.matchAll(new RegExp(ORDINAL, "gi"))];
    if (flows.length >= ords.length && ords.length >= 2) {
      const at = list.index + list[0].indexOf(list[1]!);
      return ords.map((o, i) => {
        const num = /^\d/.test(o[0]) ? o[0].replace(/\D+$/, "") : undefined;
        return { m: { index: at + o.index!, 0: o[0], groups: { ord: o[0], num } }, metric: flows[flows.length - ords.length + i]! };
      });
    }
  }
  const listed = /\brank(?:s|ed|ing)?\b/i.test(s.text) ? [...s.text.matchAll(RANK_FOR)] : [];
  return listed.map((m) => ({ m: { index: m.index!, 0: m[0], groups: m.groups! }, metric: findMetricWords(m.groups!["what"]!)[0]?.metric }))
    .filter((x): x is { m: typeof x.m; metric: Metric } => x.metric !== undefined);
}

// "ranked 10th in China both for exports of electromechanical products and for processing trade, and 9th for
// high-tech products": each "for …" after an ordinal is ranked at that ordinal, until the next one
const RANK_ORDINAL = new RegExp(String.raw`\b${ORDINAL}\b`, "gi");

interface RankItem { index: number; text: string; value: number; metric: Metric; subject?: string }

function rankedSubjects(s: Sentence): RankItem[] {
  const verb = /\brank(?:s|ed|ing)?\b/i.exec(s.text);
  if (!verb) return [];
  const ords = [...s.text.slice(verb.index).matchAll(RANK_ORDINAL)].map((o) => ({ at: verb.index + o.index!, text: o[0] }));
  const out: RankItem[] = [];
  for (const [i, o] of ords.entries()) {
    const segment = s.text.slice(o.at + o.text.length, ords[i + 1]?.at ?? s.text.length).split(/[.;]/)[0]!;
    const value = /^\d/.test(o.text) ? Number(o.text.replace(/\D+$/, "")) : ORDINALS[o.text.toLowerCase()]!;
    for (const f of segment.matchAll(/\bfor\s+((?:(?!\band\s+for\b|,)[^,])+)/gi)) {
      const what = f[1]!;
      const subject = findSubjects(what)[0]?.name;
      const metric = findMetricWords(what)[0]?.metric ?? "trade";
      if (subject || findMetricWords(what).length) out.push({ index: o.at, text: o.text, value, metric, ...(subject && { subject }) });
    }
  }
  return out.some((x) => x.subject) ? out : [];
}

function rankFacts(s: Sentence, state: DocState, base: Base, newId: () => string): Fact[] {
  const bySubject = rankedSubjects(s);
  const items: RankItem[] = bySubject.length ? bySubject : ranksByFlow(s).map(({ m, metric }) => ({
    index: m.index, text: m[0], metric, value: m.groups["num"] ? Number(m.groups["num"]) : ORDINALS[m.groups["ord"]!.toLowerCase()]!,
  }));
  if (bySubject.length || items.length >= 2) {
    const verb = /\brank(?:s|ed|ing)?\b/i.exec(s.text)!;
    const entity = s.entities.filter((e) => e.kind !== "partner" && e.kind !== "country" && e.end <= verb.index).at(-1)?.id
      ?? (/\bthe\s+(?:province|city|region)\b/i.test(s.text) ? state.lastByKind.get("province") ?? state.lastEntity : state.lastEntity);
    if (!entity) return [];
    const scope = /\b(?:nationwide|nationally|in the country|in China|across the country)\b/i.exec(s.text)?.[0];
    const period = s.periods[0]?.period ?? state.lastPeriod;
    return items.map((r) => ({
      id: newId(), ...base({ start: r.index, end: r.index + r.text.length }), entity, metric: r.metric, measure: "rank" as const,
      value: r.value, unit: "rank", scale: 1, ...(r.subject && { subject: r.subject, qualifier: r.subject }),
      ...(scope && { scope }), ...(period && { period }),
    }));
  }
  // "ranked the province third", "put the city fourth among …", "placing it fifth", "the fifth largest among …"
  const re = new RegExp(String.raw`\b(?:(?:rank(?:s|ed|ing)?|plac(?:e|es|ed|ing))\s+(?:the\s+(?:province|city|region|port)\s+|it\s+)?`
    + String.raw`|put(?:s|ting)?\s+(?:the\s+(?:province|city|region|port)|it)\s+`
    // ("moved up two places nationally to 11th", "slipped one place to 10th in the country": the rank it came to)
    + String.raw`|(?:mov(?:e|es|ed|ing)|climb(?:s|ed|ing)?|r(?:ise|ises|ose|ising)|jump(?:s|ed|ing)?|`
    + String.raw`slip(?:s|ped|ping)?|`
    + String.raw`f(?:all|alls|ell|alling)|dropp?(?:s|ed|ing)?|slid(?:es|ing)?)\s+(?:up\s+|down\s+|back\s+)?`
    + String.raw`(?:(?:one|two|three|four|five|six|\d)\s+(?:places?|spots?|positions?)\s+)?`
    + String.raw`(?:nationally\s+|nationwide\s+|in\s+the\s+country\s+)?to\s+(?:the\s+)?`
    // (a rank only when places moved, a national field or a place follows: "fell … to the third lowest level in a
    // decade", "rose to the second highest level on record" and "jumped to the first half's record" rank nothing)
    + String.raw`(?:(?<=(?:places?|spots?|positions?|nationally|nationwide|country)\s+to\s+(?:the\s+)?)`
    + String.raw`|(?=${MOVED_TO_RANK}))`
    // ("… and take 10th place", "Sichuan held eighth place with …")
    + String.raw`|(?:tak(?:e|es|ing)|took|h[eo]ld(?:s|ing)?|claim(?:s|ed|ing)?|secur(?:e|es|ed|ing))\s+(?:the\s+)?`
    + String.raw`(?=(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:place|spot|position)\b)`
    + String.raw`|\bthe\s+(?=\w+[\s-]+(?:highest|largest|biggest|fastest)\s+(?:(?:growth(?:\s+rate)?|rate|trade|value)\s+)?(?:among|in)\b))`
    + String.raw`(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?<num>\d{1,2})(?:st|nd|rd|th))\b`
    + String.raw`(?:[\s-]+(?:highest|largest|biggest|fastest))?(?:\s+(?:growth(?:\s+rate)?|rate|trade|value))?\s*`
    + `(?<scope>${RANK_SCOPE})?`, "gi");
  const out: Fact[] = [];
  for (const m of s.text.matchAll(re)) {
    const g = m.groups!;
    const value = g["num"] ? Number(g["num"]) : ORDINALS[g["ord"]!.toLowerCase()]!;
    // ("The city's total accounted for 11.2 percent of Guizhou's trade, ranking second …": the whole of a share ranks nothing)
    // ("… enough to edge past Tianjin (…) and take 10th place": a place passed or trailed ranks nothing here)
    // ("the largest trader among the six central provinces and ranked 10th": the field it led is not what is ranked)
    const local = s.entities.filter((e) => e.kind !== "partner" && e.kind !== "country" && e.end <= m.index!
      && !isWholeOfShare(s.text, e) && !RANKED_AGAINST.test(s.text.slice(0, e.start))
      // ("The province remained the largest trader among the six central provinces and ranked 10th": the field, no rank)
      && !SUPERLATIVE_SCOPE.test(s.text.slice(Math.max(0, e.start - 60), e.start))).at(-1);
    // "the city" is the city this sentence names before it, else the one the text last named
    const ordinalAt = m[0].search(/\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d)/i);
    // (the place ranked stands before the ordinal: "in the province" after it is the scope)
    const kind = /\bthe\s+(province|city|region|port)\b/i.exec(m[0].slice(0, ordinalAt))?.[1]?.toLowerCase();
    const named = kind && local && (local.kind === kind || (kind === "port" && local.kind === "city")) ? local.id : undefined;
    // "The city's trade accounted for 58.2 percent of Liaoning's total, which put it first": "it" is the sentence's
    // subject, not the whole its share is of
    const it = /\bit\s*$/i.test(m[0].slice(0, ordinalAt));
    const subject = it ? sentenceSubject(s, state) : undefined;
    // ("The city ranked second in the province": the city the text last named, not the place it went on to)
    // ("…, and the city's total ranked sixth in the province": the city's trade)
    const leading = /\bthe\s+(province|city|region)(?:['’]s\s+(?:total|(?:foreign\s+)?trade))?\s+$/i.exec(s.text.slice(0, m.index!))?.[1]
      ?.toLowerCase();
    const referred = leading ? state.lastByKind.get(leading) : undefined;
    // (a place of another kind named between is no "the city": "… than Jiangsu province's, and the city's total ranked …")
    const localFits = local && (!leading || local.kind === leading);
    const entity = kind ? named ?? state.lastByKind.get(kind === "port" ? "city" : kind)
      : subject ?? (localFits ? local.id : undefined) ?? referred ?? local?.id ?? state.lastEntity;
    if (!entity) continue;
    // the flow of this rank: one its own phrase names ("third in the country for exports"), else the last its clause
    // names before it ("Its exports ranked 9th and its imports ranked 12th"), else the sentence's last
    const own = findMetricWords(s.text.slice(m.index! + m[0].length).split(/[,;.]|\band\b/)[0]!)[0]?.metric;
    const clauseStart = clauseOf(s.bounds, m.index!, s.text.length)[0];
    // (a rank of growth, unless its own clause ranks a total: "The growth rate was …, and the city's total ranked sixth")
    // (a place moved to is ranked by what its own clause says: "…, the fastest growth in the region, and it moved up
    // two places nationally to 11th" ranks its trade)
    const moved = /^(?:mov|climb|r[io]s|jump|slip|f[ae]ll|drop|slid)/i.test(m[0]);
    const growth = /\bgrowth\b|\bfastest\b/i.test(s.text.slice(moved ? clauseStart : 0, m.index! + m[0].length))
      && !/\btotal\b(?!\s+(?:exports|imports))/i.test(s.text.slice(clauseStart, m.index!));
    const before = s.metrics.filter((w) => w.start >= clauseStart && w.end <= m.index!).at(-1)?.metric;
    // ("The city's total ranked 11th": its trade; "The growth rate was the second-fastest …" after a sentence on both
    // flows: their total's)
    const total = /\btotal\b(?!\s+(?:exports|imports))/i.test(s.text.slice(clauseStart, m.index!)) ? "trade" : undefined;
    const carried: Metric = state.lastMetrics.length === 1 ? state.lastMetrics[0]! : "trade";
    const metric = own ?? before ?? total ?? s.metrics.at(-1)?.metric ?? carried;
    const span = { start: m.index!, end: m.index! + m[0].trimEnd().length };
    const period = s.periods[0]?.period ?? state.lastPeriod;
    // ("Among the nine coastal provinces, the city's trade ranked fifth": the field the sentence opens with, before it)
    const fronted = FRONTED_FIELD.exec(s.text);
    const scope = g["scope"]?.trim() ?? (fronted && fronted[0].length <= m.index! ? fronted[1]!.replace(/^A/, "a") : undefined);
    out.push({
      id: newId(), ...base(span), entity, metric, measure: "rank", value, unit: "rank", scale: 1,
      ...(growth && { qualifier: "growth rate" }), ...(scope && { scope }), ...(period && { period }),
    });
    // "…, ranking first in central China, third among the central and western provinces and 12th in the country":
    // each further ordinal with its own scope
    let at = span.end;
    for (let next = MORE_RANKS.exec(s.text.slice(at)); next; next = MORE_RANKS.exec(s.text.slice(at))) {
      const more = next.groups!;
      const start = at + next.index + next[0].indexOf(more["ord"]!);
      at += next.index + next[0].length;
      out.push({
        id: newId(), ...base({ start, end: at }), entity, metric, measure: "rank",
        value: more["num"] ? Number(more["num"]) : ORDINALS[more["ord"]!.toLowerCase()]!, unit: "rank", scale: 1,
        ...(growth && { qualifier: "growth rate" }), scope: more["scope"]!.trim(), ...(period && { period }),
      });
    }
  }
  return out;
}

/** "B came second with N and C third with M, followed by D in fourth place": the ranks of a run of places in words. */
function runOfPlaces(s: Sentence, state: DocState, ranked: Fact[], base: Base, newId: () => string): Fact[] {
  const carried: Metric = state.lastMetrics.length === 1 ? state.lastMetrics[0]! : "trade";
  const metric = s.metrics.at(-1)?.metric ?? carried;
  const growth = /\bgrowth\b|\bfastest\b/i.test(s.text);
  const period = s.periods[0]?.period ?? state.lastPeriod;
  return placesInPlace(s.text, s.entities).filter((p) => !ranked.some((f) => f.entity === p.entity)).map((p) => ({
    id: newId(), ...base(p), entity: p.entity, metric, measure: "rank" as const, value: p.value, unit: "rank", scale: 1,
    ...(growth && { qualifier: "growth rate" }), ...(period && { period }),
  }));
}

const RANKED_AGAINST = new RegExp(String.raw`\b(?:past|overtak(?:e|es|ing)|overtook|surpass(?:es|ed|ing)?|behind|ahead\s+of|`
  + String.raw`than|beat(?:s|ing)?)\s+(?:only\s+)?$`, "i");
// "56.0 percent of the provincial total", "of provincial trade": the whole of the province, named by its adjective
const PROVINCIAL_TOTAL = new RegExp(String.raw`^\s*of\s+(?:the\s+)?provincial\s+`
  + String.raw`(?:total|trade|foreign\s+trade|imports\s+and\s+exports|whole)\b`, "i");
// where a rank stands: "nationwide", "among the 15 sub-provincial cities", "in the western region", "in central China"
// (a scope ends where the next ordinal of a list begins: "third among the central and western provinces and 12th …")
const RANK_SCOPE = String.raw`nationwide|nationally|in the country|in China(?!['’]s)|across the country`
  + String.raw`|among [^,.;]{3,60}?(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b|[,.;]|$)`
  + String.raw`|among [^,.;]{3,60}|in (?:the\s+)?(?:[\w'-]+\s+){0,3}(?:region|regions|provinces?|country|cities)`
  + String.raw`|in (?:the\s+)?(?:north|south|east|west|central|northeast|northwest|southwest|southeast|northern|southern|eastern|western)(?:ern)?\s+China`;
// "Among the six X provinces, …": a field of places a sentence opens with
const FRONTED_FIELD = /^\s*(among\s+[^,;]{3,60}?)\s*,/i;
// an ordinal a place moved to that is a rank: "to 10th place", "to fifth in the country", "to the third largest
// nationally"
const MOVED_TO_RANK = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth`
  + String.raw`|\d{1,2}(?:st|nd|rd|th))`
  + String.raw`(?:[\s-]+(?:highest|largest|biggest))?\s+(?:(?:place|spot|position)\b|(?:${RANK_SCOPE}))`;
const NAMED_ORDINAL = String.raw`(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?<num>\d{1,2})(?:st|nd|rd|th))`;
const MORE_RANKS = new RegExp(String.raw`^\s*(?:,\s*(?:and\s+)?|\s+and\s+)${NAMED_ORDINAL}\s+(?<scope>${RANK_SCOPE})`, "i");

/** Whom a sentence is about: its first place not named as a whole ("of Liaoning's total"), or the place it refers back to. */
function sentenceSubject(s: Sentence, state: DocState): string | undefined {
  const first = s.entities.find((e) => e.kind !== "partner" && e.kind !== "country"
    && !/\bof\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, e.start - 8), e.start)));
  const back = ANAPHORA.find(([re]) => re.exec(s.text)?.index === s.text.search(/\S/) + (/^\s*the\b/i.test(s.text) ? 0 : -1));
  if (first && (!back || first.start < s.text.search(back[0]))) return first.id;
  return back ? state.lastByKind.get(back[1]) : undefined;
}

/**
 * "Gansu, Henan, Yunnan … and other regions rank among the top in export growth": a shared
 * statement without a value, attached to each member of the list.
 */
function listFacts(s: Sentence, state: DocState, groups: DefinedGroup[], base: Base, newId: () => string, mapped: Map<NumberMention, EntityMention>): Fact[] {
  const out: Fact[] = [];
  const mappedMentions = new Set(mapped.values());
  for (const run of entityRuns(s.text, s.entities)) {
    if (run.length < 3 || run.some((e) => mappedMentions.has(e)) || run.some((e) => e.kind === "partner" || e.kind === "country")) continue;
    // the members spelled out after a group's name belong to the group, not to a statement
    const inGroupDefinition = groups.some((g) => run.every((e) => g.members.includes(e.id))) && /\b(?:regions|provinces|cities)\s*[-–—:(]\s*$/.test(s.text.slice(0, run[0]!.start));
    const statement = s.text.slice(run[run.length - 1]!.end);
    const VERB = String.raw`(?:have|has|had|rank|ranks|ranked|are|were|all|led|lead|leads|posted|saw|recorded|grew|became|remain|remained|continue|continued)\b`;
    const KIND = String.raw`(?:(?:provinces?|cities|city|municipality|municipalities|regions?)?\s*,?\s*)?`;
    if (!inGroupDefinition && !new RegExp(String.raw`^\s*${KIND}(?:and\s+other\s+\w+\s+)?(?:(?:which|that)\s+)?${VERB}`, "i").test(statement)) continue;
    const metricWord = findMetricWords(statement)[0]?.metric ?? findMetricWords(s.text)[0]?.metric ?? state.lastMetrics[0] ?? "trade";
    const period = s.periods[0]?.period ?? state.lastPeriod;
    const span = { start: run[0]!.start, end: run[run.length - 1]!.end };
    const qualifier = inGroupDefinition ? `members of the ${groups.find((g) => run.every((e) => g.members.includes(e.id)))!.name}` : statement.replace(/^\s*(?:(?:provinces?|cities|city|municipality|municipalities|regions?)?\s*,?\s*)?(?:and\s+other\s+\w+\s*)?/i, "").split(/[;]|,\s+(?:and|but|while)\s/)[0]!.replace(/[.]\s*$/, "").trim().slice(0, 160);
    out.push({
      id: newId(), ...base(span), entity: `list:${run.map((e) => e.id).join("+")}`, members: run.map((e) => e.id),
      metric: metricWord, measure: "listed", value: null, unit: "", scale: 1, qualifier,
      ...(period && { period }),
    });
  }
  return out;
}

/**
 * "Trade with A, B and C more than doubled", "combined exports of A, B and C rose …": the items with what is said of
 * them all (scope "shared": no ranked list), owned by the place the sentence names before them or the text's place.
 */
function sharedListFacts(s: Sentence, state: DocState, base: Base, newId: () => string): Fact[] {
  return sharedLists(s.text).flatMap((list) => {
    const before = s.text.slice(0, list.items[0]!.start);
    const entity = findEntities(before).filter((e) => e.kind !== "partner").at(-1)?.id ?? state.lastEntity;
    if (!entity) return [];
    const period = s.periods[0]?.period ?? state.lastPeriod;
    const span = { start: list.items[0]!.start, end: list.items.at(-1)!.end };
    return [{
      id: newId(), ...base(span), entity, items: list.items.map((i) => i.name),
      metric: list.places ? "partners" : list.flow, measure: "listed", value: null, unit: "", scale: 1,
      qualifier: list.statement, scope: "shared", ...(period && { period }),
    } satisfies Fact];
  });
}

const LIST_METRIC: Record<ListKind, Metric> = { partners: "partners", borders: "partners", exports: "exports", imports: "imports" };

/**
 * "Its six biggest trading partners were the EU, the US, …", "A, B and C are the region's three biggest trade
 * partners", "the city's three biggest exports are …": a list without figures, one fact with its items in order.
 */
function namedListFacts(s: Sentence, state: DocState, base: Base, newId: () => string): Fact[] {
  const out: Fact[] = [];
  for (const list of [...rankedLists(s.text), ...followedByLists(s.text), ...followedGoodsLists(s.text)]) {
    const ownerText = list.owner ?? "";
    const named = findEntities(ownerText).find((e) => e.kind !== "partner");
    const anaphor = /\b(province|city|region)['’]s\b/i.exec(ownerText)?.[1]?.toLowerCase();
    const entity = named?.id ?? (anaphor ? state.lastByKind.get(anaphor) : undefined) ?? state.lastEntity;
    if (!entity) continue;
    const place = list.kind === "partners" || list.kind === "borders";
    const items = list.items.map((i) => i.name);
    // a partner list whose items are not places is not one ("its main markets were steady and growing")
    if (place && list.items.some((i) => !findEntities(i.name).length)) continue;
    const period = s.periods[0]?.period ?? state.lastPeriod;
    const span = { start: list.items[0]!.start, end: list.items.at(-1)!.end };
    out.push({
      id: newId(), ...base(span), entity, items, metric: LIST_METRIC[list.kind], measure: "listed", value: null, unit: "", scale: 1,
      qualifier: list.what, ...(list.kind === "borders" && { scope: "borders" }), ...(period && { period }),
    });
  }
  return out;
}
