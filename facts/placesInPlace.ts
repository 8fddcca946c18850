import type { EntityMention } from "../text/entities.js";
import { ORDINALS } from "../text/numbers.js";

/**
 * Places given their places in a run of ranks in words: "B came second with N and C third with M, followed by D in
 * fourth place and E in fifth". Each place right before an ordinal, with at most a verb of placing or "in" between,
 * stands at that rank. Read only where the sentence gives two ranks or more (a run), so that a lone "second" of another
 * sense ("its second port") ranks nothing.
 */
// (no ordinal of a superlative or a part of time: "second-largest", "second half", "third quarter", "the first 11
// months", "the first three quarters")
const ORDINAL = new RegExp(String.raw`\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b`
  + String.raw`(?!\s*[-–]?\s*(?:largest|biggest|highest|fastest|lowest|half|quarters?|months?|years?|weeks?|time|round|`
  + String.raw`phase|batch|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven)\b)`, "gi");
// what may stand between the place and its ordinal: "came", "ranked", "was", "in", "at"
const BETWEEN = /^\s*(?:(?:came|ranked|placed|was|stood|finished|remained|followed)\s+)?(?:(?:in|at)\s+)?(?:the\s+)?$/i;
const PLACE_KINDS = new Set(["city", "province", "region", "county", "zone", "port"]);

export interface PlaceInPlace { entity: string; value: number; start: number; end: number }

/** The places a sentence ranks by ordinals alone, in its own offsets. */
export function placesInPlace(text: string, entities: EntityMention[]): PlaceInPlace[] {
  const found: PlaceInPlace[] = [];
  for (const m of text.matchAll(ORDINAL)) {
    const place = entities.filter((e) => e.end <= m.index!).at(-1);
    if (!place || !PLACE_KINDS.has(place.kind) || !BETWEEN.test(text.slice(place.end, m.index!))) continue;
    found.push({ entity: place.id, value: ORDINALS[m[1]!.toLowerCase()]!, start: place.start, end: m.index! + m[0].length });
  }
  return found.length >= 2 ? found : [];
}
