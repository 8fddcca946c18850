import { Client, Events, GatewayIntentBits, Partials } from "discord.js";
import { BUTTONS, COMMANDS } from "./commands/index.js";
import { handleInteraction } from "./interactions.js";
import { handleMessage } from "./mentions.js";
import type { BotContext } from "./types.js";

export interface ClientOptions {
  /** Base URL of Discord's REST API; a local stand-in in tests. */
  restApi?: string;
}

/** A discord.js client wired to the handlers. Reading messages (mentions) needs the privileged Message Content intent. */
export function createClient(ctx: BotContext, options: ClientOptions = {}): Client {
  const mentions = ctx.config.DISCORD_MENTIONS;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, ...(mentions ? [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages] : [])],
    partials: mentions ? [Partials.Channel] : [],
    allowedMentions: { parse: [], repliedUser: false },
    ...(options.restApi && { rest: { api: options.restApi } }),
  });
  client.on(Events.InteractionCreate, (i) => {
    handleInteraction(i, ctx, COMMANDS, BUTTONS).catch((err: unknown) => ctx.log.error({ err }, "interaction handler crashed"));
  });
  if (mentions) {
    client.on(Events.MessageCreate, (m) => {
      handleMessage(m, ctx, client.user?.id ?? "").catch((err: unknown) => ctx.log.error({ err }, "message handler crashed"));
    });
  }
  client.on(Events.Error, (err) => ctx.log.error({ err }, "discord client error"));
  client.on(Events.ShardError, (err) => ctx.log.error({ err }, "gateway error"));
  return client;
}
