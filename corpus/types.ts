/** Metadata of one document, as the corpus owner supplies it or as we infer it from the text. */
export interface DocumentMeta {
  title: string;
  /** File path relative to the corpus folder, with forward slashes. */
  source: string;
  publisher?: string;
  /** ISO date (`YYYY-MM-DD`), or `YYYY-MM` / `YYYY` when only that much is known. */
  published?: string;
  url?: string;
}

export interface CorpusDocument {
  /** Stable id derived from the relative path: survives re-indexing of an unchanged file. */
  id: string;
  meta: DocumentMeta;
  /** Cleaned text; passage offsets point into this string. */
  text: string;
  /** sha256 of the raw file bytes, for the corpus fingerprint. */
  hash: string;
  /** PDFs: where each page starts in `text` (page n starts at pages[n - 1]), so citations can give the page. */
  pages?: number[];
  /** What a limit left out of the document ("read the first 300 of 2,206 pages"), for the person who added it. */
  cut?: string;
}

export interface Passage {
  /** `${docId}#${ordinal}` */
  id: string;
  docId: string;
  ordinal: number;
  /** Character offsets into the document's cleaned text: `text === doc.text.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
}

export interface SkippedFile {
  /** Path relative to the corpus folder. */
  path: string;
  reason: string;
}

export interface LoadedCorpus {
  root: string;
  documents: CorpusDocument[];
  skipped: SkippedFile[];
}
