// Trade dependence: a place's imports and exports measured against its GDP ("trade dependence stood at 210 percent",
// "foreign trade as a share of GDP was 31 percent"). The one list of words for it, read by extraction (the figure's
// qualifier), by tables ("Dependence (%)") and by the figure a question asks.

/** The qualifier a figure of trade measured against GDP carries. */
export const TRADE_DEPENDENCE = "trade dependence";

const GDP = String.raw`(?:gdp|gross\s+domestic\s+product)`;
// ("degree of dependence on foreign trade", "trade-to-GDP ratio", "the ratio of foreign trade to GDP")
const DIRECT = String.raw`(?:foreign[\s-]+)?trade\s+dependen(?:ce|cy)(?:\s+ratio)?|dependen(?:ce|cy)\s+(?:ratio\s+)?on\s+`
  + String.raw`(?:foreign\s+)?trade|trade[\s-]+to[\s-]+gdp(?:\s+ratio)?|ratio\s+of\s+(?:foreign\s+)?trade\s+to\s+${GDP}`;
// ("foreign trade as a share of its GDP", "imports and exports measured against the city's gross domestic product":
// a share of GDP is trade's only where trade is what is set against it, never "the digital economy's share of GDP")
const AGAINST_GDP = String.raw`(?:(?:ratio|share|percentage|proportion)\s+of|(?:measured|set|compared)\s+against|%\s+of)\s+`
  + String.raw`(?:(?:its|the|their)\s+(?:[\w'’]+\s+)?)?${GDP}`;
const TRADE_AGAINST_GDP = String.raw`(?:(?:foreign\s+)?trade|imports\s+and\s+exports|exports\s+and\s+imports)`
  + String.raw`(?:['’]s)?\s+(?:(?:as|a|an)\s+){0,2}${AGAINST_GDP}`;
const NAMED = String.raw`\b(?:${DIRECT}|${TRADE_AGAINST_GDP})`;

/** Words that name trade dependence, in a sentence or a question. */
export const DEPENDENCE = new RegExp(NAMED, "i");
/** The last place a text names it, or -1: "trade dependence, that is foreign trade as a share of GDP, was …". */
export const lastDependence = (text: string): number => [...text.matchAll(new RegExp(NAMED, "gi"))].at(-1)?.index ?? -1;
/** Named right after a figure: "30.0 percent - trade dependence (foreign trade as a share of GDP)". */
export const DEPENDENCE_AFTER = new RegExp(String.raw`^\s*(?:percent|per\s+cent|%)?\s*(?:[-–—:(,]\s*)?`
  + String.raw`(?:the\s+)?${NAMED}`, "i");

/** A table column of it: "Dependence (%)", "Trade/GDP (%)", "Trade dependence ratio (%)"; never another's
 * dependence, "Import dependence (%)" of goods or "Dependence on market (%)" of partners. */
export const DEPENDENCE_COLUMN = new RegExp(String.raw`^\s*(?:(?:degree|ratio)\s+of\s+)?dependen(?:ce|cy)(?:\s+ratio)?\s*`
  + String.raw`(?:\([^()]*\))?\s*$|${NAMED}|\btrade\s*\/\s*${GDP}`, "i");

/** "GDP (100 mn yuan)": a column of the economy's output, no flow of trade. */
export const GDP_COLUMN = new RegExp(String.raw`^\s*${GDP}\b`, "i");
