import { overlaps as overlapsPeriod, periodLabel } from "../../text/periods.js";
import { place } from "../../text/places.js";
import type { Fact } from "../../text/terms.js";
import type { QuestionFrame } from "../figures/query.js";
import type { FactBase, FigureAnswer } from "../figures/solve.js";
import { joinNames, listOwner as ownerOf } from "./rankWithin.js";
import type { Intent } from "./types.js";

/**
 * "Which countries saw their trade more than double?", "which commodities saw rising trade?", "which products make up
 * the combined 39.06bn yuan figure?": the items a sentence names together with one statement (facts/lists.ts,
 * scope "shared"), chosen by what the question says of them: the change it names, or the figure it quotes.
 */

// "which belt and road countries", "what commodities": the kind of items asked
const WHICH = new RegExp(String.raw`^\s*(?:[\w\s&-]+:\s*)?(?:which|what)\s+(?:[\w&-]+\s+){0,3}?(?<noun>countries|economies|`
  + String.raw`partners|markets|destinations|commodities|products|goods|items|exports|imports)\b`, "i");
const PLACES = /^(?:countries|economies|partners|markets|destinations)$/i;
// a superlative asks for a ranking of figures, not for the items a statement names
const SUPERLATIVE = /\b(?:most|least|top|rank\w*|order|(?:fast|slow|high|low|larg|bigg|small|strong|weak)est)\b/i;

// what a change says, one row a sense: the question's senses must all be the statement's
const SENSES: Array<[RegExp, string]> = [
  [/\b(?:ris(?:e|es|ing|en)|rose|gr[eo]w(?:s|n|ing|th)?|increas\w*|climb\w*|up|higher|expand\w*|surg\w*|jump\w*|soar\w*|doubl\w*|tripl\w*)\b/i,
    "rise"],
  [/\b(?:f[ae]ll(?:s|ing|en)?|declin\w*|drop\w*|decreas\w*|down|lower|shr[ai]nk\w*|slump\w*|plung\w*)\b/i, "fall"],
  [/\b(?:doubl\w*|tripl\w*|quadrupl\w*)\b/i, "multiple"],
  [/\bcombined\b|\btogether\b|\bjoint(?:ly)?\b|\bmake\s+up\b/i, "combined"],
];
const senses = (text: string) => SENSES.filter(([re]) => re.test(text)).map(([, s]) => s);

// words of a statement that say nothing of the change: its flow and the words around it
const PLAIN = new Set(["trade", "exports", "imports", "export", "import", "with", "were", "was", "their", "they", "than",
  "more", "from", "saw", "all", "each", "also", "the", "and", "which", "what"]);
const stems = (text: string) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !PLAIN.has(w))
  .map((w) => w.slice(0, 3)));
/** Does the question echo the statement's own words ("more than double", "on the rise" for "rising")? Without an echo a
 * question of change ("which products' exports grew?") is one for the items' own figures, not for a list. */
const echoes = (question: string, statement: string) => {
  const said = stems(statement);
  return [...stems(question)].some((w) => said.has(w));
};
const quotes = (statement: string, value: number) => new RegExp(String.raw`(?<![\d.])${String(value).replace(".", "\\.")}(?![\d])`)
  .test(statement);

/** Does a shared list say what the question asks of its items: each sense of change, each figure quoted? */
function says(q: QuestionFrame, f: Fact): boolean {
  const statement = f.qualifier ?? "";
  // ("which products make up the combined figure": "make up" is no rise)
  const asked = senses(q.text.replace(WHICH, "").replace(/\bmakes?\s+up\b/gi, "combined"));
  const figures = q.numbers.filter((n) => n.kind === "money" || n.kind === "percent");
  if (!asked.length && !figures.length) return false;
  const stated = new Set(senses(statement));
  return asked.every((s) => stated.has(s)) && figures.every((n) => quotes(statement, n.value))
    && (figures.length > 0 || echoes(q.text.replace(WHICH, ""), statement));
}

export function solveSharedList(q: QuestionFrame, base: FactBase): FigureAnswer {
  const none: FigureAnswer = { status: "none", lines: [], figures: [] };
  const noun = WHICH.exec(q.text)?.groups?.["noun"];
  const owner = ownerOf(q);
  if (!noun || !owner) return none;
  const places = PLACES.test(noun);
  const period = q.periods[0];
  const found = base.facts.filter((f) => f.measure === "listed" && f.scope === "shared" && f.items && f.entity === owner
    && (f.metric === "partners") === places
    && (places || !q.metric || f.metric === "trade" || q.metric === "trade" || f.metric === q.metric)
    && (!period || !f.period || overlapsPeriod(f.period, period)) && says(q, f));
  // (two lists that both fit leave the question open)
  if (found.length !== 1) return none;
  const f = found[0]!;
  const when = f.period ? `, ${periodLabel(f.period)}` : "";
  const text = `Named together as “${f.qualifier}” (${place(owner)?.name ?? owner}${when}): ${joinNames(f.items!)}`;
  return { status: "answered", lines: [{ text, facts: [f] }], figures: [] };
}

export const sharedList: Intent = {
  name: "items named with one statement",
  detect: (q) => WHICH.test(q.text) && !SUPERLATIVE.test(q.text) && ownerOf(q) !== undefined,
  solve: solveSharedList,
};
