import { createRequire } from "node:module";
import type Matter from "gray-matter";
import { normaliseDate } from "../dates.js";
import { pipeSpacedTables } from "../spacedTables.js";
import { unwrapLines } from "../unwrap.js";
import type { ParsedFile } from "./types.js";

// gray-matter brings js-yaml and esprima: loaded on the first Markdown file read, not by every process
// that imports the corpus reader (a terminal question over an existing index reads none)
const require = createRequire(import.meta.url);
let frontMatter: typeof Matter | undefined;

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

/**
 * A fenced block ("```") is code, or a table laid out with spaces that a writer fenced to keep its columns: the
 * table's rows are kept as table rows, everything else in the block is dropped.
 */
export function fencedTables(md: string): string {
  if (!md.includes("```")) return md;
  const lines = md.split("\n");
  // (each opener's closer found from a table of the next closing line, so unclosed openers cost one pass, not one each)
  const nextCloser: number[] = Array(lines.length + 1).fill(-1);
  for (let i = lines.length - 1; i >= 0; i--) nextCloser[i] = /^```[^\S\n]*$/.test(lines[i]!) ? i : nextCloser[i + 1]!;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const close = /^```[^`]*$/.test(lines[i]!) ? nextCloser[i + 1]! : -1;
    if (close < 0) { out.push(lines[i]!); continue; }
    const rows = pipeSpacedTables(lines.slice(i + 1, close).join("\n")).split("\n").filter((l) => /^\|.*\|$/.test(l));
    out.push(...(rows.length ? ["", ...rows, ""] : [""]));
    i = close;
  }
  return out.join("\n");
}

/**
 * Turns Markdown into plain prose: headings, emphasis, links and images keep only their text. Link
 * text and targets are bounded and hold no bracket, and a tag never spans a "<", so that an unclosed
 * "[a](", "[" or "<a" repeated through a file is one pass, not a scan to the end from each of them.
 */
export function markdownToText(md: string): string {
  // (a fenced table is read before the wrapped lines are joined, in parseMarkdown; what fences remain are code)
  return md
    .replace(/```[\s\S]*?```/g, "")
    // runs of blank lines as one (cleaning does so later anyway): "^\s*" below rescans a run from each of its lines
    .replace(/\n(?:[^\S\n]*\n){2,}/g, "\n\n")
    .replace(/!\[([^[\]]{0,1000})\]\([^)[\]]{0,2000}\)/g, (_m, alt: string) => (alt ? `[Photo caption] ${alt}` : ""))
    .replace(/\[([^[\]]{1,1000})\]\([^)[\]]{0,2000}\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/^\s*[-*+]\s+/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/<[^<>]+>/g, "")
    // ("| &nbsp;&nbsp;of which: exports |": an indent written as entities, which Markdown renders as their characters)
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39|#160);/g, (_m, name: string) => ENTITIES[name]!);
}

const ENTITIES: Record<string, string> = { nbsp: " ", "#160": " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" };

/**
 * Markdown with optional YAML front matter (`title`, `source`, `published`, `publisher`, `url`).
 * `source` may be a URL or a publisher's name; both are common in the wild.
 */
export function parseMarkdown(content: string): ParsedFile {
  // an options object turns off gray-matter's module-level cache, which kept every text it parsed
  frontMatter ??= require("gray-matter") as typeof Matter;
  const { data, content: body } = frontMatter(content, {});
  const source = str(data["source"]);
  const url = str(data["url"]) ?? (source && /^https?:\/\//i.test(source) ? source : undefined);
  const publisher = str(data["publisher"]) ?? (source && !/^https?:\/\//i.test(source) ? source : undefined);
  const published = normaliseDate(data["published"] ?? data["date"]);
  const meta: ParsedFile["meta"] = {};
  const title = str(data["title"]);
  if (title) meta.title = title;
  if (url) meta.url = url;
  if (publisher) meta.publisher = publisher;
  if (published) meta.published = published;
  // a paragraph wrapped at a fixed width reads as one (a fenced table's rows are read first, never joined;
  // "- item" lines and "| cells |" start with marks, never joined)
  return { body: markdownToText(unwrapLines(fencedTables(body))), meta };
}
