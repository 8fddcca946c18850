import { answer, type AnswerOptions, type Engine } from "./answer.js";
import { continueQuestion } from "./followup.js";
import { MAX_QUESTION_CHARS, validateQuestion } from "./question.js";
import type { Fact } from "../text/terms.js";
import type { Answer } from "./types.js";

/** The question a later follow-up continues from: the one actually answered. */
export const answeredQuestion = (a: Answer): string => a.followUp?.question ?? a.question;

/**
 * Answers `question` as the next turn after `previous` (the question answered last time, if any):
 * a follow-up is completed from it, and the answer says how it was read.
 */
export async function answerTurn(
  question: string,
  previous: string | undefined,
  engine: Engine<Fact>,
  options: AnswerOptions = {},
): Promise<Answer> {
  const asked = validateQuestion(question);
  let reading = continueQuestion(previous, asked);
  if (reading.question.length > MAX_QUESTION_CHARS) reading = { question: asked, carried: [] };
  const a = await answer(reading.question, engine, options);
  return reading.question === asked ? a : { ...a, question: asked, followUp: reading };
}
