import path from "node:path";
import { looksBinary, sniff } from "../../corpus/load.js";

/** What an uploaded file is, by its bytes: the extension it is stored under, or why it is refused. */
export type UploadKind = { ext: ".pdf" | ".html" | ".md" | ".txt" } | { refuse: string };

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

/**
 * The type of an upload decided by its content, never by its name: a PDF, an HTML page, or UTF-8
 * text (kept as Markdown when it was named so); images, archives, programs and other binaries are refused.
 */
export function uploadKind(bytes: Buffer, name: string): UploadKind {
  const known = sniff(bytes);
  if (known === "a PDF") return { ext: ".pdf" };
  if (known) return { refuse: `the file is ${known}, not a document: upload a .txt, .md, .html or .pdf` };
  if (looksBinary(bytes)) return { refuse: "the file is binary, not text: upload a .txt, .md, .html or .pdf" };
  const head = bytes.subarray(0, 2048).toString("utf8");
  if (HTML_START.test(head)) return { ext: ".html" };
  return { ext: /\.(?:md|markdown)$/i.test(name) ? ".md" : ".txt" };
}

/** Longest stem (name without extension) an upload is stored under. */
export const MAX_STEM_CHARS = 80;

/** A file name safe to store: no folders, no dots in front, only plain characters, bounded, with the given extension. */
export function safeFileName(name: string, ext: string): string {
  const base = path.basename(name.replace(/\\/g, "/")).replace(/\.[^.]*$/, "");
  const plain = base
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+|[.-]+$/g, "")
    .slice(0, MAX_STEM_CHARS)
    .replace(/[.-]+$/, "");
  return `${plain || "document"}${ext}`;
}

/** The part of a stored name a document's id is made of: "report.2024.md" and "report.2024.txt" are one document id. */
const stemKey = (storedName: string) => storedName.replace(/\.[^.]*$/, "").toLowerCase();

/** Numbered names tried ("report-2" … "report-9") before hash-suffixed ones. */
const NUMBERED = 8;

/**
 * The name an upload is stored under: its safe name, or, when a document of this server already has
 * that name (whatever its extension or letter case), the name numbered ("report.v2-2.md"), then with
 * part of the file's hash appended; the stem is cut so that the suffix always survives the length
 * limit. A bounded number of tries, never a loop: the hash differs for every distinct file, so a
 * further collision means something is wrong, and it is refused.
 */
export function storedNameFor(name: string, ext: string, sha256: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(stemKey));
  const stem = safeFileName(name, "");
  const suffixed = (suffix: string) => `${stem.slice(0, MAX_STEM_CHARS - suffix.length - 1)}-${suffix}`;
  const numbered = Array.from({ length: NUMBERED }, (_, i) => suffixed(String(i + 2)));
  const candidates = [stem, ...numbered, ...[8, 16, 32].map((n) => suffixed(sha256.slice(0, n)))];
  const free = candidates.find((c) => !used.has(stemKey(`${c}${ext}`)));
  if (!free) throw new Error(`no free name for the upload "${stem}": ${candidates.length} tried`);
  return `${free}${ext}`;
}
