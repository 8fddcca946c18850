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

/** A file name safe to store: no folders, no dots in front, only plain characters, bounded, with the given extension. */
export function safeFileName(name: string, ext: string): string {
  const base = path.basename(name.replace(/\\/g, "/")).replace(/\.[^.]*$/, "");
  const plain = base
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[.-]+|[.-]+$/g, "")
    .slice(0, 80);
  return `${plain || "document"}${ext}`;
}
