import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { CAPTION_MARK } from "../clean.js";
import { normaliseDate } from "../dates.js";
import type { ParsedFile } from "./types.js";

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

function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
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

/**
 * Real-world HTML pages: main text via Mozilla Readability (falls back to the body when it finds
 * no article), metadata from the page's meta tags, JSON-LD and `<time>` elements, because the
 * publication date is often the only place the year appears.
 */
export function parseHtml(content: string): ParsedFile {
  const dom = new JSDOM(content, { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const meta: ParsedFile["meta"] = {};

  const published = normaliseDate(
    metaContent(doc, [
      'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="PubDate"]', 'meta[name="publish-date"]',
      'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'meta[name="publication_date"]',
      'time[datetime]',
    ]) ?? jsonLdDate(doc),
  );
  if (published) meta.published = published;
  const title = metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? doc.querySelector("h1")?.textContent?.trim() ?? doc.title?.trim();
  if (title) meta.title = title.replace(/\s+/g, " ");
  const url = metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  if (url && /^https?:\/\//i.test(url)) meta.url = url;
  const publisher = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="author"]']);
  if (publisher) meta.publisher = publisher;

  // Readability mutates the document, so it gets its own copy.
  const article = new Readability(new JSDOM(content, { virtualConsole: new VirtualConsole() }).window.document).parse();
  let body = "";
  if (article?.content) {
    const frag = JSDOM.fragment(article.content);
    body = textOf(frag);
    if (!meta.title && article.title) meta.title = article.title;
    if (!meta.published && article.publishedTime) {
      const p = normaliseDate(article.publishedTime);
      if (p) meta.published = p;
    }
  }
  if (body.length < 200) {
    for (const sel of ["nav", "header", "footer", "aside", "script", "style"]) doc.querySelectorAll(sel).forEach((n) => n.remove());
    const fallback = textOf(doc.body ?? doc.documentElement);
    if (fallback.length > body.length) body = fallback;
  }
  dom.window.close();
  return { body, meta };
}
