// Figures over the people ("250,000 yuan per resident"): the one list of words for a head, read by extraction, by the
// figure a question asks and by the sentences quoted.

const HEADS = ["resident", "inhabitant", "person", "head", "capita", "citizen", "people"];
const HEAD = `(?:${HEADS.join("|")})`;
// the people a shop, a port or a resort counts ("spending per shopper"): a figure over them is no total either, but a
// question asking it names them, and may work it out from the total and their count
const VISITORS = ["shopper", "visitor", "tourist", "passenger", "traveller", "traveler", "customer", "buyer"];
const ANY_HEAD = `(?:${[...HEADS, ...VISITORS].join("|")})`;
/** "yuan per shopper": a figure's unit over people a place counts, and the word for them. */
export const PER_VISITOR_UNIT = new RegExp(String.raw`\bper\s+(${VISITORS.join("|")})$`, "i");

/** "per resident", "per-capita": asked in a question, or a figure's unit ("yuan per resident"). */
export const PER_HEAD = new RegExp(String.raw`\bper[\s-]+${HEAD}\b`, "i");

/** "per resident", "a person", "for each citizen": said right after an amount; the head word is caught. */
export const PER_HEAD_AFTER = new RegExp(String.raw`^\s*(?:per|a|for\s+each|for\s+every)\s+(${HEAD})\b`, "i");

/** "average spending per shopper fell to 6,000 yuan": said before an amount in its clause, no other figure between. */
export const PER_HEAD_BEFORE = new RegExp(String.raw`\bper[\s-]+(${ANY_HEAD})s?\b[^\d,;]{0,40}$`, "i");

/** "per head", "a person", "each resident": a sentence that states a figure over the people. */
export const PER_HEAD_SAID = new RegExp(String.raw`\b(?:per|a|each|every)[\s-]+${HEAD}\b`, "i");

// Amounts over a span or a trip ("8,000 yuan worth of goods a day", "per visit"): an allowance or a rate, never the
// place's total; the same words asked in a question ask for it.
const SPANS = ["day", "trip", "visit", "week"];
const SPAN = `(?:${SPANS.join("|")})`;

/** "a day", "worth of goods a day", "per trip": said right after an amount; the span word is caught. */
export const PER_SPAN_AFTER = new RegExp(String.raw`^\s*(?:(?:worth\s+)?of\s+(?:[a-z-]+\s+){0,2}?)?`
  + String.raw`(?:per|a|an|each)\s+(${SPAN})\b`
  // (never a time between two events: "3.1 billion yuan a week after the port opened")
  + String.raw`(?!\s+(?:before|after|earlier|later|ahead|ago|prior|beforehand)\b)`, "i");

/** "per day", "a trip", "each visit": asked in a question, or a figure's unit ("yuan per day"). */
export const PER_SPAN = new RegExp(String.raw`\b(?:per|a|an|each|every)\s+${SPAN}\b`, "i");
