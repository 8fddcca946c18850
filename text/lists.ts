/**
 * Lists of things that are not places: "Exports of solar cells, mobile phones and lithium-ion
 * batteries were particularly strong, climbing 84.6 percent, 121.6 percent and 71.9 percent
 * respectively". The items of such a list are subjects (products, mostly) that own the figures
 * mapped onto them in order.
 */

// where a list of items starts: after "exports of", "such as", "including", a colon, or a clause break
const LIST_START = /\b(?:exports?|imports?|sales|shipments|output)\s+of\s+|\bsuch\s+as\s+|\bincluding\s+|\bnamely\s+|:\s*|;\s*|\b(?:while|whereas|but)\s+|^/gi;
// the verb that ends a list's noun phrases
const LIST_END = /\s+(?:were|was|are|is|all|grew|rose|increased|climbed|surged|jumped|went|reached|came|recorded|saw|posted|expanded|accounted|made|declined|fell|dropped|hit|totaled|totalled|amounted|stood|registered|achieved|remained|ranked)\b/gi;
// an opening phrase before the list: "Among export items, …", "Within this group, …"
const INTRO = /^(?:among|in|by|for|of|within|as\s+for|in\s+terms\s+of)\b[^,]{0,40},\s*/i;
const ITEM = /^[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}$/;
// flows, wholes and pronouns are not items: "exports and imports grew 5% and 3% respectively" lists flows
const NOT_ITEM = /\b(?:exports?|imports?|trade|total|its|their|the (?:province|city|region|country)['’]s)\b/i;

/** The `k` items of a list that ends before `end` in `text`, or undefined when there is no such list. */
export function itemsBefore(text: string, end: number, k: number): Array<{ name: string; start: number; end: number }> | undefined {
  const head = text.slice(0, end);
  const verbs = [...head.matchAll(LIST_END)];
  for (const verb of verbs.reverse()) {
    const stop = verb.index!;
    const starts = [...head.slice(0, stop).matchAll(LIST_START)];
    const from = starts.length ? starts.at(-1)!.index! + starts.at(-1)![0].length : 0;
    let segment = head.slice(from, stop);
    const intro = INTRO.exec(segment);
    const offset = from + (intro ? intro[0].length : 0);
    if (intro) segment = segment.slice(intro[0].length);
    let parts = segment.split(/,\s*/).map((p) => p.replace(/^and\s+/i, "").trim()).filter(Boolean);
    if (parts.length < k && parts.length >= 1) {
      const last = parts.at(-1)!.split(/\s+and\s+/);
      parts = [...parts.slice(0, -1), ...last];
    }
    if (parts.length !== k || !parts.every((p) => ITEM.test(p) && !/\d/.test(p) && !NOT_ITEM.test(p))) continue;
    let pos = offset;
    return parts.map((p) => {
      const start = text.indexOf(p, pos);
      pos = start + p.length;
      return { name: p.charAt(0).toLowerCase() + p.slice(1), start, end: start + p.length };
    });
  }
  return undefined;
}
