/**
 * Train services named by the places they join: "China-Europe freight trains", "the Xuzhou-Europe Railway Express",
 * "China-Europe and China-Central Asia freight trains". The place after the hyphen names where the trains run, not
 * the other side of a trade: their trips are the count of the place that runs or passes them. So do pipelines ("the
 * China-Myanmar pipeline", "the China-Russia crude oil pipeline"): the goods through them are the imports of the place
 * they enter by.
 */

// ("China-Central Asia", "Chongqing-Xinjiang-Europe": a pair or a chain of places, the last maybe of two words)
const PAIR = String.raw`[A-Za-z'’]+(?:[-–][A-Za-z'’]+)+(?:\s+[A-Z][a-z]+)?`;
/** "pipeline", "crude oil pipeline", "oil and gas pipelines": a pipeline by what it carries. */
const PIPELINE = String.raw`\s+(?:(?:crude\s+)?oil\s+(?:and\s+(?:natural\s+)?gas\s+)?|(?:natural\s+)?gas\s+)?pipelines?\b`;
const MORE_PAIRS = String.raw`(?:\s*(?:,|and|or|,\s*and)\s+${PAIR})*`;
const SERVICE = String.raw`(?:\s+(?:(?:freight|cargo|block)\s+)?(?:trains?|train\s+(?:services?|trips)|trips`
  + String.raw`|rail(?:way)?\s+(?:express|services?))\b|${PIPELINE}`
  // ("the China-Laos Railway", "china-laos rly": a railway named after the countries it joins; never "China-Laos rail
  // trade", the trade between the two by rail)
  + String.raw`|\s+(?:rail(?:way)?s?|rly)\b(?!\s+(?:trade|exports?|imports?)\b))`;
// ("the Chongqing-Xinjiang-Europe (Yuxinou) freight train": the service's own name may stand in brackets)
const SERVICE_AFTER = new RegExp(String.raw`^${MORE_PAIRS}(?:\s*\([^()]{1,30}\))?${SERVICE}`, "i");
/** A route's name before what is counted on it: "68 [China-Europe and China-Central Asia] freight trains". */
export const ROUTE_NAME = String.raw`[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)+(?:\s[A-Z][a-z]+)?`
  + String.raw`(?:\s(?:and|or)\s[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)+(?:\s[A-Z][a-z]+)?)*`;
const JOINED_BEFORE = /[A-Za-z'’][-–]$/;

// ("| China-Europe train trips |": the place a train service's name starts from, joined to the next by a hyphen)
const STARTS_SERVICE = /^[-–][A-Z][\w'’]*\s+(?:(?:freight|cargo|block)\s+)?(?:trains?|rail(?:way)?|express)\b/i;
/** Does this place mention start the name of a train service ("[China]-Europe freight trains")? */
export function startsRouteName(text: string, mention: { end: number }): boolean {
  return STARTS_SERVICE.test(text.slice(mention.end));
}

/** Does this place mention end the name of a train service or pipeline ("China-[Europe] freight trains")? */
export function endsRouteName(text: string, mention: { start: number; end: number }): boolean {
  return JOINED_BEFORE.test(text.slice(0, mention.start)) && SERVICE_AFTER.test(text.slice(mention.end));
}

// ("china europe railway express", "china laos railway": a route's name typed without its hyphen, before a service word;
// never "china freight trains", where the word after the place is the service's own)
const UNJOINED_ROUTE = new RegExp(String.raw`\b(China)\s+(?!(?:freight|cargo|block|trains?|rail(?:way)?s?|rly|express)\b)`
  + String.raw`([A-Za-z'’]+(?:\s+Asia)?)(?=${SERVICE})`, "gi");
/** A route's name typed with a space for its hyphen ("china europe trains") spelled as texts write it ("china-europe"). */
export const joinedRouteNames = (text: string): string => text.replace(UNJOINED_ROUTE, "$1-$2");

const PIPELINE_NAMED = new RegExp(String.raw`(?<![\w'’-])([A-Za-z'’]+(?:[-–][A-Za-z'’]+)+)${PIPELINE}`, "gi");
/** A pipeline's name (lower case, hyphens plain) and where it stands: "the [China-Myanmar crude oil pipeline]". */
export function namedPipelines(text: string): Array<{ start: number; end: number; name: string }> {
  return [...text.matchAll(PIPELINE_NAMED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length,
    name: m[1]!.toLowerCase().replace(/–/g, "-") }));
}

// ("via the Mohe–Daqing line", "through the Central Asia–China gas pipeline": places joined by dashes that name a
// route goods travel by, after the word that says so)
const ROUTE_PLACE = String.raw`[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?`;
const ROUTE_CARRIES = String.raw`(?:\s+(?:[Cc]rude\s+)?(?:[Oo]il|[Nn]atural\s+[Gg]as|[Gg]as`
  + String.raw`|[Oo]il\s+and\s+[Gg]as|[Ff]reight))?`;
const ROUTE_WORD = String.raw`\s+(?:[Pp]ipelines?|[Ll]ines?|[Rr]ail(?:way)?s?|[Rr]outes?|[Cc]orridors?|[Hh]ighways?`
  + String.raw`|[Ee]xpressways?)\b`;
// ("the railway port on the metre-gauge Kunming-Hai Phong line": so a line something is on, after a word or two of
// what kind of line; never "trade on the China-Laos corridor", China's trade with the other side along it)
const TRAVELLED = new RegExp(String.raw`\b(?:through|via|along|on)\s+`
  + String.raw`(?:the\s+)?(?:[a-z][\w-]*\s+)?(${ROUTE_PLACE}(?:[-–]${ROUTE_PLACE})+)` + ROUTE_CARRIES + ROUTE_WORD, "g");
// (a flow "on" a route joining China to another side; "imports on the Mohe-Daqing pipeline" still travel by it)
const FLOW_ON = /\b(?:trade|exports?|imports?)\s+$/i;
const tradeAlong = (text: string, m: RegExpMatchArray) => /^on\b/i.test(m[0])
  && FLOW_ON.test(text.slice(Math.max(0, m.index! - 20), m.index!)) && m[1]!.split(/[-–]/).includes("China");
/** The names of routes goods travel by ("from Russia via the [Mohe–Daqing] line"): the places in them are no owner
 * and no partner of a figure. */
export function travelledRoutes(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(TRAVELLED)].filter((m) => !tradeAlong(text, m)).map((m) => {
    const start = m.index! + m[0].indexOf(m[1]!);
    return { start, end: start + m[1]!.length };
  });
}
