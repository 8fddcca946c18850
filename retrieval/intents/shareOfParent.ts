import { fmt, percentOf, sameUnit } from "../figures/arithmetic.js";
import { valueText } from "../figures/describe.js";
import { displayName, place } from "../../text/places.js";
import { periodLabel } from "../../text/periods.js";
import type { QuestionFrame } from "../figures/query.js";
import { stated, type FactBase, type FigureAnswer } from "../figures/solve.js";
import { figureFor } from "./sides.js";
import type { Intent } from "./types.js";

/** "What share of Jiangsu's trade came from Nantong?": a city's amount over its province's (or a province's over its region's). */
function pair(q: QuestionFrame): [string, string] | undefined {
  const places = q.entities.filter((e) => e !== "china");
  // "what share of China's trade did the central and western regions account for?": a place within the nation
  if (places.length === 1 && q.entities.includes("china")) return [places[0]!, "china"];
  if (places.length !== 2) return undefined;
  const [x, y] = places as [string, string];
  // a city and its province, or a province and a region it belongs to
  // (a Guangdong city is within the Greater Bay Area, whose members are Guangdong, Hong Kong and Macao)
  const parent = (id: string) => place(id)?.parent ?? "";
  const within = (part: string, whole: string) => parent(part) === whole
    || Boolean(place(whole)?.members?.some((m) => m === part || m === parent(part)));
  if (within(x, y)) return [x, y];
  if (within(y, x)) return [y, x];
  return undefined;
}

function solveShareOfParent(q: QuestionFrame, base: FactBase): FigureAnswer {
  const [part, whole] = pair(q)!;
  const period = q.periods[0];
  const side = (entity: string) => ({ label: displayName(entity), entity, ...(q.partners[0] && { partner: q.partners[0] }), ...(period && { period }) });
  // a share the text states wins over one computed
  const statedShare = figureFor(side(part), q, base, "share");
  if (statedShare && (statedShare.shareOf === whole || (whole === "china" && statedShare.shareOf === "national"))) return { status: "answered", lines: [{ text: `${displayName(part)}: ${valueText(statedShare)} of ${displayName(whole)}'s total`, facts: [statedShare] }], figures: [stated(statedShare)] };
  const a = figureFor(side(part), q, base, "amount");
  const b = a && figureFor({ ...side(whole), ...(a.period && { period: a.period }) }, q, base, "amount");
  // (an amount in yuan over one in dollars is no share; nor is a part bigger than its whole: other figures than the
  // part and the whole)
  if (!a || !b || !b.value || !sameUnit(a, b)) return { status: "abstain", lines: [], figures: [] };
  const { value: share, formula } = percentOf(a, b);
  if (share >= 100) return { status: "abstain", lines: [], figures: [] };
  const when = a.period ? ` in ${periodLabel(a.period)}` : "";
  return {
    status: "answered",
    lines: [{ text: `${displayName(part)}: ${valueText(a)}; ${displayName(whole)}: ${valueText(b)}${when}. ${displayName(part)} made up ${fmt(share)}% (${formula})`, facts: [a, b] }],
    figures: [{ label: `${displayName(part)}'s share of ${displayName(whole)}'s total${when}`, value: share, unit: "%", computed: true, formula, facts: [a, b] }, stated(a), stated(b)],
  };
}

export const shareOfParent: Intent = {
  name: "share of a city in its province",
  // only the share is asked ("how much, and what share" is a look-up), and not given ("was 26.8% of …, so how big …")
  // (a city and its province compared each in its own period, "fujian 2015 vs xiamen 2017", are two sides, not a part and whole)
  detect: (q) => q.measures.includes("share") && !q.measures.includes("amount") && !q.numbers.some((n) => n.kind === "percent")
    && !(q.intent === "comparison" && q.periods.length === 2) && pair(q) !== undefined,
  solve: solveShareOfParent,
};
