import type { CorpusDocument } from "../../corpus/types.js";
import type { Fact } from "../../text/terms.js";

// A figure an article gives with no period of its own ("for the year", "last year" read as none) is of no period that
// begins after every year the article names (nor its date): a 2017 communique's unperioded total is never 2024's.

const latest = new WeakMap<Fact, number>();
const YEAR = /\b(?:19|20)\d\d\b/g;

/** The latest year a document names in its text, headline or date. */
export function latestYearOf(doc: Pick<CorpusDocument, "text" | "meta">): number | undefined {
  const years = [doc.text, doc.meta.title ?? "", doc.meta.published ?? ""].flatMap((t) => t.match(YEAR) ?? []).map(Number);
  return years.length ? Math.max(...years) : undefined;
}

/** Notes, for each figure with no period, the latest year its document names. */
export function noteLatestYears(facts: Fact[], documents: Map<string, CorpusDocument>): void {
  const byDoc = new Map<string, number | undefined>();
  for (const f of facts) {
    if (f.period) continue;
    if (!byDoc.has(f.docId)) {
      const doc = documents.get(f.docId);
      byDoc.set(f.docId, doc && latestYearOf(doc));
    }
    const year = byDoc.get(f.docId);
    if (year !== undefined) latest.set(f, year);
  }
}

/** The latest year a figure with no period can be of, when its document was read for it. */
export const latestYearFor = (f: Fact): number | undefined => latest.get(f);
