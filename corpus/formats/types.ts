import type { DocumentMeta } from "../types.js";

/** What a format parser extracts from one file before cleaning. */
export interface ParsedFile {
  body: string;
  meta: Partial<Omit<DocumentMeta, "source">>;
}
