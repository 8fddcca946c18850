import { ApplicationCommandType, InteractionContextType, PermissionFlagsBits } from "discord.js";
import { renderNotice } from "../../render/discord.js";
import type { SlashCommand } from "../types.js";

export const reindex: SlashCommand = {
  data: {
    name: "reindex",
    description: "Rebuild the index from the corpus folder (answers continue meanwhile)",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  },
  requires: { permission: PermissionFlagsBits.ManageGuild, name: "Manage Server" },
  ephemeral: () => true,
  async execute(_i, ctx) {
    const t0 = performance.now();
    const engine = await ctx.engines.reindex();
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    ctx.log.info({ documents: engine.index.documents.length, passages: engine.index.passages.length, seconds: Number(secs) }, "re-indexed");
    return renderNotice(`Re-indexed ${engine.index.documents.length} documents (${engine.index.passages.length} passages, ${engine.index.facts.length} figures) in ${secs} s.${engine.index.manifest.skipped.length ? ` Skipped ${engine.index.manifest.skipped.length} file(s).` : ""}`);
  },
};
