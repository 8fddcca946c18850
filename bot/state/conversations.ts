import type { Conversation, StateStore } from "./types.js";

export interface ConversationContext {
  /** The question the next follow-up continues from; undefined when the conversation is new or expired. */
  previous?: string;
  /** The conversation exists but its context is older than the time to live. */
  expired: boolean;
}

/** What a stored conversation gives the next follow-up, `ttlMs` after its last turn. */
function contextOf(c: Conversation | undefined, ttlMs: number, now: number): ConversationContext | undefined {
  if (!c) return undefined;
  const expired = now - c.updatedAt > ttlMs;
  return { expired, ...(!expired && c.lastQuestion !== undefined && { previous: c.lastQuestion }) };
}

/**
 * Conversations by key ("thread:<id>", "dm:<channel>", "terminal") on top of the state store: a
 * follow-up continues from the last answered question while it is fresh; state survives restarts, and
 * any process sharing the store continues any conversation.
 */
export class SharedConversations {
  constructor(
    private readonly store: Pick<StateStore, "conversation" | "openConversation">,
    readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The context under `key`, or undefined if no conversation was ever opened there. */
  async context(key: string): Promise<ConversationContext | undefined> {
    return contextOf(await this.store.conversation(key), this.ttlMs, this.now());
  }

  /** Opens a conversation at an answer, or moves it on to one (null: starts it over). */
  async continueFrom(key: string, answerId: string | null, guildId: string | null = null): Promise<void> {
    await this.store.openConversation(key, answerId, guildId);
  }
}
