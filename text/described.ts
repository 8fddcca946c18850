import { findEntities } from "./entities.js";
import { place } from "./places.js";

/**
 * Cities a question names by description ("that zhejiang island city", "that shandong city next to korea"): the
 * describing words, and the sentences where a document describes a city of its own ("The island city of X in …",
 * "X, the … port city that sits closest to the Korean Peninsula").
 */

const CONNECTORS = String.raw`next\s+to|near|bordering|close\s+to|closest\s+to|facing|across\s+from|opposite`;
const DESCRIBED = new RegExp(String.raw`\b(?:that|this|the)\s+([a-z][a-z ]*?)\s+((?:[a-z-]+\s+){0,2}?)city\b`
  + String.raw`(?:\s+(?:${CONNECTORS})\s+(?:the\s+)?([a-z-]+))?`, "gi");

// "that moutai city in guizhou": the describing words before "city", the province after it
const DESCRIBED_IN = /\b(?:that|this|the)\s+((?:[a-z-]+\s+){1,2}?)city\s+in\s+([a-z]+)(?:\s+province)?\b/gi;

// "chery's home city", "the hometown of chery", "the city where chery is headquartered": the city a firm calls home
// (a bare "home" ends its phrase: "midea's home appliance exports" are goods)
const HOME_OF = new RegExp(String.raw`\b(?!(?:the|its|their|province|city|country|region|nation|china)['’])([a-z][\w-]*)['’]s\s+(?:home(?:\s*town|\s+city|\s+base)|home(?=\s*(?:[?,.;:!-]|$|\s+(?:in|during|for|by|from|at|and)\b))|hometown|headquarters(?:\s+city)?)\b`
  + String.raw`|\b(?:the\s+)?(?:home\s+(?:city|town|base)|hometown)\s+of\s+([a-z][\w-]*)\b`
  + String.raw`|\bthe\s+city\s+(?:that\s+is\s+)?(?:where|that)\s+([a-z][\w-]*)\s+(?:is\s+)?(?:headquartered|based|calls\s+home)\b`, "i");
// the words a document says a firm's home with ("Chery, which is headquartered in the city", "Wuhu-based Chery")
const HOME_WORDS = /\b(?:headquartered|headquarters|based|home|hometown)\b/i;

/** A city described by its province and words, or (`home`) as the home of a firm the question names. */
export interface Description { start: number; end: number; province?: string; words: string[]; home?: string }

/** A city named by its province and describing words, or as a firm's home, where the question names no city itself. */
export function describedCity(question: string): Description | undefined {
  const named = findEntities(question);
  if (named.some((e) => e.kind === "city")) return undefined;
  const home = HOME_OF.exec(question);
  const firm = home ? (home[1] ?? home[2] ?? home[3])! : "";
  // ("wuhu's home port" names a place, no firm)
  if (home && !findEntities(firm.replace(/^./, (c) => c.toUpperCase())).length) {
    return { start: home.index, end: home.index + home[0].length, words: [], home: firm.toLowerCase() };
  }
  for (const m of question.matchAll(DESCRIBED)) {
    const province = findEntities(m[1]!);
    if (province.length !== 1 || province[0]!.kind !== "province" || province[0]!.text.length !== m[1]!.length) continue;
    const words = [...(m[2] ?? "").split(/\s+/), m[3] ?? ""].map((w) => w.toLowerCase()).filter((w) => w.length >= 4);
    if (words.length) return { start: m.index!, end: m.index! + m[0].length, province: province[0]!.id, words };
  }
  for (const m of question.matchAll(DESCRIBED_IN)) {
    const province = findEntities(m[2]!);
    if (province.length !== 1 || province[0]!.kind !== "province") continue;
    const words = m[1]!.split(/\s+/).map((w) => w.toLowerCase()).filter((w) => w.length >= 4);
    if (words.length) return { start: m.index!, end: m.index! + m[0].length, province: province[0]!.id, words };
  }
  return undefined;
}

/**
 * Where no sentence describes a city so: the city of `province` a document's title names, when its text uses every
 * word ("Moutai" in an article titled on Zunyi's trade).
 */
export function cityTitled(title: string, text: string, province: string, words: string[]): string[] {
  if (!words.every((w) => new RegExp(String.raw`\b${w}`, "i").test(text))) return [];
  const cities = findEntities(title).filter((e) => e.kind === "city" && place(e.id)?.parent === province);
  return [...new Set(cities.map((e) => e.id))];
}

/** The cities of `province` a sentence of `text` describes with every word ("korea" fits "the Korean Peninsula"). */
export function citiesDescribed(text: string, province: string, words: string[]): string[] {
  const fits = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (!/\bcity\b/i.test(sentence) || !words.every((w) => new RegExp(String.raw`\b${w}`, "i").test(sentence))) continue;
    for (const e of findEntities(sentence)) if (e.kind === "city" && place(e.id)?.parent === province) fits.add(e.id);
  }
  return [...fits];
}

/**
 * The cities a document says a firm is based in: a city its sentence on the firm's home names, or, for "in the city",
 * the city its title (else its text) is about.
 */
export function citiesHomeTo(text: string, title: string, firm: string): string[] {
  const fits = new Set<string>();
  const name = new RegExp(String.raw`\b${firm.replace(/[^\w-]/g, "")}\b`, "i");
  const cityOf = (t: string) => findEntities(t).filter((e) => e.kind === "city").map((e) => e.id);
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (!name.test(sentence) || !HOME_WORDS.test(sentence)) continue;
    const named = cityOf(sentence);
    const own = named.length ? named : /\bthe\s+city\b/i.test(sentence) ? (cityOf(title)[0] ?? cityOf(text)[0]) : undefined;
    for (const id of [own ?? []].flat()) fits.add(id);
  }
  return [...fits];
}
