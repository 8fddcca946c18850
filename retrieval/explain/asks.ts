/**
 * What an explanation question asks for. A question that asks for no figure ("why…", "what drove…",
 * "who at … said", "which company…", "what are the 'new three'…") is read as one or more parts,
 * each of a kind; every kind has the words that ask for it here and the words that give it in
 * retrieval/explain/cues.ts.
 */
import { findPeriods } from "../../text/periods.js";

export type ExplainKind =
  /** why / what drove / what held back / what did they put it down to */
  | "cause"
  /** what challenges, risks or difficulties … face */
  | "challenge"
  /** what does the rise … show / reflect / mean */
  | "meaning"
  /** who said / who is the researcher / which official */
  | "person"
  /** which company / which firm */
  | "organisation"
  /** who released the figures / which customs office / whose statistics */
  | "source"
  /** what did X say / what will X do */
  | "statement"
  /** how did … change / move / develop */
  | "change"
  /** what is / what are / what is X known for */
  | "definition"
  /** how long has … been / since when */
  | "duration"
  /** what will … do / what does … plan */
  | "plan"
  /** what did … do to / what measures did … take */
  | "action"
  /** where did … sell instead / what made up for the loss */
  | "substitute"
  /** what was the fund for / what is the subsidy used for */
  | "purpose"
  /** where was the fair held / where is the park located */
  | "venue";

export interface ExplainPart { kind: ExplainKind; text: string }

// a question that asks for a number is a figure question, even when it also says "why"
// ("who's higher, and what's the gap?": two sides set against each other by their figures)
const ASKS_NUMBER = new RegExp(String.raw`\b(?:how (?:much|many(?! (?:consecutive |straight |successive )?years)|fast|big|large)`
  // ("the jan-sep 2030 figure", "the level", "the trade level"; not "the policy level")
  + String.raw`|what (?:share|percent(?:age)?|proportion|was the (?:(?:[\w-]+\s+){0,2}?(?:value|total|growth|figure)|`
  + String.raw`(?:(?:trade|exports?|imports?)\s+)?level))|by how much|growth rate of|rank(?:ed|s)?`
  + String.raw`|(?:who|which)(?:'s| is| was| were| had| has)? (?:the )?(?:higher|bigger|larger|greater|lower|smaller|faster|slower|ahead)`
  // ("what was the difference?" after two figures, "… between X's and Y's exports in 2030"; not "the difference between
  // the two policies" or "between general trade and processing trade", which asks what sets them apart)
  + String.raw`|what(?:'s| is| was| are| were) the (?:gap|margin|difference(?! between\b(?![^?]*(?:\d|\b(?:exports?|imports?|`
  + String.raw`growth|values?|surplus|deficit|figures?|amounts?)\b)))))\b`, "i");
// "what 2 exports set records", "which three products …": the names of so many goods, no figure of theirs
const NAMES_COUNTED = /^\s*(?:what|which)\s+(?:\d|two|three|four|five|both)\s+(?:[\w-]+\s+)?(?:exports|imports|products|goods)\b/i;
// ("what was its largest trading partner" ranks partners by their figures)
// (a port's measures too: "what was X port's container throughput in 2031?" asks a figure)
// (a rate or figure is asked by name after a comparison: "which grew faster, A or B, and what were the rates")
const FIGURE_WORDS = new RegExp(String.raw`\b(?:trade|exports?|imports?|surplus|deficit|growth|value|volume|share|`
  + String.raw`partners?|markets?|throughput|tonnage|teus?|turnover|rates|figures)\b`, "i");
/** Does a question name a figure by its word ("exports", "share", "sales")? */
export const namesFigure = (text: string): boolean => FIGURE_WORDS.test(text) || SALES.test(text);

const SALES = /\bsales\b/i;

// people by their role, and the verbs people are asked about by
const ROLES = String.raw`(?:spokes(?:man|woman|person)|officials?|researchers?|economists?|analysts?|experts?|directors?|heads?|chiefs?|commissioners?|ministers?|chairm[ae]n|chairwom[ae]n|chairpersons?|presidents?|secretar(?:y|ies)|governors?|mayors?|professors?|managers?|executives?|founders?|officers?|scholars?|advis[eo]rs?|representatives?|leaders?|person|people)`;
const PERSON_VERBS = String.raw`(?:said|says|say|quoted|cited|hailed|praised|welcomed|announced|gave (?:[\w-]+ ){0,6}(?:interview|briefing|talk|speech|remarks|reasons?|explanations?)|told|spoke|commented|noted|stated|credited|attributed|explained|warned|predicted|briefed|described|called|answered|replied)`;
// "who did the paper interview", "who did they speak with", "who was interviewed" (not "who wrote the interview")
const INTERVIEWED = String.raw`who (?:did|does|do|has|have|had) [\w' ]+ (?:interview|speak (?:to|with)|talk (?:to|with))\b`
  + String.raw`|who (?:was|were|is|are|got|has been) (?:being )?interviewed\b`;
// what is done for firms: "what measures", "what support"
const DONE_NOUNS = String.raw`(?:measures|steps|actions|policies|moves|support|help|assistance|aid|incentives|subsidies|relief)`;
// who helps firms in "how has X helped exporters?": a government body, or a place by its name (no article)
const HELPER = String.raw`(?:(?:the|its|their|local|[\w'’-]+['’]s) (?:[\w-]+ ){0,2}(?:city|province|region|county|district|`
  + String.raw`governments?|customs|bureau|ministry|department|commission|authorit(?:y|ies)|administration|state|council)|`
  + String.raw`(?!(?:the|a|an|its|their|this|that|these|those|lower|higher|weaker|stronger|cheaper)\b)[\w'’-]+(?: [\w'’-]+)?)`;
const ORG_NOUNS = String.raw`(?:compan(?:y|ies)|firms?|enterprises?|business(?:es)?|manufacturers?|makers?|exporters?|importers?|producers?|groups?|brands?|plants?|factor(?:y|ies))`;

// the verbs a "what …" asks a cause with: "what drove", "what disrupted", "what did customs say drove"
const CAUSED = String.raw`(?:drove|drives|driven|driving|explains?|caused|causes|boosted|pushed|pulled|lifted|fuell?ed|spurred|powered|helped|helps|`
  + String.raw`led to|leads to|held back|holds back|weighed|hurt|hit|slowed|dragged|dampened|curbed|hampered|affected|made|disrupted|interrupted|`
  + String.raw`dented|derailed|depressed|pulled down|dragged down|`
  // ("what is helping it close the gap?": what is at work now)
  + String.raw`helping|boosting|pushing|lifting|fuell?ing|spurring|powering|holding back|weighing on|hurting|slowing|dragging|hampering)`;

/** "what changed for zero-tariff imports?", "X reform - what changed?": what a change brought, not how a figure moved. */
// "which cities changed rank vs the year before?", "who moved up or down the table?": moves in a ranking, told in words
// ("moved up or down", "went up or down" are moves in a ranking only in a question that names one: "did its exports move
// up or down in 2031?" asks whether a figure rose)
const RANKING_NAMED = String.raw`(?=[^]*\b(?:rank\w*|table|top|league|ladder|list)\b)`;
export const RANK_MOVES = new RegExp(String.raw`\b(?:chang(?:ed|es|ing) (?:their |its )?(?:ranks?|rankings?|places?|positions?)|`
  + String.raw`(?:ranks?|ranking|position) chang(?:ed|es)|(?:entered|joined|left|dropped out of) the top (?:\d+|ten|five|twenty))\b`
  + String.raw`|^${RANKING_NAMED}[^]*?\b(?:moved? (?:up or down|down or up)|(?:went|gone|rose|climbed) (?:up )?or `
  + String.raw`(?:fell|dropped|slipped|went down))\b`, "i");
export const WHAT_CHANGED = /\bwhat (?:has |have |had |will )?changed\b|\bwhat (?:is|will) change (?:for|about|in|with|under)\b/i;

// "what was X for?" (not "known for", "responsible for"), "what is X used for?", "what is the purpose of X?"
const MEANT = "(?:used|meant|intended|designed|set up|earmarked|established|created|launched)";
const PURPOSE = new RegExp(String.raw`\bwhat(?:'s| is| was| are| were) (?!the (?:reasons?|causes?)\b)(.+?)`
  + String.raw`(?<!\b(?:known|famous|noted|responsible|accounted|account|named|reasons?|causes?|search|hopes?|plans?|outlook|prospects?|`
  + String.raw`forecast|targets?)) (?:${MEANT} )?for\s*\??\s*$`
  + String.raw`|\bwhat(?:'s| is| was| are| were) the (?:purpose|aim|use|point) of\b`, "i");

/** The thing a purpose question asks about: "the region's 50 million yuan fund" of "what was the region's 50 million yuan fund for?". */
export function purposeOf(question: string): string | undefined {
  const m = new RegExp(String.raw`\bwhat(?:'s| is| was| are| were) (?:the (?:purpose|aim|use|point) of )?(.+?)(?: ${MEANT})?(?: for)?\s*\??\s*$`, "i")
    .exec(question);
  return m?.[1]?.trim();
}

// "what did it do in 2009 to keep exports stable": when it was done, between the doing and what for
const WHEN = String.raw`(?: (?:in|during|over|last|this) [\w' -]{1,30}?)?`;

/** The words that ask for each kind, tried in order: the first that matches a part names its kind. */
export const ASKS: Array<[RegExp, ExplainKind]> = [
  // "who gave out the numbers", "which customs office", "whose statistics": where the figures come from
  // ("X coal imports - where from?": where goods came from, asked last in two words)
  [/\b(?:who (?:gave out|reported|released|published|put out|compiled|issued|provided)\b(?!.*\binterview)|who announced (?:[\w'’-]+ ){0,4}(?:figures|data|numbers|statistics|results)\b|whose (?:statistics|data|figures|numbers)|which (?:customs|office|department|agency|authority|bureau|body|source)\b(?!\s+\w*\s*(?:official|spokes))|where (?:did|do|does) (?!(?:[\w'’-]+ ){0,3}?(?:growth|increase|rise|gain|jump|surge|momentum|decline|fall|drop) come from\b).* (?:come from|from)\b|source of)|(?:^|[-–—:,;])\s*(?:where\s+from|from\s+where)\s*\??\s*$/i, "source"],
  [RANK_MOVES, "change"],
  // "who is wang lei?": a named person
  [/^\s*who(?:'s| is| was)\s+(?!the\b|an?\b)[a-z'-]+(?:\s+[a-z'-]+){0,2}\s*\??\s*$/i, "person"],
  // "which university does Wang Jun work at?": where a named person works is told beside the name
  [/\b(?:which|what) (?:university|institute|academy|organi[sz]ation|institution|think tank|agency|ministry|bureau|department|office) (?:does|did|do|is|was) [\w' -]+ (?:work|works|worked|represent|represents|head|heads|lead|leads|belong)\b/i, "person"],
  // "who's the researcher", "who at the commission hailed", "which guiyang customs official", "who said"
  [new RegExp(String.raw`\b(?:who(?:'s| is| was| were)? (?:the |an? )?(?:[\w-]+ ){0,3}${ROLES}\b|who at\b|who\b.*\b${PERSON_VERBS}\b|${INTERVIEWED}|which (?:[\w-]+ ){0,3}${ROLES}\b|what(?:'s| is| was) (?:the )?name of (?:the )?(?:[\w-]+ ){0,3}${ROLES}\b)`, "i"), "person"],
  // "what was the region's 50 million yuan fund for?", "what is the subsidy used for?", "what's the purpose of the fund?"
  [PURPOSE, "purpose"],
  // "where did its exporters sell instead?", "which markets did they turn to instead?", "what made up for the lost orders?"
  // ("what does he want the city to export instead?" asks what he said)
  [new RegExp(String.raw`\bwhere\b.*\b(?:instead(?: of [\w' -]+)?|in (?:its|their) place)\s*\??\s*$|\b(?:what|which) (?:other |new )?(?:markets?|countries|`
    + String.raw`destinations?|buyers?|customers?|partners?|suppliers?|sources?|routes?)\b.*\binstead\s*\??\s*$|`
    + String.raw`\bwhat (?:\w+ ){0,3}(?:made up for|replaced|offset|filled the (?:gap|hole))\b`, "i"), "substitute"],
  // ("what measures for small firms …" asks what was done for them, not which firms)
  [new RegExp(String.raw`\b(?:which|what) (?!${DONE_NOUNS}\b|(?:has |have |had |will |is )?changed?\b)(?:[\w-]+ ){0,3}${ORG_NOUNS}\b`, "i"), "organisation"],
  // ("who warned about h1, and what was the worry?": a worry, a concern or a fear is the risk a speaker saw)
  // ("what worries him about 2032?", "what worried exporters most?": what weighs on them)
  [/\b(?:what (?:do|does|did) [\w' ]+ (?:fear|worry about|warn (?:of|about))|what (?:worries|worried|troubles|troubled) |what (?:challenges|risks|difficulties|problems|obstacles|headwinds|pressures|uncertainties)|what (?:was|were|is|are) [\w' ]+ (?:worried|concerned|anxious) (?:about|over)|what (?:was|is|were|are) the (?:(?:biggest|main|major|key|greatest) )?(?:challenges?|risks?|difficult(?:y|ies)|problems?|obstacles?|headwinds?|pressures?|worr(?:y|ies)|concerns?|fears?)\b|(?:challenges|risks|difficulties|problems|obstacles|headwinds|pressures) (?:does|do|did|is|are|was|were) .* fac(?:e|es|ed|ing))\b/i, "challenge"],
  // "what does 'first line open' actually mean": a quoted term is defined
  [/\bwhat (?:does|do|did) (?:the (?:term|phrase|slogan|name|expression|principle) )?["“'‘][^"”'’]{3,80}["”'’] (?:\w+ )?(?:mean|stand for|refer to)\b/i, "definition"],
  // "what does the rise … show", "what does customs say the milestone shows", "what does it mean"
  [/\bwhat (?:does|did|do) .*\b(?:shows?|reflects?|means?|indicates?|signals?|suggests?|signif(?:y|ies)|tells? us|demonstrates?|highlights?)\b|\bsignificance\b/i, "meaning"],
  [new RegExp(String.raw`\b(?:why|how come|what (?:reasons?|explanations?|causes?) (?:did|do|does|has|have|was|were|is|are)\b|`
    // ("what did the mayor say was behind the growth?": the cause he gave, not all he said)
    // ("jilin trade 2015 - reasons for the decline?", "the 2019 import fall: causes?": the cause asked in a word)
    + String.raw`\b(?:reasons?|causes?|explanations?)\s+(?:for|behind|of)\b|(?<=(?:^|[-–—:])\s*)(?:the\s+)?(?:main\s+)?(?:reasons?|causes?)\s*\??\s*$|what (?:(?:\d+|three|two|four|five|main|key|major) )?(?:factors|reasons|drivers?|forces?)|what(?:'s| is| was| were| are) (?:the )?(?:(?:main|key|major|biggest|chief|real) )?(?:reasons?|causes?|factors?|drivers?|forces?)\b|what(?:'?s| is| was) (?:driving|behind|pushing|holding back)|how (?:did|does|do|has|have) .* manage\b|what (?:(?:has|have|had|is|was|were|are) (?:been )?|(?:did|does|do) [\w' ]{1,60}? (?:say|said|think|believe) (?:had |has |have )?)?${CAUSED}\b|what (?:did|does|do) [\w' ]{1,60}? (?:say|said|think|believe) (?:was|were|is|are|had been|has been) (?:behind|driving|holding back)\b|drivers?\b|(?:put|puts|putting) .* down to|credit(?:s|ed)? .* (?:to|for (?:the|its|their))\b|attribut\w* .* to\b|blame[sd]? .* on\b|what (?:did|does|do) .* (?:blame|credit|point(?:ed)? to|cite)\b|rests? on\b|(?:due|owing|thanks) to what|what(?:'?s| is| was) behind|where (?:did|does|do|has|have) (?:[\w'’-]+ ){0,3}?(?:growth|increase|rise|gain|jump|surge|momentum|decline|fall|drop) (?:come|came) from|behind (?:the|its|their) |how (?:was|is|were|are|has|have) .* (?:supported|achieved|sustained|possible)|how (?:does|did|do|has|have|can|could|will|would) .* (?:help|support|boost|benefit|contribute to|drive|affect|hurt)\b|contribut\w+ most|main engine|explain\b`
    // ("what goods drove its trade with russia?": the goods that moved it are its cause)
    + String.raw`|(?:what|which) (?:goods|products|items|commodities|exports|imports|sectors|industries) (?:have |has |had )?${CAUSED}\b)`, "i"), "cause"],
  // "where was the expo held?", "where is the park located?", "what was the venue?": the place an event or a site is at
  // (not "where are its stores located?": places of many, a list)
  [/\bwhere (?:was|were|is|are|will) [\w'’ -]+? (?:be )?(?:held|hosted|staged|take place|taking place)\b|\bwhere (?:was|is) [\w'’ -]+? (?:located|sited)\b|\bwhere (?:did|does|do|will) [\w'’ -]+ (?:take place|took place)\b|\b(?:what|which) (?:was |is |were )?(?:the )?venues?\b/i, "venue"],
  // "how long has ASEAN been its largest partner", "since when", "for how many consecutive years"
  [/\bhow long (?:has|have|had|did|was|were|is|are)\b|\bsince when\b|\bhow many (?:consecutive |straight |successive )?years\b/i, "duration"],
  // "what will the city do in the second half", "what does it plan to do", "what are its plans for 2025", "what's
  // customs going to do?"
  // ("how do they plan to get there?", "how will it reach the target?": the way to a goal is a plan)
  [/\bhow (?:do|does|did|will|would) [\w' ]+ (?:plan|intend|aim|hope) to\b|\bhow (?:will|would|can|could) [\w' ]+ be (?:achieved|reached|met)\b|\bhow (?:will|would|can|could|do|does) [\w' ]+ (?:get there|reach (?:it|that|this|the (?:target|goal))|achieve (?:it|that|this|the (?:target|goal))|meet (?:it|that|the (?:target|goal)))|\bwhat (?:will|would|shall) [\w' ]+ do\b|\bwhat(?:['’]s| is| are) [\w' ]+ going to do\b|\bwhat (?:are|were) [\w' ]+['’]s? plans\b|\bwhat (?:does|did|do) [\w' ]+ plan\b|\bwhat (?:is|was|are|were) planned\b/i, "plan"],
  // "what did customs do to speed up clearance", "what measures did the province take"
  // ("how did it keep exports stable in 2009?": the way it was done)
  // (not "how did its brands keep their overseas buyers?": how they held on, in their own words)
  // ("how is the region handling the fall in us trade?", "how are firms coping with the tariffs?": what is being done about it)
  [new RegExp(String.raw`\bhow (?:is|are|was|were|has|have|had|did|does|do|will) [\w' ]+ (?:handl(?:e|ed|ing)|cop(?:e|ed|ing) with|`
    + String.raw`deal(?:t|ing)? with|respond(?:ed|ing)? to|tackl(?:e|ed|ing)|address(?:ed|ing)?)\b|`
    + String.raw`\bhow (?:did|has|have|does|do) [\w' ]+ (?:keep|kept) [\w' ]{1,40}? (?:stable|steady|afloat|on track)\b|`
    + String.raw`\bhow (?:did|has|have|does|do) [\w' ]+ (?:stabili[sz]e|shore up)\b|`
    // ("how has the city helped its carmakers export?": what it did for the firms)
    // (the helper a government or a place: "how has the weaker yuan helped exporters?" asks a cause)
    + String.raw`\bhow (?:has|have|had|did|is|are|was|were) ${HELPER} (?:helped|helping|supported|supporting|assisted|assisting) `
    + String.raw`(?:its |their |the |local |small )*(?:[\w-]+ )?[\w-]*${ORG_NOUNS}\b|`
    + String.raw`\bwhat (?:measures|steps|actions|policies|moves)\b|`
    // ("what are the five opening-up actions in the work report?": the actions it names)
    + String.raw`\bwhat(?:'s| is| are| was| were) (?:the |its |their )?(?:(?:\d+|two|three|four|five|six|seven|eight|main|key|major) )?`
    + String.raw`(?:[\w-]+ )?(?:measures|steps|actions|moves)\b|`
    // ("what financial support does the measures document offer?", "what incentives will the plan give exporters?")
    + String.raw`\bwhat (?:[\w-]+ ){0,2}(?:support|help|assistance|aid|incentives?|subsid(?:y|ies)|relief|benefits?) (?:does|did|do|will|would|`
    + String.raw`is|are|was|were|has|have) [\w' ]+ (?:offer(?:ing|ed)?|provid(?:e|ed|ing)|giv(?:e|en|ing)|grant(?:ed|ing)?|promis(?:e|ed|ing))\b|\bwhat (?:did|has|have|had|does|do|is|are) (?![\w' ]*\b(?:say|said|says|plan|plans)\b)[\w' ]+ (?:do|done|doing)${WHEN} (?:to|about|for)\b`, "i"), "action"],
  [/\bwhat (?:did|has|have|had|does|do|is|are) [\w' ]+ (?:do|done|doing) (?:to|about|for)\b|\bwhat (?:does|did|do) [\w' ]+ (?:expect|predict|forecast|hope)\b|\bwhat(?:'s| is) the outlook\b|\bwhat (?:is|are|was|were) [\w' ]+ (?:working on|doing|planning|trying)\b|\bwhat (?:did|does|do|will|would) [\w' ]+ (?:say|said|plan|promise|pledge|want|propose|urge|call for)|\bsaid\b|\bwould do\b|\bwill do\b/i, "statement"],
  // ("what changed for zero-tariff imports with the launch?", "what has changed for exporters?": what a change brought)
  [new RegExp(String.raw`\bhow (?:did|does|do|has|have|had|is|was|were|are) .* (?:move|moved|change|changed|changing|develop|developed|evolve|evolved|shift|shifted|transform|transformed)\b|${WHAT_CHANGED.source}`, "i"), "change"],
  [/\bwhat (?:goods|products|items|commodities|cargo)\b|\bwhat(?:'s| is| are| was| were) (?:the )?[a-z"“'‘]|\b(?:which|what) (?:[\w-]+ ){0,2}(?:make|makes|made) up\b|\bwhich (?:[\w-]+ ){0,2}(?:products?|goods|items|sectors|industries) (?:was|were|is|are) (?:an? |the )(?!(?:largest|biggest|main|top|leading|fastest|most)\b)|\b(?:which countries are|what(?:'s| is| are) .* known for|what was special|what (?:does|do) .* (?:stand for|refer to|mean)\b|how (?:does|do|did|will|would|is|are) .* (?:work|operate|function)(?:ing)?\b)/i, "definition"],
];

// "which firms grew fastest", "which enterprise type": a ranking or a list of kinds, not a named company
const RANKS_OR_COUNTS = /\b(?:fastest|slowest|largest|biggest|smallest|most|least|top|leading|rank\w*|grew|rose|fell|increased|decreased|share|types?|kinds?|categor\w+|sorts?)\b/i;

// a named arrangement ("the free trade area", "the master plan") is defined, not counted
const INSTITUTION = /\b(?:area|zone|port|corridor|agreement|plan|initiative|programme|program|strategy|policy|platform|mode|model|regime|partnership|mechanism|pilot|scheme|route|pact|deal|bloc|union|centre|center|park|hub|fair|expo|exhibition)s?$/i;

// "what is market procurement trade?": a kind of trade named bare, in the present, is defined, not counted (not "what is
// total trade", "what was the border trade", "what is its processing trade": a figure of a place and period)
const KIND_OF_TRADE = /^\W*(?:and\s+)?what\s+(?:is|are)\s+((?:[a-z-]+\s+){1,3})trade\s*\??\s*$/i;
const MEASURED = /\b(?:the|an?|its|their|his|her|our|this|that|total|overall|foreign|net|general)\b/i;
// ("what is a parallel-import car?", "what's an export licence?": one of a kind, in the present, is defined; a figure is
// asked of the place's own: "what was the import value")
const ONE_OF_A_KIND = /^\W*(?:and\s+)?what(?:'s|\s+is)\s+an?\s+(?!(?:total|sum|value|figure|share|rate|number|amount)\b)[a-z]/i;
const namesKindOfTrade = (text: string) => { const m = KIND_OF_TRADE.exec(text); return !!m && !MEASURED.test(m[1]!); };

// "what was special about X": what sets X apart
export const SPECIAL = /\b(?:special|unique|different|notable|remarkable|unusual|new|significant) about\s+(?:the\s+|an?\s+)?([^?,;]+?)(?:\s+(?:that|which|mentioned|in the|according)\b|[?,;]|$)/i;

// a term the question quotes ("new three types") is what it asks about
// (an apostrophe inside a word, "xi'an" or "zhejiang's", opens no quotation)
const QUOTED = /(?:^|[\s(])["“'‘]([^"”'’]{3,60})["”'’](?=[\s,.?!;:)]|$)/;
// ("the article only says 'more than 80%'": a quoted figure is a figure asked about, no term to define)
const QUOTED_FIGURE = /^\s*(?:(?:more|less|fewer)\s+than|over|about|nearly|almost|around|roughly|some)?\s*[\d.,]+\s*(?:%|percent|per\s+cent|(?:tr|b|m)illion\b)/i;
const quotesTerm = (text: string) => { const q = QUOTED.exec(text)?.[1]; return q !== undefined && !QUOTED_FIGURE.test(q); };

// "wat did customs credit …": "what" as people type it in a hurry
const TYPED_WHAT = /\b(?:wat|wht|whta)\b/gi;
// ("what exactly is a X?", "what actually are Y?": an adverb that stresses the asking, read as "what is …")
const STRESSED = /\b(what)\s+(?:exactly|actually|precisely|really)\s+(?=(?:is|are|was|were|does|do|did)\b)/gi;
/** A question as its parts are read: "what" typed short and stressed read plainly. */
const plainWhat = (typed: string) => typed.replace(TYPED_WHAT, "what").replace(STRESSED, "$1 ");

/** A follow-up that a person's sentence answers along with the name: "and where does he work", "what's their job". */
const PERSON_DETAIL = /^\s*(?:and\s+)?(?:where (?:does|did|do) (?:he|she|they) work|what(?:'s| is| was) (?:his|her|their) (?:job|title|role|position|post)|what (?:does|did|do) (?:he|she|they) do|(?:his|her|their) (?:job|title|role|position))\b/i;

// "who said it", "and who said that", "who answered?": who gave the answer to the part before
export const SAID_IT = /^\W*(?:and\s+)?who\s+(?:(?:said|says|say)\s+(?:it|that|this|so|those|these)\b|(?:answered|replied)\b)/i;

// "…, and what did he credit them to?": the parts of a question that asks two things
// (an "and" typed short before the next ask: "who was interviewed n what did he say"; not a dash, which may give the
// figure a question asks on from: "exports jumped 90% to 5m - what were they a year earlier?")
const SPLIT = new RegExp(String.raw`\s*(?:,\s*and\s+|;\s*|\?\s+|,\s+(?=(?:who|what|which|why|how|where)\b)|`
  + String.raw`\s+(?:and|n|&|\+)\s+(?=(?:who|what|which|why|how|where)\b))`, "i");

// "what was it", "and what were they": a bare pronoun asks for what the part before named
const IT_ASKED = /^\W*(?:and\s+)?what(?:'s|\s+(?:is|was|were|are))\s+(?:it|that|they|those)\s*\??\s*$/i;
const REASON_NAMED = /\b(?:reasons?|explanations?|causes?)\b/i;

// the words before a colon that name what a question is about: "fujian 2026 work report: …"
const LABEL = /^[^:?]{1,60}:\s+/;

/** Whether a term is a period and nothing else: "q4 alone", "the fourth quarter of 2031", "march then". */
function namesOnlyPeriod(term: string | undefined): boolean {
  if (!term) return false;
  const periods = findPeriods(term);
  if (!periods.length) return false;
  let rest = term;
  for (const p of [...periods].reverse()) rest = rest.slice(0, p.start) + " " + rest.slice(p.end);
  return /^\s*(?:(?:the|in|of|alone|then|only|by\s+itself|on\s+its\s+own)\s*)*$/i.test(rest);
}

// "what does it mean", "what do they stand for": a pronoun for what the question named before (not "what does it mean
// for exporters": what it brings them)
const TERM_MEANT = new RegExp(String.raw`^\W*(?:and\s+)?what (?:does|do|did) (?:it|that|this|they|those|`
  + String.raw`these) (?:\w+ )?(?:mean|stand for|refer to)\b(?!\s+(?:for|to)\b)`, "i");

// ("given the 2019 growth rate, …", "based on the 2023 number and growth rate, …": a lead clause working from figures)
const WORKS_FROM = /^\s*(?:given|based\s+on|going\s+by|judging\s+by|using|working\s+from|from)\b/i;
// ("what were its exports in 2018 roughly?": a rough level is a figure)
const ROUGHLY = /\b(?:roughly|approximately|approx)\b/i;

/** Whether a "what was …" part, after the clause before it, asks for a figure worked out from figures. */
function worksFromFigures(context: string, piece: string): boolean {
  return (WORKS_FROM.test(context) && FIGURE_WORDS.test(context)) || (ROUGHLY.test(piece) && findPeriods(piece).length > 0);
}

/** The kind one part of a question asks for, or undefined. */
function partKind(text: string, whole: string): ExplainKind | undefined {
  for (const [re, kind] of ASKS) {
    if (!re.test(text)) continue;
    // "what was shandong's bonded logistics trade" asks for a figure, "what was the master plan" does not;
    // a quoted term ("what are the 'new three' products in its exports") is asked to be defined
    // ("what were its duty-free sales in 2031?": sales asked as what they were are a figure too; not "where did makers
    // shift sales", which asks places)
    if (kind === "definition" && (FIGURE_WORDS.test(text) || SALES.test(text)) && !/known for|special/i.test(text)
      && !quotesTerm(whole)
      && !INSTITUTION.test(definedTerm(text) ?? "") && !namesKindOfTrade(text) && !ONE_OF_A_KIND.test(text)) return undefined;
    // ("… what was q4 alone?", "what was march then?": a period alone asks the figure the question is about)
    if (kind === "definition" && namesOnlyPeriod(definedTerm(text))) return undefined;
    // ("X 'separate-line management' - …, what does it mean?": what a quoted term means is its definition)
    if (kind === "meaning" && TERM_MEANT.test(text) && quotesTerm(whole)) return "definition";
    // "which firms grew fastest" is a ranking, "which company won an order" is not
    if (kind === "organisation" && RANKS_OR_COUNTS.test(text)) return undefined;
    return kind;
  }
  return undefined;
}

/**
 * The parts of an explanation question, each with its kind; none for a figure question.
 * "who at the commission hailed the numbers, and what did he credit them to?" → person, cause.
 */
export function explainParts(typed: string): ExplainPart[] {
  const question = plainWhat(typed);
  // ("which ones changed rank?" asks moves in a ranking, no rank figure)
  if (ASKS_NUMBER.test(question) && !RANK_MOVES.test(question)) return [];
  const pieces = question.split(SPLIT).map((p) => p.trim()).filter(Boolean);
  const parts: ExplainPart[] = [];
  // a piece that asks nothing itself ("according to the NDRC researcher, …") belongs with the part it qualifies
  let context = "";
  for (const piece of pieces) {
    if (PERSON_DETAIL.test(piece) && parts.some((p) => p.kind === "person")) continue;
    // "who gave the reason, and what was it?": the pronoun asks for the reason the part before named, and who gave it is
    // who said the reason found ("what was the reason? who said it")
    const last = parts[parts.length - 1];
    if (IT_ASKED.test(piece) && last?.kind === "person" && REASON_NAMED.test(last.text)) {
      // (the reason for what the part before named: "laptop exports fell - what was the reason")
      const way = /\b(?:fell|dropped|declined|slowed|shrank|rose|grew|jumped|surged)\b/i.exec(last.text)?.[0];
      const reason = way ? `what was the reason it ${way}` : piece;
      parts.splice(parts.length - 1, 1, { kind: "cause", text: reason }, { kind: "person", text: "who said it" });
      continue;
    }
    const kind = partKind(piece, question);
    // ("given the 2019 growth rate, what were its exports in 2018 roughly?": a lead clause that works from figures
    // makes the "what were …" after it a figure worked out, not a thing to define)
    if (kind === "definition" && !parts.length && worksFromFigures(context, piece) && !quotesTerm(question)) return [];
    // a part that asks for a figure ("what was jilin's trade in h1, and why did it grow?") is the figure path's
    // ("…, who, and what 2 exports set records?": a count of goods asks for their names, the part before's words)
    // (after the label a question may open with: "X 2026 work report: what's the trade target, and how …?")
    const asked = piece.replace(LABEL, "");
    if (!kind && /^\s*(?:what|which|how|where|when)\b/i.test(asked) && FIGURE_WORDS.test(asked) && !NAMES_COUNTED.test(asked)) return [];
    if (kind) {
      parts.push({ kind, text: context ? `${context}, ${piece}` : piece });
      context = "";
    } else if (parts.length) parts[parts.length - 1]!.text += `, ${piece}`;
    else context = context ? `${context}, ${piece}` : piece;
  }
  if (!parts.length && pieces.length > 1) {
    const kind = partKind(question, question);
    if (kind) parts.push({ kind, text: question });
  }
  return parts;
}

/**
 * The kinds each piece of a question asks for, a figure asked beside them or not: a reporter's "How did the zone
 * perform, and how is it coping with the tariffs?" asks a figure and what is done.
 */
export function piecesKinds(typed: string): ExplainKind[] {
  const question = plainWhat(typed);
  return question.split(SPLIT).flatMap((p) => partKind(p.trim(), question) ?? []);
}

/** The kind of explanation a question asks for (its first part), or undefined for a figure question. */
export function explainKind(question: string): ExplainKind | undefined {
  return explainParts(question)[0]?.kind;
}

/** The term a question quotes ('the "big four" products'), if any. */
export function quotedTerm(question: string): string | undefined {
  return QUOTED.exec(question)?.[1]?.trim();
}

// the verbs of a clause that says who spoke of a term ("… the official talked about", "… officials described")
const SPOKE_OF = String.raw`(?:talked|spoke|described|mentioned|cited|highlighted|introduced|referred|promoted|launched|unveiled|proposed|praised)`;

// "how does the bonded repair policy work?", "how is the scheme working?": the arrangement whose working is asked
const WORKS = new RegExp(String.raw`\bhow (?:does|do|did|will|would|is|are|was|were)\s+(?:the\s+|an?\s+)?([^?,;]+?)\s+`
  + String.raw`(?:work|operate|function)(?:ing)?\b`, "i");

/** The term a definition question asks about: the quoted one, else the words after "what is/are (the)". */
export function definedTerm(question: string): string | undefined {
  const q = QUOTED.exec(question);
  if (q) return q[1]!.trim();
  // "what was special about the train that left …" asks about the train
  const about = SPECIAL.exec(question);
  if (about) return about[1]!.trim();
  // "what does GBA stand for?", "what does the term X mean?"
  const stands = /\bwhat (?:does|do|did)\s+(?:the\s+(?:term|phrase|name|acronym|abbreviation)\s+)?(?:the\s+)?([^?,;]+?)\s+(?:stand for|mean|refer to)\b/i.exec(question);
  if (stands) return stands[1]!.trim();
  const working = WORKS.exec(question);
  if (working) return working[1]!.trim();
  // (the term ends where a clause about who spoke of it begins: "the X model the customs official talked about")
  const m = new RegExp(String.raw`\bwhat(?:'s| is| are| was| were)\s+(?:the\s+|an?\s+)?([^?,;]+?)(?:\s+(?:mentioned|in the|according|known for|that|which)\b|`
    + String.raw`\s+(?:the\s+(?:[\w'-]+\s+){0,2}|[\w'-]+s\s+)${SPOKE_OF}\b|[?,;]|$)`, "i").exec(question);
  return m?.[1]?.trim();
}
