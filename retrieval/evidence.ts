import { statesError } from "../facts/corrections.js";
import { tableCells } from "../facts/tables.js";
import type { CorpusDocument } from "../corpus/types.js";
import { splitSentences, type Span } from "../corpus/sentences.js";
import type { SearchIndex } from "../index/searchIndex.js";
import { findEntities, isCompanyName, isOffice, type EntityMention } from "../text/entities.js";
import { countryOfDemonym, place } from "../text/places.js";
import { isZone, ZONE_PREFIX, ZONE_SHORT, zoneShortName } from "../text/zones.js";
import { documentDate, documentPeriod } from "../facts/extract.js";
import { findNumbers, type NumberMention } from "../text/numbers.js";
import { findPeriods, overlaps, previousYear, samePeriod, type Period, type PeriodContext } from "../text/periods.js";
import { blankExamples, CROSS_STRAIT, distance, type QuestionFrame } from "./figures/query.js";
import { stem } from "./figures/select.js";
import type { SearchHit } from "./hybrid.js";
import { personIn, TITLES } from "./explain/cues.js";
import { findSubjects, shortFormsOf, SUBJECTS } from "../text/subjects.js";
import { memoized } from "../text/memo.js";

/** Does `later` follow `earlier` in its paragraph? (one space or line break apart; paragraphs are two apart) */
export const inParagraphAfter = (earlier: { end: number }, later: { start: number }) => later.start - earlier.end <= 1;

/**
 * Sentence-level evidence: the sentences of the retrieved documents, each read in its document's
 * context (the article's place and period fill in what a sentence leaves out), and checked against
 * what a question asks: place, partner, subject, period and its own content words.
 */
export interface EvidenceSentence extends Span {
  docId: string;
  /** Rank of the document among the retrieved ones (0 = best). */
  docRank: number;
  /** The sentence before, when this one continues it ("Their imports …", "It …"). */
  previous?: Span;
  /** For explanations: the sentence after a short topic sentence ("The mix kept improving."), which says how. */
  next?: Span;
  /** For explanations: the sentence that gives the full name of a person this one calls by surname ("Tan said"). */
  introduces?: Span;
  /** For explanations: the sentences just before and after, in the same article. */
  before?: Span;
  after?: Span;
  /** For explanations: the few sentences after it in its article, whatever they say (a quotation or a list going on). */
  following?: Span[];
  /** For explanations: the few sentences before it in its article, in reading order (a list it goes on with). */
  preceding?: Span[];
  /** The sentence before it in its paragraph (for figures: whose they are when it names no place). */
  prior?: Span;
  numbers: NumberMention[];
  /** The sentence's own periods, else the article's. */
  periods: Period[];
  /** Fraction of the question's content words the sentence (with its context) uses. */
  coverage: number;
  /** How many of the question's words (any, not only content words) the sentence uses: a tie-breaker. */
  overlap: number;
  /** Content words of the question it does not use. */
  uncovered: string[];
}

/** What a sentence says whatever the question: read once per document, kept with it. */
interface SentenceReading {
  /** The sentence before, when this one continues it ("Their imports …", "It …"). */
  previous?: Span;
  /** The sentence with the one it continues. */
  here: string;
  mentions: EntityMention[];
  /** For explanations: the places of the sentence before too, when this one is about "the company" that one names. */
  firmMentions?: EntityMention[];
  subjects: Set<string>;
  words: ReadonlySet<string>;
  /** The sentence's own periods, else the article's. */
  periods: Period[];
  /** Does the sentence state a period itself, with its year ("the first ten months of this year" in an undated article does not)? */
  ownPeriod: boolean;
  /** Does the sentence name a period by its year, one still to come too? */
  namesYear: boolean;
  /** Are all the periods it names in the cause it gives a change ("rose 21 percent, helped by quotas lifted at the end
   * of 2030"): when the cause came, not the change? */
  causeTimed: boolean;
  numbers: NumberMention[];
}

interface DocContext {
  ctx: PeriodContext; period?: Period; places: Set<string>; officeOnly: Set<string>; titleWords: ReadonlySet<string>; sentences: Span[];
  /** The provinces and cities the headline names: whose article it is. */
  titlePlaces: Set<string>;
  /** The headline and lead in lower case: where a zone the gazetteer does not know is named ("Huangpu Customs"). */
  lead: string;
  /** Partners the headline or lead names: what an explanation from the article is about. */
  partners: Set<string>;
  /** The month the article was published: its metadata's, else its byline's ("China Daily | January 13, 2016"). */
  published?: { year: number; month: number };
  readings?: SentenceReading[];
  /** Which sentences state figures a correction notice gives as wrong (never quoted for a figure); read once. */
  errors?: boolean[];
}

const MONTH_NUMBER = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const BYLINE_DATE = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-(\d\d)-\d\d\b/;

/** The month an article was published, from its metadata or a date in its first lines. */
export function publishedMonth(ctx: PeriodContext, text: string): { year: number; month: number } | undefined {
  if (ctx.docYear !== undefined && ctx.docMonth !== undefined) return { year: ctx.docYear, month: ctx.docMonth };
  const m = BYLINE_DATE.exec(text.slice(0, 300));
  if (!m) return undefined;
  return m[1] ? { year: Number(m[2]), month: MONTH_NUMBER.indexOf(m[1].toLowerCase()) + 1 } : { year: Number(m[3]), month: Number(m[4]) };
}

const contexts = new WeakMap<CorpusDocument, DocContext>();

// (a sentence's or a fact's words are read again by every question: once each, shared, so never changed)
/** The stems of a text's words, hyphenated parts too: what coverage is counted in. */
export const words: (text: string) => ReadonlySet<string> = memoized((text) => new Set(
  (text.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? [])
    .flatMap((w) => [stem(w), ...w.split(/[-']/).map(stem)])
    .flatMap((w) => (SHORT_FORMS[w] ? [w, SHORT_FORMS[w]] : [w]))), 20_000);
/**
 * "ETDZ", "FTZ": the initials a question may abbreviate a zone's name by that a text writes out ("the Nantong Economic
 * and Technological Development Zone" gives "etdz", "netdz", "dz" …): those of every run of two or more capitalised
 * words, the small words between them left out, that ends in a zone's word ("a Free Trade Zone forum" gives "ftz";
 * "Chief Research Economist" gives nothing).
 */
const ZONE_WORD = /^(?:Zones?|Parks?|Areas?|Ports?|Districts?|Bases?)$/;
const LOWER_ZONE_KIND = new RegExp(String.raw`\b(?:free\s+trade|bonded|(?:economic\s+and\s+technological|`
  + String.raw`high-tech\s+industrial)\s+development)\s+zones?\b`, "g");
export function initialisms(written: string): Set<string> {
  const out = new Set<string>();
  // ("Shanghai's free trade zones on course …": a zone's kind written in small letters has its initials too, "ftz")
  const text = written.replace(LOWER_ZONE_KIND, (m) => m.replace(/\b[a-z]/g, (c) => c.toUpperCase()));
  const runs = text.match(/[A-Z][\w'’-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w'’-]*)+/g) ?? [];
  for (const run of runs) {
    const capitalised = run.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
    const initials = capitalised.map((w) => w[0]!.toLowerCase());
    for (let j = 2; j <= initials.length; j++) {
      if (!ZONE_WORD.test(capitalised[j - 1]!)) continue;
      for (let i = 0; i <= j - 2; i++) out.add(initials.slice(i, j).join(""));
    }
  }
  return out;
}
// the short words people ask with for what texts write in full ("auto exports" for automobile exports)
// ("electronic info products", "per the stats communique": a word's clipped form; keys are stems, as words() makes them)
const SHORT_FORMS: Record<string, string> = { automobile: "auto", automotive: "auto", vehicle: "car", information: "info",
  government: "govt", international: "intl", department: "dept", cooperation: "coop", economic: "econ",
  manufactur: "mfg", photovoltaic: "pv", solar: "pv" };

/** Does a period end after the month an article was published? */
const endsAfter = (p: Period, published: DocContext["published"]) =>
  published !== undefined && p.y2 !== null && (p.y2 > published.year || (p.y2 === published.year && (p.m2 ?? 12) > published.month));

/** For each sentence: does it state figures a correction notice gives as wrong? */
function statedErrors(sentences: Span[], title: string): boolean[] {
  const texts = sentences.map((s) => s.text);
  return texts.map((_, i) => statesError(texts, i, title));
}

// "…, down 21.4 percent from 243,000 tonnes in 2019": the year of the amount a change is measured from, not the
// sentence's own period (text/periods.ts reads "from 2019" as a base; an amount between them hides it there)
const AMOUNT_BASE = new RegExp(String.raw`\b(?:from|compared\s+(?:with|to)|than|versus|against)\s+(?:about\s+|around\s+|`
  + String.raw`nearly\s+|some\s+|roughly\s+)?[$¥]?\d[\d.,]*(?:\s+[a-z$%-]+){0,4}?\s+(?:in|during)\s+(?:the\s+)?$`, "i");

// a change's figure, then the cause it gives, up to the period named: "rose 21 percent, helped by the end of quotas
// in 2030" (the causes' words, not "after" or "since", which also give the base a change is measured from)
const CAUSE_BEFORE = new RegExp(String.raw`\d(?:[^.;]|\.\d)*?(?:\b(?:helped|driven|boosted|buoyed|supported|spurred|`
  + String.raw`lifted)\s+(?:(?:mainly|largely|partly)\s+)?by\b|\b(?:thanks\s+to|due\s+to|owing\s+to|because\s+of|`
  + String.raw`on\s+the\s+back\s+of|benefit(?:ed|ing|ted|ting)\s+from)\b)`, "i");

/** Each sentence of an article read in its context, once. */
function readings(dc: DocContext): SentenceReading[] {
  dc.readings ??= dc.sentences.map((s, i) => {
    const prev = i > 0 ? dc.sentences[i - 1] : undefined;
    // (a table row is no sentence a pronoun refers back to)
    const previous = prev && PRONOUN_START.test(s.text) && !tableCells(prev.text) ? prev : undefined;
    const here = previous ? `${previous.text} ${s.text}` : s.text;
    const found = findPeriods(s.text, dc.ctx).filter((p) => !AMOUNT_BASE.test(s.text.slice(Math.max(0, p.start - 80), p.start)));
    const own = found.map((p) => p.period);
    const numbers = findNumbers(s.text);
    const causeTimed = found.length > 0 && numbers.some((n) => n.kind === "percent")
      && found.every((p) => CAUSE_BEFORE.test(s.text.slice(0, p.start)));
    const firm = !previous && prev && FIRM_START.test(s.text) ? findEntities(`${prev.text} ${s.text}`) : undefined;
    return {
      ...(previous && { previous }), ...(firm && { firmMentions: firm }), here, mentions: findEntities(here), subjects: new Set(findSubjects(here).map((x) => x.name)),
      words: words(here), periods: own.length ? own : dc.period ? [dc.period] : [], numbers, causeTimed,
      // ("the first half of the year was the hardest" in a January article is read as a half not yet run: no period it states)
      ownPeriod: own.some((p) => p.y1 !== null && !endsAfter(p, dc.published)),
      // ("Main tasks for 2021" in a report given in January 2021: a year named in full, though it has not yet run)
      namesYear: own.some((p) => p.y1 !== null) && /\b(?:19|20)\d\d\b/.test(s.text),
    };
  });
  return dc.readings;
}

function docContext(doc: CorpusDocument): DocContext {
  let c = contexts.get(doc);
  if (!c) {
    const ctx = documentDate(doc);
    const period = documentPeriod(doc, ctx);
    // ("Central & Western China": the "&" people write for "and", as a question's is read)
    const lead = `${doc.meta.title}. ${doc.text.slice(0, 400)}`.replace(/\s+&\s+/g, " and ");
    const leadMentions = findEntities(lead);
    const places = new Set(leadMentions.filter((e) => e.kind !== "partner" && e.kind !== "country").map((e) => e.id));
    // ("Sichuan's trade …, Chengdu Customs said": a city the lead names only as the office that reported on its
    // province, or where the report was filed, is not the article's place)
    const asOffice = (e: EntityMention) => isOffice(lead, e) || filedAt(lead, e);
    const officeOnly = new Set([...places].filter((id) => place(id)?.kind === "city" && places.has(place(id)?.parent ?? "")
      && leadMentions.filter((e) => e.id === id).every(asOffice)));
    const partners = new Set(leadMentions.filter((e) => e.kind === "partner" || e.kind === "country").map((e) => e.id));
    const published = publishedMonth(ctx, doc.text);
    const titlePlaces = new Set(findEntities(doc.meta.title ?? "").filter((e) => e.kind === "province" || e.kind === "city")
      .map((e) => e.id));
    c = { ctx, ...(period && { period }), places, officeOnly, partners, ...(published && { published }), titleWords: words(doc.meta.title),
      titlePlaces,
      sentences: splitSentences(doc.text), lead: lead.toLowerCase() };
    contexts.set(doc, c);
  }
  return c;
}

// words about the asking, not the content: they do not have to appear in the evidence
const ASKING = new Set((
  "yoy slower slowest fastest same together altogether neither nor avg average pts pct pp terms among chinese run runs ran post posted record recorded fast faster quick quickest big bigger biggest large larger largest small smaller smallest high higher highest low lower lowest " +
  "value values worth amount amounts separately each both figure figures gap difference top list main major alone only just stuff along going went go goes come came comes made make makes " +
  "done do given give gave whole own full number numbers how much many what which when where whose show tell total overall grow growth " +
  "grew rate rank ranked ranking single out strong item items highlighted type kind types kinds firms enterprises enterprise surplus " +
  "deficit balance diff minus plus implied imply implies national combined share proportion percent percentage point points through end led lead beat " +
  "apart during city cities province provinces region regions partner partners mainland volume monthly handled handle jump jumped story article report " +
  // ("zhanjiang district vs dalian: which took more tonnes?": the kind of place, and how goods came, as "went" is)
  "district districts took take takes taken " +
  // ("how much did it grow, absolute and %?": the change in the flow's own unit, asked)
  "absolute " +
  "reports review data table tables customs administration statistics according new one two three four five six seven eight nine ten " +
  // words that ask for a quantity's change beside its value's ("growth in tonnage vs growth in value"), or for the
  // quantity in its unit ("tonnes and value?" of goods the text counts in "metric tons", "units and value?" of vehicles)
  "tonnage tonnes tons units " +
  // ("what did it cost?": the value paid, which a sentence gives as "paid 1.37 billion dollars for it")
  "cost costs paid pay " +
  // ("came thru the port", "via the pipeline": how goods went, as "through" is)
  "thru via " +
  // ("the steepest declines", "best to worst": how a ranking is ordered, as "biggest" is)
  "steepest sharpest best worst " +
  // ("double-digit growth": a bound on the figures, which no sentence has to say)
  "digit digits " +
  // ("how many trains did it send": how trains went, as "ran" is)
  "send sends sent dispatch dispatched " +
  // ("who shipped more tonnes and who earned more?": how goods went and what they brought in, as "sent" and "paid")
  "shipped earn earns earned " +
  // ("how much in rebates did its firms get?": what a place is given, as "gave" is)
  // (not "got": "exports that got the most out of RCEP" asks which goods)
  "get gets getting receive receives received " +
  // ("so the month before was roughly?": how exact the answer is)
  "roughly approximately approx about around " +
  "year years month months period plan five-year first second third half quarter quarters lower higher mode modes times " +
  // ("(fyp review)": a five-year plan's short form, which no article writes)
  "fyp " +
  "yuan dollar dollars usd rmb billion trillion million why who whose change changed changes move moved compare compared " +
  "member members provincial level prefecture municipal constituent " +
  "fall fell fallen drop dropped decline declined decrease decreased rise rose risen increase increased jump jumped " +
  "surge surged slump slumped contract contracted shrink shrank expand expanded do did doing perform performed down " +
  // words that only say what the asker wants ("need both", "want the value too", "growth too")
  "need needs needed want wants wanted too also " +
  // ("what target did it set for 2015?": how a target came to be, which its sentence says as "a target of")
  "set sets " +
  // ("which type of firm actually grew?": how sure the asker is of it; "i heard the number was revised", "pls": where
  // the asker heard it, or a courtesy)
  "actually really heard hear think thought guess wonder wondering wondered curious pls please btw " +
  // ("i've seen two different numbers", "conflicting figures": the asker's doubt about a figure, which no sentence says)
  "different differing conflicting contradictory inconsistent " +
  // words that lead into a computation
  "judging judge based assuming assume using use going calculate compute work estimate add added adding sum summed " +
  // ("derive it", "q4 by itself": how the figure is got, and "alone" said another way)
  "derive derived deduce deduced infer inferred itself " +
  // words that place a level before or after a stated one ("what was it a year earlier?")
  "earlier ago previous prior before after then level levels later last latest recent " +
  // words that say a period runs from the year's start ("the jan-nov cumulative rate", "year-to-date")
  "cumulative cumulatively accumulated year-to-date ytd " +
  // (and over the month before: "mom", which a text says as "than in February"; over the quarter before, "qoq", as
  // "from the first quarter")
  "mom m-o-m month-on-month qoq q-o-q quarter-on-quarter quarter-over-quarter " +
  // (a rate that slowed or picked up between two periods: "did growth accelerate from jan-feb to q1?")
  "slow slowed accelerate accelerated accelerating decelerate decelerated quicken quickened pick picked slowdown " +
  // (and "did growth speed up or slow down?", whose "speed" no sentence says)
  "speed sped " +
  // words that place one rate against another ("14.5 pts above the national average")
  "far above below ahead behind beyond outpace outpaced exceed exceeded surpass surpassed ratio average monthly quarterly annual per " +
  // verbs that only frame the ask ("the cities named", "which saw", "what share did it account for")
  "saw see sees seen named name names mention mentioned mentions listed account accounts accounted accounting " +
  // words that only hedge or frame a computed ask ("roughly what was it", "happened outside", "equals what %")
  "roughly approximately happen happened happens just equal equals equivalent yet already still " +
  // words that take parts away from a whole ("excluding Ningbo", "other than general trade")
  "excluding exclude excludes except besides without counting other neither outside " +
  // words that name partners by their flow ("its top import sources", "export destinations")
  "source sources destination destinations " +
  // words that scope a ranking to a bloc's members ("its largest partner within ASEAN")
  "within inside amongst " +
  // words that judge one side against the other ("which fell harder", "which is more reliant on processing trade")
  "harder steeper sharper deeper worse heavier reliant reliance dependent dependence " +
  // the other forms of change words, and goods by another name ("which commodities saw …", "its main export goods")
  "rising rises falling falls growing increasing declining dropping double doubled doubling commodity goods " +
  // the places ranked named as those who trade ("the six biggest provincial traders"), and function words mistyped
  "trader traders teh hte adn wich whcih waht"
).split(" ").map(stem));
// words of subject names and places are matched as subjects and places, not as content words
// the words of every subject's names and spellings ("foreign-funded" names foreign-invested enterprises)
const SUBJECT_WORDS = new Set(SUBJECTS.flatMap((s) => [s.name, ...(s.kind === "product" ? [] : s.spellings)])
  .flatMap((x) => x.toLowerCase().split(/[^a-z]+/)).filter((w) => w.length > 2).map(stem));
const PRONOUN_START = /^\s*(?:[A-Z][\w ,-]{0,40},\s*)?(?:it|its|their|they|this|these|those|the (?:province|city|region|figure|latter))\b/i;
// for an explanation, "The company secured its first order …" is about the company the sentence before names, and where it is
const FIRM_START = /^\s*(?:[A-Z][\w ,-]{0,40},\s*)?the (?:company|firm|group|enterprise|business)\b/i;

const MONTHS = /^(?:q[1-4]|h[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d+)$/;

const QUESTION_WORDS = new Set("the and for with what which who whose how did does was were are is its their from that this than".split(" "));

// an explanation's answer often repeats the question's verbs ("drivers", "said", "customs"): only question words are set aside
const EXPLAIN_ASKING = new Set("why who whose what which how when where does did do is are was were the will would shall".split(" ").map(stem));

const GOT_PASSIVE = /\bgot\s+[a-z]+ed\b/i;

/**
 * The question's content words, left once places, subjects, periods and asking words are set aside.
 * For a figure, words about the asking ("how big", "customs data") are set aside too.
 */
// "tangshan (hebei) port area", "Xport area": the kind of place a place is asked as, right after it, no content
const PLACE_KIND_AFTER = /^(?:\s*\([^()]{1,40}\))?\s+((?:port|harbou?r)(?:\s+area)?|area|district|county)\b/i;
const placeKindWords = (text: string): Set<string> => new Set(findEntities(text).flatMap((e) =>
  PLACE_KIND_AFTER.exec(text.slice(e.end))?.[1]!.toLowerCase().split(/\s+/) ?? []));

// ("after the revision", "the corrected total": the noun is said by any form of its verb, "was revised to", "corrected
// to"; typed with a slip too, "revison")
const VERB_OF_NOUN: Record<string, string> = { revision: "revis", correction: "correct", adjustment: "adjust" };
const verbOfNoun = (t: string) => Object.entries(VERB_OF_NOUN).find(([noun]) => hasWithTypo(new Set([noun]), t, 1))?.[1] ?? t;

/** The words of a question's examples in brackets ("(wigs etc)": wigs, etc). */
function exampleWords(text: string): string[] {
  const blanked = blankExamples(text);
  return [...text].map((c, i) => (blanked[i] === c ? " " : c)).join("").toLowerCase().split(/[^a-z]+/).filter(Boolean);
}

export function contentWords(frame: QuestionFrame, purpose: "figure" | "explain" = "figure"): string[] {
  const asking = purpose === "figure" ? ASKING : EXPLAIN_ASKING;
  // (and "biggest partners in order?", "sort them by growth": an order asked, which no sentence has to say; "export
  // orders" are a thing)
  // (and "got" of a passive, "how much duty got waived?", which says only that it was)
  const setAside = new Set([...periodWordsOf(frame.text), ...(ORDER_ASKED.test(frame.text) ? ORDER_WORDS : []),
    ...(frame.intent === "rank" && !frame.subjects.some((x) => /\bmarket\b/i.test(x)) ? RANKED_PARTNER_WORDS : []),
    ...(GOT_PASSIVE.test(frame.text) ? ["got"] : []),
    // ("exports above 8 billion usd": the bound a sum of money the question sets, which no sentence has to say)
    ...frame.numbers.flatMap((n) => (n.kind === "money" && n.approx ? n.approx.toLowerCase().split(/\s+/) : [])),
    // ("growth in 2021 vs q1-q3 2031, faster or slower now?": of two periods asked, "now" is the later one)
    ...(frame.periods.length >= 2 ? ["now", "then"] : []),
    // ("cross-strait trade": read as the trade with Taiwan, which a sentence names as the island)
    ...(CROSS_STRAIT.test(frame.text) && frame.partners.includes("taiwan") ? ["cross", "strait", "straits"] : []),
    // ("hair product exports (wigs etc)": examples in brackets, which no sentence has to name as the question does)
    ...exampleWords(frame.text)]);
  const kindWords = placeKindWords(frame.text);
  const parts = frame.terms.flatMap((t) => t.split("-")).filter((t) => !kindWords.has(t));
  // ("the kazakh pipeline": a country's adjective asks for its name, as texts write it: "China-Kazakhstan pipeline")
  return [...new Set(parts.filter((t) => !setAside.has(t) && !MONTHS.test(t) && !findEntities(t).length)
    .map((t) => verbOfNoun(stem(countryOfDemonym(t) ?? t))))]
    .filter((t) => !isAsking(asking, t) && !SUBJECT_WORDS.has(t) && t.length > 2);
}

// "shoe exports", "border small-volume trade": the words right before the flow the question asks
// ("the pilot free trade zone's areas": a zone's name is no flow)
const BEFORE_FLOW = /([\w'’ -]+?)\s+(?:exports?|imports?|trade|shipments|sales)\b(?!\s+(?:zones?|ports?|agreements?)\b)/gi;
// words before a flow that narrow nothing: the whole, whose it is, how it is asked
const FLOW_NEUTRAL = new Set(("total overall foreign combined whole entire annual monthly quarterly yearly goods merchandise " +
  "its their his her the a an and or of in for by to how what which much many did does do was were is are yoy pct avg " +
  "province city region port zone area county district country nation municipality national provincial municipal " +
  "regional local bilateral two-way outbound inbound value volume growth share both all latest more less further extra " +
  "fastest slowest steepest sharpest strongest weakest greatest leading key chief principal primary " +
  "double-digit triple-digit " +
  // ("hubei's 2025 full-yr trade": the whole year, a period, not a kind)
  "full-yr full-year full-years yr year ytd year-to-date " +
  // ("which firms did the most trade": how much of it, not a kind)
  "most least " +
  // ("which districts had exports above …", "saw imports fall": whose the flow is, said by a verb, not a kind of it)
  "have has had saw see sees " +
  // words that set the flow against another ("the gap between export growth and import growth", "versus imports")
  "between versus against than").split(" "));

/**
 * The words that narrow the asked flow ("shoe" in "quanzhou shoe exports"): a figure answers only when its own
 * sentence, subject or qualifier says them, not merely its article (an article on shoes states the city's total too).
 * They are the unbroken run of other words right before the flow, back to a place, a period or a word of asking.
 */
export function flowModifiers(frame: QuestionFrame): string[] {
  // (asked of every quoted sentence and every set of figures a question weighs: read once per question)
  const known = modifiersRead.get(frame);
  if (known) return known;
  const periodWords = periodWordsOf(frame.text);
  // ("mobile phone exports" of goods the documents call "handsets": the other name's words are said by the subject)
  // ("border small-scale trade" for border trade: the words the question spells a known subject with are its name's)
  const spelled = findSubjects(frame.text).filter((m) => frame.subjects.includes(m.name)).map((m) => frame.text.slice(m.start, m.end));
  const named = new Set([...frame.subjects.flatMap(shortFormsOf), ...spelled].flatMap((f) => f.toLowerCase().split(/[\s-]+/))
    .map(stem));
  // ("xinyang etdz imports": the short name of a zone's kind, the zone asked being the owner, narrows no flow)
  const zoneAsked = frame.entities.some(isZone);
  // (a compound whose parts name it: "small-scale")
  const ofName = (w: string) => named.has(stem(w)) || w.split("-").every((p) => named.has(stem(p)));
  // ("jan-aug trade balance": a span of months named with no year is a period, not a kind of trade)
  // ("cross-strait trade" read as the trade with Taiwan: the partner says it)
  const partnerWord = (w: string) => CROSS_STRAIT.test(w) && frame.partners.includes("taiwan");
  // ("the yangtze economic belt trade", "yangtze belt exports": the words of a place's name of several words name the
  // owner, as the name does, no kind of the flow)
  const placeWords = new Set(findEntities(frame.text).flatMap((e) => frame.text.slice(e.start, e.end).toLowerCase()
    .split(/[\s-]+/)));
  const narrows = (w: string) => ((/^[a-z][a-z-]+$/.test(w) && w.length > 2) || SHORT_KINDS.has(w) || MODE_CODE.test(w))
    && !FLOW_NEUTRAL.has(w) && !QUESTION_WORDS.has(w)
    && !placeWords.has(w)
    && !ofName(w) && !partnerWord(w)
    && !ASKING.has(stem(w)) && !periodWords.has(w) && (MODE_CODE.test(w) || !w.split("-").every((x) => MONTHS.test(x)))
    && !findEntities(w.replace(/^./, (c) => c.toUpperCase())).length && !(zoneAsked && ZONE_SHORT_WORD.test(w));
  // ("private-firm trade", "soe exports": the words of an enterprise type or trade mode the question names are its
  // subject, which the figure's own subject answers whatever it is called there)
  const ofSubject = new Set(findSubjects(frame.text).filter((x) => frame.subjects.includes(x.name))
    .flatMap((x) => frame.text.slice(x.start, x.end).toLowerCase().split(/\s+/)));
  const out: string[] = [];
  for (const m of frame.text.matchAll(BEFORE_FLOW)) {
    const run: string[] = [];
    for (const token of m[1]!.toLowerCase().split(/\s+/).reverse()) {
      const w = token.replace(/['’]s?$/, "");
      if (token === w && ofSubject.has(w)) continue;
      if (token !== w || !narrows(w) || run.length === 3) break;
      run.push(w);
    }
    out.push(...run.map(stem));
  }
  const modifiers = [...new Set(out)];
  modifiersRead.set(frame, modifiers);
  return modifiers;
}
const modifiersRead = new WeakMap<QuestionFrame, string[]>();
// ("pv exports", "9810 exports": kinds of a flow people type as two letters or as a customs mode's four-digit code,
// never a year; without them a question on the kind reads as one on the whole flow)
const SHORT_KINDS = new Set(["pv"]);
const CAPACITY_UNIT = /\b(?:giga|mega)watts?\b|\d\s*[GM]W\b/;
const MODE_CODE = /^(?!19|20)\d{4}$/;
const ZONE_SHORT_WORD = new RegExp(String.raw`^${ZONE_SHORT}$`);

/** The words of the periods a question names ("q1", "2023"): no content words. */
// ("won an order from South Korea" is a thing: only an order of the items asked, "ordered from biggest to smallest")
const ORDER_ASKED = new RegExp(String.raw`\b(?:in\s+(?:\w+\s+)?order|order(?:ed)?\s+(?:them|by|from\s+(?:the\s+)?`
  + String.raw`(?:biggest|largest|smallest|highest|lowest|fastest|slowest|top|most|least))|sort(?:ed)?(?:\s+(?:them|by))?)\b`, "i");
const ORDER_WORDS = ["order", "ordered", "sort", "sorted"];
// (a ranking's partners named by who took or sent the goods, "its top 5 vaccine markets", "the supplier economies": the
// rows of a partners' table, which its sentences need not call so; only in a ranking, where "market procurement" or
// "customs" is no such word)
const RANKED_PARTNER_WORDS = ["market", "markets", "buyer", "buyers", "supplier", "suppliers", "economies"];
const periodWordsOf = (text: string) => new Set(findPeriods(text).flatMap((p) => p.text.toLowerCase().split(/[^a-z0-9]+/)));

// a port's own name before its kind: "Houqiao" of "Houqiao port", "Mohan" of "Mohan railway port"
const PORT_HEAD = /^([A-Z][a-z]+)\s+(?:(?:railway|road|highway|land|border)\s+)?port$/;

/** Does a text (a figure's sentence, subject and qualifier) say every word that narrows the asked flow? */
export function saysModifiers(frame: QuestionFrame, text: string): boolean {
  const own = words(text);
  // ("processing-trade" is said of "processing trade", "hi-tech" of "high-tech products": a compound by its parts)
  // ("pv" has no such parts: said only as itself)
  const parts = (w: string) => w.split("-").filter((p) => p.length >= 3);
  // ("pv shipments in GW" of "shipments grew to 15.3 gigawatts": solar capacity is counted in watts, as nothing else is)
  const said = (w: string) => own.has(w) || (parts(w).length > 0 && parts(w).every((p) => own.has(stem(p))))
    || (w === "pv" && CAPACITY_UNIT.test(text));
  return flowModifiers(frame).every(said);
}

/** A word about the asking, or one with a typo in it ("seperately"): one edit in a long word. */
const isAsking = (asking: Set<string>, w: string) => hasWithTypo(asking, w, 1);

// "HARBIN, Jan. 16 (Xinhua) --", "YIWU --": a place in capitals opening a news report, with its date and agency
const DATELINE_AFTER = /^(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?\s*(?:\([^)]*\))?\s*(?:--|—|–)/;
const filedAt = (text: string, m: EntityMention) => m.start < 40 && /^[^a-z]*$/.test(text.slice(0, m.end))
  && DATELINE_AFTER.test(text.slice(m.end));

/** Does the sentence (or its article) state the figure for the asked place, partner, subject and period? */
const JOINING = new Set(["and", "or", "of", "the", "for", "in", "&"]);
// (and the places listed after it: "clear goods at Shanghai, Ningbo or Wuhan")
const DESTINATION = /\b(?:to|into|towards|via|from|at)\s+(?:the\s+)?(?:[A-Z][\w'-]*,?\s+(?:(?:and|or)\s+)?)*$/;
// (and where the port, station or hub a route goes through stands: "via the Lianhua port in Dazhou")
const VIA_SITE = /\b(?:via|through)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}(?:in|at|near)\s+$/;
// (and the places that only name where a plant or park stands: "new battery lines in the Xiapu and Fu'an parks")
const SITE_NAMED = new RegExp(String.raw`^(?:,?\s+(?:(?:and|or)\s+)?[A-Z][\w'’-]*)*\s+`
  + String.raw`(?:industrial\s+|economic\s+|development\s+|high-tech\s+)?`
  + String.raw`(?:parks?|plants?|factories|bases?|industrial zones?|development zones?)\b`);
// what a person named in a sentence is, set off after the name: ", an analyst at a Shanghai-based steel firm",
// ", deputy director of the Xi'an office" (up to the next comma: "…, said Shanghai's exports fell" is said of Shanghai)
const DESCRIPTION = new RegExp(String.raw`^,\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,4}?${TITLES}\b[^,;"“”]*`);
/** Where the words that say what the person named up to `end` is run, if the sentence gives them. */
function speakerDescription(text: string, end: number): { start: number; end: number } | undefined {
  const m = DESCRIPTION.exec(text.slice(end));
  return m ? { start: end, end: end + m[0].length } : undefined;
}
// a place named after the connective that gives a cause: where the cause struck, not whose figure it is
const CAUSE_SITE = /\b(?:because(?:\s+of)?|when|after|amid|due\s+to|owing\s+to|(?:hit|caused|disrupted)\s+by)\b[^.;"“”]*$/i;
// (named after "in" or "at": "Dongguan factories cut output" are another place's own)
const SITE_IN = /\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+(?:(?:and|or)\s+)?)*$/;

function fits(
  frame: QuestionFrame, r: SentenceReading, dc: DocContext, lenientPeriod: boolean, questionWords: ReadonlySet<string>,
  docStatesPeriod = false,
  /** For an explanation's own reasons (not a list's items): the sentence before, when it is in the same paragraph, and
   * the one a few before that names the goods the paragraph is about (paragraphHead). */
  reasons?: { before?: SentenceReading; head?: SentenceReading },
  index = -1,
): boolean {
  const { here } = r;
  // (an explanation's reason whose only periods are when its cause came is of the article's period)
  const causeOnly = reasons !== undefined && docStatesPeriod && r.causeTimed;
  const periods = causeOnly ? (dc.period ? [dc.period] : []) : r.periods;
  const mentions = (lenientPeriod && r.firmMentions) || r.mentions;
  // (China is asked about when the question says so; for an explanation, not when only a partner put it there: "what is RCEP?")
  const asked = frame.entities.filter((e) => e !== "china" || (frame.entities.length === 1 && (!lenientPeriod || SAYS_CHINA.test(frame.text))));
  // a sentence naming another place (not a partner) is that place's; otherwise it is the article's
  // (a city of the asked province is within it: "Zhengzhou, Jiyuan … led the province's cities")
  // (in an explanation, a place goods went to or came from is no owner: "oil imports were diverted to Manzhouli")
  // (nor, in an explanation, a place's name inside a person's: "Ma Yuxi, director of customs")
  const person = lenientPeriod ? personIn(here)?.name : undefined;
  const at = person ? here.indexOf(person) : -1;
  const inName = (m: EntityMention) => at >= 0 && m.start >= at && m.start < at + person!.length;
  // (nor one in what the speaker is: "said Sun Hai, an analyst at a Shanghai-based firm" is no Shanghai figure)
  const said = at >= 0 ? speakerDescription(here, at + person!.length) : undefined;
  const inTitle = (m: EntityMention) => said !== undefined && m.start >= said.start && m.start < said.end;
  const others = mentions.filter((m) => (m.kind === "province" || m.kind === "city") && !asked.includes(m.id) && !isOffice(here, m)
    && !inName(m) && !inTitle(m) && !(lenientPeriod && isCompanyName(here, m))
    // (nor where the cause of a change struck: "Trade dropped in April, when pandemic controls in Shanghai disrupted …")
    && !(lenientPeriod && CAUSE_SITE.test(here.slice(0, m.start)))
    && !asked.includes(place(m.id)?.parent ?? "") && !(lenientPeriod && DESTINATION.test(here.slice(0, m.start)))
    // (nor where a route the goods take passes: "shipments via the new river port in Yueyang")
    && !(lenientPeriod && VIA_SITE.test(here.slice(0, m.start)))
    && !(lenientPeriod && SITE_IN.test(here.slice(0, m.start)) && SITE_NAMED.test(here.slice(m.end)))
    // (for an explanation, the asked city's own province is no other place: "Volkswagen Anhui" in a Hefei article)
    && !(lenientPeriod && asked.some((a) => place(a)?.parent === m.id))
    // (nor, in an explanation, the partner the question asks about: "Trade with Macao rose, thanks to …" of a Zhuhai article)
    && !(lenientPeriod && frame.partners.includes(m.id)));
  // (for an explanation, a city among a list of the asked province's own is one of them, whatever else bears its name:
  // "the Qinzhou, Pingxiang and Nanning bonded areas")
  const children = mentions.filter((m) => m.kind === "city" && asked.includes(place(m.id)?.parent ?? "")).length;
  const otherPlace = others.length > 0 && !(lenientPeriod && others.every((m) => m.kind === "city") && children >= 2 * others.length);
  // (a figure's sentence names its place as the owner, not as the office that gave it: "…, Wuhan Customs said")
  for (const e of asked) {
    // (nor where the report was filed: "HARBIN, Jan. 16 (Xinhua) -- Foreign trade of Heilongjiang …")
    // (nor as what another place, the figure's owner, belongs to: "Yiwu, the city administered by Jinhua, recorded …")
    const named = mentions.some((m) => m.id === e && (lenientPeriod || (!isOffice(here, m) && !filedAt(here, m)
      && !inApposition(here, m, mentions) && !RANK_FIELD.test(here.slice(0, m.start)))));
    // (a zone or customs district the headline or lead names is the article's place too)
    const home = (dc.places.has(e) && (lenientPeriod || !dc.officeOnly.has(e))) || (isZone(e) && dc.lead.includes(e.slice(ZONE_PREFIX.length).toLowerCase()));
    // (for an explanation, a port the sentence names by its own name: "the fall in Houqiao's trade" of "Houqiao port")
    const port = lenientPeriod && isZone(e) ? PORT_HEAD.exec(e.slice(ZONE_PREFIX.length))?.[1] : undefined;
    const portNamed = port !== undefined && new RegExp(String.raw`\b${port}\b`).test(here);
    // (and, in an article that names a zone in full, a sentence that calls it by its short name: "Lanqi plans to …"
    // of "Lanqi New Area")
    const short = lenientPeriod && isZone(e) && !named && !portNamed ? zoneShortName(e) : undefined;
    const shortNamed = short !== undefined && new RegExp(String.raw`\b${short}\b(?!-)`).test(here) && namesInFull(dc, e);
    // (and a zone the gazetteer does not know, that the question and the sentence name in full: "the Lotus Garden Park")
    const fullNamed = reasons !== undefined && isZone(e)
      && here.toLowerCase().includes(e.slice(ZONE_PREFIX.length).toLowerCase());
    if (!named && !portNamed && !shortNamed && !fullNamed && !(home && !otherPlace)) return false;
    // (a zone the lead names, asked of an article on its city or province: a sentence that names no owner goes on from
    // those before it, and is the zone's only when the nearest owner they name is the zone: "the city's trade reached
    // …. Exports totaled …" gives the city's exports)
    if (!lenientPeriod && isZone(e) && !named && !portNamed && !shortNamed && ownerBefore(dc, index, e) === "other") return false;
    // (a city asked of its article: a figure the sentence gives "the province" is the province's, not the city's)
    if (!named && !lenientPeriod && place(e)?.kind === "city" && OF_PROVINCE.test(here)) return false;
    // (and a province asked of an article on one of its cities: a figure the sentence gives that city ("Japan remained
    // Dalian's largest partner", "Shoes, Quanzhou's best-known product") or "the city" is the city's)
    // (not a municipality's own "the city": only in an article whose lead names one of the province's cities)
    const ofChild = (id: string) => place(id)?.kind === "city" && place(id)?.parent === e;
    if (!named && !lenientPeriod && place(e)?.kind === "province" && ((OF_CITY.test(here) && [...dc.places].some(ofChild))
      || mentions.some((m) => ofChild(m.id) && m.possessive))) return false;
    // (and a sentence naming no owner, in an article its headline gives one of the province's cities, is the city's:
    // "Exports of the 'new three' reached …" under "Hefei's 'new three' exports jump"; unless it says "the province")
    if (!named && !lenientPeriod && place(e)?.kind === "province" && !dc.titlePlaces.has(e)
      && [...dc.titlePlaces].some(ofChild) && !OF_PROVINCE.test(here)) return false;
  }
  // (an explanation may come from any sentence of an article about the partner)
  // (or, opening on the change it explains, by the sentence that stated it: "Trade with Russia fell 4.6 percent. / The
  // decline was mainly due to …")
  const changeOf = (p: string) => reasons?.before !== undefined && NAMES_ITS_CHANGE.test(r.here)
    && reasons.before.mentions.some((m) => m.id === p);
  for (const p of frame.partners) {
    if (!mentions.some((m) => m.id === p) && !(lenientPeriod && dc.partners.has(p)) && !changeOf(p)) return false;
  }
  // a subject of the table by its spellings, one the index found ("solar cells") by its words
  // (for an explanation, by the words of it the question uses: "sports goods" for "sports goods and equipment"; or the
  // subject of the whole article, its headline's: "the shift reflects …" in an article headlined on general trade)
  for (const sub of frame.subjects) {
    // ("and" of "copper ore and concentrate" is no word of the goods)
    const need = subjectWords(sub, questionWords, lenientPeriod);
    const headline = lenientPeriod && need.every((w) => dc.titleWords.has(w));
    // (or, right after the sentence that names the goods in its paragraph, by a word of them and no other goods:
    // "Li said sales had been held back by duties on solar panels" after "Solar cell exports fell …")
    const before = reasons?.before;
    // (or by the change it names: "The fall in import value was due to …")
    const goesOn = before !== undefined && (before.subjects.has(sub) || need.every((w) => before.words.has(w)))
      // (whatever goods it names after the change, as its causes: "The rapid growth is driven by demand for buses")
      && (r.subjects.size === 0 || OPENS_ON_ITS_CHANGE.test(r.here))
      && (need.some((w) => r.words.has(w)) || NAMES_ITS_CHANGE.test(r.here));
    // (or, a few sentences on in that paragraph, by none: "Sales fell 30 percent. … The main reason was the epidemic.")
    const head = reasons?.head;
    const headed = head !== undefined && (head.subjects.has(sub) || need.every((w) => head.words.has(w)));
    // (or, after a sentence of the article that names them in full, by their last word: "fertilizer exports" after
    // "phosphate fertilizers"; not a word any goods end in, nor in a sentence that names another kind of them)
    const shortened = reasons !== undefined && namedByHead(sub, need, r, dc, index);
    if (!r.subjects.has(sub) && !need.every((w) => r.words.has(w)) && !headline && !goesOn && !headed && !shortened) return false;
  }
  // a figure needs its period established; an explanation from an article whose period is unknown may still do
  // (an explanation may come from a sentence of the article whose period contains or overlaps the asked one)
  const match = (p: Period, q: Period) => samePeriod(p, q) || (lenientPeriod && overlaps(p, q));
  if (frame.periods.length && !frame.periods.some((q) => periods.some((p) => match(p, q))) && (periods.length || !lenientPeriod)
    && !(lenientPeriod && publishedWithin(dc.published, frame.periods))
    // (for an explanation, a sentence that names no period is of an article that states the asked one elsewhere)
    && !(lenientPeriod && docStatesPeriod && (!r.ownPeriod || causeOnly))
    // (nor, in an article of the asked period, one of what came shortly before it: "after its accession at the end of
    // the year before, partners lifted quotas", "since the zone was expanded in 2021, firms may …": no earlier result)
    && !(reasons && docStatesPeriod && cameBefore(r, dc, frame.periods))
    // (nor the base the asked change is measured against: "a high base: in the first five months of last year exports
    // had risen 14.5 percent")
    && !(reasons && docStatesPeriod && ofBase(r, frame.periods))) return false;
  return true;
}

// a base a change is measured against: "a high base", "the low comparison base", "base effects"
const BASE = /\b(?:(?:high|higher|low|lower|strong|weak)\s+(?:comparison\s+)?base|base\s+effects?)\b/i;
/** Does a sentence speak of the base of the asked change, naming no period but of the year before it (the same months,
 * or all that year: "a high base last year")? */
const ofBase = (r: SentenceReading, asked: Period[]) => BASE.test(r.here) && r.periods.length > 0
  && r.periods.every((p) => asked.some((q) => q.y1 !== null && p.y1 !== null && overlaps(p, previousYear(q))
    && !overlaps(p, q)));

/** How many years before the asked period an event an explanation names may have come. */
const CAUSE_LEAD_YEARS = 3;
// a sentence that opens by naming the change the one before it stated: "The October decline was due to …", '"The fall in
// import value was mainly due to …'
export const NAMES_ITS_CHANGE = new RegExp(String.raw`^\W{0,3}(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:surge|jump|rise|increase|`
  + String.raw`growth|fall|drop|decline|decrease|slump|slowdown|rebound|dip|contraction)\b`, "i");
// (the change alone, not "the rise in steel exports": the goods after it would be the change's own)
const OPENS_ON_ITS_CHANGE = new RegExp(`${NAMES_ITS_CHANGE.source}(?!\\s+(?:in|of|for)\\b)`, "i");
/** How many sentences back a sentence that opens on "The rapid growth …" may find the change it names. */
const CHANGE_BACK = 3;
/**
 * The sentence whose change one that opens on it names ("Exports of buses rose 58 percent. Belgium was the largest
 * buyer. / "The rapid growth is driven by …"): the nearest of the few before it that names the asked goods (and
 * partner), else the one right before it.
 */
function changeNamedBack(
  read: SentenceReading[], i: number, names?: (r: SentenceReading) => boolean,
): SentenceReading | undefined {
  if (names) {
    for (let j = i - 1; j >= Math.max(0, i - CHANGE_BACK); j--) {
      const r = read[j]!;
      if (names(r) && r.numbers.some((n) => n.kind === "percent")) return r;
    }
  }
  return read[i - 1];
}

// a sentence that names the change it explains: "three reasons for the surge"
const NAMES_CHANGE = /\b(?:the|this|that)\s+(?:surge|jump|rise|increase|growth|fall|drop|decline|slump|slowdown|rebound)\b/i;
/** Does a sentence of an article of the asked period name only what happened in the years just before it, with none of
 * that time's results (a percent or a sum of money is one: "exports fell 5 percent in 2001" explains no 2002)? */
function cameBefore(r: SentenceReading, dc: DocContext, asked: Period[]): boolean {
  const start = (p: Period) => p.y1! * 12 + p.m1;
  const end = (p: Period) => p.y2! * 12 + p.m2;
  const ofAsked = (p: Period | undefined) =>
    p !== undefined && p.y1 !== null && asked.some((q) => q.y1 !== null && overlaps(p, q));
  // (or, in an article mostly of the year before that states the asked period too, one that names the asked change:
  // "Officials gave three reasons for the surge: …; the direct flight launched last year")
  return (ofAsked(dc.period) || NAMES_CHANGE.test(r.here)) && r.periods.length > 0
    && !r.numbers.some((n) => n.kind === "percent" || n.kind === "money")
    && r.periods.every((p) => p.y1 !== null && p.y2 !== null
      && asked.every((q) => q.y1 !== null && end(p) < start(q) && start(q) - end(p) <= CAUSE_LEAD_YEARS * 12));
}

// "Yiwu, the small-commodities city administered by Jinhua in Zhejiang province, recorded …": a place named in the
// aside after another place's name describes that one, which owns the figure
const APPOSITION = /^,\s+(?:the|a|an)\s[^,;()]*$/i;
const inApposition = (text: string, m: EntityMention, mentions: EntityMention[]) => /^[^,;]*,/.test(text.slice(m.end))
  && mentions.some((o) => o.id !== m.id && (o.kind === "province" || o.kind === "city") && o.end <= m.start
    && APPOSITION.test(text.slice(o.end, m.start)));

// "… the city's total ranked ninth among Chinese cities and first in Zhejiang Province": a place a rank is reckoned in
// is the field of the ranking, not the owner of the figure
const RANK_FIELD = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|\d{1,2}(?:st|nd|rd|th))\s+(?:in|among|within)\s+(?:the\s+)?$/i;

/** The nearest owner the two sentences before a figure's name: the asked zone, another place, or none. */
function ownerBefore(dc: DocContext, at: number, zone: string): "zone" | "other" | undefined {
  const full = zone.slice(ZONE_PREFIX.length).toLowerCase();
  const short = zoneShortName(zone)?.toLowerCase();
  for (let j = at - 1; j >= Math.max(0, at - 2); j--) {
    const text = dc.sentences[j]!.text;
    const lower = text.toLowerCase();
    if (lower.includes(full) || (short && new RegExp(String.raw`\b${short}\b`).test(lower))) return "zone";
    const owners = findEntities(text).filter((m) => (m.kind === "province" || m.kind === "city") && !isOffice(text, m)
      && !filedAt(text, m));
    if (owners.length || OF_CITY.test(text) || OF_PROVINCE.test(text)) return "other";
  }
  return undefined;
}

/** Does an article name a zone by its full name somewhere ("the Lanqi New Area administrative committee")? */
const namesInFull = (dc: DocContext, zone: string) => {
  const full = zone.slice(ZONE_PREFIX.length).toLowerCase();
  return dc.sentences.some((s) => s.text.toLowerCase().includes(full));
};

// the owner a sentence names by a province's or region's word: "the province's imports", "provincial exports"
const OF_PROVINCE = /\b(?:the|this|whole)\s+(?:province|autonomous region|region)\b|\bprovincial\b|\bprovince-wide\b/i;
// the owner a sentence names by a city's word: "the city's total", "municipal exports"
const OF_CITY = /\b(?:the|this)\s+city(?:['’]s)?\b|\bmunicipal\b|\bcity-wide\b/i;

// ("the China-Laos Railway", "China-ASEAN trade": a paired name does not ask about China)
const SAYS_CHINA = /\b(?:china(?![-–]\w)|chinese|national|nationwide|the country|mainland)\b/i;

/** Was the article published in the asked month ("the jan 2016 interview" of an article dated January 2016)? */
function publishedWithin(published: DocContext["published"], periods: Period[]): boolean {
  if (!published) return false;
  return periods.some((p) => p.y1 === published.year && p.y2 === published.year && p.m1 === published.month && p.m2 === published.month);
}

// "In the first three quarters," at a line's end (a PDF's or a wrapped paragraph's): the sentence goes on on the next line
const CUT_OFF = /(?:[,;:]|\b(?:the|a|an|of|in|and|or|to|with|for|by|from|at|on|as)|[-–])$/i;

/** The sentence at `i`, joined with the lines after it when a line break cut it. */
function wholeAt(sentences: Span[], i: number): Span | undefined {
  let s = sentences[i];
  for (let j = i + 1; s && CUT_OFF.test(s.text) && sentences[j] && sentences[j]!.start - s.end <= 2 && j <= i + 3; j++) {
    s = { start: s.start, end: sentences[j]!.end, text: `${s.text} ${sentences[j]!.text}` };
  }
  return s;
}

/** How many sentences back in its paragraph an explanation's reason may be from the one that names the goods. */
const HEAD_BACK = 3;
// a sentence that names a flow or its traders is about them, not the goods of its paragraph ("Overall trade grew
// because …", "Hu said the province's exporters were shifting to Africa …")
const OWN_FLOW = /\b(?:trade|exports?|imports?|exporters?|importers?)\b/i;

/**
 * The sentence a few before one in its paragraph that names goods, when none between them names any and this one names
 * none, nor a flow, nor a figure of its own: the paragraph is about those goods and goes on with why they moved ("Duty-free
 * sales fell 30 percent. The shops served fewer people. The main reason was the epidemic.").
 */
function paragraphHead(
  sentences: Span[], read: SentenceReading[], i: number, names: (r: SentenceReading) => boolean,
): SentenceReading | undefined {
  const r = read[i]!;
  const ownFigure = r.numbers.some((n) => n.kind === "percent" || n.kind === "money");
  if (r.subjects.size || ownFigure || OWN_FLOW.test(sentences[i]!.text)) return undefined;
  for (let j = i - 1; j >= Math.max(0, i - HEAD_BACK); j--) {
    if (!inParagraphAfter(sentences[j]!, sentences[j + 1]!)) return undefined;
    if (names(read[j]!)) return read[j];
    if (read[j]!.subjects.size) return undefined;
  }
  return undefined;
}

// the last words of goods' names that name any goods: "products" of "mechanical and electrical products"
const GENERIC_HEAD = new Set(("product goods item commodity equipment material part service trade export import good "
  + "enterprise company firm business industry sector category article").split(" ").map(stem));

// the words that may come right before goods' last word without naming another kind of them
const HEAD_MAY_FOLLOW = new Set(("the a an of in on for and or to from by with at as its their our his her these those this "
  + "that such whose which all some more less most fewer many much other own local total overall annual monthly "
  + "export exports import imports china's").split(" "));

/**
 * Does a sentence name goods by the last word of their name ("fertilizer exports fell" of "phosphate fertilizers"), after
 * a sentence of its article that names them in full, and name no other kind of them?
 */
function namedByHead(sub: string, need: string[], r: SentenceReading, dc: DocContext, index: number): boolean {
  const head = need.at(-1);
  if (need.length < 2 || !head || head.length < 4 || GENERIC_HEAD.has(head) || !r.words.has(head)) return false;
  // (another kind of them is not they: "nitrogen fertilizers"; goods of another name may share the sentence)
  const otherKind = (other: string) => other !== sub && words(other).has(head) && [...words(other)].some((w) => !need.includes(w));
  if ([...r.subjects].some(otherKind)) return false;
  // (nor where a word the name lacks comes right before it: "roof tiles" of "ceramic tiles", "imported tiles", all of
  // them; "lower tile prices" is theirs)
  const said = r.here.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? [];
  const kindBefore = (w: string | undefined) => w !== undefined && !need.includes(stem(w)) && !HEAD_MAY_FOLLOW.has(w)
    && !/(?:ing|er|ly|\d)$/.test(w);
  if (said.some((w, i) => stem(w) === head && kindBefore(said[i - 1]))) return false;
  return readings(dc).slice(0, Math.max(0, index)).some((e) => e.subjects.has(sub) || need.every((w) => e.words.has(w)));
}

/** The words of a subject a sentence must use to name it (for an explanation, those the question uses too). */
const subjectWords = (sub: string, questionWords: ReadonlySet<string>, explain: boolean) =>
  [...words(sub)].filter((w) => !JOINING.has(w) && (!explain || questionWords.has(w)));

/** How many sentences after an explaining one are kept with it: a quotation or an enumeration going on. */
const FOLLOWING = 5;

/** Sentences of the retrieved documents that fit the question, best first. */
export function findEvidence(
  frame: QuestionFrame, index: SearchIndex<unknown>, hits: SearchHit[],
  // (`reasons`: the sentences are an explanation's reasons, not a list's items: an event of the year before may be one)
  options: { maxDocs?: number; purpose?: "figure" | "explain"; reasons?: boolean } = {},
): EvidenceSentence[] {
  const wanted = contentWords(frame, options.purpose);
  const asked = [...words(frame.text)].filter((w) => w.length > 2 && !QUESTION_WORDS.has(w));
  const explain = options.purpose === "explain";
  const questionWords = words(frame.text);
  const out: EvidenceSentence[] = [];
  const namesAsked = (r: SentenceReading) => frame.subjects.some((sub) => r.subjects.has(sub)
    || subjectWords(sub, questionWords, true).every((w) => r.words.has(w)));
  const wantReasons = explain && Boolean(options.reasons);
  // (the sentence that states the asked change: of the asked goods and partner, when the question names them)
  const namesChange = frame.subjects.length || frame.partners.length
    ? (r: SentenceReading) => (!frame.subjects.length || namesAsked(r))
      && frame.partners.every((p) => r.mentions.some((m) => m.id === p))
    : undefined;
  candidateDocs(frame, index, hits, options.maxDocs ?? 4).forEach((doc, docRank) => {
    const dc = docContext(doc);
    const read = readings(dc);
    const statesPeriod = explain && frame.periods.length > 0
      && read.some((r) => (r.ownPeriod || r.namesYear) && frame.periods.some((q) => r.periods.some((p) => samePeriod(p, q) || overlaps(p, q))));
    // (a figure a correction notice gives as wrong is never quoted: "An earlier version of this article said …")
    const errors = explain ? undefined : (dc.errors ??= statedErrors(dc.sentences, doc.meta.title ?? ""));
    dc.sentences.forEach((s, i) => {
      if (errors?.[i]) return;
      const r = read[i]!;
      // an explanation's reason leans on the sentence before it in its paragraph (or, opening the next paragraph on the
      // change stated before it, on that sentence: "… fell 14.8 percent." / "The October decline was …")
      const before = !wantReasons || i === 0 ? undefined : inParagraphAfter(dc.sentences[i - 1]!, s) ? read[i - 1]
        : NAMES_ITS_CHANGE.test(s.text) ? changeNamedBack(read, i, namesChange) : undefined;
      const head = wantReasons && frame.subjects.length ? paragraphHead(dc.sentences, read, i, namesAsked) : undefined;
      const reasons = wantReasons ? { before, head } : undefined;
      if (!fits(frame, r, dc, explain, questionWords, statesPeriod, reasons, i)) return;
      // (a sentence that goes on about what its paragraph's head names has that head's words too)
      const context = head ? new Set([...r.words, ...head.words]) : r.words;
      const uncovered = wanted.filter((w) => !covers(context, w) && !covers(dc.titleWords, w));
      const next = wholeAt(dc.sentences, i + 1);
      const topic = explain && next && s.text.split(/\s+/).length < 12 && !/\d/.test(s.text);
      const introduces = explain ? introduction(dc.sentences, i) : undefined;
      out.push({
        ...s, docId: doc.id, docRank, ...(r.previous && { previous: r.previous }), ...(topic && { next }), ...(introduces && { introduces }),
        ...(!explain && i > 0 && inParagraphAfter(dc.sentences[i - 1]!, s) && { prior: dc.sentences[i - 1]! }),
        ...(explain && i > 0 && { before: dc.sentences[i - 1]!, preceding: dc.sentences.slice(Math.max(0, i - FOLLOWING), i) }),
        ...(explain && next && { after: next, following: dc.sentences.slice(i + 1, i + 1 + FOLLOWING) }),
        numbers: r.numbers, periods: r.periods, coverage: wanted.length ? 1 - uncovered.length / wanted.length : 1, uncovered,
        overlap: asked.filter((w) => covers(context, w)).length,
      });
    });
  });
  return out;
}

/** A word of the question in the evidence, allowing a typo in a long word ("resilence"). */
const covers = (have: ReadonlySet<string>, w: string) => hasWithTypo(have, w, 2);

/** Is the word in the set, or (a word of seven letters or more) within so many edits of one of its words? */
export function hasWithTypo(set: ReadonlySet<string>, w: string, edits: number): boolean {
  if (set.has(w)) return true;
  if (w.length < 7) return false;
  for (const h of set) if (Math.abs(h.length - w.length) <= edits && distance(h, w, edits) <= edits) return true;
  return false;
}

// (and "Xu also pointed to …": what a speaker named in full before points to is his too)
const SURNAME_SAID = /\b([A-Z][a-z]+)\s+(?:said|says|added|noted|told|stressed|explained|(?:also\s+)?(?:pointed to|cited|credited|blamed))\b|\b(?:said|says|added|noted)\s+([A-Z][a-z]+)\b(?!\s+[A-Z])/;

/** The earlier sentence that names in full a person this sentence calls by surname only. */
function introduction(sentences: Span[], i: number): Span | undefined {
  const m = SURNAME_SAID.exec(sentences[i]!.text);
  const surname = m?.[1] ?? m?.[2];
  // "said Xinjiang would …" names a place, not a person
  if (!surname || findEntities(surname).length) return undefined;
  const full = new RegExp(`\\b${surname}\\s+[A-Z][a-z]+`);
  if (full.test(sentences[i]!.text)) return undefined;
  return sentences.slice(0, i).find((s) => full.test(s.text));
}

interface DocLookups { byId: Map<string, CorpusDocument>; byPlace: Map<string, CorpusDocument[]> }
const lookups = new WeakMap<CorpusDocument[], DocLookups>();

/** Documents by id and by the places their headline or lead names, built once per index. */
function docLookups(index: SearchIndex<unknown>): DocLookups {
  let l = lookups.get(index.documents);
  if (!l) {
    const byPlace = new Map<string, CorpusDocument[]>();
    for (const d of index.documents) {
      for (const p of docContext(d).places) {
        const list = byPlace.get(p);
        if (list) list.push(d); else byPlace.set(p, [d]);
      }
    }
    l = { byId: new Map(index.documents.map((d) => [d.id, d])), byPlace };
    lookups.set(index.documents, l);
  }
  return l;
}

/** Is a retrieved passage about a place: its article's headline or lead names it, or the passage itself does? */
export function hitAbout(index: SearchIndex<unknown>, hit: SearchHit, placeId: string): boolean {
  const doc = docLookups(index).byId.get(hit.docId);
  return Boolean(doc && docContext(doc).places.has(placeId)) || findEntities(hit.text).some((e) => e.id === placeId);
}

/**
 * Is a retrieved passage of one of the asked periods: its article's period overlaps one, or the passage names a period
 * that does, or the article came out in one or the year after it, when what was done then is told (no period asked:
 * any passage is).
 */
export function hitInPeriods(index: SearchIndex<unknown>, hit: SearchHit, periods: Period[]): boolean {
  if (!periods.length) return true;
  const doc = docLookups(index).byId.get(hit.docId);
  const c = doc && docContext(doc);
  const fits = (p: Period) => p.y1 !== null && periods.some((q) => q.y1 !== null && (samePeriod(p, q) || overlaps(p, q)));
  const year = c?.ctx.docYear;
  const outThen = year !== undefined
    && periods.some((q) => q.y1 !== null && q.y2 !== null && year >= q.y1 && year <= q.y2 + 1);
  // (or an undated article names an asked year anywhere: "Issued …, May 26, 2022" above the measures it lists; a dated
  // one's "up 30% on 2019" says nothing of when it is)
  const named = doc !== undefined && year === undefined
    && periods.some((q) => q.y1 !== null && new RegExp(`\\b${q.y1}\\b`).test(doc.text));
  return outThen || named || Boolean(c?.period && fits(c.period))
    || findPeriods(hit.text, c?.ctx ?? {}).some((m) => fits(m.period));
}

/** The retrieved documents, best first, then the articles about the asked place that retrieval missed. */
function candidateDocs(frame: QuestionFrame, index: SearchIndex<unknown>, hits: SearchHit[], max: number): CorpusDocument[] {
  const { byId, byPlace } = docLookups(index);
  const docs = [...new Set(hits.map((h) => h.docId))].slice(0, max).map((id) => byId.get(id)).filter((d): d is CorpusDocument => d !== undefined);
  const asked = frame.entities.filter((e) => e !== "china");
  // (many articles about one place: those of the asked period first, so the few taken are the ones that can answer)
  const ofPeriod = (d: CorpusDocument) => {
    const p = docContext(d).period;
    return p !== undefined && frame.periods.some((q) => samePeriod(p, q) || overlaps(p, q));
  };
  const about = asked.flatMap((e) => byPlace.get(e) ?? []);
  for (const d of [...about.filter(ofPeriod), ...about.filter((d) => !ofPeriod(d))]) {
    if (!docs.includes(d) && docs.length < max + 4) docs.push(d);
  }
  return docs;
}
