import { findEntities } from "../../text/entities.js";
import { isCountyLevel, place, prefectureCount } from "../../text/places.js";
import { periodLabel, samePeriod } from "../../text/periods.js";
import type { Fact, Measure } from "../../text/terms.js";
import { sameUnit } from "./arithmetic.js";
import { entityName, valueText } from "./describe.js";
import type { QuestionFrame } from "./query.js";

/**
 * "X's rank among the 16 Y cities by trade in 2024": the places of that scope and their members, the measure and the
 * period the position is asked in; a stated rank answers only when all of them match, else the position is worked
 * out from the figures every place of the scope has in one document (never from a few of them).
 */

export interface Scope { target: string; owner: string; size?: number; measure: Measure }

const NUMBER_WORDS: Record<string, number> =
  { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
// "among the 16 cities", "of Shandong's 16 cities", "among the province's 11 prefecture-level cities"
const AMONG = /\b(?:among|of)\s+(?:the\s+|all\s+(?:the\s+)?|its\s+)?(?:[\w'’-]+\s+){0,3}?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)?\s*(?:[\w'’-]+\s+){0,2}?(?:cities|prefectures|(?:prefecture|provincial)-level\s+cities|provinces|municipalities|regions)\b/i;
// the position asked of one place: "X's rank", "where did X rank", "what position did X hold"
export const POSITION_ASKED = /['’]s\s+(?:rank|ranking|position|place)\b|\bwhere did\b[^?]*\brank|\bwhat (?:rank|position|place)\b/i;
// what the position is by: "by growth", "growth rank"
const BY_GROWTH = /\bgrowth\b|\bgrew\b|\byoy\b|\bfastest\b/i;
// (in the rank's own ask: "rank by trade …, and its growth?" asks the growth apart, the rank by trade)
const RANK_ASK = /^[^?]*?(?=(?:,\s*|\s+)(?:and|plus)\s+(?:what|how|its|their|the|did|was)\b|\?|$)/i;

/** The place asked, the place whose members it is ranked among, and how many they are, if the question says so. */
export function scopeOf(q: QuestionFrame): Scope | undefined {
  if (!POSITION_ASKED.test(q.text)) return undefined;
  const m = AMONG.exec(q.text);
  if (!m) return undefined;
  const places = q.entities.filter((e) => e !== "china");
  // (a city among its province's cities: the province named, or the city's own; a province among the provinces)
  const target = places.find((e) => place(e)?.parent && (places.length === 1 || places.includes(place(e)!.parent!)));
  if (!target || places.length > 2) return undefined;
  const owner = place(target)!.parent!;
  // (the province is named where the places ranked among are: "among the 16 shandong cities", "among the province's
  // cities"; "among chinese cities" or "china's 15 sub-provincial cities" are no province's members)
  // (or counted as many as the city's province has: "linyi's rank among the 16 cities", Shandong's 16)
  const n = m[1] ? NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]) : undefined;
  const cities = /\bcities\b/i.test(m[0]) && place(target)?.kind === "city";
  const named = findEntities(m[0]).some((e) => e.id === owner) || /\b(?:the|its)\s+province['’]s\b/i.test(m[0])
    || (cities && places.length === 1 && n !== undefined && n === prefectureCount(owner));
  if (!named) return undefined;
  const byGrowth = BY_GROWTH.test(RANK_ASK.exec(q.text)?.[0] ?? q.text);
  return { target, owner, ...(n && { size: n }), measure: byGrowth ? "growth" : "amount" };
}

const WIDER_FIELD = new RegExp(String.raw`\b(?:china|chinese|national(?:ly)?|nationwide|country|countrywide|nation|world|`
  + String.raw`global|central|western|eastern|coastal|inland|border)\b`, "i");

/** Does a stated rank answer the question: its measure, its period and, when both say one, its count of places? */
export function rankMatches(r: Fact, q: QuestionFrame, scope: Scope): boolean {
  const byGrowth = /\bgrowth\b/i.test(`${r.qualifier ?? ""} ${r.scope ?? ""}`);
  if (byGrowth !== (scope.measure === "growth")) return false;
  const period = q.periods[0];
  if (period && (!r.period || !samePeriod(r.period, period))) return false;
  // (a rank in a wider or another field is none among the province's: "27th among Chinese cities")
  const fields = findEntities(r.scope ?? "").map((e) => e.id);
  if (fields.length ? !fields.includes(scope.owner) : WIDER_FIELD.test(r.scope ?? "")) return false;
  const n = /\b(\d{1,2})\b/.exec(r.scope ?? "")?.[1];
  return !scope.size || !n || Number(n) === scope.size;
}

export interface Position { rank: number; of: number; facts: Fact[]; text: string }

/**
 * The target's position among the owner's members by their figures in one document: every member the scope counts
 * must have its figure there (a rank among 16 from 5 figures is no rank), one figure each, and no tie at the target.
 */
export function positionFromFigures(q: QuestionFrame, scope: Scope, facts: Fact[]): Position | undefined {
  const period = q.periods[0];
  if (!period) return undefined;
  const metric = q.metric ?? "trade";
  const fits = (f: Fact) => f.measure === scope.measure && f.metric === metric && f.value !== null && !f.derived
    && !f.partner && !f.subject && !f.qualifier && !!f.period && samePeriod(f.period, period);
  const own = facts.filter((f) => f.entity === scope.target && fits(f));
  for (const mine of own) {
    const members = new Map<string, Fact[]>();
    for (const f of facts) {
      // (a county-level city lies in a prefecture of the province: no member of its own)
      if (f.docId !== mine.docId || !fits(f) || !sameUnit(f, mine) || place(f.entity)?.parent !== scope.owner
        || isCountyLevel(f.entity)) continue;
      members.set(f.entity, [...members.get(f.entity) ?? [], f]);
    }
    // (one figure per place: a table's row first, where the target's figure is one; two other readings is no ranking)
    const row = (f: Fact) => f.unit === mine.unit && f.scale === mine.scale;
    const chosen: Fact[] = [];
    let ambiguous = false;
    for (const list of members.values()) {
      const same = list.filter(row);
      const pick = same.length ? same : list;
      const values = new Set(pick.map((f) => f.value! * f.scale));
      if (values.size > 1) ambiguous = true;
      chosen.push(pick[0]!);
    }
    if (ambiguous) continue;
    const needed = scope.size ?? prefectureCount(scope.owner) ?? 0;
    // (a count other than the province's, "among the 4 hunan port cities", is some of them, which no table tells)
    if (!needed || chosen.length < needed || (scope.size && scope.size !== chosen.length)) continue;
    const value = (f: Fact) => f.value! * f.scale;
    const target = chosen.find((f) => f.entity === scope.target)!;
    if (chosen.some((f) => f !== target && value(f) === value(target))) continue;
    const sorted = [...chosen].sort((a, b) => value(b) - value(a));
    const rank = sorted.indexOf(target) + 1;
    const above = sorted.slice(0, rank);
    const flow = metric === "exports" ? "exports" : metric === "imports" ? "imports" : "foreign trade";
    const by = scope.measure === "growth" ? `${flow} growth` : flow;
    const owner = place(scope.owner)?.name ?? scope.owner;
    const kind = place(scope.target)?.kind === "city" ? "cities" : "provinces";
    const list = above.map((f, i) => `${i + 1}. ${entityName(f)} ${valueText(f)}`).join("; ");
    const text = `${entityName(target)} ranked ${ordinal(rank)} of the ${chosen.length} ${owner} ${kind} by ${by} in `
      + `${periodLabel(target.period!)}, worked out from the table's figures of all ${chosen.length}: ${list}`;
    return { rank, of: chosen.length, facts: above, text };
  }
  return undefined;
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th"}`;
