import type { DocumentMeta } from "../types.js";

/** What a format parser extracts from one file before cleaning. */
export interface ParsedFile {
  body: string;
  meta: Partial<Omit<DocumentMeta, "source">>;
  /** What a limit left out while parsing ("read the first 4.0 MB of the page"). */
  cut?: string;
}
