import type { CorpusDocument } from "../../corpus/types.js";
import { withoutCorrected } from "../../facts/corrections.js";
import { findEntities, findGroupDefinitions, type DefinedGroup } from "../../text/entities.js";
import type { FactBase } from "./solve.js";
import type { Fact } from "../../text/terms.js";
import { SUBJECTS, subjectFinder } from "../../text/subjects.js";
import { locatedZoneFinder, zoneFinder, type ZoneMention } from "../../text/zones.js";
import { districtsCoveringProvinces } from "../../text/districts.js";
import { citiesDescribed, citiesHomeTo, cityTitled, type Description } from "../../text/described.js";
import { namedPipelines } from "../../text/routes.js";
import { NAMED_TERMINAL } from "../../facts/extract.js";

export interface FigureIndex extends FactBase {
  groups: DefinedGroup[];
  documents: Map<string, CorpusDocument>;
  /** Finds the subjects facts are stored under beyond the table (products of lists: "solar cells"). */
  findSubjects: (text: string) => string[];
  /** Every word the documents use, lower case: questions never "correct" them. */
  words: Set<string>;
  /** Finds the zones and ports facts belong to (entities `zone:…`) in a question. */
  findZones: (text: string) => ZoneMention[];
  /** Cities whose customs district a document names as a whole province ("Shandong Province (Qingdao Customs District)"). */
  districts: Map<string, string>;
  /** The cities of a province the documents describe with every given word ("island", "korea"), or a firm's home. */
  findDescribed: (described: Description) => string[];
  /** The places whose figures sentences give on a pipeline of this name ("china-myanmar"): where it enters. */
  findPiped: (name: string) => string[];
  /** The one place whose counted trains a question names by their service's name ("how many Chang'an trains"), or
   * whose terminal it names by the terminal's ("yangluo port"), if any. */
  findServed: (text: string) => string[];
  /** The places (China too) whose figures the documents give for these goods ("lithium batteries"). */
  findOwners: (subjects: string[]) => string[];
}

const SERVICE_UNIT = /^([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)\s+(?:freight\s+)?trains?$/;
const KNOWN_AS_SERVICE = new RegExp(String.raw`\b(?:known|branded|called)\s+as\s+(?:the\s+)?([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?)`
  + String.raw`\s+(?:freight\s+)?trains?\b`);
// "the New Western Land-Sea Corridor": a corridor named by capitalised words before the word
const CORRIDOR = /\b((?:[A-Z][\w'’-]*\s+){1,4})Corridor\b/g;
/**
 * Where the sentence before `end` starts: after the end mark before its own ("… trips. The corridor …" → "The"), read
 * backwards from `end` (a search over the whole text before it cost quadratic time on long documents).
 */
function sentenceBefore(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  if (i >= 0 && /[.!?]/.test(text[i]!)) i--;
  while (i >= 0 && !/[.!?]/.test(text[i]!)) i--;
  return i + 1;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CARRIED = /^(?:freight|cargo|goods)$/;

const cache = new WeakMap<Fact[], FigureIndex>();

/** What one document contributes, read once per document object: an updated index keeps the objects of unchanged documents. */
interface DocumentReading {
  groups: DefinedGroup[];
  words: string[];
  districts: Array<[string, string]>;
  /** Places mentioned, by the set of groups they were read with (groups defined anywhere in the index apply everywhere). */
  mentions: Map<string, string[]>;
}
const readings = new WeakMap<CorpusDocument, DocumentReading>();

// its words of four letters or more, and its hyphened words whole ("e-commerce"), which a question may type joined
const documentWords = (text: string) => {
  const lower = text.toLowerCase();
  return [...new Set([...lower.match(/[a-z]{4,}/g) ?? [], ...lower.match(/\b[a-z]+(?:-[a-z]+)+\b/g) ?? []])];
};

function reading(d: CorpusDocument): DocumentReading {
  let r = readings.get(d);
  if (!r) {
    r = { groups: findGroupDefinitions(d.text), words: documentWords(d.text),
      districts: districtsCoveringProvinces(d.text), mentions: new Map() };
    readings.set(d, r);
  }
  return r;
}

function mentionsOf(d: CorpusDocument, groups: DefinedGroup[], key: string): string[] {
  const r = reading(d);
  let ids = r.mentions.get(key);
  if (!ids) {
    ids = [...new Set(findEntities(d.text, groups).map((e) => e.id))];
    r.mentions.clear(); // only the current group set is worth keeping
    r.mentions.set(key, ids);
  }
  return ids;
}

// ("automobiles" and "automobile", "ships" and "ship": a goods name compared word by word, each word singular)
const singular = (word: string) => word.replace(/ies$/, "y").replace(/(?<=s|x|z|ch|sh)es$|s$/, "");
const spellingKey = (name: string) => name.toLowerCase().split(/[\s-]+/).map(singular).join(" ");

/**
 * The facts with one spelling per subject: documents that write the same goods in the singular and in the plural
 * ("automobile exports", "exports of automobiles") would otherwise each hide the other's figures from a question, which
 * is read as one of the two. The plural (a list's item), else the most used spelling, stands for all.
 */
function oneSpellingPerSubject(facts: Fact[], known: Set<string>): Fact[] {
  const spellings = new Map<string, Map<string, number>>();
  for (const f of facts) {
    if (!f.subject || known.has(f.subject)) continue;
    const byName = spellings.get(spellingKey(f.subject)) ?? new Map<string, number>();
    byName.set(f.subject, (byName.get(f.subject) ?? 0) + 1);
    spellings.set(spellingKey(f.subject), byName);
  }
  const chosen = new Map<string, string>();
  for (const byName of spellings.values()) {
    if (byName.size < 2) continue;
    const best = [...byName].sort((a, b) => Number(b[0].endsWith("s")) - Number(a[0].endsWith("s")) || b[1] - a[1])[0]![0];
    for (const name of byName.keys()) if (name !== best) chosen.set(name, best);
  }
  if (!chosen.size) return facts;
  return facts.map((f) => (f.subject && chosen.has(f.subject)
    ? { ...f, subject: chosen.get(f.subject)!, ...(f.qualifier === f.subject && { qualifier: chosen.get(f.subject)! }) } : f));
}

/** The facts with what questions need beside them: the places documents mention and the groups they define. Built once per index. */
export function figureIndex(stored: Fact[], documents: CorpusDocument[]): FigureIndex {
  const hit = cache.get(stored);
  if (hit) return hit;
  const known = new Set(SUBJECTS.map((x) => x.name));
  // (a figure a correction notice replaced is no longer one: facts/corrections.ts)
  const facts = withoutCorrected(oneSpellingPerSubject(stored, known));
  const groups = new Map<string, DefinedGroup>();
  for (const d of documents) for (const g of reading(d).groups) groups.set(g.id, g);
  const groupList = [...groups.values()];
  const key = JSON.stringify(groupList);
  const mentioned = new Set<string>();
  for (const d of documents) for (const id of mentionsOf(d, groupList, key)) mentioned.add(id);
  for (const f of facts) {
    mentioned.add(f.entity);
    f.members?.forEach((m) => mentioned.add(m));
  }
  // (freight and cargo a port handled are no goods a question narrows to: "trade value and freight volume" asks the
  // trade's value; the freight's count is matched by its word, retrieval/figures/select.ts)
  const findSubjects = subjectFinder(facts.map((f) => f.subject)
    .filter((x): x is string => x !== undefined && !known.has(x) && !CARRIED.test(x)));
  const words = new Set<string>();
  for (const d of documents) for (const w of reading(d).words) words.add(w);
  // ("tangshan port area": a zone by the place the documents locate it in, when they name it no other way)
  const byName = zoneFinder(mentioned);
  const byPlace = locatedZoneFinder(mentioned, documents.map((d) => d.text));
  const findZones = (text: string) => {
    const named = byName(text);
    return [...named, ...byPlace(text).filter((z) => !named.some((n) => n.start < z.end && n.end > z.start))]
      .sort((a, b) => a.start - b.start);
  };
  const districts = new Map(documents.flatMap((d) => reading(d).districts));
  const findDescribed = (described: Description) => {
    if (described.home) return [...new Set(documents.flatMap((d) => citiesHomeTo(d.text, d.meta.title, described.home!)))];
    const bySentence = [...new Set(documents.flatMap((d) => citiesDescribed(d.text, described.province!, described.words)))];
    // (where no sentence describes a city so, the city in the title of a document that uses the words)
    return bySentence.length ? bySentence
      : [...new Set(documents.flatMap((d) => cityTitled(d.meta.title, d.text, described.province!, described.words)))];
  };
  const byId = new Map(documents.map((d) => [d.id, d]));
  const piped = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.entity === "china") continue;
    for (const p of namedPipelines(byId.get(f.docId)?.text.slice(f.start, f.end) ?? "")) {
      piped.set(p.name, (piped.get(p.name) ?? new Set()).add(f.entity));
    }
  }
  const findPiped = (name: string) => [...(piped.get(name) ?? [])];
  // ("187 Chang'an trains": a train service named by a name of its own, counted as one place's)
  const served = new Map<string, Set<string>>();
  for (const f of facts) {
    const name = f.measure === "count" && f.entity !== "china" ? SERVICE_UNIT.exec(f.unit)?.[1] : undefined;
    // ("The China-Europe freight train service from Xi'an, known as the Chang'an trains, ran 3,720 trips": the name its
    // sentence gives the service whose trips it counts)
    const known = !name && f.measure === "count" && f.entity !== "china"
      ? KNOWN_AS_SERVICE.exec(byId.get(f.docId)?.text.slice(f.start, f.valueStart) ?? "")?.[1] : undefined;
    const service = name ?? known;
    if (service && !findEntities(service).length) {
      served.set(service.toLowerCase(), (served.get(service.toLowerCase()) ?? new Set()).add(f.entity));
    }
  }
  // ("The New Western Land-Sea Corridor had its busiest year. Rail-sea trains made 9,748 trips": a corridor named by
  // the count's sentence or the one before is no place; its counts are the place's the documents give them to, asked
  // by the corridor's name or its last words, "land-sea corridor"; where several places' counts name it, the place of
  // the documents whose titles name it too: "212 trains under the corridor" in another city's report is an aside)
  const corridors = new Map<string, Set<string>>();
  const titledCorridors = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.measure !== "count" || f.entity === "china") continue;
    const doc = byId.get(f.docId);
    const text = doc?.text ?? "";
    const title = doc?.meta.title ?? "";
    const from = sentenceBefore(text, Math.max(0, f.start - 1));
    for (const m of text.slice(from, f.valueStart).matchAll(CORRIDOR)) {
      const words = m[1]!.trim().toLowerCase().split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        const name = `${words.slice(i).join(" ")} corridor`;
        corridors.set(name, (corridors.get(name) ?? new Set()).add(f.entity));
        if (new RegExp(String.raw`(?<![\w'’-])${escapeRe(name)}\b`, "i").test(title)) {
          titledCorridors.set(name, (titledCorridors.get(name) ?? new Set()).add(f.entity));
        }
      }
    }
  }
  // ("yangluo port container throughput": a terminal the documents name as the place's, by the name its counts carry)
  const terminals = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.measure !== "count" || f.entity === "china") continue;
    const name = NAMED_TERMINAL.exec(byId.get(f.docId)?.text.slice(f.start, f.valueStart) ?? "")?.[1];
    if (name && (f.qualifier ?? "").split(", ").includes(name)) {
      terminals.set(name.toLowerCase(), (terminals.get(name.toLowerCase()) ?? new Set()).add(f.entity));
    }
  }
  const findServed = (text: string) => [...new Set([
    ...[...served].filter(([name, ids]) => ids.size === 1
      && new RegExp(String.raw`(?<![\w'’-])${escapeRe(name)}\s+(?:freight\s+)?trains?\b`, "i").test(text)),
    ...[...terminals].filter(([name, ids]) => ids.size === 1
      && new RegExp(String.raw`(?<![\w'’-])${escapeRe(name)}\s+(?:port|terminal)\b`, "i").test(text)),
    ...[...corridors].map(([name, ids]): [string, Set<string>] => [name, titledCorridors.get(name) ?? ids])
      .filter(([name, ids]) => ids.size === 1
      && new RegExp(String.raw`(?<![\w'’-])${escapeRe(name)}\b(?:\s+[\w'’-]+){0,3}?\s+(?:trains?|trips)\b`, "i")
        .test(text)),
  ].flatMap(([, ids]) => [...ids]))];
  // ("lithium battery exports in jan-may" naming no place: whose figures of those goods the documents give)
  const owners = new Map<string, Set<string>>();
  for (const f of facts) if (f.subject) owners.set(f.subject, (owners.get(f.subject) ?? new Set()).add(f.entity));
  const findOwners = (subjects: string[]) => [...new Set(subjects.flatMap((x) => [...(owners.get(x) ?? [])]))];
  const built = {
    facts, mentioned, groups: groupList, documents: byId, findSubjects, words, findZones, districts, findDescribed, findPiped,
    findServed, findOwners,
  };
  cache.set(stored, built);
  return built;
}
