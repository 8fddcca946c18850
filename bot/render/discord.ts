import { createHash } from "node:crypto";
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from "discord.js";
import type { CorpusDocument, Passage } from "../../corpus/types.js";
import { pageAt } from "../../retrieval/citations.js";
import { highlight } from "../../retrieval/highlight.js";
import type { Answer, Citation } from "../../retrieval/types.js";
import { stripControls } from "./printable.js";
import { followUpNote, formatValue } from "./terminal.js";

/** Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  content: 2000, title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024,
  footer: 2048, embedsTotal: 6000, buttonsPerRow: 5, rows: 5, customId: 100, buttonLabel: 80,
} as const;

/** What every reply carries: nothing in a document or a question can ping anyone. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

/** A file sent with a reply (a chart); `description` is its alt text. */
export interface DiscordFile { attachment: Buffer; name: string; description?: string }

export interface DiscordPayload {
  content?: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponent>>;
  allowedMentions: typeof NO_MENTIONS;
  files?: DiscordFile[];
}

/** The buttons under an answer that was kept: feedback always, a follow-up thread where one can be opened. */
export interface AnswerActions { answerId: string; followUp: boolean }

const COLOR = { answer: 0x2f6fde, partial: 0xd9a441, abstained: 0x8a8f98, error: 0xd9534f } as const;

/** Escapes Discord markdown and defuses mention syntax, so document and user text shows as written. */
export function escapeText(text: string): string {
  return stripControls(text)
    .replace(/([\\*_~`|[\]])/g, "\\$1")
    // quotes, headings and lists only act at the start of a line
    .replace(/^(\s*)(>|#{1,3}|-|\d+\.)(?=\s)/gm, "$1\\$2")
    .replace(/@(everyone|here)/gi, "@\u200b$1")
    .replace(/<(@[!&]?|#)(\d+)>/g, "<\u200b$1$2>");
}

/** Escapes a snippet but keeps our own `**highlight**` marks. */
export function escapeHighlighted(text: string): string {
  return text.split("**").map((part, i) => (i % 2 ? `**${escapeText(part)}**` : escapeText(part))).join("");
}

/**
 * Cuts `text` to at most `max` characters at a sentence, line or word boundary (never inside a
 * number or an escape), appending `suffix`.
 */
export function truncate(text: string, max: number, suffix = "…"): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - suffix.length);
  const head = text.slice(0, room);
  const sentenceEnd = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "), head.lastIndexOf(".\n"));
  let cut = Math.max(head.lastIndexOf("\n"), sentenceEnd >= 0 ? sentenceEnd + 1 : -1);
  if (cut < room * 0.5) cut = head.search(/\s\S*$/); // a word boundary: numbers hold no spaces
  if (cut <= 0) cut = room;
  let out = head.slice(0, cut).trimEnd();
  // an odd number of trailing backslashes would escape the suffix; an unclosed ** would bold it
  while (/(^|[^\\])(\\\\)*\\$/.test(out)) out = out.slice(0, -1);
  if ((out.match(/\*\*/g) ?? []).length % 2) out = out.replace(/\*\*(?!.*\*\*)/s, "");
  return `${out}${suffix}`.slice(0, max);
}

/** Short, stable id for `/cite`: the passage id, or a hash of it when too long for a button. */
export function citationId(passageId: string): string {
  return passageId.length <= 90 ? passageId : `h:${createHash("sha1").update(passageId).digest("hex").slice(0, 16)}`;
}

export function resolveCitation(id: string, passages: Passage[]): Passage | undefined {
  const wanted = id.trim();
  return passages.find((p) => p.id === wanted || citationId(p.id) === wanted);
}

function embedSize(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0)
    + (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);
}

/** Drops fields from the end until the embed fits Discord's 6,000-character total. */
function fitTotal(e: APIEmbed): APIEmbed {
  const fields = [...(e.fields ?? [])];
  let dropped = 0;
  while (embedSize({ ...e, fields }) > LIMITS.embedsTotal && fields.length) { fields.pop(); dropped++; }
  if (dropped && fields.length < LIMITS.fields) {
    const note = { name: "More sources", value: `${dropped} more section(s) did not fit: use /cite with the ids above.` };
    if (embedSize({ ...e, fields: [...fields, note] }) <= LIMITS.embedsTotal) fields.push(note);
  }
  return { ...e, fields };
}

function citeButtons(citations: Citation[]): Array<APIActionRowComponent<APIButtonComponent>> {
  const buttons: APIButtonComponent[] = citations.slice(0, LIMITS.buttonsPerRow).map((c) => ({
    type: 2, style: 2, label: `Source [${c.n}]`, custom_id: `cite:${citationId(c.passageId)}`.slice(0, LIMITS.customId),
  }));
  return buttons.length ? [{ type: 1, components: buttons }] : [];
}

function actionRow(actions: AnswerActions): APIActionRowComponent<APIButtonComponent> {
  const buttons: APIButtonComponent[] = [
    { type: 2, style: 2, emoji: { name: "👍" }, custom_id: `fb:up:${actions.answerId}` },
    { type: 2, style: 2, emoji: { name: "👎" }, custom_id: `fb:down:${actions.answerId}` },
  ];
  if (actions.followUp) buttons.push({ type: 2, style: 1, label: "Follow up", custom_id: `followup:${actions.answerId}` });
  return { type: 1, components: buttons };
}

function figureRows(a: Answer): string[] {
  return a.figures.map((f) => {
    const cites = f.citations.map((n) => `[${n}]`).join("");
    const row = `• ${escapeText(f.label)}: **${escapeText(formatValue(f))}** ${cites}`;
    return f.formula ? `${row}\n  = ${escapeText(f.formula)}` : row;
  });
}

/** Packs rows into field values of at most 1,024 characters, cutting only between rows. */
function rowsToFields(name: string, rows: string[], maxFields: number): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let cur = "";
  let i = 0;
  for (; i < rows.length; i++) {
    const row = truncate(rows[i]!, LIMITS.fieldValue - 40);
    if ((cur ? cur.length + 1 : 0) + row.length > LIMITS.fieldValue - 40) {
      fields.push({ name: fields.length ? `${name} (cont.)` : name, value: cur });
      cur = "";
      if (fields.length >= maxFields) break;
    }
    cur = cur ? `${cur}\n${row}` : row;
  }
  if (cur && fields.length < maxFields) { fields.push({ name: fields.length ? `${name} (cont.)` : name, value: cur }); i = rows.length; }
  if (i < rows.length && fields.length) {
    const last = fields[fields.length - 1]!;
    last.value = truncate(`${last.value}\n… ${rows.length - i} more (ask a narrower question)`, LIMITS.fieldValue);
  }
  return fields;
}

/**
 * A document's own link, its text naming the site it leads to (`[source (example.com)](…)`): a link
 * whose text hides where it goes is how a planted document would send readers elsewhere.
 */
export function sourceLink(url: string | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return "";
  let host: string;
  try { host = new URL(url).hostname; } catch { return ""; }
  if (!host) return "";
  // encodeURIComponent leaves parentheses alone, and one would close the Markdown link early
  const safe = url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return ` · [source (${escapeText(host)})](${safe})`;
}

function citationField(c: Citation): APIEmbedField {
  const date = c.published ? ` (${c.published})` : "";
  const page = c.page ? `, p. ${c.page}` : "";
  const name = truncate(`[${c.n}] ${escapeText(c.title)}${date}${page}`, LIMITS.fieldName);
  const link = sourceLink(c.url);
  const tail = `\n\`/cite id:${citationId(c.passageId)}\`${link}`;
  const snippet = truncate(escapeHighlighted(c.snippet), LIMITS.fieldValue - tail.length, "… (see /cite)");
  return { name, value: `${snippet}${tail}` };
}

/** An `Answer` as one embed with figures, numbered citations and buttons to open them (and to rate it or follow up). */
export function renderAnswer(a: Answer, footer = "Tradewise · figures computed from the cited passages", actions?: AnswerActions): DiscordPayload {
  const fields: APIEmbedField[] = [];
  if (a.figures.length) fields.push(...rowsToFields("Figures", figureRows(a), 3));
  for (const c of a.citations) {
    if (fields.length >= LIMITS.fields - 1) break;
    fields.push(citationField(c));
  }
  const reading = a.followUp ? `*${escapeText(followUpNote(a.followUp))}*\n\n` : "";
  const description = truncate(reading + escapeHighlighted(a.answer), 3000, "… (cut: open the sources below or use /cite)");
  const embed = fitTotal({
    title: truncate(escapeText(a.question) || "Question", LIMITS.title),
    description,
    color: a.partial ? COLOR.partial : a.abstained ? COLOR.abstained : COLOR.answer,
    fields,
    footer: { text: truncate(footer, LIMITS.footer) },
  });
  const components = [...citeButtons(a.citations), ...(actions ? [actionRow(actions)] : [])];
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

/** The full passage behind a citation, figures and terms highlighted. */
export function renderCitation(p: Passage, doc: CorpusDocument, terms: string[] = []): DiscordPayload {
  const page = pageAt(doc, p.start);
  const meta = [doc.meta.publisher, doc.meta.published, doc.meta.source, page && `p. ${page}`].filter(Boolean).map((x) => escapeText(String(x))).join(" · ");
  const embed: APIEmbed = {
    title: truncate(escapeText(doc.meta.title), LIMITS.title),
    description: truncate(escapeHighlighted(highlight(p.text, terms)), LIMITS.description - 200, "… (passage cut)"),
    color: COLOR.answer,
    fields: [{ name: "Citation id", value: `\`${citationId(p.id)}\`` }],
    footer: { text: truncate(meta, LIMITS.footer) },
    ...(doc.meta.url && /^https?:\/\//.test(doc.meta.url) && { url: doc.meta.url }),
  };
  return { embeds: [fitTotal(embed)], components: [], allowedMentions: NO_MENTIONS };
}

export const SOURCES_PER_PAGE = 10;

/** One page of the documents in the index, with previous/next buttons when there are more. */
export function renderSources(docs: Array<{ doc: CorpusDocument; passages: number; upload?: { id: string; uploaderName: string; uploadedAt: number } }>, page: number): DiscordPayload {
  const pages = Math.max(1, Math.ceil(docs.length / SOURCES_PER_PAGE));
  const p = Math.min(Math.max(0, page), pages - 1);
  const rows = docs.slice(p * SOURCES_PER_PAGE, (p + 1) * SOURCES_PER_PAGE).map(({ doc, passages, upload }, i) => {
    const own = upload ? ` · added by ${escapeText(truncate(upload.uploaderName, 40))} <t:${Math.floor(upload.uploadedAt / 1000)}:d> · id \`${upload.id}\`` : "";
    return `${p * SOURCES_PER_PAGE + i + 1}. **${escapeText(truncate(doc.meta.title, 150))}** — ${escapeText(doc.meta.published ?? "undated")} · ${passages} passages${own}`;
  });
  const uploaded = docs.filter((d) => d.upload).length;
  const embed: APIEmbed = {
    title: `Documents in the index (${docs.length}${uploaded ? `, ${uploaded} added on this server` : ""})`,
    description: truncate(rows.join("\n") || "The index is empty.", LIMITS.description),
    color: COLOR.answer,
    footer: { text: `Page ${p + 1} of ${pages}` },
  };
  const components: DiscordPayload["components"] = pages > 1 ? [{
    type: 1,
    components: [
      { type: 2, style: 2, label: "Previous", custom_id: `sources:${p - 1}`, disabled: p === 0 },
      { type: 2, style: 2, label: "Next", custom_id: `sources:${p + 1}`, disabled: p >= pages - 1 },
    ],
  }] : [];
  return { embeds: [embed], components, allowedMentions: NO_MENTIONS };
}

/** A short message (errors, refusals, rate limits) as plain content. */
export function renderNotice(text: string): DiscordPayload {
  return { content: truncate(escapeText(text), LIMITS.content), embeds: [], components: [], allowedMentions: NO_MENTIONS };
}

export function renderHelp(examples: string[], documents: number): DiscordPayload {
  const embed: APIEmbed = {
    title: "Tradewise: questions about trade figures, answered with sources",
    description: truncate([
      `I answer from ${documents} indexed document(s), citing the passage behind every figure and showing the formula of anything I compute (differences, surpluses, shares, rankings, exchange rates).`,
      "",
      "**Try:**",
      ...examples.map((e) => `• /ask question:${escapeText(e)}`),
      "",
      "**Commands, here and in a DM with me:** /ask · /stats (quick figures, with a chart) · /cite (the full passage behind a citation) · /sources (what I have read)",
      "**On a server only:** /add and /remove (this server's own documents) · /settings, /reindex and /feedback-summary (admins)",
      "Under each answer: 👍 / 👎 to tell me how I did, and **Follow up** to open a thread where you can ask on without repeating the place or period.",
    ].join("\n"), LIMITS.description),
    color: COLOR.answer,
  };
  return { embeds: [embed], components: [], allowedMentions: NO_MENTIONS };
}
