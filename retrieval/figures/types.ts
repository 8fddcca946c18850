/** A figure stated in a document, extracted at index time. */
export interface Fact {
  id: string;
  docId: string;
  passageId: string;
  /** Span of the figure's sentence in the document's cleaned text. */
  start: number;
  end: number;
  /** Span of the number itself. */
  valueStart: number;
  valueEnd: number;
  entity: string;
  metric: string;
  value: number;
  unit: string;
  qualifier?: string;
  period?: string;
}
