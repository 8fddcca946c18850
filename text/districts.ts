import { findEntities } from "./entities.js";
import { place } from "./places.js";

/**
 * Customs districts a document says stand for a whole province: "Foreign trade of Shandong Province (Qingdao Customs
 * District)", "the Qingdao Customs District (Shandong)". A district named after a city does not always cover its
 * province (one may cover the city and a few neighbours), so only a document that writes the two together says so.
 */

const DISTRICT_AFTER = /^\s+customs\s+district\b/i;
// "Shandong Province (Qingdao …": the province, then the district in brackets; "(Shandong)", "(Shandong Province)"
const PROVINCE_THEN_BRACKET = /^\s*\(\s*$/;
const BRACKET_AFTER_DISTRICT = /^\s+customs\s+district\s*\(\s*(?:the\s+)?$/i;

/** City ids whose customs district a text names as its province, with that province: [city, province]. */
export function districtsCoveringProvinces(text: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const mentions = findEntities(text);
  mentions.forEach((m, i) => {
    if (m.kind !== "city" || !DISTRICT_AFTER.test(text.slice(m.end, m.end + 30))) return;
    const province = place(m.id)?.parent;
    const before = mentions[i - 1];
    const after = mentions[i + 1];
    const covers = (before !== undefined && before.id === province && PROVINCE_THEN_BRACKET.test(text.slice(before.end, m.start)))
      || (after !== undefined && after.id === province && BRACKET_AFTER_DISTRICT.test(text.slice(m.end, after.start)));
    if (province && covers && !found.some(([c]) => c === m.id)) found.push([m.id, province]);
  });
  return found;
}

/** "qingdao customs district" in a question: the city mentions a district-covered province stands in for. */
export const namesDistrict = (text: string, m: { end: number }) => DISTRICT_AFTER.test(text.slice(m.end, m.end + 30));
