/**
 * Whether a word could be a Chinese place's name written in pinyin ("Xiaodian", "Longgang"): a run of pinyin
 * syllables. A word that cannot ("Bicycles", "Steel") is an English word, whatever its case.
 */
const INITIALS = ["zh", "ch", "sh", ..."bpmfdtnlgkhjqxrzcsyw"];
// (longest first, so that "iang" is tried before "ia")
const FINALS = ["iang", "iong", "uang", "ang", "eng", "ing", "ong", "uan", "ian", "iao", "uai", "ai", "ei", "ao", "ou", "an",
  "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ue", "ui", "er", "a", "o", "e", "i", "u", "v"];
const SYLLABLE = `(?:${INITIALS.join("|")})?(?:${FINALS.join("|")})`;
const PINYIN = new RegExp(String.raw`^(?:${SYLLABLE})+$`, "i");

export const looksLikePinyin = (word: string): boolean => PINYIN.test(word.replace(/['’-]/g, ""));
