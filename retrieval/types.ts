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
  /** PDFs: the page the cited text starts on. */
  page?: number;
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

/** How a follow-up was read: the question answered, and what it took from the previous one. */
export interface FollowUpReading {
  question: string;
  carried: Array<{ kind: string; text: string }>;
}

export interface Answer {
  question: string;
  /** Present when the question was completed from the previous one in a conversation. */
  followUp?: FollowUpReading;
  /** The question as asked is not answered: nothing was found, or some asked part was not (see `partial`). */
  abstained: boolean;
  /** Some asked parts are answered and the rest are named in `missing` (with `abstained: true`). */
  partial?: boolean;
  mode?: AnswerMode;
  answer: string;
  figures: Figure[];
  citations: Citation[];
  /** Parts of the question the documents do not state (the rest, if any, is answered: `partial`). */
  missing?: string[];
}
