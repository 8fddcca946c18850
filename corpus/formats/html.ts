import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type * as Jsdom from "jsdom";
import { CAPTION_MARK } from "../clean.js";
import { findDateInText, normaliseDate } from "../dates.js";
import { tableRows } from "./htmlTable.js";
import type { ParsedFile } from "./types.js";

// jsdom takes most of a second to load: it is loaded on the first page read, not by every process that
// imports the corpus reader (the upload reader's child process, a terminal question over an existing index)
const require = createRequire(import.meta.url);
let library: { jsdom: typeof Jsdom; Readability: typeof ReadabilityClass } | undefined;
const domLibrary = () => {
  library ??= {
    jsdom: require("jsdom") as typeof Jsdom,
    Readability: (require("@mozilla/readability") as { Readability: typeof ReadabilityClass }).Readability,
  };
  return library;
};

const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "LI", "UL", "OL", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "TR", "TABLE", "PRE", "BR", "FIGURE", "HEADER", "FOOTER", "MAIN", "DD", "DT"]);
const DROP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "FORM", "BUTTON"]);

/** Block-aware text extraction: one paragraph per block element, captions marked. */
function nodeToText(node: Node, out: string[]): void {
  if (node.nodeType === 3) { out.push((node.textContent ?? "").replace(/\s+/g, " ")); return; }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (DROP.has(el.tagName)) return;
  if (el.tagName === "FIGCAPTION") {
    const caption = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (caption) out.push(`\n${CAPTION_MARK} ${caption}\n`);
    return;
  }
  if (el.tagName === "TABLE") {
    // a table's caption says whose figures it holds, for when, in what unit: a line of its own above the rows
    const caption = Array.from(el.children).find((c) => c.tagName === "CAPTION")?.textContent?.replace(/\s+/g, " ").trim();
    out.push(`\n${caption ? `${caption}\n` : ""}${tableRows(el).map((cells) => `${cells.join(" | ")} |`).join("\n")}\n`);
    return;
  }
  const block = BLOCK.has(el.tagName);
  if (block) out.push("\n");
  for (const child of Array.from(el.childNodes)) nodeToText(child, out);
  if (block) out.push("\n");
  // table cells stay apart ("Guangdong | 630.2"), not glued into "Guangdong630.2"
  if (el.tagName === "TD" || el.tagName === "TH") out.push(" | ");
}

function textOf(node: Node): string {
  const out: string[] = [];
  nodeToText(node, out);
  return out.join("").split("\n").map((l) => l.trim()).join("\n").replace(/\n{2,}/g, "\n\n").trim();
}

/** The first element matching the first selector that matches any, among `candidates` (in document order). */
function metaContent(candidates: Element[], selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = candidates.find((c) => c.matches(sel));
    const v = el?.getAttribute("content") ?? el?.getAttribute("datetime") ?? el?.getAttribute("href") ?? undefined;
    if (v && v.trim()) return v.trim();
  }
  return undefined;
}

function jsonLdDate(doc: Document): string | undefined {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? "");
    if (m?.[1]) return m[1];
  }
  return undefined;
}

const mb = (chars: number) => `${(chars / 2 ** 20).toFixed(1)} MB`;

/** Longest page parsed, in characters: a longer one is cut (it says so) before the DOM is built. */
export const MAX_HTML_CHARS = 2_000_000;
/** Pages longer than this skip Readability (its passes grow faster than the page) and keep the body's text. */
const READABILITY_MAX_CHARS = 1_000_000;
/** Deepest element nesting given to the DOM: 100,000 nested <div> stall jsdom and Readability for tens of seconds. */
export const MAX_HTML_DEPTH = 256;

// elements that never nest (void) or close themselves when a sibling opens: they do not deepen a page
const FLAT = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rt", "rp",
]);
// tags never span a "<": an unclosed "<a <a <a…" is matched in one pass, not re-scanned to the end from each "<"
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g;
const RAW_OPEN = /<(script|style|template|textarea|noscript)\b|<!--/gi;

/** The page without scripts, styles and comments, in one pass: an unclosed one hides the rest, as in a browser. */
function dropRaw(html: string): string {
  const parts: string[] = [];
  const lower = html.toLowerCase();
  let at = 0;
  RAW_OPEN.lastIndex = 0;
  for (let m = RAW_OPEN.exec(html); m; m = RAW_OPEN.exec(html)) {
    parts.push(html.slice(at, m.index));
    const from = RAW_OPEN.lastIndex;
    const close = m[1] ? lower.indexOf(`</${m[1].toLowerCase()}`, from) : html.indexOf("-->", from);
    if (close < 0) return parts.join("");
    at = m[1] ? html.indexOf(">", close) + 1 || html.length : close + 3;
    RAW_OPEN.lastIndex = at;
  }
  parts.push(html.slice(at));
  return parts.join("");
}

/** How deep a page's elements nest, by a linear scan of its tags (no DOM), stopping once past `limit`. */
export function nestingDepth(html: string, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  for (const m of dropRaw(html).matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (FLAT.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > limit) break;
  }
  return max;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** A page too deep for a DOM read as tag soup: block tags become line breaks, the rest is dropped. */
function plainText(html: string): string {
  return dropRaw(html)
    .replace(/<\/?(?:p|div|section|article|li|h[1-6]|blockquote|tr|table|pre|br|header|footer|main)\b[^<>]*>/gi, "\n")
    .replace(/<[^<>]*>/g, "")
    .replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (m, dec?: string, hex?: string, name?: string) => {
      const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : undefined;
      if (code !== undefined) return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
      return ENTITIES[name!.toLowerCase()] ?? m;
    })
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const BYLINE_ELEMENTS = '[class*="info"], [class*="byline"], [class*="date"], [class*="time"], [class*="meta"]';
const DATED_BYLINE = /\b(?:updated|published|posted|released|date|time)\s*[:：]/i;
// (a link, a list item or a sidebar of related pages dates another page: "related-info … Date: 2019-05-01")
const NOT_BYLINE = 'a, li, nav, aside, footer, [class*="related"], [id*="related"], [class*="sidebar"], [class*="recommend"]';

/** A byline element of the article: inside the article's node or just before it, never in a link list or a sidebar. */
function ownByline(e: Element, main: Element | null): boolean {
  if (e.closest(NOT_BYLINE)) return false;
  return !main || main.contains(e) || Boolean(main.previousElementSibling?.contains(e));
}

/**
 * Real-world HTML pages: main text via Mozilla Readability (falls back to the body when it finds
 * no article), metadata from the page's meta tags, JSON-LD and `<time>` elements, because the
 * publication date is often the only place the year appears.
 */
export function parseHtml(page: string): ParsedFile {
  const cut = page.length > MAX_HTML_CHARS
    ? `read the first ${mb(MAX_HTML_CHARS)} of the page's ${mb(page.length)} (the page limit)`
    : undefined;
  const tag = page.lastIndexOf("<", MAX_HTML_CHARS);
  // cut before a tag when one is near the limit, so no tag is read half
  const content = cut ? page.slice(0, tag > MAX_HTML_CHARS / 2 ? tag : MAX_HTML_CHARS) : page;
  if (nestingDepth(content, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
    const title = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(content)?.[1]?.trim();
    const deep = `read as plain text: its elements nest more than ${MAX_HTML_DEPTH} deep`;
    return { body: plainText(content), meta: title ? { title } : {}, cut: cut ? `${cut}; ${deep}` : deep };
  }
  const { jsdom: { JSDOM, VirtualConsole }, Readability } = domLibrary();
  const dom = new JSDOM(content, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const meta: ParsedFile["meta"] = {};
  // one walk of the page for every metadata selector below (each querySelector walks a large page again)
  const tags = Array.from(doc.querySelectorAll("meta, link, time[datetime]"));

  const published = normaliseDate(
    metaContent(tags, [
      'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="PubDate"]', 'meta[name="publish-date"]',
      'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[name="dc.date" i]', 'meta[name="publication_date"]',
      'time[datetime]',
    ]) ?? jsonLdDate(doc),
  );
  if (published) meta.published = published;
  const title = metaContent(tags, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? doc.querySelector("h1")?.textContent?.trim() ?? doc.title?.trim();
  if (title) meta.title = title.replace(/\s+/g, " ");
  const url = metaContent(tags, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  if (url && /^https?:\/\//i.test(url)) meta.url = url;
  const publisher = metaContent(tags, ['meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="author"]']);
  if (publisher) meta.publisher = publisher;

  // Readability mutates the document, so it gets its own copy.
  const article = content.length > READABILITY_MAX_CHARS
    ? null
    : new Readability(new JSDOM(content, { virtualConsole: new VirtualConsole() }).window.document).parse();
  let body = "";
  if (article?.content) {
    const frag = JSDOM.fragment(article.content);
    body = textOf(frag);
    if (!meta.title && article.title) meta.title = article.title;
    if (!meta.published && article.publishedTime) {
      const p = normaliseDate(article.publishedTime);
      if (p) meta.published = p;
    }
    // ("By Ma Li | Daily | 2010-10-22 09:31 | Editor: …": the byline Readability sets apart from the text dates it)
    if (!meta.published && article.byline) {
      const p = findDateInText(article.byline);
      if (p) meta.published = p;
    }
  }
  // ("By Hou Liqiang | China Daily | Updated: 2017-12-04 07:36": a byline that Readability sets apart dates the page when
  // no tag does; so does a short "info" or "date" line near the top)
  if (!meta.published) {
    const main = doc.querySelector("article, main, [role=main]");
    const lines = [article?.byline ?? "", ...Array.from(doc.querySelectorAll(BYLINE_ELEMENTS))
      .filter((e) => ownByline(e, main)).slice(0, 10).map((e) => e.textContent ?? "").filter((t) => t.length <= 200)];
    for (const line of lines) {
      const d = DATED_BYLINE.test(line) ? findDateInText(line) : undefined;
      if (d) { meta.published = d; break; }
    }
  }
  if (body.length < 200) {
    for (const sel of ["nav", "header", "footer", "aside", "script", "style"]) doc.querySelectorAll(sel).forEach((n) => n.remove());
    const fallback = textOf(doc.body ?? doc.documentElement);
    if (fallback.length > body.length) body = fallback;
  }
  dom.window.close();
  return { body, meta, ...(cut && { cut }) };
}
