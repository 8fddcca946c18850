import type { EvidenceSentence } from "./evidence.js";

/**
 * Questions that are not about a figure ("why…", "what drove…", "who said…", "what is…", "how
 * did … change") are answered with the sentences that explain, quoted whole and cited.
 */

/** Kinds of explanation, each with the words that mark a sentence giving one. */
const KINDS = {
  cause: /\b(?:because|due to|thanks to|driven by|drive[ns]?|drivers?|drove|as a result|benefit(?:ed|ing|s)? from|boost(?:ed|ing)?|owing to|attributed|reasons?|contribut\w*|engine|support(?:ed|ing)?|recover\w*|rebound\w*|cooperation|helped|fuell?ed|spurred|policy|policies|measures?|demand|sign|shows?|reflect\w*|indicat\w*|demonstrat\w*|paying off)\b/i,
  source: /\b(?:said|says|according to|customs|statistics|data|released|spokes(?:person|man|woman)|director|department|bureau|administration|figures from|reported|sub-administration|media group)\b/i,
  definition: /\b(?:is|are|refers? to|compris\w+|consist\w*|including|made up of|namely|known as|covers?|cluster|hub|base)\b/i,
  statement: /\b(?:said|says|stated|noted|added|pointed out|will|would|plans?|aims?|continue)\b/i,
  change: /\b(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|slowed|accelerat\w+|improv\w+|optimi[sz]\w+|step|quarter after quarter|trend|shift\w*|mix|structure|proportion)\b/i,
} as const;
type ExplainKind = keyof typeof KINDS;

const ASKS: Array<[RegExp, ExplainKind]> = [
  [/\b(?:why|what (?:drove|drives|is driving|explains?|caused|boosted)|drivers?|what(?:'s| is| was) behind|how (?:was|is) .* (?:supported|achieved)|what (?:does|did) .* show|contribut\w+ most|main engine)\b/i, "cause"],
  [/\b(?:who (?:gave|reported|released|published|put)|whose (?:statistics|data|figures|numbers)|which (?:customs|office|department|agency|authority|bureau)|where did .* come from|who reported|source)\b/i, "source"],
  [/\bwhat (?:did|does) [\w' ]+ (?:say|said)|\bsaid\b|\bwould do\b/i, "statement"],
  [/\bhow did .* (?:move|change|develop|evolve|shift)\b/i, "change"],
  [/\bwhat(?:'s| is| are| was| were) (?:the )?[a-z]|\b(?:which countries are|what(?:'s| is) .* known for|what was special)\b/i, "definition"],
];

// a question that asks for a number is a figure question, even when it also says "why"
const ASKS_NUMBER = /\b(?:how (?:much|many|fast|big|large)|what (?:share|percent(?:age)?|proportion|was the (?:value|total|growth))|by how much|growth rate of|rank)\b/i;
const FIGURE_WORDS = /\b(?:trade|exports?|imports?|surplus|deficit|growth|value|volume|share)\b/i;

/** The kind of explanation a question asks for, or undefined for a figure question. */
export function explainKind(question: string): ExplainKind | undefined {
  if (ASKS_NUMBER.test(question)) return undefined;
  for (const [re, kind] of ASKS) {
    if (!re.test(question)) continue;
    // "what was shandong's bonded logistics trade" asks for a figure, "what was the master plan" does not
    if (kind === "definition" && FIGURE_WORDS.test(question) && !/known for|special/i.test(question)) return undefined;
    return kind;
  }
  return undefined;
}

const MIN_COVERAGE = 0;

/** The explaining sentences: content words first, then the marks of the asked kind, the best article first. */
export function explainEvidence(kind: ExplainKind, evidence: EvidenceSentence[], options: { constrained: boolean; max?: number }): EvidenceSentence[] {
  const scored = evidence
    .map((s) => ({ s, cue: KINDS[kind].test(s.text), score: s.coverage * 3 + s.overlap * 0.3 - s.docRank * 0.75 }))
    .map((x) => ({ ...x, score: x.score + (x.cue ? 2 : 0) }))
    // an explanation uses the question's own words; in the asked place's article, the marks of the asked kind will do
    // ("where did the numbers come from" → "… reported, citing data from …"), but never for "what is …"
    .filter(({ s, cue }) => s.coverage > MIN_COVERAGE || (cue && options.constrained && kind !== "definition"))
    .sort((a, b) => b.score - a.score);
  const top = scored[0];
  if (!top) return [];
  // the answer stays within the best article; its sentences in reading order
  return scored.filter(({ s, score }) => s.docId === top.s.docId && score >= top.score - 3).slice(0, options.max ?? 3).map(({ s }) => s)
    .sort((a, b) => a.start - b.start);
}
