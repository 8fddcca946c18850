import { UserError } from "../index/errors.js";

/** Longest question we accept: a question, not a document. */
export const MAX_QUESTION_CHARS = 1000;

/**
 * Chat mention tokens: users (`<@id>`, `<@!id>`), roles (`<@&id>`), channels (`<#id>`), `@everyone`, `@here`.
 * They address people, not the documents: read as words they turn a figure question into one nothing answers.
 */
const MENTION_TOKENS = /<(?:@[!&]?|#)\d+>|(?<![\w.@])@(?:everyone|here)\b/g;

/**
 * What people type before the question in a chat: a greeting with or without the bot's name ("hey bot,", "hi
 * tradewise -"), the bot addressed by a typed name ("@tradewise"), a label ("quick q:", "question:"). None is asked;
 * read as words they hide the question's first word ("hey bot, why did …" asks why).
 */
const GREETING = String.raw`(?:hey|hi|hello|yo|ok|okay)(?:\s+(?:there|bot|tradewise|all|guys|folks))?`;
// (set off by punctuation or a dash that is no hyphen inside a word: "hi-tech exports", "ok-grade steel" greet no one)
const SET_OFF = String.raw`(?:\s*[,:;!.]+\s*|\s*[-–—]+(?![\w'’])\s*|\s+[-–—]+\s*|\s+(?=@))`;
const CHAT_OPENER = new RegExp(String.raw`^(?:${GREETING}${SET_OFF}|(?:hey|hi|hello)\s+(?:bot|tradewise)\s+|@[\w-]+\s*[,:;\-–—]*\s*`
  + String.raw`|(?:quick|small|simple)\s+(?:q|question)\s*[,:;?\-–—]+\s*|q(?:uestion)?\s*:\s*)`, "i");

/** The question without the chat openers before it ("hey bot, quick q: …"). */
const withoutOpeners = (q: string): string => {
  let rest = q;
  for (let m = CHAT_OPENER.exec(rest); m && m[0].length < rest.length; m = CHAT_OPENER.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
};

/** Strips invisible and direction-control characters, mention tokens and chat openers, and collapses whitespace. */
export function normaliseQuestion(raw: string): string {
  return withoutOpeners(raw
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "")
    .replace(MENTION_TOKENS, " ")
    .replace(/\s+/g, " ")
    .trim());
}

/** Validates a user's question; empty or oversized questions are user errors, not crashes. */
export function validateQuestion(raw: string): string {
  const q = normaliseQuestion(raw);
  if (!q || !/[\p{L}\p{N}]/u.test(q)) throw new UserError("QUESTION_EMPTY", "the question is empty: ask something like \"how much did Shanxi's foreign trade grow in the first half of 2021?\"");
  if (q.length > MAX_QUESTION_CHARS) throw new UserError("QUESTION_TOO_LONG", `the question is ${q.length} characters long; the limit is ${MAX_QUESTION_CHARS}`);
  return q;
}
