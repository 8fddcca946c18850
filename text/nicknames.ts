import { findEntities } from "./entities.js";

/**
 * The short names and nicknames people type for Chinese provinces and big cities in a question ("cq", "xiang province",
 * "the spring city"), and the question with each written as the place's name. Articles write the names themselves:
 * this table reads questions only (several short forms are English words or letters an article uses otherwise).
 *
 * A short form two places share is left out: "jin" is Tianjin (津) and Shanxi (晋), "ji" Hebei (冀) and Jilin (吉),
 * "yu" Henan (豫) and Chongqing (渝), "gan" Jiangxi (赣) and Gansu (甘), "gui" Guangxi (桂) and Guizhou (贵); the initials
 * "hn", "hb", "sx", "gz", "sz", "hz" and "zz" name several places each.
 */

/**
 * The standard one-character abbreviations (简称) of every provincial-level division, in pinyin and in characters.
 * In an English question the pinyin one is read only before a word for the division ("xiang province", "the e
 * province", "hu municipality"): alone, most are a syllable of a name or a surname.
 */
const ONE_CHARACTER: Record<string, { pinyin: string[]; hanzi: string[] }> = {
  Beijing: { pinyin: ["jing"], hanzi: ["京"] },
  Tianjin: { pinyin: [], hanzi: ["津"] },
  Hebei: { pinyin: [], hanzi: ["冀"] },
  Shanxi: { pinyin: [], hanzi: ["晋"] },
  "Inner Mongolia": { pinyin: ["meng"], hanzi: ["蒙"] },
  Liaoning: { pinyin: ["liao"], hanzi: ["辽"] },
  Jilin: { pinyin: [], hanzi: ["吉"] },
  Heilongjiang: { pinyin: ["hei"], hanzi: ["黑"] },
  Shanghai: { pinyin: ["hu", "shen"], hanzi: ["沪", "申"] },
  Jiangsu: { pinyin: ["su"], hanzi: ["苏"] },
  Zhejiang: { pinyin: ["zhe"], hanzi: ["浙"] },
  Anhui: { pinyin: ["wan"], hanzi: ["皖"] },
  Fujian: { pinyin: ["min"], hanzi: ["闽"] },
  Jiangxi: { pinyin: [], hanzi: ["赣"] },
  Shandong: { pinyin: ["lu"], hanzi: ["鲁"] },
  Henan: { pinyin: [], hanzi: ["豫"] },
  Hubei: { pinyin: ["e"], hanzi: ["鄂"] },
  Hunan: { pinyin: ["xiang"], hanzi: ["湘"] },
  Guangdong: { pinyin: ["yue"], hanzi: ["粤"] },
  Guangxi: { pinyin: [], hanzi: ["桂"] },
  Hainan: { pinyin: ["qiong"], hanzi: ["琼"] },
  Chongqing: { pinyin: [], hanzi: ["渝"] },
  Sichuan: { pinyin: ["chuan", "shu"], hanzi: ["川", "蜀"] },
  Guizhou: { pinyin: ["qian"], hanzi: ["黔", "贵"] },
  Yunnan: { pinyin: ["dian"], hanzi: ["滇", "云"] },
  Tibet: { pinyin: ["zang"], hanzi: ["藏"] },
  Shaanxi: { pinyin: ["shaan", "qin"], hanzi: ["陕", "秦"] },
  Gansu: { pinyin: ["long"], hanzi: ["甘", "陇"] },
  Qinghai: { pinyin: ["qing"], hanzi: ["青"] },
  Ningxia: { pinyin: ["ning"], hanzi: ["宁"] },
  Xinjiang: { pinyin: ["xin"], hanzi: ["新"] },
  "Hong Kong": { pinyin: ["gang"], hanzi: ["港"] },
  Macao: { pinyin: ["ao"], hanzi: ["澳"] },
  Taiwan: { pinyin: ["tai"], hanzi: ["台"] },
};

/**
 * Pinyin initials typed for a province or a big city ("cq", "gd", "hlj"), each naming one place only. Left out as well:
 * initials that are English words or units a question uses ("ah", "km", "nb", "dl", "cc").
 */
const INITIALS: Record<string, string[]> = {
  Beijing: ["bj"], Tianjin: ["tj"], Shanghai: ["sh"], Chongqing: ["cq"], Guangdong: ["gd"], Zhejiang: ["zj"],
  Jiangsu: ["js"], Shandong: ["sd"], Fujian: ["fj"], Guangxi: ["gx"], Sichuan: ["sc"], Yunnan: ["yn"], Xinjiang: ["xj"],
  Ningxia: ["nx"], Qinghai: ["qh"], Gansu: ["gs"], Liaoning: ["ln"], Jilin: ["jl"], Jiangxi: ["jx"], Heilongjiang: ["hlj"],
  "Inner Mongolia": ["nmg"], Tibet: ["xz"], "Hong Kong": ["hk"],
  Chengdu: ["cd"], Wuhan: ["wh"], Changsha: ["cs"], Xiamen: ["xm"], Nanjing: ["nj"], Qingdao: ["qd"], Hefei: ["hf"],
  "Xi'an": ["xa"], Harbin: ["hrb"], Nanning: ["nn"], Guiyang: ["gy"],
};

/**
 * Nicknames and classical names of provinces and big cities that name one place only ("the mountain city" is
 * Chongqing's 山城, "qilu" Shandong's 齐鲁). Not here: the ones two places share ("green city" is Zhengzhou's and
 * Nanning's 绿城, "dragon city" Taiyuan's and Changzhou's 龙城, "rongcheng" Chengdu's 蓉城 and Fuzhou's 榕城).
 */
const NICKNAMES: Record<string, string[]> = {
  // provinces
  Shandong: ["qilu", "land of qi and lu"],
  Shaanxi: ["sanqin", "three qins"],
  Shanxi: ["sanjin", "three jins"],
  Hubei: ["jingchu"],
  Hunan: ["huxiang", "sanxiang", "three xiangs", "land of hibiscus"],
  Fujian: ["bamin", "eight mins"],
  Guangxi: ["bagui", "eight guis"],
  Henan: ["zhongyuan", "central plains"],
  Hebei: ["yanzhao"],
  Gansu: ["longyuan"],
  Jiangxi: ["ganpo"],
  Sichuan: ["land of abundance"],
  Yunnan: ["south of the clouds"],
  // cities
  Chongqing: ["mountain city", "city of mountains", "fog city", "foggy city"],
  Kunming: ["spring city", "city of eternal spring"],
  Jinan: ["city of springs", "quancheng"],
  Harbin: ["ice city", "bingcheng"],
  Changsha: ["star city"],
  Wuhan: ["river city"],
  Guangzhou: ["goat city", "ram city", "city of rams", "five rams city", "flower city"],
  Shanghai: ["magic city", "modu", "shencheng"],
  Chengdu: ["hibiscus city", "city of hibiscus", "jinguancheng", "brocade city"],
  Fuzhou: ["banyan city", "city of banyans"],
  Xiamen: ["egret island"],
  Lhasa: ["sunlight city", "city of sunlight"],
  Nanjing: ["jinling"],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (names: string[]) => names.sort((a, b) => b.length - a.length).map(escape).join("|");
const invert = (table: Record<string, string[]>) =>
  new Map(Object.entries(table).flatMap(([place, names]) => names.map((n) => [n.toLowerCase(), place] as const)));

const BY_PINYIN = invert(Object.fromEntries(Object.entries(ONE_CHARACTER).map(([p, a]) => [p, a.pinyin])));
const BY_HANZI = invert(Object.fromEntries(Object.entries(ONE_CHARACTER).map(([p, a]) => [p, a.hanzi])));
const BY_INITIALS = invert(INITIALS);
const BY_NICKNAME = invert(NICKNAMES);

// (not "region" or "provincial": "a long region", "the long provincial road")
const DIVISION = String.raw`(?:province|municipality|autonomous\s+region|sar)`;
// "xiang province", "the e province's": a one-character abbreviation before a word for the division
const PINYIN_BEFORE_DIVISION = new RegExp(String.raw`\b(${alternation([...BY_PINYIN.keys()])})(?=\s+${DIVISION}\b)`, "gi");
// "湘", "粤 exports": a character standing on its own, not one inside a Chinese name ("新疆" is no "新")
const HANZI_ALONE = new RegExp(String.raw`(?<!\p{Script=Han})(${[...BY_HANZI.keys()].join("|")})(?!\p{Script=Han})`, "gu");
// "cq total trade": initials as a word of their own ("cq's", "cq-europe trains"; not "c.q." or a unit's "km2")
const INITIALS_WORD = new RegExp(String.raw`(?<![\w.&/$-])(${alternation([...BY_INITIALS.keys()])})(?![\w.&$])`, "gi");
// "mountain city trade", "the spring city's exports": the nickname, never a kind of place described ("a mountain
// city", "which mountain city", "guizhou's mountain city", "guizhou mountain city")
const NICKNAME_WORD = new RegExp(String.raw`(?<![\w-])(?:the\s+)?(${alternation([...BY_NICKNAME.keys()])})(?![\w-])`, "gi");
const DETERMINERS = new Set(("a an which what whose another other each every any one some this that these those its " +
  "their his her our my your").split(" "));

/** The nickname read as a place, unless the word before it makes it a kind of place described. */
const nickname = (m: string, name: string, at: number, text: string): string => {
  const before = /([\p{L}'’-]+)\s+(?:the\s+)?$/iu.exec(`${text.slice(Math.max(0, at - 40), at)}${m.slice(0, -name.length)}`)?.[1] ?? "";
  const described = DETERMINERS.has(before.toLowerCase()) || /['’]s$/.test(before) || findEntities(before).length > 0;
  return described ? m : BY_NICKNAME.get(name.toLowerCase()) ?? m;
};

/** The question with the short names and nicknames of places written as the places' names ("cq" → "Chongqing"). */
export function namingNicknames(question: string): string {
  const name = (table: Map<string, string>) => (m: string) => table.get(m.toLowerCase()) ?? m;
  return question
    .replace(NICKNAME_WORD, nickname)
    .replace(PINYIN_BEFORE_DIVISION, name(BY_PINYIN))
    .replace(HANZI_ALONE, name(BY_HANZI))
    .replace(INITIALS_WORD, name(BY_INITIALS));
}
