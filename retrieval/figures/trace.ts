import type { Fact } from "../../text/terms.js";
import type { Plan } from "../plans/read.js";
import { describeQuantity, planContext } from "../plans/run.js";
import { quantitySpec, statedFact } from "../plans/quantity.js";
import type { QuestionFrame } from "./query.js";
import { candidates, matchFact, traceRejections, withoutUnaskedParts, type Spec } from "./select.js";
import { baseSpec, lookupMeasures, lookupSubjects, type FactBase } from "./solve.js";

/** One thing the answer looks a fact up as: a plan's quantity, or a look-up's place and partner. */
export interface Asked {
  label: string;
  spec: Spec;
  /** The fact the plan's quantity resolves to (its filters after matching applied); none for a look-up. */
  picked?: () => Fact | undefined;
}

/**
 * What a question looks facts up as, with the specs the answer itself uses: each quantity of its plan (and of the
 * plans after it), or, with no plan, each place and partner of its look-up.
 */
export function askedOf(frame: QuestionFrame, plan: Plan | undefined, base: FactBase): Asked[] {
  const out: Asked[] = [];
  for (let p = plan; p; p = p.next) {
    const ctx = planContext(p, base, frame.text);
    for (const q of [...p.inputs, ...(p.also ?? [])]) {
      out.push({ label: describeQuantity(q), spec: quantitySpec(q, ctx), picked: () => statedFact(q, ctx) });
    }
  }
  if (plan || !frame.asksFigure) return out;
  const { measures } = lookupMeasures(frame);
  const spec = baseSpec(frame);
  for (const entity of lookupSubjects(frame)) {
    for (const partner of frame.partners.length ? frame.partners : [undefined]) {
      out.push({ label: `look-up of ${entity}${partner ? ` with ${partner}` : ""}`, spec: { ...spec, entity, partner, measures } });
    }
  }
  return out;
}

/**
 * Where the answer drops a fact for one thing asked: the field matchFact turns it down on, or, matched, the facts
 * ranked before it, or the filters after matching (a twin with fewer parts, the plan's unit, volume or period filters).
 */
export function whereDropped(f: Fact, asked: Asked, base: FactBase): string {
  if (!base.facts.includes(f)) return "not in the figure index (corrected, or respelled as another subject)";
  const reasons: string[] = [];
  const score = traceRejections((r) => reasons.push(r), () => matchFact(f, asked.spec));
  if (score === null) return `rejected on ${reasons[0] ?? "?"}`;
  const found = candidates(base.facts, asked.spec);
  const rank = found.indexOf(f);
  if (rank < 0) return `matched (score ${score}) but dropped as a rounding of an exact figure`;
  if (!withoutUnaskedParts(found, asked.spec.words).includes(f)) return `matched (score ${score}) but yields to a twin with fewer parts`;
  const head = `matched (score ${score}), rank ${rank + 1} of ${found.length}`;
  if (!asked.picked) return rank === 0 ? head : `${head}; first: ${brief(found[0]!)}`;
  const picked = asked.picked();
  if (picked === f) return `${head}; picked`;
  return `${head}; the plan picks ${picked ? brief(picked) : "nothing (filtered after matching: unit, volume, base, forecast or month)"}`;
}

const brief = (f: Fact) => `${f.entity} ${f.metric} ${f.measure} ${f.value} ${f.unit}${f.subject ? ` subject=${f.subject}` : ""}`
  + `${f.qualifier ? ` qualifier=${f.qualifier}` : ""}`;
