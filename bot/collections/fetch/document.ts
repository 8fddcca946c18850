import { createHash } from "node:crypto";
import { cleanText } from "../../../corpus/clean.js";
import { parseHtml } from "../../../corpus/formats/html.js";
import { UserError } from "../../../index/errors.js";
import { sniff } from "../../../corpus/load.js";
import { safeFileName, uploadKind } from "../uploads.js";
import { fetchUrl, type FetchedBody, type FetchOptions } from "./fetchUrl.js";

/**
 * A fetched body made into a file a corpus folder can hold, carrying its link so citations point
 * to it: a web page becomes Markdown with front matter (title, date, publisher, url) over its
 * Readability text; a PDF keeps its bytes (pages stay citable) and its link goes in `meta.url`
 * for the folder's metadata.json.
 */
export interface StoredDocument {
  /** File name: from the title or link, bounded, with a short hash so two pages never collide. */
  name: string;
  bytes: Buffer;
  kind: "html" | "pdf" | "text";
  title?: string;
  /** The link as finally fetched (after redirects), for a fetched document: it is recorded and cited. */
  url?: string;
  /** The link, for the folder's metadata.json: PDFs and plain text cannot carry it themselves. */
  sidecar?: { url: string };
}

const HTML_TYPE = /\b(?:text\/html|application\/xhtml\+xml)\b/i;

/** The page's own charset (header, then <meta>), so GBK and Latin-1 pages read right; UTF-8 otherwise. */
function decode(bytes: Buffer, contentType: string): string {
  const head = bytes.subarray(0, 4096).toString("latin1");
  const label =
    /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? "utf-8";
  try { return new TextDecoder(label).decode(bytes); } catch { return bytes.toString("utf8"); }
}

const yamlString = (s: string) => JSON.stringify(s.replace(/\s+/g, " ").trim()); // JSON strings are YAML strings

const safeDecode = (s: string) => { try { return decodeURIComponent(s); } catch { return s; } };

/** A name from the title (or the link's last part), plus a hash of the link and bytes: never the same for two documents. */
function fileName(title: string | undefined, url: string, bytes: Buffer, ext: string): string {
  const last = new URL(url).pathname.split("/").filter(Boolean).pop() ?? new URL(url).hostname;
  // safeFileName drops what looks like an extension: a title has none ("rose 8.1% in 2025")
  const stem = title ? `${title.slice(0, 60)}.title` : safeDecode(last);
  const base = safeFileName(stem, "").slice(0, 60);
  const hash = createHash("sha256").update(url).update(bytes).digest("hex").slice(0, 8);
  return `${base}-${hash}${ext}`;
}

const notDocument = (refusal: string) =>
  new UserError("BAD_INPUT", `not a web page or PDF: the link served ${/the file is ([^,:]+)/.exec(refusal)?.[1] ?? "binary"}`);

/**
 * Turns what a link served into a document file, the type decided by the bytes with the upload
 * sniffer: once as served (PDF, image, archive…), and once decoded from the page's charset, since a
 * GBK page is not UTF-8 and would otherwise look binary.
 */
export function toStoredDocument(body: FetchedBody): StoredDocument {
  const served = uploadKind(body.bytes, "");
  if ("ext" in served && served.ext === ".pdf")
    return {
      name: fileName(undefined, body.url, body.bytes, ".pdf"), bytes: body.bytes, kind: "pdf", url: body.url,
      sidecar: { url: body.url },
    };
  if ("refuse" in served && sniff(body.bytes)) throw notDocument(served.refuse);
  const text = decode(body.bytes, body.contentType);
  const kind = uploadKind(Buffer.from(text), new URL(body.url).pathname);
  if ("refuse" in kind) throw notDocument(kind.refuse);
  // a page that does not open with <html> is still a page when the server says so and nothing contradicts it
  if (kind.ext !== ".html" && !HTML_TYPE.test(body.contentType)) {
    if (!text.trim()) throw new UserError("BAD_INPUT", "the page has no readable text");
    return {
      name: fileName(undefined, body.url, body.bytes, ".txt"),
      bytes: Buffer.from(text),
      kind: "text",
      url: body.url,
      sidecar: { url: body.url },
    };
  }
  const parsed = parseHtml(text);
  const cleaned = cleanText(parsed.body);
  if (!cleaned.text.trim()) throw new UserError("BAD_INPUT", "the page has no readable text");
  const { title, publisher } = parsed.meta;
  const published = parsed.meta.published ?? cleaned.dateline;
  const front = [
    "---",
    ...(title ? [`title: ${yamlString(title)}`] : []),
    ...(published ? [`published: ${yamlString(published)}`] : []),
    ...(publisher ? [`publisher: ${yamlString(publisher)}`] : []),
    `url: ${yamlString(body.url)}`,
    "---",
    "",
  ].join("\n");
  return {
    name: fileName(title, body.url, body.bytes, ".md"),
    bytes: Buffer.from(`${front}${cleaned.text}\n`),
    kind: "html",
    url: body.url,
    ...(title && { title }),
  };
}

/**
 * A link fetched under the SSRF rules and made into a document file: what `npm run add` stores,
 * and what `/add url:` hands to the server's collection.
 */
export async function fetchDocument(link: string, options: FetchOptions): Promise<StoredDocument> {
  return toStoredDocument(await fetchUrl(link, options));
}
