import { MessageFlags, RESTJSONErrorCodes, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction, type ModalSubmitInteraction } from "discord.js";
import { renderNotice, type DiscordPayload } from "../render/discord.js";
import { failureText, rateLimitText } from "./notices.js";
import { missingPermissions } from "./permissions.js";
import { isIgnored } from "./serverSettings.js";
import type { BotContext, ButtonHandler, ModalHandler, SlashCommand } from "./types.js";

type Repliable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/** The handler whose prefix starts a custom id ("fb:down:ab12" → "fb:down"), and the rest of the id. */
function route<H extends { prefix: string }>(handlers: H[], customId: string): [H, string] | undefined {
  const h = handlers.filter((x) => customId.startsWith(`${x.prefix}:`)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return h && [h, customId.slice(h.prefix.length + 1)];
}

/** Tells the user what went wrong: their mistake in their words, anything else as an apology with an id. */
async function fail(i: Repliable, err: unknown, ctx: BotContext): Promise<void> {
  // Discord refused for lack of a permission: say which of the needed ones the bot lacks in that channel
  if ((err as { code?: unknown } | null)?.code === RESTJSONErrorCodes.MissingPermissions) {
    ctx.log.warn({ guild: i.guildId, channel: i.channelId, missing: missingPermissions(i.appPermissions) }, "missing permissions in a channel");
  }
  const text = failureText(err, ctx, { command: i.isChatInputCommand() ? i.commandName : i.customId });
  const payload = { ...renderNotice(text), flags: MessageFlags.Ephemeral as const };
  try {
    if (i.deferred && !i.ephemeral) {
      // a public "thinking…" cannot turn private: remove it and apologise privately
      await i.deleteReply().catch(() => undefined);
      await i.followUp(payload);
    } else if (i.deferred || i.replied) await i.editReply({ content: payload.content ?? "", embeds: [], components: [] });
    else await i.reply(payload);
  } catch (e) {
    ctx.log.warn({ err: e }, "could not report an error to the user");
  }
}

/**
 * A command whose reply everyone would see, used in a channel the server asked the bot to keep quiet in
 * (/settings ignore): refused privately, pointing to what still works there. Private replies go on.
 */
async function quietHere(i: ChatInputCommandInteraction, cmd: SlashCommand, ctx: BotContext): Promise<string | undefined> {
  if (!i.guildId || !i.channelId || cmd.ephemeral?.(i)) return undefined;
  const parentId = i.channel?.isThread() ? i.channel.parentId : undefined;
  if (!isIgnored(await ctx.store.settings(i.guildId), i.channelId, parentId)) return undefined;
  const privately = cmd.data.options?.some((o) => o.name === "private") ? ", or add private:True to see the answer only yourself" : "";
  return `This server has asked me not to post in this channel: use /${cmd.data.name} in another channel${privately}.`;
}

async function runCommand(i: ChatInputCommandInteraction, cmd: SlashCommand, ctx: BotContext): Promise<void> {
  const refusal = cmd.requires && !i.memberPermissions?.has(cmd.requires.permission)
    ? `Only members with the ${cmd.requires.name} permission can use /${cmd.data.name}.`
    : cmd.refuse?.(i, ctx);
  if (refusal) {
    await i.reply({ ...renderNotice(refusal), flags: MessageFlags.Ephemeral });
    return;
  }
  const quiet = await quietHere(i, cmd, ctx);
  if (quiet) {
    await i.reply({ ...renderNotice(quiet), flags: MessageFlags.Ephemeral });
    return;
  }
  const limited = cmd.unlimited ? undefined : rateLimitText(ctx, i.user.id, i.channelId ?? "dm");
  if (limited) {
    await i.reply({ ...renderNotice(limited), flags: MessageFlags.Ephemeral });
    return;
  }
  // acknowledge at once: Discord gives 3 seconds, answers may take longer
  await i.deferReply(cmd.ephemeral?.(i) ? { flags: MessageFlags.Ephemeral } : {});
  const payload: DiscordPayload = await cmd.execute(i, ctx);
  await i.editReply(payload);
}

/** The one interaction boundary: routes, defers, catches once, logs with an id, replies ephemerally on failure. */
export async function handleInteraction(i: Interaction, ctx: BotContext, commands: SlashCommand[], buttons: ButtonHandler[], modals: ModalHandler[] = []): Promise<void> {
  if (i.isAutocomplete()) {
    const cmd = commands.find((c) => c.data.name === i.commandName);
    const choices = await cmd?.autocomplete?.(i, ctx).catch((err: unknown) => { ctx.log.warn({ err }, "autocomplete failed"); return []; }) ?? [];
    await i.respond(choices.slice(0, 25)).catch((err: unknown) => ctx.log.warn({ err }, "autocomplete reply failed"));
    return;
  }
  if (i.isChatInputCommand()) {
    const cmd = commands.find((c) => c.data.name === i.commandName);
    try {
      if (!cmd) throw new Error(`unknown command /${i.commandName}`);
      await runCommand(i, cmd, ctx);
    } catch (err) {
      await fail(i, err, ctx);
    }
    return;
  }
  if (i.isButton()) {
    try {
      const routed = route(buttons, i.customId);
      if (!routed) throw new Error(`unknown button ${i.customId}`);
      const [handler, arg] = routed;
      if (handler.mode === "modal") await i.showModal(await handler.execute(i, arg, ctx));
      else if (handler.mode === "deferred") {
        await i.deferReply({ flags: MessageFlags.Ephemeral });
        await i.editReply(await handler.execute(i, arg, ctx));
      } else {
        const payload = await handler.execute(i, arg, ctx);
        if (handler.mode === "update") await i.update(payload);
        else await i.reply({ ...payload, flags: MessageFlags.Ephemeral });
      }
    } catch (err) {
      await fail(i, err, ctx);
    }
    return;
  }
  if (i.isModalSubmit()) {
    try {
      const routed = route(modals, i.customId);
      if (!routed) throw new Error(`unknown form ${i.customId}`);
      await i.reply({ ...(await routed[0].execute(i, routed[1], ctx)), flags: MessageFlags.Ephemeral });
    } catch (err) {
      await fail(i, err, ctx);
    }
  }
}
