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

export interface Description { start: number; end: number; province: string; words: string[] }

/** A city named by its province and describing words, where the question names no city itself. */
export function describedCity(question: string): Description | undefined {
  const named = findEntities(question);
  if (named.some((e) => e.kind === "city")) return undefined;
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
