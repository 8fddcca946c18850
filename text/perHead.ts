// Figures over the people ("250,000 yuan per resident"): the one list of words for a head, read by extraction, by the
// figure a question asks and by the sentences quoted.

const HEADS = ["resident", "inhabitant", "person", "head", "capita", "citizen", "people"];
const HEAD = `(?:${HEADS.join("|")})`;

/** "per resident", "per-capita": asked in a question, or a figure's unit ("yuan per resident"). */
export const PER_HEAD = new RegExp(String.raw`\bper[\s-]+${HEAD}\b`, "i");

/** "per resident", "a person", "for each citizen": said right after an amount; the head word is caught. */
export const PER_HEAD_AFTER = new RegExp(String.raw`^\s*(?:per|a|for\s+each|for\s+every)\s+(${HEAD})\b`, "i");

/** "per head", "a person", "each resident": a sentence that states a figure over the people. */
export const PER_HEAD_SAID = new RegExp(String.raw`\b(?:per|a|each|every)[\s-]+${HEAD}\b`, "i");
