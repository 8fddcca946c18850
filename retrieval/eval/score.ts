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

// The matching below is a port of ../shared/eval/score.mjs, the scorer the product is measured with: keep them equal.
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const scaleOf = (unit: string) => SCALES[/thousand|million|billion|trillion/i.exec(unit)?.[0]?.toLowerCase() ?? ""] ?? 1;
const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.011, Math.abs(b) * 0.005);

/** The same figure: within 0.5% (or 0.011) as written, in absolute value, or after bringing both to base units. */
export function sameNumber(expected: number, expectedUnit: string, value: number, unit: string): boolean {
  return close(value, expected) || close(Math.abs(value), Math.abs(expected))
    || close(value * scaleOf(unit), expected * scaleOf(expectedUnit));
}

/** Numbers written in a text, each with the 12 characters after it (where a scale word would be). */
export function numbersInText(text: string): Array<{ value: number; unit: string }> {
  const out: Array<{ value: number; unit: string }> = [];
  for (const m of text.matchAll(/-?\d[\d,]*(?:\.\d+)?/g)) {
    const value = Number(m[0].replace(/,/g, ""));
    if (Number.isFinite(value)) out.push({ value, unit: text.slice(m.index + m[0].length, m.index + m[0].length + 12) });
  }
  return out;
}

const ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
  "twentieth"];
const ALIASES: Record<string, string[]> = {
  "european union": ["eu"], "united states": ["us", "u s", "usa", "america"], "association of southeast asian nations": ["asean"],
  "foreign-funded": ["foreign-invested", "foreign funded", "foreign invested"],
  "foreign-invested": ["foreign-funded", "foreign funded", "foreign invested"],
};
const norm = (t: string) => ` ${t.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()} `;
const squash = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, "");
const docKey = (s: string) => path.basename(s).replace(/\.[a-z0-9]+$/i, "");

function hasNumber(a: Answer, want: { value: number; unit: string }): boolean {
  // a rank may be written as a word ("seventh in the country", "the fifth highest")
  const word = ORDINALS[want.value];
  if (/^rank/i.test(want.unit) && word && new RegExp(`\\b${word}\\b`, "i").test(a.answer)) return true;
  const candidates = [...a.figures.map((f) => ({ value: Number(f.value), unit: f.unit ?? "" })), ...numbersInText(a.answer)];
  return candidates.some((c) => sameNumber(want.value, want.unit, c.value, c.unit));
}

function namesEntity(text: string, entity: string): boolean {
  const spaced = norm(text);
  const flat = squash(text);
  const forms = [entity, ...(ALIASES[entity.toLowerCase()] ?? [])];
  return forms.some((f) => spaced.includes(norm(f)) || (squash(f).length > 4 && flat.includes(squash(f))));
}

/** Scores one answer against its expectations, as the sets' README defines. */
export function scoreAnswer(item: QaItem, a: Answer): Score {
  const e = item.expect;
  const missing: string[] = [];
  const text = a.answer;
  let found = 0;
  for (const n of e.numbers) {
    if (hasNumber(a, n)) found++;
    else missing.push(`${n.value} ${n.unit}`);
  }
  const needEntities = item.kind === "ranking" || item.kind === "list";
  const entitiesOk = !needEntities || e.entities.every((ent) => {
    const ok = namesEntity(text, ent);
    if (!ok) missing.push(`entity ${ent}`);
    return ok;
  });
  const cited = new Set(a.citations.flatMap((c) => [docKey(c.source), docKey(c.docId)]));
  const docsOk = e.docs.every((d) => {
    const ok = cited.has(docKey(d));
    if (!ok) missing.push(`doc ${d}`);
    return ok;
  });
  const flat = (t: string) => t.toLowerCase().replace(/[\u2010-\u2015-]/g, " ").replace(/\s+/g, " ");
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
