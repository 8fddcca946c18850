import { randomBytes } from "node:crypto";
import { isUserError } from "../../index/errors.js";
import type { BotContext } from "./types.js";

export const newErrorId = () => randomBytes(4).toString("hex");

/** What the user is told about a failure: their mistake in their words, anything else as an apology whose id is in the log. */
export function failureText(err: unknown, ctx: BotContext, where: Record<string, unknown>): string {
  if (isUserError(err)) return `⚠️ ${err.message}`;
  const errorId = newErrorId();
  ctx.log.error({ err, errorId, ...where }, "request failed");
  return `Sorry, something went wrong on my side (error id ${errorId}). Please try again later.`;
}

/** Counts a request against the user's and the channel's limits; says when to retry if over. */
export function rateLimitText(ctx: BotContext, userId: string, channelId: string): string | undefined {
  const hit = ctx.limiter.take({ user: userId, channel: channelId });
  if (!hit) return undefined;
  const secs = Math.ceil(hit.retryInMs / 1000);
  return hit.scope === "user" ? `You're asking quickly: try again in ${secs} s.` : `This channel is busy: try again in ${secs} s.`;
}
