import type { CorpusDocument } from "../../corpus/types.js";
import { findEntities, findGroupDefinitions, type DefinedGroup } from "../../text/entities.js";
import type { FactBase } from "./solve.js";
import type { Fact } from "../../text/terms.js";
import { SUBJECTS, subjectFinder } from "../../text/subjects.js";

export interface FigureIndex extends FactBase {
  groups: DefinedGroup[];
  documents: Map<string, CorpusDocument>;
  /** Finds the subjects facts are stored under beyond the table (products of lists: "solar cells"). */
  findSubjects: (text: string) => string[];
  /** Every word the documents use, lower case: questions never "correct" them. */
  words: Set<string>;
}

const cache = new WeakMap<Fact[], FigureIndex>();

/** The facts with what questions need beside them: the places documents mention and the groups they define. Built once per index. */
export function figureIndex(facts: Fact[], documents: CorpusDocument[]): FigureIndex {
  const hit = cache.get(facts);
  if (hit) return hit;
  const groups = new Map<string, DefinedGroup>();
  for (const d of documents) for (const g of findGroupDefinitions(d.text)) groups.set(g.id, g);
  const mentioned = new Set<string>();
  for (const d of documents) for (const e of findEntities(d.text, [...groups.values()])) mentioned.add(e.id);
  for (const f of facts) { mentioned.add(f.entity); f.members?.forEach((m) => mentioned.add(m)); }
  const known = new Set(SUBJECTS.map((x) => x.name));
  const findSubjects = subjectFinder(facts.map((f) => f.subject).filter((x): x is string => x !== undefined && !known.has(x)));
  const words = new Set<string>();
  for (const d of documents) for (const w of d.text.toLowerCase().match(/[a-z]{4,}/g) ?? []) words.add(w);
  const built = { facts, mentioned, groups: [...groups.values()], documents: new Map(documents.map((d) => [d.id, d])), findSubjects, words };
  cache.set(facts, built);
  return built;
}
