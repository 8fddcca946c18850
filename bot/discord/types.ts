import type {
  APIModalInteractionResponseCallbackData, AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Config } from "../config.js";
import type { EngineHolder } from "../engineHolder.js";
import type { Logger } from "../logger.js";
import type { DiscordPayload } from "../render/discord.js";
import type { Collections } from "../collections/collections.js";
import type { SharedConversations } from "../state/conversations.js";
import type { StateStore } from "../state/types.js";
import type { RateLimiter } from "./rateLimit.js";

export interface BotContext {
  engines: EngineHolder;
  config: Config;
  log: Logger;
  limiter: RateLimiter;
  /** Answers kept for their buttons, feedback, conversations, uploads (SQLite, or PostgreSQL with DATABASE_URL). */
  store: StateStore;
  conversations: SharedConversations;
  /** Each server's documents: the base corpus plus its uploads. */
  collections: Collections;
}

/** One slash command: its registration data, its preconditions as data, and its handler. */
export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Member permission required to run it (checked before anything else). */
  requires?: { permission: bigint; name: string };
  /** Any other precondition: a reason to refuse, said privately before anything runs. */
  refuse?: (i: ChatInputCommandInteraction, ctx: BotContext) => string | undefined;
  /** Whether the reply is only visible to the caller. */
  ephemeral?: (i: ChatInputCommandInteraction) => boolean;
  /** Skips the rate limit (cheap, read-only commands). */
  unlimited?: boolean;
  execute(i: ChatInputCommandInteraction, ctx: BotContext): Promise<DiscordPayload>;
  autocomplete?(i: AutocompleteInteraction, ctx: BotContext): Promise<Array<{ name: string; value: string }>>;
}

/** A button family, routed by the prefix of its custom id ("cite:", "sources:"). */
export type ButtonHandler = {
  prefix: string;
} & (
  /** "update" edits the message the button is on; "reply" answers privately ("deferred": after a private "thinking…"). */
  | { mode: "update" | "reply" | "deferred"; execute(i: ButtonInteraction, arg: string, ctx: BotContext): Promise<DiscordPayload> }
  /** Opens a form; its submission goes to the modal handler with the same prefix. */
  | { mode: "modal"; execute(i: ButtonInteraction, arg: string, ctx: BotContext): Promise<APIModalInteractionResponseCallbackData> }
);

/** A submitted form, routed by the prefix of its custom id; the reply is private. */
export interface ModalHandler {
  prefix: string;
  execute(i: ModalSubmitInteraction, arg: string, ctx: BotContext): Promise<DiscordPayload>;
}
