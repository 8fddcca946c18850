import { createRequire } from "node:module";
import { Client, Events, GatewayIntentBits, Partials, type Guild } from "discord.js";
import { readsMessages } from "../config.js";
import { BUTTONS, COMMANDS, MODALS } from "./commands/index.js";
import { handleInteraction } from "./interactions.js";
import { handleMessage } from "./messages.js";
import { missingPermissions } from "./permissions.js";
import type { ShardPlan } from "./shards.js";
import type { BotContext } from "./types.js";

export interface ClientOptions {
  /** Base URL of Discord's REST API; a local stand-in in tests. */
  restApi?: string;
  /** The gateway shards this client runs (bot/discord/shards.ts); unset: discord.js's default, one shard. */
  shards?: ShardPlan;
}

/**
 * The undici that discord.js's REST client sends with. Without an agent of its own it sends through the process's
 * global dispatcher, which belongs to whichever undici version loaded first: jsdom brings another, and a
 * process that read an HTML page before loading discord.js then failed every upload (charts, files) with
 * "action is not a function" while JSON replies went through.
 */
function restUndici(): typeof import("undici") {
  const fromDiscord = createRequire(createRequire(import.meta.url).resolve("discord.js"));
  return createRequire(fromDiscord.resolve("@discordjs/rest"))("undici") as typeof import("undici");
}

/**
 * A discord.js client wired to the handlers. Reading messages (mentions, DMs, follow-ups in threads)
 * needs the privileged Message Content intent; slash commands and buttons do not.
 */
export function createClient(ctx: BotContext, options: ClientOptions = {}): Client {
  const reads = readsMessages(ctx.config);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, ...(reads ? [GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent, GatewayIntentBits.DirectMessages] : [])],
    partials: reads ? [Partials.Channel] : [],
    allowedMentions: { parse: [], repliedUser: false },
    rest: { agent: new (restUndici().Agent)(), ...(options.restApi && { api: options.restApi }) },
    ...(options.shards && { shards: [...options.shards.ids], shardCount: options.shards.count }),
  });
  client.on(Events.InteractionCreate, (i) => {
    handleInteraction(i, ctx, COMMANDS, BUTTONS, MODALS).catch((err: unknown) => ctx.log.error({ err }, "interaction handler crashed"));
  });
  if (reads) {
    client.on(Events.MessageCreate, (m) => {
      handleMessage(m, ctx, client.user?.id ?? "").catch((err: unknown) => ctx.log.error({ err }, "message handler crashed"));
    });
  }
  // a server that lacks a permission the bot needs is named in the log, at start and on joining
  const checkServer = (guild: Guild) => {
    const missing = missingPermissions(guild.members.me?.permissions);
    if (missing.length) ctx.log.warn({ guild: guild.id, missing }, `missing permissions on server ${guild.name}: ${missing.join(", ")}`);
  };
  client.once(Events.ClientReady, (c) => c.guilds.cache.forEach(checkServer));
  client.on(Events.GuildCreate, checkServer);
  client.on(Events.Error, (err) => ctx.log.error({ err }, "discord client error"));
  client.on(Events.ShardError, (err, shard) => ctx.log.error({ err, shard }, "gateway error"));
  client.on(Events.ShardReady, (shard) => ctx.log.info({ shard }, `shard ${shard} ready`));
  client.on(Events.ShardDisconnect, (event, shard) =>
    ctx.log.warn({ shard, code: event.code }, `shard ${shard} disconnected`));
  return client;
}
