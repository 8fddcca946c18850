import type { CorpusDocument, Passage } from "../corpus/types.js";
import { highlight } from "./highlight.js";
import type { Citation } from "./types.js";

interface Lookups { docs: Map<string, CorpusDocument>; byDoc: Map<string, Passage[]> }

// built once per index, not once per answer: every answer cites from the same passages
const cache = new WeakMap<Passage[], Lookups>();

function lookups(documents: CorpusDocument[], passages: Passage[]): Lookups {
  const hit = cache.get(passages);
  if (hit) return hit;
  const byDoc = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = byDoc.get(p.docId) ?? [];
    list.push(p);
    byDoc.set(p.docId, list);
  }
  const built = { docs: new Map(documents.map((d) => [d.id, d])), byDoc };
  cache.set(passages, built);
  return built;
}

/** The page (1-based) of a PDF on which `offset` falls; undefined for documents without pages. */
export function pageAt(doc: Pick<CorpusDocument, "pages">, offset: number): number | undefined {
  if (!doc.pages) return undefined;
  let page = 1;
  for (let i = 0; i < doc.pages.length; i++) if (doc.pages[i]! <= offset) page = i + 1;
  return page;
}

interface Entry { n: number; doc: CorpusDocument; passage: Passage; spans: Array<[number, number]> }

/**
 * Numbers cited passages in order of first use; cites of the same passage share a number and
 * their sentences are joined into one snippet.
 */
export class CitationList {
  private readonly entries: Entry[] = [];
  private readonly docs: Map<string, CorpusDocument>;
  private readonly byDoc: Map<string, Passage[]>;

  constructor(documents: CorpusDocument[], passages: Passage[]) {
    ({ docs: this.docs, byDoc: this.byDoc } = lookups(documents, passages));
  }

  /** Cites the span [start, end) of a document; returns its citation number. */
  cite(docId: string, start: number, end: number): number {
    const doc = this.docs.get(docId);
    const passage = (this.byDoc.get(docId) ?? []).find((p) => p.start <= start && end <= p.end)
      ?? (this.byDoc.get(docId) ?? []).find((p) => p.start <= start && start < p.end);
    if (!doc || !passage) throw new Error(`no passage of ${docId} covers ${start}-${end}`);
    let e = this.entries.find((x) => x.passage.id === passage.id);
    if (!e) {
      e = { n: this.entries.length + 1, doc, passage, spans: [] };
      this.entries.push(e);
    }
    if (!e.spans.some(([a, b]) => a <= start && end <= b)) e.spans.push([start, end]);
    return e.n;
  }

  get size(): number { return this.entries.length; }

  /** Renders the citations with the cited sentences, figures and terms highlighted. */
  build(terms: string[], figureSpans: Array<[number, number]> = []): Citation[] {
    return this.entries.map((e) => {
      const spans = [...e.spans].sort((a, b) => a[0] - b[0]);
      const parts = spans.map(([a, b]) => {
        const extra = figureSpans.filter(([x, y]) => x >= a && y <= b).map(([x, y]): [number, number] => [x - a, y - a]);
        return highlight(e.doc.text.slice(a, b), terms, extra);
      });
      const c: Citation = {
        n: e.n,
        docId: e.doc.id,
        source: e.doc.meta.source,
        title: e.doc.meta.title,
        passageId: e.passage.id,
        snippet: parts.join(" … "),
      };
      const page = pageAt(e.doc, spans[0]?.[0] ?? e.passage.start);
      if (page) c.page = page;
      if (e.doc.meta.published) c.published = e.doc.meta.published;
      if (e.doc.meta.publisher) c.publisher = e.doc.meta.publisher;
      if (e.doc.meta.url) c.url = e.doc.meta.url;
      return c;
    });
  }
}
