import { findEntities } from "./entities.js";
import { CITIES } from "./places.js";

/**
 * Each province's and autonomous region's capital, by the province's place id ("what share of its trade came from its
 * capital?", "fujian's capital city"); the municipalities and special regions have none.
 */
const CAPITALS: Record<string, string> = {
  hebei: "Shijiazhuang", shanxi: "Taiyuan", "inner-mongolia": "Hohhot", liaoning: "Shenyang", jilin: "Changchun",
  heilongjiang: "Harbin", jiangsu: "Nanjing", zhejiang: "Hangzhou", anhui: "Hefei", fujian: "Fuzhou", jiangxi: "Nanchang",
  shandong: "Jinan", henan: "Zhengzhou", hubei: "Wuhan", hunan: "Changsha", guangdong: "Guangzhou", guangxi: "Nanning",
  hainan: "Haikou", sichuan: "Chengdu", guizhou: "Guiyang", yunnan: "Kunming", tibet: "Lhasa", shaanxi: "Xi'an",
  gansu: "Lanzhou", qinghai: "Xining", ningxia: "Yinchuan", xinjiang: "Urumqi",
};

/** The id of a province's capital city, if it has one. */
export function capitalOf(province: string): string | undefined {
  const name = CAPITALS[province];
  return name && CITIES.find((c) => c.parent === province && c.aliases.includes(name))?.id;
}

// "capital goods", "capital inflows": money and machinery, not a city
const NOT_A_CITY = ["goods", "equipment", "investment", "inflow", "inflows", "outflow", "outflows", "flow", "flows",
  "market", "markets", "account", "spending", "expenditure"];
const NOT_FOLLOWED = String.raw`(?!\s+(?:${NOT_A_CITY.join("|")})\b)`;
const CAPITAL_WORD = String.raw`capital(?:\s+city)?\b${NOT_FOLLOWED}`;
// "fujian's capital city", "the provincial capital of hunan", "capital of guangxi": a city named by its province
const CAPITAL_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:provincial\s+|regional\s+)?${CAPITAL_WORD}`, "i");
const CAPITAL_BEFORE = /\b(?:the\s+)?(?:provincial\s+|regional\s+)?capital(?:\s+city)?\s+of\s+(?:the\s+)?$/i;
// "its capital", "the provincial capital", "hunan's capital": a capital named by its role
const CAPITAL_ROLE = new RegExp(String.raw`\b(?:its|the(?:\s+provincial|\s+regional)?|[\w'’-]+['’]s)\s+${CAPITAL_WORD}`, "i");

/** Whether the text names a capital city by its role ("came from its capital"), not capital goods or money. */
export const namesCapital = (text: string): boolean => CAPITAL_ROLE.test(text);

/** The text with a capital named by its province ("fujian's capital city") written as the city's name ("Fuzhou"). */
export function namingCapitals(text: string): string {
  let out = text;
  for (const m of findEntities(text).filter((e) => e.kind === "province").reverse()) {
    const capital = CAPITALS[m.id];
    if (!capital) continue;
    // (a possessive mention ends after its "'s")
    const after = (m.possessive || /['’]s$/.test(m.text)) ? CAPITAL_AFTER.exec(out.slice(m.end)) : null;
    if (after) { out = `${out.slice(0, m.start)}${capital}${out.slice(m.end + after[0].length)}`; continue; }
    const before = CAPITAL_BEFORE.exec(out.slice(0, m.start));
    if (before) out = `${out.slice(0, before.index)}${capital}${out.slice(m.end)}`;
  }
  return out;
}
