import type { QuestionFrame } from "../figures/query.js";
import type { FactBase, FigureAnswer } from "../figures/solve.js";
import { bothFlows } from "./bothFlows.js";
import { changeBetween } from "./changeBetween.js";
import { compareCounts } from "./compareCounts.js";
import { compareSubjects } from "./compareSubjects.js";
import { impliedFlow } from "./impliedFlow.js";
import { impliedNational } from "./impliedNational.js";
import { rankPeriods } from "./rankPeriods.js";
import { shareOfParent } from "./shareOfParent.js";
import { shareOfCount } from "./shareOfCount.js";
import { shareOfPart } from "./shareOfPart.js";
import { namedList, rankWithin } from "./rankWithin.js";
import { ratioIntent } from "./ratio.js";
import { sharedList } from "./sharedLists.js";
import type { Intent } from "./types.js";

/** Intents in the order they are tried; the first that detects a question and answers it wins. */
export const INTENTS: Intent[] = [rankPeriods, sharedList, namedList, bothFlows, impliedNational, impliedFlow, ratioIntent,
  changeBetween, shareOfCount, shareOfParent, shareOfPart, compareCounts, compareSubjects, rankWithin];

/** The answer of the first intent that detects the question and finds figures, if any. */
export function solveByIntent(q: QuestionFrame, base: FactBase): FigureAnswer | undefined {
  for (const intent of INTENTS) {
    if (!intent.detect(q)) continue;
    const result = intent.solve(q, base);
    // an intent that recognised the question answers it or abstains; "none" lets the next one try
    if (result.status !== "none") return result;
  }
  return undefined;
}
