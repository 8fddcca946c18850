import type { Store } from "./store.js";

export interface ConversationContext {
  /** The question the next follow-up continues from; undefined when the conversation is new or expired. */
  previous?: string;
  /** The conversation exists but its context is older than the time to live. */
  expired: boolean;
}

/**
 * Conversations by key ("thread:<id>", "dm:<channel>", "terminal") on top of the store: a follow-up
 * continues from the last answered question while it is fresh; state survives restarts.
 */
export class Conversations {
  constructor(
    private readonly store: Store,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The context under `key`, or undefined if no conversation was ever opened there. */
  context(key: string): ConversationContext | undefined {
    const c = this.store.conversation(key);
    if (!c) return undefined;
    const expired = this.now() - c.updatedAt > this.ttlMs;
    return { expired, ...(!expired && c.lastQuestion !== undefined && { previous: c.lastQuestion }) };
  }

  /** Opens a conversation at an answer, or moves it on to one (null: starts it over): the next follow-up continues from it. */
  continueFrom(key: string, answerId: string | null, guildId: string | null = null): void {
    this.store.openConversation(key, answerId, guildId);
  }
}
