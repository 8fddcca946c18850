// a line that breaks mid-sentence (a PDF's, a wrapped text file's): no closing punctuation, and the next line carries
// on in lower case (a table row, "| … |", is never wrapped)
const WRAPPED = /(?<![.!?:;"”’)\]|])\n(?=[\p{Ll}\d(])/gu;
// …or breaks after a word no sentence or heading ends on ("a steep fall in\nSeptember", "5.08 trillion\nRMB")
// ("third among the 31 provinces after\nGuangdong and Jiangsu": so after a word that sets a place beside another)
// (or after a comma, which ends no sentence or heading: "with ASEAN, the EU,\nLatin America and Africa …")
// (or after a word that names what a district takes in: "the district covering\nXiamen, …", "which covers\nA and B")
const WRAPPED_AFTER = new RegExp(String.raw`(?<=\b(?:in|of|the|to|and|for|with|from|by|at|than|a|an|its|their|after|behind|`
  + String.raw`between|among|including|(?:area|jurisdiction)\s+includes|covering|covers|thousand|million|billion|`
  + String.raw`trillion)|,)\n(?=\p{Lu})`, "gu");

// …or before the kind of place a name broken off at the line's end goes on with ("the pilot market in Haishu\nDistrict,
// rose …"): a name after "in", "of", "from" or "at", then a comma or a word in lower case, never a heading's start
// (the look back only at a line break, and over a word's length: a long run of letters is no quadratic scan)
const WRAPPED_KIND = new RegExp(String.raw`\n(?<=\b(?:in|of|from|at)\s+\p{Lu}\p{Ll}{1,20}\n)`
  + String.raw`(?=(?:District|County|Province|City|Prefecture|Municipality)\b(?:,|\s+\p{Ll}))`, "gu");

// …or splits a name in a full line of text, the name's last word and a comma opening the next ("the pilot market in
// Xinhe\nDistrict, rose …"): no heading ends on a name nor a line opens on a word and a comma
// (the look back only at a line break, and over a word's length: a long run of letters is no quadratic scan)
const WRAPPED_NAME = /\n(?<=[^\n]{60}\p{Lu}\p{Ll}{0,20}\n)(?=\p{Lu}\p{Ll}+,\s+\p{Ll})/gu;

// …or inside a relative clause the line opened and did not close ("Bonded trade, which covers goods moving through the
// X Comprehensive\nBonded Zone and …, reached …"): no heading holds ", which …"
// (the look back only at a line break: a long line is scanned once, not from every place in it)
const WRAPPED_CLAUSE = /\n(?<=,\s(?:which|who|whose)\s[^\n.;:!?|]*\p{L}\n)(?=\p{Lu})/gu;

// …or between a publication's name and its number, which opens no sentence ("given as 428.6 billion yuan in
// Bulletin\nNo. 3, 2021, has …")
const WRAPPED_NUMBER = /(?<=\b(?:Bulletin|Release|Issue|Notice|Circular|Announcement)[ \t]*)\n(?=No\.\s?\d)/g;

/** Joins the lines a PDF or a fixed-width text wrapped inside a sentence, so sentences read whole; headings stay on their own line. */
export const unwrapLines = (page: string): string => page.replace(/[ \t]+\n/g, "\n").replace(WRAPPED, " ")
  .replace(WRAPPED_AFTER, " ").replace(WRAPPED_NAME, " ")
  .replace(WRAPPED_KIND, " ")
  .replace(WRAPPED_CLAUSE, " ").replace(WRAPPED_NUMBER, " ");
