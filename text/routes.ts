/**
 * Train services named by the places they join: "China-Europe freight trains", "the Xuzhou-Europe Railway Express",
 * "China-Europe and China-Central Asia freight trains". The place after the hyphen names where the trains run, not
 * the other side of a trade: their trips are the count of the place that runs or passes them.
 */

// ("China-Central Asia", "Chongqing-Xinjiang-Europe": a pair or a chain of places, the last maybe of two words)
const PAIR = String.raw`[A-Za-z'’]+(?:[-–][A-Za-z'’]+)+(?:\s+[A-Z][a-z]+)?`;
const MORE_PAIRS = String.raw`(?:\s*(?:,|and|or|,\s*and)\s+${PAIR})*`;
// (so is a pipeline named by the two sides it joins: "the China-Russia crude oil pipeline")
const SERVICE = String.raw`\s+(?:(?:freight|cargo|block)\s+)?(?:trains?|train\s+(?:services?|trips)|trips`
  + String.raw`|rail(?:way)?\s+(?:express|services?)|(?:(?:crude\s+)?oil\s+|(?:natural\s+)?gas\s+)?pipelines?)\b`;
// ("the Chongqing-Xinjiang-Europe (Yuxinou) freight train": the service's own name may stand in brackets)
const SERVICE_AFTER = new RegExp(String.raw`^${MORE_PAIRS}(?:\s*\([^()]{1,30}\))?${SERVICE}`, "i");
/** A route's name before what is counted on it: "68 [China-Europe and China-Central Asia] freight trains". */
export const ROUTE_NAME = String.raw`[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)+(?:\s[A-Z][a-z]+)?`
  + String.raw`(?:\s(?:and|or)\s[A-Z][\w'’]*(?:[-–][A-Z][\w'’]*)+(?:\s[A-Z][a-z]+)?)*`;
const JOINED_BEFORE = /[A-Za-z'’][-–]$/;

/** Does this place mention end the name of a train service ("China-[Europe] freight trains")? */
export function endsRouteName(text: string, mention: { start: number; end: number }): boolean {
  return JOINED_BEFORE.test(text.slice(0, mention.start)) && SERVICE_AFTER.test(text.slice(mention.end));
}
