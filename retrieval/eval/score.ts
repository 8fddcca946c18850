import path from "node:path";
import { z } from "zod";
import type { Answer } from "../types.js";

export const qaSchema = z.array(z.object({
  id: z.string(),
  question: z.string(),
  kind: z.string(),
  expect: z.object({
    numbers: z.array(z.object({ value: z.number(), unit: z.string() })).default([]),
    entities: z.array(z.string()).default([]),
    docs: z.array(z.string()).default([]),
    must_not: z.array(z.unknown()).default([]),
    /** explain questions: every group needs one of its phrases in the answer text. */
    phrases: z.array(z.array(z.string())).default([]),
  }),
}).loose());

export type QaItem = z.infer<typeof qaSchema>[number];

export interface Score {
  id: string;
  kind: string;
  correct: boolean;
  numbersFound: number;
  numbersExpected: number;
  docsOk: boolean;
  entitiesOk: boolean;
  abstainedOk: boolean;
  phrasesOk: boolean;
  /** Answered, not abstained, and not correct: a confident wrong answer. */
  wrongButSure: boolean;
  /** The first reason it is not correct, for grouping failures (undefined when correct). */
  error?: ErrorKind;
  missing: string[];
}

/** Kinds of error, in the order a failure is classified (the first that applies). */
export const ERROR_KINDS = {
  "should-abstain": "answered a question the corpus cannot answer",
  abstained: "abstained although the corpus answers it",
  "missing-figure": "an expected figure is missing (wrong subject, period or measure, or not extracted)",
  "missing-entity": "a ranking or list leaves out an expected entity",
  "missing-phrase": "an explanation leaves out the explaining words",
  "missing-doc": "the figures are right but the expected document is not cited",
} as const;
export type ErrorKind = keyof typeof ERROR_KINDS;

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const scaleOf = (unit: string) => SCALES[/\b(thousand|million|billion|trillion)\b/i.exec(unit)?.[1]?.toLowerCase() ?? ""] ?? 1;

/** Within 0.5% or 0.011 absolute, after bringing both to base units. */
export function sameNumber(expected: number, expectedUnit: string, value: number, unit: string): boolean {
  const a = expected * scaleOf(expectedUnit);
  const b = value * scaleOf(unit);
  const tol = Math.max(Math.abs(a) * 0.005, 0.011 * scaleOf(expectedUnit));
  return Math.abs(a - b) <= tol;
}

/** Numbers written in a text, with the scale word after them ("1.23 trillion"). */
export function numbersInText(text: string): Array<{ value: number; unit: string }> {
  const out: Array<{ value: number; unit: string }> = [];
  for (const m of text.replace(/−/g, "-").matchAll(/(-?)\$?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion))?/gi)) {
    out.push({ value: Number(`${m[1]}${m[2]!.replace(/,/g, "")}`), unit: m[3] ?? "" });
  }
  return out;
}

const ALIASES: Record<string, string[]> = { "european union": ["eu"], "united states": ["us", "u.s."], eu: ["european union"], us: ["united states"] };
const docKey = (s: string) => path.basename(s).replace(/\.[^.]+$/, "");

/** Scores one answer against its expectations, as the seed set's README defines. */
export function scoreAnswer(item: QaItem, a: Answer): Score {
  const e = item.expect;
  const missing: string[] = [];
  const text = a.answer;
  let found = 0;
  const stated = numbersInText(text);
  for (const n of e.numbers) {
    // a negative figure also matches when stated as a fall or deficit of its absolute value
    const values = n.value < 0 ? [n.value, -n.value] : [n.value];
    const inFigures = values.some((v) => a.figures.some((f) => sameNumber(v, n.unit, f.value, f.unit)));
    const inText = values.some((v) => stated.some((x) => sameNumber(v, n.unit, x.value, x.unit || n.unit.replace(/^(?!thousand|million|billion|trillion).*/, "")) || sameNumber(v, n.unit, x.value, x.unit || n.unit)));
    if (inFigures || inText) found++;
    else missing.push(`${n.value} ${n.unit}`);
  }
  const lower = text.toLowerCase();
  const needEntities = item.kind === "ranking" || item.kind === "list";
  const entitiesOk = !needEntities || e.entities.every((ent) => {
    const names = [ent.toLowerCase(), ...(ALIASES[ent.toLowerCase()] ?? [])];
    const ok = names.some((n) => new RegExp(`(?:^|[^a-z])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:$|[^a-z])`, "i").test(lower));
    if (!ok) missing.push(`entity ${ent}`);
    return ok;
  });
  const cited = new Set(a.citations.flatMap((c) => [docKey(c.source), docKey(c.docId)]));
  const docsOk = e.docs.every((d) => {
    const ok = cited.has(docKey(d));
    if (!ok) missing.push(`doc ${d}`);
    return ok;
  });
  const flat = (t: string) => t.toLowerCase().replace(/[-‐‑–]/g, " ").replace(/\s+/g, " ");
  const phrasesOk = e.phrases.every((group) => {
    const ok = group.some((p) => flat(text).includes(flat(p)));
    if (!ok) missing.push(`phrase ${group.join(" | ")}`);
    return ok;
  });
  const unanswerable = item.kind === "unanswerable";
  const abstainedOk = unanswerable ? a.abstained : !a.abstained;
  if (!abstainedOk) missing.push(unanswerable ? "should abstain" : "abstained");
  const numbersOk = found === e.numbers.length;
  const correct = unanswerable ? a.abstained : abstainedOk && numbersOk && entitiesOk && docsOk && phrasesOk;
  const error: ErrorKind | undefined = correct ? undefined
    : unanswerable ? "should-abstain"
    : !abstainedOk ? "abstained"
    : !numbersOk ? "missing-figure"
    : !entitiesOk ? "missing-entity"
    : !phrasesOk ? "missing-phrase"
    : "missing-doc";
  return {
    id: item.id, kind: item.kind, correct, numbersFound: found, numbersExpected: e.numbers.length, docsOk, entitiesOk,
    abstainedOk, phrasesOk, wrongButSure: !correct && !a.abstained, ...(error && { error }), missing,
  };
}

export function summaryLine(scores: Score[]): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");
  const nums = scores.reduce((s, x) => s + x.numbersExpected, 0);
  const numsFound = scores.reduce((s, x) => s + x.numbersFound, 0);
  const answerable = scores.filter((s) => s.kind !== "unanswerable");
  const unans = scores.filter((s) => s.kind === "unanswerable");
  return `eval: ${scores.length} questions, correct ${pct(scores.filter((s) => s.correct).length, scores.length)}, figures ${pct(numsFound, nums)}, citations ${pct(answerable.filter((s) => s.docsOk).length, answerable.length)}, abstentions ${pct(unans.filter((s) => s.abstainedOk).length, unans.length)}, wrong-but-sure ${pct(scores.filter((s) => s.wrongButSure).length, scores.length)}`;
}

/** Failures grouped by kind of error, most frequent first: what to fix next. */
export function failureReport(scores: Score[], questions: Map<string, string>): string {
  const groups = new Map<ErrorKind, Score[]>();
  for (const s of scores) if (s.error) groups.set(s.error, [...(groups.get(s.error) ?? []), s]);
  return [...groups].sort((a, b) => b[1].length - a[1].length).map(([kind, list]) => [
    `## ${kind} (${list.length}): ${ERROR_KINDS[kind]}`,
    ...list.map((s) => `- ${s.id} [${s.kind}${s.wrongButSure ? ", wrong-but-sure" : ""}] ${questions.get(s.id) ?? ""} — ${s.missing.join(", ")}`),
  ].join("\n")).join("\n\n");
}
