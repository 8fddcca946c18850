import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType, PermissionFlagsBits } from "discord.js";
import { describeUpdate } from "../../../index/update.js";
import { renderNotice } from "../../render/discord.js";
import { progressReplies } from "../progress.js";
import type { SlashCommand } from "../types.js";

export const reindex: SlashCommand = {
  data: {
    name: "reindex",
    description: "Update the index from the corpus folder (answers continue meanwhile)",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [{ name: "full", description: "Rebuild everything instead of embedding only what changed", type: ApplicationCommandOptionType.Boolean, required: false }],
  },
  requires: { permission: PermissionFlagsBits.ManageGuild, name: "Manage Server" },
  ephemeral: () => true,
  async execute(i, ctx) {
    const t0 = performance.now();
    const every = ctx.config.DISCORD_PROGRESS_EVERY_MS;
    const progress = progressReplies((text) => i.editReply(renderNotice(text)), "Re-indexing", every);
    const engine = await ctx.engines.reindex({ full: i.options.getBoolean("full") ?? false, onProgress: progress.report })
      .finally(() => progress.finish());
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    const { documents, passages, facts, manifest } = engine.index;
    const update = ctx.engines.lastUpdate;
    ctx.log.info({ documents: documents.length, passages: passages.length, seconds: Number(secs), update }, "re-indexed");
    return renderNotice(`Re-indexed ${documents.length} documents (${passages.length} passages, ${facts.length} figures) in ${secs} s` +
      `${update ? `: ${describeUpdate(update)}` : " (full rebuild)"}.${manifest.skipped.length ? ` Skipped ${manifest.skipped.length} file(s).` : ""}`);
  },
};
