import type { CorpusDocument, Passage } from "../../corpus/types.js";
import type { Fact } from "./types.js";

/** Extracts the figures of one document (filled in by the figures layer). */
export function extractDocumentFacts(_doc: CorpusDocument, _passages: Passage[]): Fact[] {
  return [];
}
