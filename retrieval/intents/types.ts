import type { QuestionFrame } from "../figures/query.js";
import type { FactBase, FigureAnswer } from "../figures/solve.js";

/**
 * One kind of question: how to recognise it and how to answer it from facts. Intents are tried in
 * the registry's order; the first whose `detect` accepts the question answers it.
 */
export interface Intent {
  name: string;
  detect(q: QuestionFrame): boolean;
  solve(q: QuestionFrame, base: FactBase): FigureAnswer;
}
