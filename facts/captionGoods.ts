import { NOT_GOODS_PART } from "../text/flows.js";

/**
 * "Ranking of car exports by province, 2024", "Steel imports by city": a table's caption naming one flow of goods
 * across places gives each place's row those goods; the rows are never the places' total flows.
 */
const CAPTION_GOODS = new RegExp(String.raw`^\W*(?:table\s*\d+\s*[.:]?\s*)?(?:(?:the\s+)?(?:ranking|league\s+table)\s+`
  + String.raw`(?:of|for)\s+)?(?:(?:china['’]s|national|provincial)\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+`
  + String.raw`(?:exports|imports)\s+by\s+(?:provinces?|cit(?:y|ies)|regions?|prefectures?)\b`, "i");
// words before a flow that say which part of the flow or when, never which goods
const NOT_GOODS_WORDS = new RegExp(String.raw`\b(?:total|overall|foreign|trade|goods|main|major|top|leading|key|monthly|`
  + String.raw`quarterly|annual|yearly|cumulative|provincial|municipal|regional|national|general|processing|the|and|of|`
  + String.raw`ranking|value|volume|direct|indirect|net|re)\b`, "i");

/** The goods a table's caption names for its rows of places, if it names one flow of goods. */
export function captionGoods(text: string): string | undefined {
  const goods = CAPTION_GOODS.exec(text)?.[1]?.toLowerCase();
  return goods && !NOT_GOODS_WORDS.test(goods) && !NOT_GOODS_PART.test(goods) ? goods : undefined;
}
