import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from "discord.js";
import { renderNotice, type DiscordPayload } from "../render/discord.js";
import { failureText, rateLimitText } from "./notices.js";
import type { BotContext, ButtonHandler, SlashCommand } from "./types.js";

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

/** Tells the user what went wrong: their mistake in their words, anything else as an apology with an id. */
async function fail(i: Repliable, err: unknown, ctx: BotContext): Promise<void> {
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

async function runCommand(i: ChatInputCommandInteraction, cmd: SlashCommand, ctx: BotContext): Promise<void> {
  if (cmd.requires && !i.memberPermissions?.has(cmd.requires.permission)) {
    await i.reply({ ...renderNotice(`Only members with the ${cmd.requires.name} permission can use /${cmd.data.name}.`), flags: MessageFlags.Ephemeral });
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
export async function handleInteraction(i: Interaction, ctx: BotContext, commands: SlashCommand[], buttons: ButtonHandler[]): Promise<void> {
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
    const sep = i.customId.indexOf(":");
    const handler = buttons.find((b) => b.prefix === i.customId.slice(0, sep));
    try {
      if (!handler) throw new Error(`unknown button ${i.customId}`);
      const payload = await handler.execute(i, i.customId.slice(sep + 1), ctx);
      if (handler.mode === "update") await i.update(payload);
      else await i.reply({ ...payload, flags: MessageFlags.Ephemeral });
    } catch (err) {
      await fail(i, err, ctx);
    }
  }
}
