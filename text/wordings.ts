/**
 * Everyday ways people type a question, written in the words the question reader knows: "shipments abroad" are
 * exports, "y/y" and "vs last year" ask the growth, "went up" is "grew", "the leading 3" are the top 3. One table, one
 * phrasing a row; each row keeps the question's meaning and only changes its words.
 */
const N = String.raw`(\d+|two|three|four|five|six|seven|eight|nine|ten)`;
// ("vs last year", "compared with a year earlier": the change over the year before, which texts give as a growth rate)
// ("vs the period before" after a quarter is the quarter before, no growth over a year)
const YEAR_BEFORE = String.raw`(?:last\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before|ago)|the\s+previous\s+year)`;

const MONTHS = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;

const WORDINGS: Array<[RegExp, string]> = [
  // the growth over a year
  [/\by\s*\/\s*y\b/gi, "yoy"],
  // ("% chg", "pct chg": the change, as people shorten it)
  [/\bchg\b/gi, "change"],
  [new RegExp(String.raw`\bhow\s+(?:did|does|do)\s+(?:that|it|they|this|those)\s+compare\s+(?:with|to)\s+${YEAR_BEFORE}`, "gi"),
    "how did that change yoy"],
  [new RegExp(String.raw`\b(?:vs\.?|versus|compared\s+(?:with|to))\s+${YEAR_BEFORE}`, "gi"), "yoy"],
  [/\bgo(?:es)?\s+up\b/gi, "grow"],
  [/\bwent\s+up\b/gi, "grew"],
  // ("how did Zorland's exports do in 2031?": how they changed, a growth; "how did customs do it" asks a way, no figure)
  // (only where "do" ends the clause or a period follows: "how does X do cross-border e-commerce", "how did they do
  // business with", "how did they do after the tariff" ask a way or an aftermath, no growth)
  [new RegExp(String.raw`\bhow\s+(did|does|do)\s+((?:(?!(?:do|did|does)\b)[\w'’.&-]+\s+){1,8}?)do\b`
    + String.raw`(?=\s*(?:[?.,;:!]|$)|\s+(?:yoy|year\s+on\s+year|${YEAR_BEFORE}|(?:this|last|that)\s+(?:year|quarter|month)`
    + String.raw`|(?:in|during|over|for|through|between|from|since)\s+(?:the\s+)?(?:(?:19|20)\d\d|q[1-4]|h[12]|${MONTHS}`
    + String.raw`|first|second|third|fourth|last|past|previous|same|whole|full|year|quarter|half|month)))`, "gi"),
    "how $1 $2grow"],
  [/\bgone\s+up\b/gi, "grown"],
  [/\bgo(?:es)?\s+down\b/gi, "fall"],
  [/\bwent\s+down\b/gi, "fell"],
  [/\bgone\s+down\b/gi, "fallen"],
  // the flows, in other words ("shipments abroad", "bought from abroad", "crude purchases from russia")
  [/\bship(?:ment)?s\s+(?:abroad|overseas)\b/gi, "exports"],
  [/\bship(?:ped)?\s+(?:abroad|overseas)\b/gi, "export"],
  [/\b(?:sales|sold)\s+(?:abroad|overseas)\b/gi, "exports"],
  [/\boverseas\s+(?:sales|shipments)\b/gi, "exports"],
  [/\b(?:buy|bought|purchase[ds]?)\s+from\s+(?:abroad|overseas)\b/gi, "import"],
  [/\bpurchases\s+from\b/gi, "imports from"],
  [/\b(?:overseas|foreign)\s+purchases\b|\bpurchases\s+(?:abroad|overseas)\b/gi, "imports"],
  // ("exports and its imports": the owner named again before the second flow; never "imports and their exports",
  // which would read as the usual name of total trade)
  [/\b(exports?)\s+and\s+(?:its|their)\s+(imports?)\b/gi, "$1 and $2"],
  // ("exports, imports separately": two flows listed with a comma are both asked, as with "and")
  [/\b(exports?),\s*(imports?)\b/gi, "$1 and $2"],
  // ("imports, exports": in the order that never reads as "imports and exports", the usual name of total trade)
  [/\b(imports?),\s*(exports?)\b/gi, "$2 and $1"],
  // ("imports, y/y too": the growth asked as well as the figure; "trade with asean in h1? growth too": after the question)
  [/[,?]\s*(yoy|growth)\s+(?:too|also|as\s+well)\b/gi, " and $1"],
  // ("central + western regions": the two regions' one name, as "central and western")
  [/\b(central|western|eastern)\s*\+\s*(central|western|eastern)\b/gi, "$1 and $2"],
  // ("fruit and veg": the short form people type, of the goods pair; "veg exporters" alone is left to the readers)
  [/\b(fruits?)\s+(?:and|&)\s+veg(?:gies)?\b/gi, "$1 and vegetables"],
  // ("rank asean, hk, eu": "hk" is the short form people type; only in questions, since "HK$" in an article is money)
  [/\bhk\b(?!\s*\$)/gi, "Hong Kong"],
  // ("telecom/IT services": the short form people type of the texts' "telecommunications")
  [/\btelecoms?\b/gi, "telecommunications"],
  // ("(final number pls)", "the latest figure": the figure as it stands, which the answer gives anyway; "number" would
  // otherwise ask a quantity. Not "the revised figure", which asks the revision and sets it beside the first one)
  [/\b(?:the\s+)?(?:final|latest|updated)\s+(?:numbers?|figures?|data)\b/gi, ""],
  // ("imports plus exports": the sum, written as "imports+exports" is)
  [/\b(imports?|exports?)\s+plus\s+(imports?|exports?)\b/gi, "$1+$2"],
  // ("what portion of", "as a proportion of": a share; never "ratio", which sets two figures against each other)
  [/\b(?:pro)?portion(s?)\b/gi, "share$1"],
  // ("in bn usd", "in billions of rmb": the currency asked, a scale word before it)
  [/\bin\s+(?:bn|bln|billions?|mn|mln|millions?|tn|trillions?)(?:\s+of)?\s+(usd|us\s*\$|us\s+dollars?|dollars?|yuan|rmb|renminbi|cny)\b/gi,
    "in $1"],
  // ("balance of trade" is the trade balance)
  [/\bbalance\s+of\s+trade\b/gi, "trade balance"],
  // ("X 2031 - partners with double-digit growth?": a bare plural after the question's label asks which ones)
  // (not at the question's start: "goods with zero tariffs - how much …" asks an amount)
  [new RegExp(String.raw`([:;]\s*|\s[-–—]\s+)(partners|markets|countries|cities|provinces|ports|products|goods)`
    + String.raw`\s+(?:with|that\s+had|that\s+saw)\s+`, "gi"), "$1which $2 had "],
  // ("X 2031: markets where exports fell?": the items asked by where a thing happened in them)
  [/([:;]\s*|\s[-–—]\s+)(partners|markets|countries|cities|provinces|ports|products|goods)\s+where\s+/gi, "$1in which $2 "],
  // ("what did X mainly export?": its main goods, a list)
  [/\bwhat\s+did\s+([\w'’ -]{1,40}?)\s+(?:mainly|mostly|chiefly|largely|primarily)\s+(export|import)\b/gi,
    "what were $1's main $2 goods"],
  // ("cross-border e-commerce nationally in 2031?": the country's figure, as "nationwide" asks it; never a rank's scope,
  // "where did X rank nationally")
  [/(?<!\b(?:rank|ranks|ranked|ranking|place|placed|position|positioned)\b[\w\s]{0,20})\bnationally\b/gi, "nationwide"],
  // the top of a ranking ("the leading 3 partners", "three leading markets")
  [new RegExp(String.raw`\bleading\s+${N}\b`, "gi"), "top $1"],
  [new RegExp(String.raw`\b${N}\s+leading\b`, "gi"), "top $1"],
];

/** The question in the words the reader knows; its meaning unchanged. */
export function plainWording(question: string): string {
  return WORDINGS.reduce((t, [re, to]) => t.replace(re, to), question);
}
