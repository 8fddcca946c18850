import type { ExplainKind } from "./asks.js";
import { memoized } from "../../text/memo.js";

/**
 * The words that mark a sentence as giving an explanation of a kind: a cause ("driven by",
 * "put … down to"), a challenge ("weak global demand"), a meaning ("reflects", "a sign that"),
 * a person with their title and organisation ("Zhang Wei, a researcher at …"), a named company,
 * a definition ("X (A, B and C)", "X, namely …"), a change ("moved away from … towards …").
 *
 * Each cue has a weight: 3 for words that only an explanation uses ("because", "attributed … to"),
 * 1 for words that often go with one ("demand", "policies"). A sentence's cue is its heaviest one.
 */
export interface Cue { weight: number; re: RegExp }

const cues = (weight: number, ...words: string[]): Cue[] => words.map((w) => ({ weight, re: new RegExp(String.raw`\b(?:${w})\b`, "i") }));

// how wholly a result came from its cause: "came almost entirely from", "mainly reflected"
// (words that judge a story, not name its kind: "the growth of exports was a success story" gives no cause)
const JUDGED = "(?:success|good|bad|great|happy|sad|different|familiar|similar|same|long|short|old|new|news|human|"
  + "mixed|whole|other|big|cautionary|remarkable|feel-good|good-news)";
const HOW_MUCH = "(?:(?:almost |nearly |mostly )?(?:entirely|wholly|mainly|largely|chiefly|mostly|primarily|partly|in part) )?";
// the changes a sentence says reflected something
const CHANGE_NOUNS = "decline|drop|fall|decrease|slowdown|rise|increase|growth|surge|jump|gain";
// the words that say a share or a balance moved: "the shrinking share", "a wider deficit"
const MOVING = "shrinking|falling|declining|dropping|rising|growing|widening|narrowing|smaller|larger|lower|higher|wider|narrower";
// currencies whose moves move trade: "as the ruble lost value", "the depreciation of the tenge"
// (not "won" nor "real": "as the firm won orders", "as the real estate market")
const CURRENCIES = "(?:yuan|renminbi|ruble|rouble|tenge|dollar|euro|yen|rupee|lira|peso|tugrik|currenc(?:y|ies)|exchange rates?)";

// who a thing helps: "given us a platform", "allowed local firms to"
const FIRMS = "(?:us|them|(?:our |their |its |local )?(?:companies|firms|exporters|importers|enterprises|traders|businesses|producers))";

/** A sentence that opens by saying it tells a result, whose cause the sentences before it give: "As a result, …",
 * "Consequently, …", "For this reason …", "That is why …", "Thus …". */
export const RESULT_OPENS = new RegExp(String.raw`^\W{0,3}(?:as a (?:result|consequence)(?! of)|consequently|hence|`
  + String.raw`thus(?! far)|therefore|for (?:this|that|these|those) reasons?|`
  // ("That's why …": the verb typed short)
  + String.raw`(?:(?:this|that|these|those) (?:is|was|are|were|explains?|explained) |(?:this|that)['’]s )`
  + String.raw`(?:also |partly |largely |mainly )?why)\b`, "i");

// people and firms whom a cause makes act
const ACTORS = "consumers|buyers|shoppers|people|customers|companies|firms|exporters|importers|retailers|traders|manufacturers|"
  + "factories|producers|businesses|families|households|travell?ers|tourists";

// a clause with its own verb after "as" (not "as reported by", "as well as", "as a share")
const AS_CLAUSE = "(?!(?:well|much|many|far|long|soon|of|for|to|against|compared|"
  + "with|in|on|per|a share|a proportion|part|usual|expected|planned|shown|seen|known|reported|announced|stated)\\b)"
  + "(?![a-z]+ed\\b)(?:[\\w'’-]+,? ){1,8}"
  // (nor a clause that only reports the figure: "…, as the customs office reported on Tuesday")
  + "(?!(?:reported|announced|noted|stated|showed|indicated|disclosed|revealed|confirmed|published|released|"
  + "added|explained|estimated|calculated|recorded|compiled|said|told)\\b)"
  + "(?:[a-z]{3,}ed|made|got|took|fell|rose|grew|saw|began|won|lost|cut|kept|held|shrank|slowed)\\b";
// the verbs that state a change
const CHANGED = "fell|rose|dropped|declined|decreased|grew|increased|jumped|slumped|plunged|surged|climbed|shrank|slipped|"
  + "soared|edged (?:up|down)";

/** Causal connectives and the verbs that put a result down to something ("put the jump down mainly to"). */
export const CAUSE_CUES: Cue[] = [
  ...cues(3,
    // (not a date: "due to take effect in January")
    "because(?! (?:of )?rounding)(?: of)?", "due (?:mainly |largely |partly |in part )?to(?! (?:take|be|start|open|begin|come|expire|arrive|end|close|enter|go|run)\\b)", "owing to", "thanks (?:mainly |largely |partly )?to", "as a result of", "on the back of",
    "(?:caused|driven|boosted|buoyed|supported|helped|fuell?ed|spurred|propelled|underpinned|powered|lifted|aided|bolstered|pushed|pulled|(?<!, )led|hit|dragged(?: down)?|weighed down|held back|hampered|hurt|dampened|curbed|affected|impacted|constrained|restrained|offset) (?:(?:mainly|largely|partly|chiefly|mostly|primarily|also|both) )?by",
    "benefit(?:ed|ing|ted|ting|s)? from", "t(?:ook|ake|akes|aking|aken) advantage of", "gain(?:ed|ing|s)? from", "attribut(?:ed|es|e|ing)\\b[^.;]{0,120}\\bto", "put(?:s|ting)?\\b[^.;]{0,80}\\bdown (?:(?:mainly|largely|partly|chiefly|mostly|primarily|above all) )?to", "credit(?:ed|s)?\\b[^.;]{0,80}\\bto",
    // ("She also credited faster clearance …": what a speaker credits, the result his words before gave)
    "(?:he|she|they) (?:also |further |partly |largely |mainly )?credit(?:ed|s)\\b",
    // (not the routes a sentence names: "would open two more rail links to the coast")
    "(?<!\\b(?:rail|road|air|sea|ferry|flight|shipping|transport|train|freight|direct|new|more|two|three|four|five|several) )"
      + "link(?:ed|s)?\\b[^.;]{0,80}\\bto", "blam(?:ed|es|e)\\b[^.;]{0,80}\\bon",
    // ("Customs officials blamed the licence limits and a fall in prices": what is blamed is the cause, with no "on")
    "(?<!\\b(?:be|been|is|are|was|were|not) )blam(?:ed|es|ing)\\b(?! (?:for|on) (?:it|this|that)\\b)", "(?:is|was|are|were) (?:the|a) (?:direct |main |combined )?result of", "result(?:ed|s)? from",
    "st(?:em|emmed|ems) from", "rests? on", "(?:is|are|was|were) (?:closely |directly |partly |largely |mainly |chiefly )?(?:related|relevant|linked|attributable|connected|owed|down|thanks) to", "(?:main|key|major|primary|biggest|chief) (?:reasons?|factors?|drivers?|engines?|force)", "driving force",
    // ("three factors lay behind the growth")
    "(?:force|factor|reason|driver|engine|motor)s? (?:(?:lay|lie|lies|stood|stand|stands|are|were|is|was) )?(?:behind|for)",
    // (drivers only of growth: "truck drivers were paid …" names people)
    "(?:reasons?|factors?|growth drivers?) (?:for|behind|was|were|is|are|include|included|explain(?:s|ed)?)",
    // ("said three things explained the growth", "said three forces were at work": a count of reasons, given after it)
    "(?:two|three|four|five|several) (?:[\\w-]+ )?(?:things|forces|factors|reasons|developments|trends) "
      + "(?:(?:were|are|was|is|have been|had been) at work|explain(?:s|ed)?|lay behind|lie behind|account(?:s|ed)? for|"
      // ("Three things lifted the province: …")
      + "lifted|drove|boosted|powered|propelled|supported|held back|weighed on|dragged down)",
    // ("said the rise in shoe exports had three causes": a count of reasons, given in the sentence after)
    "(?:had|has|have) (?:two|three|four|five|several) (?:main |chief |principal )?(?:causes|reasons|drivers|explanations)(?=\\s*[.:]?\\s*$)",
    "drove", "drives", "driving", "made the (?:biggest|largest|greatest) contribution",
    // ("Demand abroad and new routes are behind the growth": what stands behind a change is its cause)
    String.raw`(?:is|are|was|were|lay|lie|lies|stood|stand|stands)\s+(?:(?:mainly|largely|partly|chiefly|also)\s+)?`
      + String.raw`behind\s+(?:the|this|that|its|their|these)\s+(?:[\w'’-]+\s+){0,2}?`
      + String.raw`(?:${CHANGE_NOUNS}|record|rebound|recovery|boom|momentum|expansion)`,
    // ("The new railway gave the corridor a big push", "gives exporters a boost")
    String.raw`g(?:ave|ive|ives|iving|iven)\s+(?:[\w'’-]+\s+){1,4}?an?\s+(?:(?:big|strong|major|huge|further|significant|`
      + String.raw`fresh|new|real)\s+)?(?:push|boost|lift|fillip|impetus|shot in the arm)`,
    "contributed (?:most|the most|\\d[\\d.]* percentage points?)", "main engine", "weigh(?:ed|s|ing) on", "held back", "which (?:is )?why", "that(?: is|['’]s) why",
    "(?:had|has|have|was|were|is|are) (?:\\w+ )?(?:driven|pushed|pulled|lifted|boosted|propelled|fuell?ed|spurred|dragged|held|weighed|hit|hurt|dampened|curbed)(?: \\w+)? (?:up|down|back|on)\\b",
    // ("Explaining the growth, Ma, director of customs, said: …", "Asked about the fall, she said …": what a speaker says
    // when he explains a change is its cause)
    "^\\W*(?:explaining|asked (?:about|to explain)|commenting on|on the reasons? for) (?:the |this |that |these )?"
      + `(?:[\\w-]+ ){0,2}(?:${CHANGE_NOUNS})\\b[^.;]{0,160}\\b(?:said|says|explained|noted|told)\\b`,
    // ("Asked why the figure had been revised, Qian said …", "Asked what drove the rise, she said …": the answer to a why)
    "^\\W*asked (?:why|what (?:caused|drove|was behind|lay behind|led to|explains?))\\b[^.;]{0,160}\\b"
      + "(?:said|says|explained|noted|told|replied|answered)\\b",
    "explained by", "caused by", "the cause",
    // ("The holiday explains the dip in February", "lower prices explain most of the fall": what explains a change)
    "explains? (?:(?:much|most|part|some|all) of )?(?:the|this|that|its|their) (?:[\\w-]+ ){0,2}?"
      + "(?:dip|drop|fall|decline|decrease|slump|slowdown|rise|increase|growth|jump|surge|gain|gap|difference)\\b",
    "(?:is|was|are|were) (?:mainly |largely |chiefly |mostly |partly )?a (?:matter|consequence) of",
    `c(?:a|o)mes? ${HOW_MUCH}from`,
    // "new sales channels are what kept the city growing"; "the fall mainly reflected a high base"
    "(?:is|are|was|were) what (?:has |have |had )?(?:kept|drove|driven|pushed|pulled|made|helped|lifted|sustained|powered|held)",
    // ("late declarations accounted for most of the difference": what made a revision or a change)
    "accounted for (?:most|much|the bulk|all|nearly all|almost all|the majority|(?:about |roughly |more than )?half) of the "
      + "(?:difference|gap|revision|discrepancy|change|increase|rise|decrease|fall|decline|drop|growth)",
    // ("private exporters are what is closing the gap": what is at work now)
    "(?:is|are|was|were) what (?:is|are|was|were|has been|have been) (?:closing|narrowing|driving|keeping|helping|pushing|lifting|powering|"
      + "sustaining|holding)",
    `(?:${CHANGE_NOUNS})\\b[^.;"“”]{0,60}\\b${HOW_MUCH}reflect(?:s|ed)?`, "(?:high|low) (?:comparison )?base",
    "base effects?",
    // ("the fall in imports is mostly a price story": what kind of thing a change was)
    `(?:${CHANGE_NOUNS})\\b[^.;"“”]{0,40}\\b(?:is|was|are|were|'s) ${HOW_MUCH}(?:a|an) `
      // (a compound of such a word names a kind: "a new-energy vehicle story")
      + `(?:(?!${JUDGED}\\b(?!-))[\\w-]+ ){1,2}story`,
    // "the shrinking share of processing trade reflected both pressure and policy": a share or balance that moved
    `(?:${MOVING}) (?:share|proportion|weight|deficit|surplus|value|volume)\\b[^.;"“”]{0,60}\\b${HOW_MUCH}reflect(?:s|ed)?`,
    "to (?:cope with|deal with|counter|offset|hedge against|respond to|make up for|reduce (?:their |its )?reliance on)", "in response to",
    `(?:${CHANGE_NOUNS}) (?:came|comes|stemmed|stems|resulted|results|arose) from`, "amid", "with the [^,.;]{2,60} (?:approaching|coming|under way|in place|taking effect|growing|rising|falling|recovering)",
    "as (?:the )?(?:global|world|international|overseas|foreign|domestic) [^,.;]{2,40}(?:stayed|remained|was|were|grew|rose|fell|slowed|weakened|recovered|picked up|climbed)",
    // ("as the Russian ruble lost a quarter of its value")
    `as (?:the )?(?:\\w+ )?(?:prices?|demand|costs?|${CURRENCIES})\\b`, "under (?:\\w+ )?pressure (?:as|because|from)",
    // ("exports dropped 31 percent … after anti-dumping investigations in the United States": a trade case or a barrier
    // abroad that came before a change is its cause)
    "(?:dropped|fell|slumped|plunged|declined|shrank|slid|tumbled|rose|grew|jumped|surged)\\b(?:[^.;]|\\.\\d){0,160}"
      + "\\bafter (?:the |an? |two |several )?(?:[\\w-]+ ){0,3}"
      + "(?:investigations?|probes?|cases?|complaints?|tariffs?|duties|sanctions|bans?|quotas?|curbs|restrictions)\\b",
    // "the growth owed much to the expo"
    `(?:${CHANGE_NOUNS})\\b[^.;"“”]{0,40}\\bow(?:es|ed|ing) (?:much |a lot |a great deal |most |largely |mainly |partly |in part )?`
      + "to",
    // ("As a result Germany was the largest partner": a result, whose cause the sentences before it give)
    "as a (?:result|consequence)(?! of)", "consequently", "for (?:this|that|these|those) reasons?",
    // ("Customs revised the figure to 1.4 billion after adding shipments filed under …": what made a revision)
    // (or "… after it found shipments double-counted")
    String.raw`(?:revis|correct|adjust|amend|restat)\w*\b[^;]{0,200}?\b(?:(?:after|by|to) `
      + "(?:adding|including|counting|excluding|removing|deducting|correcting|reclassifying|incorporating|finding|"
      + "discovering|add|include|count|exclude|remove|deduct|correct|reclassify|incorporate|reflect)"
      + "|after (?:[\\w-]+ ){1,2}(?:found|discovered|noticed|realised|realized|learned))",
    // "the depreciation of the ruble has cut the purchasing power of buyers"
    "(?:cut|cuts|reduced|reduces|eroded|erodes|weakened|squeezed|sapped|dented|hurt) (?:\\w+ )?(?:the |their |its )?"
      + "(?:purchasing|buying|spending) power",
  ),
  { weight: 3, re: RESULT_OPENS },
  // what helped and what was done: "also helped boost trade", "a role in boosting", "policies introduced to support it"
  ...cues(2, "help(?:ed|s|ing)? (?:to )?(?:boost|drive|lift|push|promote|support|spur|fuel|keep|make|expand|raise|increase|improve|stabili[sz]e)", "helped|helps", "with the help of",
    "(?:role|part) in (?:boosting|promoting|driving|supporting|lifting|expanding|growing)", "(?:efforts|policies|measures|steps|reforms) (?:to|focused on|aimed at|that)",
    "(?:introduced|launched|adopted|taken|rolled out) to (?:support|boost|promote|help|stabili[sz]e|facilitate)", "^with (?:\\w+ ){0,3}(?:efforts|policies|measures|support|help|reforms)",
    "(?:improv|increas|ris|strong|grow|high|low|weak|falling|rising)\\w* (?:global |world |overseas |foreign |external |domestic |market )?(?:demand|prices)",
    "(?:sluggish|weak|slow)\\w* (?:global|world|international|overseas|external) (?:economy|demand|markets?|recovery)",
    // how a thing helps: "That saves our furniture companies 2,000 yuan", "Before we had the port, containers …"
    "sav(?:es|ed|ing) (?:\\w+ ){0,3}(?:companies|firms|exporters|businesses|makers|producers|traders|time|money|costs?|about|around|\\d)",
    "^\\W*before (?:we|they|it|there|the \\w+) (?:had|was|were|opened|built|got|began)\\b",
    // "their prices rose sharply", "demand from carpet makers eased": a price or demand moving is what moved a value
    "(?:prices?|demand|orders)\\b(?: [\\w-]+){0,5} (?:rose|soared|surged|climbed|jumped|fell|dropped|slid|plunged|eased|weakened|softened|cooled|slowed|recovered|picked up)",
    // ("prices of batteries keep falling"; "…, so export values drop even as volumes grow": what follows "so" is the result)
    "(?:prices?|demand|orders|costs?|wages?)\\b(?: [\\w-]+){0,5} (?:keeps?|kept|are|were|(?:has|have) been) (?:rising|falling|dropping|sliding|climbing|declining|weakening)",
    // ("prices of sponge and timber have also risen"; "shipping a container cost four times as much as a year earlier")
    "(?:prices?|costs?|rates?)\\b(?:,? [\\w-]+){0,6} (?:has|have|had) (?:also )?(?:risen|fallen|climbed|dropped|soared|surged|jumped|doubled)",
    "costs? (?:more than |nearly |almost |about )?(?:twice|double|(?:two|three|four|five|ten|\\d+) times)",
    "[,;] so (?:the |its |their |our |export |import )?(?:[\\w-]+ ){0,2}(?:values?|prices?|exports?|imports?|trade|growth|volumes?|demand|costs?|margins?|deficit|surplus|share)\\b",
    // "…, after the neighbour tightened controls on wool exports": what was done just before the change
    // ("… fell 21 percent after the neighbour sharply raised its import fee")
    "after (?:[\\w-]+ ){1,4}(?:\\w+ly )?"
      + "(?:tightened|imposed|raised|lowered|cut|banned|restricted|lifted|eased|introduced|suspended|halted|"
      // ("… fell to 31 percent after the importing country ended duty-free treatment for small parcels")
      + "ended|scrapped|abolished|revoked|withdrew|removed|"
      // ("the market took off after local villagers set up trading cooperatives": what was begun just before it)
      + "set up|opened|launched|started|began)",
    // ("The pandemic pushed consumers around the world to shop online": what made buyers or firms act)
    "(?:pushed|prompted|forced|encouraged|spurred|drove|led) (?:the |many |more |its |their |our )?(?:[\\w-]+ )?"
      + `(?:${ACTORS})\\b(?: [\\w-]+){0,4} (?:to|into) [a-z]+`,
    // (the same said by a noun: "… fell 13 percent, after tighter checks on cargo declared under the scheme")
    "after (?:the )?(?:tighter|stricter|tougher|looser|laxer|new|stronger|closer|higher|lower) (?:[\\w-]+ ){0,2}"
      + "(?:checks|controls|rules|inspections|scrutiny|supervision|enforcement|limits|requirements|standards|fees|quotas|"
      + "curbs|restrictions|regulations|policies)\\b",
    // ("…left retailers with full warehouses, so they cut orders", "…cut our rent, so we did not have to lay anyone off":
    // what comes before "so" is why the people after it acted)
    "[,;] so (?:that )?(?:we|they|he|she|buyers|retailers|customers|importers|consumers|families|shoppers|firms|companies|"
      + "factories|shops|stores) (?!(?:said|says|told|added)\\b)(?:(?:did|do|does|could|can|were|was|had|have) (?:not |n't )?)?"
      + "[a-z]+",
    // ("With inflation and energy bills that high, families stopped buying": a condition that weighed on buyers)
    // (unanchored: a sentence may open with a quotation mark, before which no word boundary stands)
    "with (?:[\\w-]+ ){1,6}(?:that|so|this|too) (?:high|low|weak|strong|expensive|cheap|steep|costly|uncertain|"
      + "volatile|scarce)\\b",
    // a currency losing value: "the sharp depreciation of the tenge"
    `(?:depreciation|devaluation|slide|plunge|collapse) (?:of|in) (?:the )?(?:\\w+ )?${CURRENCIES}`,
    // what made it possible: "the pilot zone has given us a platform to …", "which makes it easier for small traders to export"
    `(?:has |have |had )?(?:given|gave|gives?) ${FIRMS} (?:an? |the )?(?:[\\w-]+ )?`
      + "(?:platform|channel|boost|edge|advantage|access|opportunit(?:y|ies)|stage|foothold)",
    "(?<!\\b(?:should|will|would|could|may|might) )(?:makes?|made|making) it (?:much |far )?easier", `(?:enabled|enables|allowed|allows) ${FIRMS} to`,
    // "…, with prices falling sharply": what went with the change
    "with (?:\\w+ ){0,2}(?:prices|demand|costs|orders|sales) (?:falling|rising|dropping|weakening|slumping|plunging|soaring|climbing|recovering)",
    // "…, as slower car sales led carmakers to cut output": a worsening or an improvement after "as" is a cause
    "as (?:slower|weaker|lower|falling|rising|higher|stronger|softer|sluggish|faster|shrinking|growing) [\\w-]+",
    // ("… fell 8.1 per cent to 2.4 billion as the crisis made buyers cut back", "up 31 percent, as refiners received
    // licences": a clause with its own verb after a change's figure; not "as reported by", "as well as", "as a share")
    "(?:per ?cent|percent|%)(?:[^.;]|\\.\\d){0,40}?\\bas " + AS_CLAUSE,
    // (and after a change the sentence states with no percent, or its sum after the percent: "Trade fell in 2031, as the
    // collapse of oil prices cut the value of imports", "… fell 5.4 percent to 4.38 billion dollars, as factories curbed …")
    `\\b(?:${CHANGED})\\b(?:[^.;]|\\.\\d){0,90}?, as ` + AS_CLAUSE,
    // (or a change it names by a noun: "Its trade posted a decline, as car exports fell 18 percent")
    String.raw`\b(?:post(?:ed|s)?|record(?:ed|s)?|report(?:ed|s)?|saw|sees?|suffer(?:ed|s)?|log(?:ged|s)?) (?:an?|the|its|their) `
      + String.raw`(?:[\w-]+ ){0,2}?(?:${CHANGE_NOUNS}|dip|slump|contraction)\b[^.;]{0,40}?, as ` + AS_CLAUSE,
    // "exports of textiles, most of them surgical masks, jumped …": what the goods that jumped mostly were
    ", (?:most|much|the bulk|the majority|many|a large part) of (?:them|which|it|these|those) (?:being |were |was )?[\\w-]+",
    // "imports from Russia, mainly crude oil and coal, rose …": what a flow that moved mostly was
    // (not "exports, led by rice and tea, grew": the items that led)
    ", (?:mainly|mostly|largely|chiefly|primarily) [^,;:]{2,60}, (?:rose|jumped|surged|grew|climbed|soared|increased|"
      + "doubled|fell|dropped|declined|slumped|plunged|decreased)"),
  // an event and what it did: "When an earthquake struck, it blocked the highway", "the crisis cut trade", "in the wake of the floods"
  ...cues(2, // ("The debt crisis in the euro zone has cut what shops buy": the event may be named with where it struck)
    "(?:crisis|crises|downturn|recession|slowdown|epidemic|pandemic|outbreak|earthquake|floods?|storms?|war|conflict|sanctions|tariffs?|strikes?|shortages?) (?:[\\w-]+ ){0,4}?(?:has |have |had )?(?:cut|hit|hurt|dragged|weighed|reduced|curbed|dampened|disrupted|slowed|halted|blocked)",
    "(?:^|, )when (?:an?|the) [^,.;]{2,60}(?:struck|hit|broke out|began|started|came|happened|occurred)", "in the wake of",
    "(?:frictions?|tensions?|disputes?) (?:[\\w-]+ ){0,6}(?:also )?(?:affected|hit|hurt|cut|weighed on)", "following (?:an?|the) [\\w-]+ (?:earthquake|flood|storm|outbreak|crisis|ban|closure)",
    "(?:blocked|disrupted|suspended|halted|closed|shut|cut off|destroyed|damaged)",
    // what moved away: "as consumers switch to tablets", "as production has moved inland"
    "(?:consumers|buyers|customers|users) (?:\\w+ ){0,2}"
      + "(?:switch(?:ed|ing|es)?|shift(?:ed|ing|s)?|turn(?:ed|ing|s)?|mov(?:e|ed|es|ing)) (?:to|towards|away)",
    "(?:production|orders|capacity|factories|plants|manufacturing) (?:has |have |had )?(?:\\w+ )?(?:moved|shifted|relocated)",
    // "higher oil prices had also lifted the value of imports"; "He cited the pilot, the expo and new platforms"
    "(?:lifted|boosted|raised|inflated|pushed up|drove up|pulled down|dragged down|depressed|lowered) the (?:value|prices?|costs?|volume) of",
    "(?:he|she|they) (?:also )?(?:cited|pointed to|listed|singled out)",
    // ("Xu also pointed to the new rules": a speaker named before by the full name)
    "^\\W*[A-Z][a-z]+ also (?:cited|pointed to|singled out)"),
  ...cues(1,
    "helped", "boost(?:ed|ing|s)?", "support(?:ed|ing|s)?", "contribut\\w*", "engine", "drivers?", "reasons?", "factors?", "demand", "polic(?:y|ies)", "measures",
    "cooperation", "recover\\w*", "rebound\\w*", "efforts?", "promot\\w+", "facilitat\\w+", "advantages?", "role", "momentum", "fuell?ed", "spurred",
    "sluggish", "weak(?:er|ened|ening)?", "slowdown", "competition", "competitive", "pressure", "prices?", "epidemic", "pandemic", "with the",
  ),
];

/** What a place faces: difficulties, risks, weaknesses. */
export const CHALLENGE_CUES: Cue[] = [
  ...cues(3,
    "warn(?:s|ed|ing)?", "could (?:weigh|hurt|drag|hit|slow|dampen|curb)", "(?:downside|downward) (?:risks?|pressure)",
    "challenges?", "risks?", "difficult(?:y|ies)", "headwinds?", "uncertaint(?:y|ies)", "obstacles?", "shortcomings?", "bottlenecks?", "pressures?",
    "weak(?:er|ening)? (?:global|world|international|external|overseas|foreign) \\w+", "sluggish", "protectionism", "homogeneous competition", "fierce(?:r)? competition",
  ),
  ...cues(1, "weak\\w*", "slow\\w*", "declin\\w+", "compet\\w+", "downturn", "tensions?", "tariffs?", "decline", "face[sd]?", "facing"),
];

/** What a figure or an event shows. "Statistics show that …" only says where the figures come from. */
export const MEANING_CUES: Cue[] = [
  ...cues(3,
    "reflect(?:s|ed|ing)?(?! (?:a |an )?(?:year-on-year )?(?:growth|increase|rise|decline|drop|fall|decrease|gain) of)", "(?:a |the )?signs? (?:that|of)", "signal(?:s|led|ed|ling|ing)?", "indicat(?:es|ed|ing|ion)", "demonstrat(?:es|ed|ing)",
    "testament to", "proof (?:that|of)", "(?:underscores?|underlines?|highlights?)(?:d)?", "means? that", "meaning that", "suggest(?:s|ed)? that",
    "(?<!(?:statistics|data|figures|numbers|analysis|records)\\s)(?:shows?|showed|shown) (?:that )?(?:the |a |an |its |their |how |strong |\\w+ing\\b)",
    "paying off", "marks? (?:a|the)", "points? to", "evidence (?:of|that)",
    "(?:has |have )?(?:become|turned [^,.;]{2,60} into|transformed [^,.;]{2,60} into)", "(?:a |the )(?:major|key|important|vital|main) (?:channel|gateway|hub|link|corridor|engine|route)",
  ),
  ...cues(1, "shows?", "showed", "structur\\w+", "shift", "transformation", "opportunit(?:y|ies)", "momentum", "vitality", "resilien\\w+"),
];

/** Where figures come from: an office, its release, its spokesperson. */
export const SOURCE_CUES: Cue[] = [
  ...cues(3, "according to", "(?:statistics|data|figures|numbers) (?:from|released|published|issued|compiled)", "(?:released|published|issued|reported) by",
    "citing", "(?:said|says|announced|reported|released)", "(?:statistics|data|figures) (?:show|showed|shows)"),
  ...cues(1, "customs", "statistics", "bureau", "department", "administration", "commission", "spokes(?:person|man|woman)", "office", "data"),
];

/** What someone said, will do or plans. */
export const STATEMENT_CUES: Cue[] = [
  // "Our approach is to …", "The city's task is to move from …": what someone sets out to do
  ...cues(3, "(?:task|goal|aim|priority|mission|approach|strategy) (?:is|was|will be) to",
    "said", "says", "stated", "noted", "added", "pointed out", "told", "explained", "stressed", "announced", "according to", "(?:is|are) working (?:on|to)",
    "expects?", "expected", "predicts?", "predicted", "forecasts?", "believes?", "hopes?"),
  // what was done: "introduced a string of policies", "streamlined the clearance process", "opened a trading website"
  ...cues(2, "(?:has |have |had )?(?:introduced|launched|set up|opened|streamlined|simplified|built|expanded|adopted|took|taken|rolled out|cut|reduced|upgraded|established|signed|organi[sz]ed|arranged|promoted|encouraged)"),
  ...cues(1, "will", "would", "plans?", "aims?", "continue", "keep", "working"),
  // what someone urges: "it should press for the rail link", "the city must stop …"
  ...cues(2, "should", "ought to", "must"),
];

/** What was done: "introduced a model", "launched a service", "cut clearance time". */
export const ACTION_CUES: Cue[] = [
  ...cues(3, "(?:has |have |had )?(?:introduced|launched|set up|opened|streamlined|simplified|built|expanded|adopted|took|taken|rolled out|"
    + "cut|cutting|reduced|upgraded|established|signed|organi[sz]ed|arranged|promoted|encouraged|implemented|piloted|created|unveiled|"
    + "eased|allow(?:s|ed)|(?<=(?:has|have|had) )let|extended|opened up|offered|provided|granted|waived|accelerated|speeded up|sped up|"
    // ("the government issued 18 measures and allocated 350 million yuan", "paid out export tax rebates")
    + "issued|allocated|paid out|refunded)",
    // ("We will carry out the five major opening-up actions": the actions it goes on to name)
    "carr(?:y|ies|ied|ying) out (?:the )?(?:[\\w-]+ ){0,3}(?:measures|steps|actions|tasks|reforms)",
    // ('the customs had given live crab a "green channel" in which …': a faster way given to some goods or firms)
    "(?:given|gave|gives?|granted)\\b[^.;]{0,60}\\b(?:green (?:channel|lane)|fast (?:lane|track|channel)|priority (?:lane|channel))"),
  ...cues(1, "measures?", "steps?", "polic(?:y|ies)", "model", "services?", "mechanism", "platform", "pilot"),
];

/** What is planned: "would open", "plans to build", "aims to", "will promote". */
export const PLAN_CUES: Cue[] = [
  ...cues(3, "will", "would", "plans? to", "planned", "planning to", "aims? to", "is set to", "are set to", "intends? to",
    "(?:is|are) going to", "seeks? to", "vow(?:s|ed)? to", "pledg(?:es|ed) to", "(?:is|are) expected to"),
  ...cues(1, "next", "future", "coming", "this year"),
];

/** How long something has held: "for 12 consecutive years", "since 2009", "the fifth year in a row". */
export const DURATION_CUES: Cue[] = [
  ...cues(3, "for (?:the )?(?:\\w+ ){0,2}(?:consecutive|straight|successive) (?:years?|months?|quarters?)", "(?:years?|months?|quarters?) in a row",
    "since (?:(?:19|20)\\d\\d|the (?:start|beginning|end) of)", "for (?:more than |over |nearly |almost )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a|several) (?:years|decades|decade)",
    "(?:years?|decades?) running"),
  ...cues(1, "long(?:-standing|time)?", "remained", "has been", "have been", "still"),
];

/** How something changed: a path, a shift from one thing to another. */
export const CHANGE_CUES: Cue[] = [
  ...cues(3, "moved? away from", "shift(?:ed|ing|s)? (?:away )?from", "from an? [^,.;]{2,60} (?:to|towards?) ", "towards?", "transform(?:ed|ing|ation)",
    // ("the range was widened from about 1,900 lines to about 6,600": a rule or a range changed from one size to another)
    "(?:widened|broadened|expanded|extended|narrowed|shortened|lengthened|raised|lowered|cut|reduced|increased|changed|"
      + "switched) from [^.;]{2,80}? to ",
    "step[- ](?:by[- ]step|like)", "quarter (?:after|by) quarter", "month (?:after|by) month", "(?:upward|downward) (?:path|trend)", "instead of", "rather than"),
  ...cues(1, "rose", "fell", "grew", "increased", "decreased", "declined", "dropped", "climbed", "jumped", "slowed", "accelerat\\w+", "improv\\w+", "optimi[sz]\\w+",
    "trend", "shift\\w*", "mix", "structure", "proportion", "upgrad\\w+", "model"),
];

/** A move in a ranking: "overtook Beijing", "slipped to 11th", "broke into the top ten", "lifting it past Tianjin". */
const ORDINAL = String.raw`(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)`;
export const RANK_MOVE = new RegExp(String.raw`\b(?:overt(?:ook|aken|akes|aking)|(?:lifting|lifted|pushing|pushed|taking|took) `
  + String.raw`(?:it|them) past|(?:slipped|slipping|fell|falling|dropped|dropping|climbed|climbing|rose|rising|moved|moving|jumped|`
  + String.raw`jumping) (?:back )?(?:up |down )?(?:to|into) ${ORDINAL}\b|(?:broke|breaking|broken|entered|entering) (?:into )?the top|`
  + String.raw`(?:dropped|dropping|fell|falling|slipped|slipping) out of the top)`, "i");

/** A defining sentence: "X is …", "X (A, B and C)", "X, namely …", "known as X". */
export const DEFINITION_CUES: Cue[] = [
  ...cues(3, "refers? to", "known as", "namely", "i\\.e\\.", "such as", "including", "consist(?:s|ing)? of", "compris(?:es|ing)", "made up of", "means",
    "is an?", "are the", "is the", "was an?", "was the", "(?:formed|set up|established|approved|launched|founded) (?:by|as|in)", "known for"),
  // "what goods do the return trains bring?": a sentence that lists three things or more ("timber, pulp, wine and …")
  ...cues(2, "[a-z][\\w-]*(?: [a-z][\\w-]*)?, [a-z][\\w-]*(?: [a-z][\\w-]*)?,? and [a-z][\\w-]*"),
  ...cues(1, "is", "are", "was", "were", "covers?", "cluster", "hub", "base", "include[sd]?"),
];

/** What sets a thing apart: "the first …", "the only …", "the largest …". */
export const DISTINCTION_CUES: Cue[] = cues(3, "first", "only", "largest", "biggest", "longest", "fastest", "new", "unique", "record", "pioneering", "inaugural", "maiden");

// people: a name of two or three capitalised words (or one after a title), and the roles people hold
const NAME = String.raw`[A-Z][a-z]+(?:[- ][A-Z][a-z]+){1,2}`;
// the first letter of each word either case: "Deputy Director" and "deputy director"
const anyCase = (phrase: string) => phrase.split(" ").map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join(" ");
const TITLE_HEADS = ("director-general|director|head|chief|commissioner|researcher|economist|analyst|expert|official|minister|chairman|chairwoman|" +
  "chairperson|president|secretary|governor|mayor|professor|manager|executive|founder|officer|dean|fellow|adviser|advisor|consultant|representative|" +
  "scholar|engineer|partner|leader|spokesman|spokeswoman|spokesperson|staff member|party chief|party secretary|party head|general manager").split("|");
const TITLE_MODS = "deputy vice chief senior general executive associate assistant board research principal lead".split(" ");
/** A title: "deputy director", "Senior Economist", "board chairman", "CEO". */
export const TITLES = String.raw`(?:(?:${TITLE_MODS.map(anyCase).join("|")})[ -])*(?:${TITLE_HEADS.map(anyCase).join("|")}|CEO|CFO)s?`;
// words that make a capitalised run an organisation or a place, not a person
const NOT_A_NAME = /\b(?:Customs|Department|Ministry|Bureau|Province|City|Commission|Administration|Group|Company|Council|China|Chinese|Academy|Institute|University|Center|Centre|Association|Chamber|Office|Committee|Government|Bank|Port|Zone|Area|District|Region|Daily|News|Xinhua|Party|National|Municipal|Provincial|General|State|People|Republic|Free|Trade|Belt|Road|Silk|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|In|On|At|By|From|As|For|With|Its|Their|According|Ms|Mr|Mrs|Dr)\b/;

const PERSON_SHAPES: RegExp[] = [
  // "Peng Bo, a researcher at the Academy …", "Gang Yong, deputy director of the commission", "Peng Qinghua, the Party chief of …"
  new RegExp(String.raw`(${NAME}),\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?${TITLES}\b`),
  // "Lhapa Trinley, who heads a local trading company"
  new RegExp(String.raw`(${NAME}),\s+who\s+(?:heads|head|leads|runs|chairs|manages|works|worked|founded|directs|oversees)\b`),
  // "said Zhan Shuixu, deputy commissioner", "according to Peng Bo"
  new RegExp(String.raw`\b(?:said|says|according to|noted|added)\s+(${NAME})\b`),
  // "customs spokesman Zheng Yusheng", "researcher Zhang" (a title just before the name)
  new RegExp(String.raw`\b${TITLES}\s+(${NAME}|[A-Z][a-z]+(?=\s+(?:said|says|noted|added|told|stated|explained)))`),
  // "Zheng Yusheng said"
  new RegExp(String.raw`(${NAME})\s+(?:said|says|told|noted|added|stressed|explained|stated|pointed out)\b`),
];

// (read once per sentence: every answer's evidence asks again; frozen, as callers share it)
/** The person a sentence names, with a title, organisation or a verb of saying to show it is a person. */
export const personIn: (text: string) => Readonly<{ name: string; titled: boolean }> | undefined =
  memoized((text) => { const found = personNow(text); return found && Object.freeze(found); }, 20_000);

function personNow(text: string): { name: string; titled: boolean } | undefined {
  for (const [i, re] of PERSON_SHAPES.entries()) {
    const m = re.exec(text);
    const name = m?.[1];
    if (!name || !/^[A-Z]/.test(name) || NOT_A_NAME.test(name)) continue;
    return { name, titled: i <= 1 || i === 3 };
  }
  return undefined;
}

// companies: a capitalised name with a company word, or one the sentence calls a company
const ORG_SUFFIX = String.raw`(?:Co\.?|Company|Corp\.?|Corporation|Group|Ltd\.?|Limited|Inc\.?|Holdings|Industries|Industry|Technology|Technologies|Tech|Robots?|Robotics|Electronics|Electric|Motors?|Auto|Machinery|Pharmaceuticals?|Logistics|Trading|Textiles?|Foods?|Energy|Manufacturing|Enterprises?)`;
const ORG_SHAPES: RegExp[] = [
  new RegExp(String.raw`\b((?:[A-Z][\w&'-]+\s+){1,4}${ORG_SUFFIX})\b`),
  // "Jiashida, a robot maker", "X, a local company"
  new RegExp(String.raw`\b([A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,3}),?\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}(?:company|firm|maker|manufacturer|producer|exporter|enterprise|group|startup|business)\b`),
];

/** The company a sentence names. */
export function organisationIn(text: string): string | undefined {
  for (const re of ORG_SHAPES) {
    const m = re.exec(text);
    const name = m?.[1]?.trim();
    if (name && !/^(?:The|This|That|Its|A|An|In|On|Of|Local|Chinese|Foreign|Private|State)\b/.test(name)) return name;
  }
  return undefined;
}

/** What took the place of what was lost: "made up the shortfall elsewhere", "we moved quickly to Brazil". */
export const SUBSTITUTE_CUES: Cue[] = [
  ...cues(3, "made up (?:for )?(?:the |this |that |its |their )?(?:shortfall|loss(?:es)?|gap|decline|drop|fall)",
    "elsewhere", "instead",
    // ("the new three had offset weak bulk prices": what made up for a loss)
    "(?:had |has |have |more than |partly |largely )?offset(?:s|ting)?(?! by)",
    "(?:moved|shifted|turned|switched|diverted|redirected|pivoted|rerouted)(?: [\\w-]+){0,2} (?:to|towards) ", "rather than",
    "new markets", "fill(?:ed|s)? the (?:gap|hole|void)", "replac(?:ed|ing|es)", "took (?:its|their) place"),
  ...cues(1, "markets?", "diversif\\w+"),
];

/** What a thing is for: "a fund of 50 million yuan to support credit insurance", "used to", "aimed at". */
export const PURPOSE_CUES: Cue[] = [
  ...cues(3, "to (?:support|help|fund|finance|subsidi[sz]e|cover|promote|encourage|develop|build|expand|boost|improve|upgrade|"
    + "attract|reward|compensate|insure|stabili[sz]e|ease|cut|reduce|provide|pay|offset|train|open)",
    "aim(?:ed|s)? (?:at|to)", "designed to", "intended to", "meant to", "used (?:to|for)", "for the purpose of", "so that", "in order to",
    "earmarked for", "dedicated to"),
  ...cues(1, "for", "support"),
];

/** Where an event was held or a site is: "was held at the expo centre", "took place in", "the venue". */
export const VENUE_CUES: Cue[] = [
  // (what will be held somewhere is the next one's venue, not the one that was: weaker)
  ...cues(3, "(?<!(?:will|to|would) be )(?:held|hosted|staged) (?:at|in|inside)", "(?:took|takes|take) place (?:at|in)", "venues?",
    "(?:located|sited|situated) (?:at|in|on)"),
  ...cues(2, "(?:will|to|would) be (?:held|hosted|staged) (?:at|in)"),
  ...cues(1, "(?:exhibition|convention|conference|expo) (?:centre|center|hall)s?"),
];

const KIND_CUES: Record<Exclude<ExplainKind, "person" | "organisation">, Cue[]> = {
  cause: CAUSE_CUES, challenge: CHALLENGE_CUES, meaning: MEANING_CUES, source: SOURCE_CUES, statement: STATEMENT_CUES, change: CHANGE_CUES,
  definition: DEFINITION_CUES, duration: DURATION_CUES, plan: PLAN_CUES, action: ACTION_CUES, substitute: SUBSTITUTE_CUES,
  purpose: PURPOSE_CUES, venue: VENUE_CUES,
};

/** How strongly a sentence gives an explanation of the kind: its heaviest cue (0 when none). */
export const cueWeight = (kind: ExplainKind, text: string): number => weights(`${kind}\u0000${text}`);
// (each kind's cues are tested once per sentence: every explanation scores its evidence's sentences again)
const weights = memoized((key) => {
  const at = key.indexOf("\u0000");
  return weightNow(key.slice(0, at) as ExplainKind, key.slice(at + 1));
}, 50_000);

function weightNow(kind: ExplainKind, text: string): number {
  if (kind === "person") {
    const p = personIn(text);
    return p ? (p.titled ? 3 : 2) : 0;
  }
  if (kind === "organisation") return organisationIn(text) ? 3 : 0;
  let best = 0;
  for (const c of KIND_CUES[kind]) if (c.weight > best && c.re.test(text)) best = c.weight;
  return best;
}

// a sentence that announces what follows: "… faces challenges that cannot be ignored.", "There are three reasons:"
const ANNOUNCED = String.raw`(?:challenges?|reasons?|causes?|factors?|drivers?|problems?|difficulties|risks?|measures?|steps?|actions?|changes?|tasks?|priorities|goals?)`;
const ANNOUNCES = new RegExp(String.raw`(?::\s*$|\b(?:as follows|the following)\b|\b(?:(?<!\bin the )fac(?:e|es|ed|ing)|ha(?:s|ve|d)|there (?:are|were|is|was)|several|some|many|two|three|four|five|major|main|key|significant|serious|new|lists?|gave|gives|named?)\s+(?:[\w-]+\s+){0,3}?${ANNOUNCED}\b(?:\s+[\w-]+){0,6}\s*[.:]?\s*$)`, "i");

// a short sentence that says measures were taken, with none of them: "We took resolute measures to keep demand stable."
// (or that they are being prepared: "said the island was preparing a package of measures to attract more investors.")
const TOOK_MEASURES = new RegExp(String.raw`\b(?:took|take|takes|taken|adopted|introduced|rolled out|launched|implemented|`
  + String.raw`(?:was|were|is|are) (?:preparing|drawing up|drafting|working on))\s+(?:[\w-]+\s+){0,3}(?:measures|steps|actions|policies)\b`, "i");

// who says it, before what is said: "Chen Rui, deputy director of the zone's committee, said …" (its commas are no list's)
const SPEAKER_SAID = /^[A-Z][\w'’ .-]{1,60},\s+(?:an?\s+|the\s+)?[^,]{1,120},\s+(?:said|says|told\s+[^,]{1,60}?)\s+(?:that\s+)?/;
/** What a sentence says, less who says it. */
const saidPart = (text: string) => text.trim().replace(SPEAKER_SAID, "");

/** Does a sentence say that measures were taken without giving them, so that the sentences after it in its paragraph do? */
export function announcesMeasures(text: string): boolean {
  const said = saidPart(text);
  return TOOK_MEASURES.test(said) && !/\d/.test(said) && said.split(/\s+/).length <= 20
    && !/\b(?:such as|including|namely)\b|[:;]/.test(said);
}

/** Does a sentence name a kind of thing without giving it, so that the next sentence does? */
export function announces(text: string): boolean {
  const said = saidPart(text);
  return ANNOUNCES.test(said) && !/\b(?:such as|including|namely)\b|,.*,/.test(said);
}

// a sentence that points back: "The company …", "It will also …", "The shift reflects …"
const POINTS_BACK = /^\s*(?:[A-Z][\w ,'-]{0,40},\s*)?(?:it|its|he|she|his|her|they|their|this|these|those|such|the (?:company|firm|group|enterprise|business|companies|firms|shift|move|change|trend|increase|rise|growth|decline|drop|fall|figure|milestone|result|plan|project|zone|area|port|platform|official|spokes\w+|ministry|department|bureau|commission))\b/i;
// a term the sentence names as one already given: 'Exports of these "three new" products …'
const NAMES_BACK = /\b(?:these|those|such)\s+["“'‘]/i;

// (or after a clause that opens it: "Because of a data entry error, these figures were wrong.")
const POINTS_BACK_LATER = /^[^.;"“]{0,160},\s*(?:these|those|such|both)\s+(?:figures|numbers|data|statistics|values|totals|estimates)\b/i;

// ("Under the policy, a plant can register as …": what the policy named before it does; so "Since the pilot was
// launched, traders have …")
const UNDER_IT = new RegExp(String.raw`^\s*(?:under|with|through|since)\s+(?:the|this|that|such\s+an?)\s+(?:new\s+)?`
  + String.raw`(?:policy|scheme|arrangement|programme|program|plan|rules?|system|mechanism|reform|pilot|model|mode)\b`, "i");

/** Does a sentence say what the policy or scheme named before it does ("Under the policy, …")? */
export const underNamed = (text: string): boolean => UNDER_IT.test(text);

/** Does a sentence lean on the one before it for what it is about? For a definition, also when it names its term as given. */
export function pointsBack(text: string, definition = false): boolean {
  return POINTS_BACK.test(text) || POINTS_BACK_LATER.test(text) || (definition && NAMES_BACK.test(text));
}

// tariffs weigh on trade; tariffs removed or cut lift it ("Zero tariffs on equipment … were the biggest drivers")
const TARIFFS_CUT = String.raw`(?:zero|no|lower|reduced|cut|cutting|removed|scrapped|waived)[- ]tariffs?|tariff[- ](?:free|cuts?|reductions?|exemptions?)`;
const TARIFFS_RAISED = String.raw`(?<!(?:zero|no|lower|reduced|cut|cutting|removed|scrapped|waived)[- ])tariffs?(?![- ](?:free|cuts?|reductions?|exemptions?))`;

// "hit" of a setback ("exports were hit by tariffs"), not of reaching a mark ("trade hit a record", "hit a new high",
// "hit 500 billion yuan")
const HIT_SETBACK = String.raw`hit(?!\s+(?:(?:a|an|the|its|their)\s+)?`
  + String.raw`(?:(?:new|fresh|record|all-time|historic|\w+-year)\s+)?(?:records?|highs?|peaks?|milestones?|marks?|levels?|\d))`;
// which way a change went: a "why did it fall" is not answered by what "helped it grow"
const DOWN = new RegExp(String.raw`\b(?:fall|falls|fell|fallen|falling|drop|drops|dropped|dropping|declin\w*|`
  + String.raw`shr[iau]nk\w*|slow\w*|dip\w*|plung\w*|collaps\w*|contract\w*|decreas\w*|slump\w*|widen\w*|wider|deficit|held back|`
  + String.raw`hold back|hurt|weak\w*|lower|loss|lost|cut off|cutting off|sluggish|pressure|crisis|crises|epidemic|`
  + String.raw`pandemic|blocked|closed|shut|${HIT_SETBACK}|dragg?\w*|challeng\w*|less|fewer|reduc\w*|diverted|${TARIFFS_RAISED}|downturn|`
  + String.raw`uncertain\w*|fierce\w*|down|high(?:er)? (?:comparison )?base)\b`, "i");
const UP = new RegExp(String.raw`\b(?:grow|grows|grew|grown|growing|growth|benefit\w*|lift(?:s|ed|ing)?|`
  + String.raw`ris(?:e|es|ing)|rose|jump\w*|surg\w*|increas\w*|boost\w*|expand\w*|strong\w*|record|helped|improv\w*|`
  + String.raw`climb\w*|soar\w*|up|${TARIFFS_CUT}|`
  // ("why did the border market boom?", "how did it manage to double its turnover?"; not the "double transfer" policy)
  + String.raw`boom(?:s|ed|ing)?|doubl(?:ed|es|ing)|tripl(?:ed|es|ing)|`
  + String.raw`(?:double|triple)(?= (?:its|their|the|in|from|to)\b)|took off|takes? off|taking off)\b`, "i");

/** The direction a question asks about: "down" for a fall, a slowdown, a wider deficit; else undefined. */
export function asksDown(question: string): boolean {
  // "what did he put the rise down to?": "down" is part of the asking
  return DOWN.test(askedWay(withoutContrast(question)));
}

// "why did ore imports go up when overall trade fell?", "… while exports rose?": the change set against the asked one
// is not the way asked (not at the start: "when did exports fall?")
const CONTRAST = /(?<=\S)\s+(?:when|while|whereas|even though|even tho|although|though|even as|even if)\b[^,;?]*/gi;
// "imports rose in volume, so why did their value drop?": what the question grants before it asks is not the way asked
const GRANTED = /^.*?\b(?:so|but|then|yet|and)\s+(?=(?:why|how come)\b)/i;
const withoutContrast = (question: string) => question.replace(GRANTED, "").replace(CONTRAST, "");

/** Which way a question asks the change went, leaving out a change it is set against ("… when trade fell"). */
export const askedDirection = (question: string) => direction(withoutContrast(question));
export const PUT_DOWN_TO = /\b(put|puts|putting)\b(.*?)\bdown\s+to\b/i;
// "why did exports hold up despite the debt crisis?": the setback after "despite" is what was withstood, not the way asked
// (and a setback named as the time's circumstance: "growth was faster than expected given the pandemic", "amid the crisis")
const DESPITE = new RegExp(String.raw`\b(?:despite|in spite of|notwithstanding|regardless of)\b[^,;?]*|\b(?:given|amid)\s+`
  + String.raw`(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:pandemic|epidemic|crisis|downturn|slowdown|uncertaint\w*)\b`, "gi");
/** The words of a question that say which way the asked change went. */
const askedWay = (question: string) => question.replace(PUT_DOWN_TO, "$1$2to").replace(DESPITE, "");

const count = (re: RegExp, text: string) => text.match(new RegExp(re.source, "gi"))?.length ?? 0;

/** Which way a text says things went, when more of its words say one way than the other ("exports hit a record": up). */
export function direction(text: string): "up" | "down" | undefined {
  const asked = askedWay(text);
  const down = count(DOWN, asked);
  // ("growth slowed", "slower growth": growth names what went down, not which way)
  const up = count(UP, down ? asked.replace(/\bgrowth\b/gi, "") : asked);
  return up > down ? "up" : down > up ? "down" : undefined;
}

// ("The pandemic pushed consumers to shop online": a crisis that made people act is why they did, no setback of theirs)
const CRISIS_MADE_ACT = new RegExp(String.raw`\b(?:pandemic|epidemic|crisis|lockdowns?)\s+(?:has\s+|had\s+)?`
  + String.raw`(?:pushed|prompted|forced|encouraged|spurred|drove|led)\s+(?:[\w-]+\s+){0,4}?(?:${ACTORS})\b`, "gi");

// ("Mills took advantage of lower ore prices to restock": cheaper goods are why more were bought, no setback)
// (and fees: "lower port fees gave the corridor a push")
const PRICES_FELL = new RegExp(String.raw`\b(?:lower|falling|cheaper|weaker|softer|reduced)\s+(?:[\w-]+\s+){0,2}?`
  + String.raw`(?:prices?|costs?|fees|charges)\b|`
  + String.raw`\b(?:prices?|costs?|fees|charges)\s+(?:fell|dropped|declined|slid|eased|softened|were lower)\b`, "gi");

/** Does a sentence speak only of falls and setbacks ("exports remained weak because …")? */
export const onlyDown = (text: string) => {
  const said = text.replace(CRISIS_MADE_ACT, " ").replace(PRICES_FELL, " ");
  return count(DOWN, said) > 0 && count(UP, said) === 0;
};

/** Does a sentence speak of rises, with no fall or setback, or with a passing one ("recover from the epidemic") among several rises? */
export function onlyUp(text: string): boolean {
  // ("grew faster from a lower base": a low base is what lifts a rate, no fall)
  const said = text.replace(/\b(?:low|lower|small|smaller) (?:comparison )?base\b/gi, "base");
  const up = count(UP, said);
  const down = count(DOWN, said);
  return up > 0 && (down === 0 || up >= down + 2);
}
