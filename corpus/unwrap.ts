// a line that breaks mid-sentence (a PDF's, a wrapped text file's): no closing punctuation, and the next line carries
// on in lower case (a table row, "| … |", is never wrapped)
const WRAPPED = /(?<![.!?:;"”’)\]|])\n(?=[\p{Ll}\d(])/gu;
// …or breaks after a word no sentence or heading ends on ("a steep fall in\nSeptember", "5.08 trillion\nRMB")
// ("third among the 31 provinces after\nGuangdong and Jiangsu": so after a word that sets a place beside another)
// (or after a comma, which ends no sentence or heading: "with ASEAN, the EU,\nLatin America and Africa …")
const WRAPPED_AFTER = new RegExp(String.raw`(?<=\b(?:in|of|the|to|and|for|with|from|by|at|than|a|an|its|their|after|behind|`
  + String.raw`between|among|including|thousand|million|billion|trillion)|,)\n(?=\p{Lu})`, "gu");

// …or inside a relative clause the line opened and did not close ("Bonded trade, which covers goods moving through the
// X Comprehensive\nBonded Zone and …, reached …"): no heading holds ", which …"
const WRAPPED_CLAUSE = /(?<=,\s(?:which|who|whose)\s[^\n.;:!?|]*[\p{L}])\n(?=\p{Lu})/gu;

/** Joins the lines a PDF or a fixed-width text wrapped inside a sentence, so sentences read whole; headings stay on their own line. */
export const unwrapLines = (page: string): string => page.replace(/[ \t]+\n/g, "\n").replace(WRAPPED, " ").replace(WRAPPED_AFTER, " ")
  .replace(WRAPPED_CLAUSE, " ");
