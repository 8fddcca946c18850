// text/entities.ts finds places with a trie walked from word starts. It replaced one regular expression
// alternating all ~1,400 aliases, whose compilation cost every command ~0.1–0.2 s before its first
// answer. The lookup must find exactly what that alternation found: the reference below is the
// replaced code, kept here only as the oracle, and both read the bundled corpus, every alias in
// the contexts the pattern treats specially, and random text built from alias fragments.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findEntities, findGroupDefinitions, type DefinedGroup } from "../text/entities.js";
import { ALL_PLACES, type Place } from "../text/places.js";
import { ROOT } from "./helpers/paths.js";

// ---- the replaced alternation, as it was (the oracle) ----
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s-]+/g, "[\\s-]+");
// (the aliases matched only as written: "US", and "IM" for Inner Mongolia, added since)
const caseSensitive = (alias: string, p: object) => ["US", "IM"].includes(alias) || ("caseSensitive" in p && p.caseSensitive === true);
const SUFFIX = String.raw`(?:\s+(?:province|provincial|municipality|autonomous region|special administrative region|SAR|city|region))?`;
type Named = Place | (DefinedGroup & { kind: "group" });
interface Oracle { re: RegExp; lookup: Map<string, Named> }
function oracleMatcher(places: Array<Place | (DefinedGroup & { kind: "group"; aliases: string[] })>, sensitive: boolean): Oracle {
  const lookup = new Map<string, Named>();
  const aliases: string[] = [];
  for (const p of places) for (const a of p.aliases) {
    if (caseSensitive(a, p) !== sensitive) continue;
    const key = sensitive ? a : a.toLowerCase().replace(/[\s-]+/g, " ");
    if (!lookup.has(key)) { lookup.set(key, p as Place); aliases.push(a); }
  }
  aliases.sort((a, b) => b.length - a.length);
  const body = aliases.map(escapeRe).join("|");
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:the\s+)?(${body})${sensitive ? "" : SUFFIX}(?![\p{L}\p{N}$])(?!\s+dollars?\b)(['’]s)?`, sensitive ? "gu" : "giu");
  return { re, lookup };
}
const STATIC = [oracleMatcher(ALL_PLACES, false), oracleMatcher(ALL_PLACES, true)];
const CURRENCY_AFTER = /^\s*(?:\$|dollars?\b|cents?\b)/i;
const NAME_AFTER = /^\s+(?!(?:Province|Provincial|Municipality|Autonomous|Special|SAR|City|Region)\b)[A-Z]/;
function oracle(text: string, groups: DefinedGroup[] = []) {
  const matchers = [...STATIC];
  if (groups.length) matchers.unshift(oracleMatcher(groups.map((g) => ({ ...g, kind: "group" as const, aliases: [g.name] })), false));
  const found: Array<{ start: number; end: number; id: string; kind: string; possessive: boolean; text: string }> = [];
  for (const { re, lookup } of matchers) {
    for (const m of text.matchAll(re)) {
      const alias = m[1]!;
      const p = lookup.get(re.flags.includes("i") ? alias.toLowerCase().replace(/[\s-]+/g, " ") : alias);
      if (!p) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      if (p.id === "partner:us" && CURRENCY_AFTER.test(text.slice(end, end + 12))) continue;
      // (the lookup's later filter, kept here as the currency one is: "US" or "IM" written before a capitalised word
      // is part of a name, "SAIC's IM Motors"; random text found "US Beij" in stop 30 once this filter had been added
      // to the lookup alone)
      if (m[0].length === 2 && NAME_AFTER.test(text.slice(end, end + 16)) && ["US", "IM"].includes(m[0])) continue;
      found.push({ start, end, id: p.id, kind: p.kind, possessive: Boolean(m[2]), text: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
// ---- end of the oracle ----

const same = (text: string, groups?: DefinedGroup[]) => expect(findEntities(text, groups), text.slice(0, 120)).toEqual(oracle(text, groups));
const ALIASES = ALL_PLACES.flatMap((p) => p.aliases);
const corpusTexts = (dir: string) => readdirSync(dir).filter((f) => /\.(?:txt|md)$/.test(f)).map((f) => readFileSync(path.join(dir, f), "utf8"));

describe("the place lookup finds what the alternation of all aliases found", () => {
  it("in every document of the bundled corpus and the test corpora, with the groups they define", () => {
    const dirs = [path.join(ROOT, "corpus", "seed"), ...["extra-corpus", "unseen-corpus"].map((d) => path.join(ROOT, "test", "fixtures", d))];
    const texts = dirs.flatMap(corpusTexts);
    expect(texts.length).toBeGreaterThan(5);
    let mentions = 0;
    for (const t of texts) {
      same(t);
      const groups = findGroupDefinitions(t);
      if (groups.length) same(t, groups);
      mentions += findEntities(t).length;
    }
    expect(mentions).toBeGreaterThan(100);
  });

  it("for every alias: bare, after “the”, in other case, with suffixes, possessives, currencies and word edges", () => {
    const contexts = [
      (a: string) => `${a}`, (a: string) => `the ${a}'s exports`, (a: string) => `The  ${a.toUpperCase()} Province’s`,
      (a: string) => `in ${a.toLowerCase()} city, and`, (a: string) => `${a.replace(/ /g, "-")} autonomous region`,
      (a: string) => `x${a} ${a}x ${a}1`, (a: string) => `${a} dollars; ${a}$5; ${a} $4`, (a: string) => `(${a}), ${a} provincial-level`,
      (a: string) => `${a} Special Administrative Region's ${a} SAR`, (a: string) => `the the ${a}  region's`,
    ];
    for (const a of ALIASES) for (const c of contexts) same(c(a));
  });

  it("with groups a document defines, case and spacing varied", () => {
    const groups: DefinedGroup[] = [
      { id: "group:seven-eastern-regions", name: "seven eastern regions", members: ["province:guangdong", "province:jiangsu"] },
      { id: "group:three-northeastern-provinces", name: "three northeastern provinces", members: ["province:liaoning"] },
    ];
    same("The Seven  Eastern-Regions grew while the three northeastern provinces' trade and Guangdong's fell", groups);
    same("seven eastern regions's share, three northeastern provinces province", groups);
  });

  it("in random text made of alias fragments, separators and look-alike letters", () => {
    const fragment = fc.oneof(
      fc.constantFrom(...ALIASES),
      fc.constantFrom(...ALIASES).map((a) => a.slice(0, Math.ceil(a.length / 2))),
      fc.constantFrom("the ", "The ", " ", "  ", "-", "'s", "’s", " province", " city", " dollars", "$", "1", "x", ", ", "ſ", "K", "İ", "\u00a0"),
    );
    same("US Beij, IM Motors, the US Province"); // (the counterexample random text found in stop 30)
    fc.assert(fc.property(fc.array(fragment, { maxLength: 12 }), (parts) => {
      const text = parts.join("");
      expect(findEntities(text)).toEqual(oracle(text));
    }), { numRuns: 1000 });
  });
});
