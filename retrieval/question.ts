import { UserError } from "../index/errors.js";

/** Longest question we accept: a question, not a document. */
export const MAX_QUESTION_CHARS = 1000;

/**
 * Chat mention tokens: users (`<@id>`, `<@!id>`), roles (`<@&id>`), channels (`<#id>`), `@everyone`, `@here`.
 * They address people, not the documents: read as words they turn a figure question into one nothing answers.
 */
const MENTION_TOKENS = /<(?:@[!&]?|#)\d+>|(?<![\w.@])@(?:everyone|here)\b/g;

/** Strips invisible and direction-control characters and mention tokens, and collapses whitespace. */
export function normaliseQuestion(raw: string): string {
  return raw
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "")
    .replace(MENTION_TOKENS, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Validates a user's question; empty or oversized questions are user errors, not crashes. */
export function validateQuestion(raw: string): string {
  const q = normaliseQuestion(raw);
  if (!q || !/[\p{L}\p{N}]/u.test(q)) throw new UserError("QUESTION_EMPTY", "the question is empty: ask something like \"how much did Shanxi's foreign trade grow in the first half of 2021?\"");
  if (q.length > MAX_QUESTION_CHARS) throw new UserError("QUESTION_TOO_LONG", `the question is ${q.length} characters long; the limit is ${MAX_QUESTION_CHARS}`);
  return q;
}
