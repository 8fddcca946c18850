import { BOTH_FLOWS, type QuestionFrame } from "../figures/query.js";
import { solve, type FactBase, type FigureAnswer } from "../figures/solve.js";
import type { Intent } from "./types.js";

/**
 * "Hubei's exports and imports in 2024, with growth rates?": each flow on its own. ("Imports and
 * exports", the usual name of total trade, stays one flow.)
 */

function solveBothFlows(q: QuestionFrame, base: FactBase): FigureAnswer {
  const parts = (["exports", "imports"] as const).map((metric) => solve({ ...q, metric }, base));
  // (one flow not stated: the question plan names the one found and the other as not found; neither stated is no cue to
  // answer with the total of both)
  if (parts.every((p) => p.status !== "answered")) return { status: "abstain", lines: [], figures: [] };
  if (parts.some((p) => p.status !== "answered")) return { status: "none", lines: [], figures: [] };
  return { status: "answered", lines: parts.flatMap((p) => p.lines), figures: parts.flatMap((p) => p.figures) };
}

export const bothFlows: Intent = {
  name: "exports and imports, each",
  detect: (q) => q.intent === "lookup" && BOTH_FLOWS.test(q.text),
  solve: solveBothFlows,
};
