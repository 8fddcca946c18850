import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
} from "discord.js";
import { UserError } from "../../../index/errors.js";
import { fetchDocument } from "../../collections/fetch/document.js";
import { renderNotice, truncate, type DiscordPayload } from "../../render/discord.js";
import { progressReplies } from "../progress.js";
import type { BotContext, SlashCommand } from "../types.js";

/** Who may change a server's collection: Manage Server, or the role set in UPLOAD_ROLE_ID. */
function mayEdit(i: ChatInputCommandInteraction, ctx: BotContext): string | undefined {
  if (!i.inGuild()) return "Documents can only be added to a server's collection, not in a DM.";
  if (i.memberPermissions.has(PermissionFlagsBits.ManageGuild)) return undefined;
  const role = ctx.config.UPLOAD_ROLE_ID;
  const roles = i.member.roles;
  const hasRole = role !== undefined && (Array.isArray(roles) ? roles.includes(role) : roles.cache.has(role));
  return hasRole
    ? undefined
    : `Only members with the Manage Server permission${role ? " or the uploaders' role" : ""} can change this server's documents.`;
}

/** Downloads an attachment, refusing before or while reading anything larger than the limit. */
async function download(url: string, size: number, limit: number): Promise<Buffer> {
  const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
  if (size > limit) throw new UserError("BAD_INPUT", `the file is ${mb(size)}; the limit is ${mb(limit)}`);
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!res.ok || !res.body)
    throw new UserError("BAD_INPUT", `the file could not be downloaded from Discord (HTTP ${res.status}): try again`);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of res.body) {
    total += chunk.length;
    if (total > limit) throw new UserError("BAD_INPUT", `the file is over the ${mb(limit)} limit`);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

export const add: SlashCommand = {
  data: {
    name: "add",
    description: "Add a document (.txt, .md, .html, .pdf) to this server's collection",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild],
    options: [
      { name: "file", description: "The document to add", type: ApplicationCommandOptionType.Attachment, required: false },
      {
        name: "url", description: "Or a link to a web page or PDF to add", type: ApplicationCommandOptionType.String,
        required: false, max_length: 2000,
      },
    ],
  },
  refuse: mayEdit,
  ephemeral: () => true,
  async execute(i, ctx): Promise<DiscordPayload> {
    const attachment = i.options.getAttachment("file");
    const link = i.options.getString("url");
    if (Boolean(attachment) === Boolean(link)) throw new UserError("BAD_INPUT", "give either a file or a url to add, one of the two");
    const maxBytes = ctx.collections.limits.maxFileBytes;
    // a link is fetched under the address rules (no private, loopback or metadata addresses; every redirect checked)
    const { name, bytes, url } = attachment
      ? { name: attachment.name, bytes: await download(attachment.url, attachment.size, maxBytes), url: undefined }
      : await fetchDocument(link!, { maxBytes, allowHosts: ctx.config.ADD_URL_ALLOW_HOSTS });
    // a large PDF takes a while: the reply says how far it has got (pages read, passages embedded)
    const progress = progressReplies(
      (text) => i.editReply(renderNotice(text)), `Adding "${truncate(name, 80)}"`, ctx.config.DISCORD_PROGRESS_EVERY_MS,
    );
    const upload = { name, bytes, uploaderId: i.user.id, uploaderName: i.user.username, ...(url && { url }) };
    const { record, engine, cut } = await ctx.collections.add(i.guildId!, upload, progress.report)
      .finally(() => progress.finish());
    const doc = engine.index.documents.find((d) => d.meta.source.endsWith(`/${record.storedName}`));
    const passages = doc ? engine.index.passages.filter((p) => p.docId === doc.id).length : 0;
    const figures = doc ? engine.index.facts.filter((f) => f.docId === doc.id).length : 0;
    ctx.log.info({ guildId: i.guildId, upload: record.id, bytes: record.bytes }, "document added");
    // a document a limit cut says so: answers come only from the part that was read
    const partial = cut ? ` Only part of it was read: ${cut}.` : "";
    return renderNotice(
      `Added "${truncate(record.title, 120)}" (id ${record.id}): ${passages} passages, ${figures} figures.${partial} ` +
        `Only this server answers from it; /remove id:${record.id} takes it out.`,
    );
  },
};

export const remove: SlashCommand = {
  data: {
    name: "remove",
    description: "Take a document this server added out of its collection",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild],
    options: [
      {
        name: "id",
        description: "The document's id (see /sources)",
        type: ApplicationCommandOptionType.String,
        required: true,
        autocomplete: true,
        max_length: 40,
      },
    ],
  },
  refuse: mayEdit,
  ephemeral: () => true,
  async execute(i, ctx) {
    const record = await ctx.collections.remove(i.guildId!, i.options.getString("id", true));
    ctx.log.info({ guildId: i.guildId, upload: record.id }, "document removed");
    return renderNotice(
      `Removed "${truncate(record.title, 120)}" (id ${record.id}): this server no longer answers from it.`,
    );
  },
  async autocomplete(i, ctx) {
    const typed = i.options.getFocused().toLowerCase();
    return (await ctx.collections.uploads(i.guildId))
      .filter((u) => u.id.includes(typed) || u.title.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((u) => ({ name: truncate(`${u.title} (${u.id})`, 100), value: u.id }));
  },
};
