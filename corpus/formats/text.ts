import type { ParsedFile } from "./types.js";

/** Plain text: the whole file is the body; metadata comes from a sidecar or the text itself. */
export function parseText(content: string): ParsedFile {
  return { body: content, meta: {} };
}
