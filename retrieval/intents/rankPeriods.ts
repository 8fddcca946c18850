import { entityName, valueText, whatText } from "../figures/describe.js";
import { periodLabel, type Period } from "../../text/periods.js";
import { countAsked, type QuestionFrame } from "../figures/query.js";
import { stated, type FactBase, type FigureAnswer } from "../figures/solve.js";
import { sameUnit } from "../figures/arithmetic.js";
import type { Fact } from "../../text/terms.js";
import type { Intent } from "./types.js";

/**
 * "Which month had Henan's highest exports between August and October?", "rank Hubei's quarters by growth": one
 * place's figures of one flow and measure, a month (quarter, year) each, ranked; the months a series or a monthly
 * table states.
 */

type Unit = "month" | "quarter" | "year";
// ("which 3 months had …", "rank the 3 months with the highest …", "top 3 months for …": as many as asked)
const ASKED = String.raw`\b(?:which|what|rank|order|sort|top|bottom|best|worst|busiest|peak)\s+(?:the\s+)?`
  + String.raw`(?:(?:\d+|two|three|four|five|six)\s+)?`;
// ("from the monthly table", "per the monthly bulletin": where the figures are read, not a ranking by month)
const MONTHLY = String.raw`(?<!\b(?:from|in|per|using|according\s+to)\s+(?:the|its|their|a)\s+)\bmonthly\b`
  + String.raw`(?!\s+(?:table|bulletin|release|report|statistics|data)\b)`;
const ASKS_UNIT: Array<[RegExp, Unit]> = [
  [new RegExp(String.raw`${ASKED}months?\b|\bmonths?\s+by\b|\bby\s+month\b|${MONTHLY}`, "i"), "month"],
  [new RegExp(String.raw`${ASKED}quarters?\b|\bquarters?\s+by\b|\bby\s+quarter\b`, "i"), "quarter"],
  [new RegExp(String.raw`${ASKED}years?\b|\byears?\s+by\b|\bby\s+year\b`, "i"), "year"],
];
const IS_UNIT: Record<Unit, (p: Period) => boolean> = {
  month: (p) => p.m1 === p.m2 && p.y1 === p.y2,
  quarter: (p) => p.m2 - p.m1 === 2 && (p.m1 - 1) % 3 === 0 && p.y1 === p.y2,
  year: (p) => p.m1 === 1 && p.m2 === 12 && p.y1 === p.y2,
};

const monthIndex = (y: number | null, m: number) => (y ?? 0) * 12 + m;
/** Does `p` lie within the months the question spans (all of them when it names none)? */
function within(p: Period, asked: Period[]): boolean {
  if (!asked.length) return true;
  const from = Math.min(...asked.map((a) => monthIndex(a.y1, a.m1)));
  const to = Math.max(...asked.map((a) => monthIndex(a.y2, a.m2)));
  return p.y1 !== null && monthIndex(p.y1, p.m1) >= from && monthIndex(p.y2, p.m2) <= to;
}

const UNIT_MONTHS: Record<Unit, number> = { month: 1, quarter: 3, year: 12 };
/** How many months the asked periods span, from the first to the last (none when a year is missing). */
function spans(asked: Period[]): number {
  if (!asked.length || asked.some((a) => a.y1 === null || a.y2 === null)) return 0;
  return Math.max(...asked.map((a) => monthIndex(a.y2, a.m2))) - Math.min(...asked.map((a) => monthIndex(a.y1, a.m1))) + 1;
}

const VALUE_ASKED = /\b(?:value|worth|yuan|dollars?|usd|rmb)\b/i;

const unitAsked = (q: QuestionFrame) => ASKS_UNIT.find(([re]) => re.test(q.text))?.[1];

function solveRankPeriods(q: QuestionFrame, base: FactBase): FigureAnswer {
  const unit = unitAsked(q)!;
  const owner = q.entities.filter((e) => e !== "china")[0] ?? "china";
  // ("which 3 months had the biggest tonnage?": a count asked, not a value)
  const asked = q.measures.includes("growth") ? "growth" : q.measures.includes("share") ? "share"
    : q.measures.includes("count") && !VALUE_ASKED.test(q.text) ? "count" : "amount";
  const periodFacts = (measure: Fact["measure"]): Fact[] => {
    // ("iron ore by month": goods asked with no flow are of the one flow the place's figures on them have)
    const goodsFlows = !q.metric && q.subjects[0]
      ? [...new Set(base.facts.filter((f) => f.entity === owner && f.subject === q.subjects[0] && f.measure === measure)
        .map((f) => f.metric))] : [];
    const metric = goodsFlows.length === 1 ? goodsFlows[0]! : q.metric === "partners" || !q.metric ? "trade" : q.metric;
    const byPeriod = new Map<string, Fact>();
    for (const f of base.facts) {
      if (f.entity !== owner || f.metric !== metric || f.measure !== measure || f.value === null || f.derived || !f.period) {
        continue;
      }
      if ((f.partner ?? undefined) !== q.partners[0] || (f.subject ?? undefined) !== q.subjects[0]) continue;
      if (!IS_UNIT[unit](f.period) || !within(f.period, q.periods)) continue;
      const label = periodLabel(f.period);
      if (!byPeriod.has(label)) byPeriod.set(label, f);
    }
    return [...byPeriod.values()];
  };
  // ("jiangsu crude imports by month, highest to lowest" with the months stated in tonnes only: goods ranked with no
  // measure named are ranked by the quantity stated of them when no value of two of the periods is)
  const amounts = periodFacts(asked);
  const quantities = asked === "amount" && amounts.length < 2 && q.subjects.length === 1 && !VALUE_ASKED.test(q.text)
    ? periodFacts("count") : [];
  const facts = quantities.length >= 2 ? quantities : amounts;
  const comparable = facts.filter((f) => sameUnit(f, facts[0]!));
  // ("rank the months by total trade" with no month's figure of that period: never the whole period's figure as the answer)
  if (comparable.length < 2 && q.intent === "rank" && spans(q.periods) >= 2 * UNIT_MONTHS[unit]) {
    const text = `The documents do not give the figures ${unit} by ${unit} for the period asked`;
    return { status: "abstain", lines: [{ text, facts: [] }], figures: [] };
  }
  if (comparable.length < 2) return { status: "none", lines: [], figures: [] };
  const size = (f: Fact) => f.value! * f.scale;
  comparable.sort((a, b) => (q.ascending ? size(a) - size(b) : size(b) - size(a)));
  comparable.splice(countAsked(q.text) ?? comparable.length);
  const items = comparable.map((f, i) => `${i + 1}. ${periodLabel(f.period!)} ${valueText(f)}`);
  // (the partner and goods asked are in the heading: "Xuzhou's trade with Japan by year")
  const what = `${entityName(comparable[0]!)}'s ${whatText(comparable[0]!)}`;
  return {
    status: "answered",
    lines: [{ text: `${what} by ${unit}, ${q.ascending ? "lowest" : "highest"} first: ${items.join("; ")}`, facts: comparable }],
    figures: comparable.map(stated),
  };
}

export const rankPeriods: Intent = {
  name: "rank the months (quarters, years) of one place",
  detect: (q) => (q.intent === "rank" || q.intent === "list" || q.intent === "lookup") && unitAsked(q) !== undefined
    && q.entities.filter((e) => e !== "china").length <= 1,
  solve: solveRankPeriods,
};
