/**
 * British spellings as the American ones: "cubic metres" asked finds a text's "cubic meters", "labour-intensive goods"
 * a text's "labor-intensive products" (and the other way). One table for question words and goods' names alike.
 */
export const SPELLINGS: Readonly<Record<string, string>> = {
  metre: "meter", kilometre: "kilometer", litre: "liter", centre: "center", fibre: "fiber", tyre: "tire",
  harbour: "harbor", labour: "labor", programme: "program", jewellery: "jewelry", aluminium: "aluminum",
  sulphur: "sulfur", colour: "color", defence: "defense",
};

// a British word, with its plural or inflection (as a whole word or a hyphenated part: "labour-intensive")
const BRITISH = new RegExp(String.raw`\b(${Object.keys(SPELLINGS).join("|")})(?=s?\b)`, "gi");

/** A name with its British words spelled the American way ("labour-intensive tyres" → "labor-intensive tires"). */
export const americanSpelling = (name: string): string =>
  name.replace(BRITISH, (w) => SPELLINGS[w.toLowerCase()] ?? w);
