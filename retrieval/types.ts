/** The structured answer every front end renders. Matches the `--json` contract. */
export interface Citation {
  n: number;
  docId: string;
  /** File path relative to the corpus folder. */
  source: string;
  title: string;
  published?: string;
  publisher?: string;
  url?: string;
  passageId: string;
  /** The cited sentences, figures and query terms wrapped in `**`. */
  snippet: string;
}

export interface Figure {
  label: string;
  value: number;
  unit: string;
  computed: boolean;
  formula?: string;
  citations: number[];
  entity?: string;
  metric?: string;
  period?: string;
}

/** How an answer was made: computed from facts, quoted from a sentence that states it, or passages that explain. */
export type AnswerMode = "figures" | "quoted" | "passages" | "abstained";

export interface Answer {
  question: string;
  abstained: boolean;
  mode?: AnswerMode;
  answer: string;
  figures: Figure[];
  citations: Citation[];
}
