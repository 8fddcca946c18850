import { findEntities } from "./entities.js";

/**
 * Zones and ports the gazetteer does not know: "Liangjiang New Area", "Qianhai Free Trade Zone", "Yangluo Port".
 * Such a zone owns its figures as a place of its own (entity `zone:<name>`): its trade is never its city's total,
 * and a question that names it asks about it.
 */

const KIND_WORDS = ["New Area", "New District", "Pilot Free Trade Zone", "Free Trade Zone", "Free Trade Port",
  "Comprehensive Bonded Zone", "Bonded Zone", "Bonded Port Area", "Bonded Logistics Park", "Development Zone",
  "Economic Zone", "Economy Zone", "High-tech Zone", "Hi-tech Zone", "Industrial Park", "Logistics Park", "Port Area",
  "Land Port", "Border Port", "Port"];
// ("Gyirong port", "Qianhai free trade zone": news writes the kind in lower case too)
const KINDS = KIND_WORDS.map((k) => k.replace(/\s+/g, String.raw`\s+`).replace(/\b([A-Z])/g, (c) => `[${c}${c.toLowerCase()}]`))
  .join("|");
/** A zone's name: one to four capitalised words before a zone kind. */
export const NAMED_ZONE = new RegExp(String.raw`\b((?:[A-Z][\w'-]*\s+){1,4}(?:${KINDS}))\b`, "g");

const LEADING = /^(?:The|In|At|Through|Via|From|And|Of|By)\s+/;
// "the city, which stood at …", "the province's total": the figure after such words is the place's, not the zone's
export const BACK_TO_PLACE = /\bthe\s+(?:\w+\s+)?(?:province|provincial|city|municipality|municipal|region)\b/i;

export const ZONE_PREFIX = "zone:";
export const zoneId = (name: string) => `${ZONE_PREFIX}${name}`;
export const isZone = (id: string) => id.startsWith(ZONE_PREFIX);

/**
 * The zone that owns a figure: the last zone named before it in its clause, when the gazetteer knows no place in
 * its name ("Erenhot Port" is Erenhot's) and nothing between the two turns back to a place.
 */
export function zoneBefore(left: string): string | undefined {
  const last = [...left.matchAll(NAMED_ZONE)].at(-1);
  if (!last) return undefined;
  let name = last[1]!.trim();
  while (LEADING.test(name)) name = name.replace(LEADING, "");
  if (!/\s/.test(name) || findEntities(name).length) return undefined;
  const between = left.slice(last.index! + last[0].length);
  const possessivePlace = findEntities(between).some((e) => e.possessive && e.kind !== "partner");
  return BACK_TO_PLACE.test(between) || possessivePlace ? undefined : name;
}

export interface ZoneMention { id: string; start: number; end: number }

/** Finds the zones an index's facts belong to in a question, in any case ("the liangjiang new area"). */
export function zoneFinder(ids: Iterable<string>): (text: string) => ZoneMention[] {
  const names = [...new Set([...ids].filter(isZone).map((id) => id.slice(ZONE_PREFIX.length)))]
    .sort((a, b) => b.length - a.length);
  if (!names.length) return () => [];
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"));
  const re = new RegExp(String.raw`\b(${escaped.join("|")})\b`, "gi");
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  return (text) => [...text.matchAll(re)].map((m) => ({
    id: zoneId(byLower.get(m[1]!.toLowerCase().replace(/\s+/g, " "))!),
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}
