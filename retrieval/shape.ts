/**
 * Does an answer have the shape its question asks? A list or a ranking is answered by several items, never by the
 * figures of the one place the question itself names ("which zones of X did most …" by X's own total), nor by a
 * quoted sentence that names no list. A wrong answer is worse than none: such an answer abstains, and what it found is
 * shown as the closest the documents have.
 */
import { findEnumerations } from "../text/enumerations.js";
import type { Fact } from "../text/terms.js";
import type { QuestionFrame } from "./figures/query.js";

// "trade by mode", "exports by partner", "imports by product": a breakdown asks for its parts
const BREAKDOWN = new RegExp(String.raw`\bby\s+(?:trade\s+)?(?:modes?|types?|partners?|markets?|countr(?:y|ies)|`
  + String.raw`products?|categor(?:y|ies)|commodit(?:y|ies)|regions?|cities|city|ports?|destinations?|origins?|`
  + String.raw`sectors?|industr(?:y|ies)|ownership)\b`, "i");
// "which of X's partners …": several of a kind, by the plural that names them
const WHICH_OF = /^\s*(?:which|what)\s+of\s+(?:[\w-]+['’]s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}[\w-]+[^s'’\s]s\b/i;

/** Does a question ask for several items: a list, a ranking, a breakdown, "which of X's partners …"? */
export function asksSeveral(frame: Pick<QuestionFrame, "intent" | "text">): boolean {
  return frame.intent === "list" || frame.intent === "rank" || BREAKDOWN.test(frame.text) || WHICH_OF.test(frame.text);
}

const periodKey = (f: Fact) => (f.period ? `${f.period.y1}-${f.period.m1}-${f.period.y2}-${f.period.m2}` : "");

/**
 * Are an answer's figures all of one item, and that item the one the question names itself (its place, partner and
 * goods, in one period)? Then they name none of the items asked: "rank X's zones" answered with X's own trade.
 */
export function namesOnlyAsked(frame: Pick<QuestionFrame, "entities" | "partners" | "subjects">, facts: Fact[]): boolean {
  if (!facts.length) return false;
  const keys = new Set(facts.map((f) => `${f.entity}|${f.partner ?? ""}|${f.subject ?? ""}|${periodKey(f)}`));
  const [f] = facts;
  return keys.size === 1 && !facts.some((x) => x.items?.length || x.members?.length)
    && (frame.entities.includes(f!.entity) || f!.entity === "china")
    && (!f!.partner || frame.partners.includes(f!.partner)) && (!f!.subject || frame.subjects.includes(f!.subject));
}

// "top 3 …", "rank …", "in order": several items asked by number or by order (not "which city was biggest?")
const SEVERAL_RANKED = new RegExp(String.raw`\btop\s*(?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten)\b|`
  + String.raw`\b(?:rank|ranked|order|sort|sorted)\b`, "i");

/** Must a quoted answer to a question name several things: a list, or a ranking of several? */
export const quoteNamesSeveral = (frame: Pick<QuestionFrame, "intent" | "text">) =>
  frame.intent === "list" || (frame.intent === "rank" && SEVERAL_RANKED.test(frame.text));

/** Does a sentence name several things in a list ("A, B and C", "such as A and B")? */
export const namesSeveral = (text: string) => findEnumerations(text).some((e) => e.items.length >= 2);
