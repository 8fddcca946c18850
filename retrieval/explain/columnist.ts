import type { CorpusDocument } from "../../corpus/types.js";

/**
 * An opinion column's author: the words of the column that quote no one are the author's ("what does X say the
 * province should do?" is answered by the column X writes). Found by the note that presents the author
 * ("X is a former official … and writes a monthly column …", "opinion column by X", "… The views are his own.").
 */

const NAME = String.raw`([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})`;
const PRESENTS = [
  new RegExp(String.raw`\b${NAME} (?:is|was) (?:a|an|the) [^.\n]{0,200}?\b(?:writes|columnist|column)\b`),
  // (case kept: a name is capitalised, "a column by the city's customs" names no one)
  new RegExp(String.raw`\b(?:[Oo]pinion |[Gg]uest )?[Cc]olumn(?:ist)? by ${NAME}\b`),
  new RegExp(String.raw`\bby ${NAME}[^.\n]{0,120}\bviews (?:are|expressed are) (?:his|her|their|the author's) own\b`),
];
/** How far into an article the note that presents its author may stand. */
const HEAD = 800;

const authors = new WeakMap<CorpusDocument, string | null>();

/** The author of an opinion column, or undefined for an article that is no column. */
export function columnistOf(doc: CorpusDocument): string | undefined {
  let name = authors.get(doc);
  if (name === undefined) {
    const head = doc.text.slice(0, HEAD);
    name = PRESENTS.map((re) => re.exec(head)?.[1]).find((n) => n !== undefined) ?? null;
    authors.set(doc, name);
  }
  return name ?? undefined;
}

// a sentence that quotes or names another speaker is not the author's own
const OTHERS = /["“”]|\bsaid\b|\bsays\b|\baccording to\b/i;

/** Is a sentence of a column its author's own words? */
export const authorsOwn = (text: string): boolean => !OTHERS.test(text);
