import { CitationList } from "./citations.js";
import { citeFigures, type Engine } from "./answer.js";
import { figureIndex } from "./figures/base.js";
import { entityName, valueText, whatText } from "./figures/describe.js";
import { displayName, place, provincesIn } from "../text/places.js";
import { findPeriods, periodLabel, samePeriod } from "../text/periods.js";
import { groupComparable } from "./figures/select.js";
import { stated, type DraftFigure } from "./figures/solve.js";
import type { Fact, Measure, Metric } from "../text/terms.js";
import type { Answer } from "./types.js";

export const STAT_METRICS = ["trade", "exports", "imports", "surplus"] as const satisfies readonly Metric[];
export const STAT_MEASURES = ["growth", "amount", "share"] as const satisfies readonly Measure[];
export const STAT_REGIONS = ["inland", "coastal", "eastern", "central", "western", "northeastern"] as const;

export interface StatsQuery {
  /** A place id or name ("guangdong", "Guangdong"). */
  entity?: string;
  region?: (typeof STAT_REGIONS)[number];
  metric?: (typeof STAT_METRICS)[number];
  measure?: (typeof STAT_MEASURES)[number];
  /** Free text: "2025", "January 2019", "h1 2021". */
  period?: string;
  /** Rows per table, 1–25. Default 10. */
  top?: number;
}

/** Places that have figures, for autocomplete: id and display name. */
export function statEntities(engine: Engine<Fact>): Array<{ id: string; name: string }> {
  const ids = new Set(engine.index.facts.filter((f) => f.value !== null && !f.entity.startsWith("list:")).map((f) => f.entity));
  return [...ids].map((id) => ({ id, name: entityName({ entity: id }, false) })).sort((a, b) => a.name.localeCompare(b.name));
}

function resolveEntity(input: string, engine: Engine<Fact>): string | undefined {
  const s = input.trim().toLowerCase();
  return statEntities(engine).find((e) => e.id === s || e.name.toLowerCase() === s)?.id ?? (place(s) ? s : undefined);
}

/**
 * Quick stats without a question: facts filtered by place, region, flow, measure and period, ranked
 * within groups of comparable figures, each row cited. Returns the same shape as `answer()`.
 */
export function stats(query: StatsQuery, engine: Engine<Fact>): Answer {
  const top = Math.min(25, Math.max(1, query.top ?? 10));
  const base = figureIndex(engine.index.facts, engine.index.documents);
  const entity = query.entity ? resolveEntity(query.entity, engine) : undefined;
  const title = [query.entity ? displayName(entity ?? query.entity) : query.region ? `${query.region} provinces` : "all places", query.metric, query.measure, query.period].filter(Boolean).join(" · ");
  if (query.entity && !entity) return { question: title, abstained: true, answer: `No figures for "${query.entity}" in the index.`, figures: [], citations: [] };
  const period = query.period ? findPeriods(query.period)[0]?.period : undefined;
  if (query.period && !period) return { question: title, abstained: true, answer: `"${query.period}" is not a period I understand: try "2025", "January 2019" or "H1 2021".`, figures: [], citations: [] };
  const allowed = query.region ? new Set(provincesIn(query.region)) : undefined;
  const facts = base.facts.filter((f) => f.value !== null && f.measure !== "rank" && !f.entity.startsWith("list:")
    && (!entity || f.entity === entity) && (!allowed || allowed.has(f.entity))
    && (!query.metric || f.metric === query.metric) && (!query.measure || f.measure === query.measure)
    && (!period || (f.period !== undefined && samePeriod(f.period, period)))
    && f.metric !== "other");
  if (!facts.length) return { question: title, abstained: true, answer: "No figures match these filters.", figures: [], citations: [] };
  const citations = new CitationList(engine.index.documents, engine.index.passages);
  const lines: string[] = [];
  const drafts: DraftFigure[] = [];
  const spans: Array<[number, number]> = [];
  for (const group of groupComparable(facts).slice(0, 5)) {
    group.sort((a, b) => b.value! - a.value!);
    const first = group[0]!;
    const head = [whatText(first) || "figure", first.period ? periodLabel(first.period) : ""].filter(Boolean).join(", ");
    const rows = group.slice(0, top).map((f, i) => {
      const n = citations.cite(f.docId, f.start, f.end);
      spans.push([f.valueStart, f.valueEnd]);
      drafts.push(stated(f));
      return `${i + 1}. ${entityName(f, false)} ${valueText(f)} [${n}]`;
    });
    lines.push(`${head}: ${rows.join("; ")}`);
  }
  return { question: title, abstained: false, answer: lines.join("\n"), figures: citeFigures(drafts, citations), citations: citations.build([], spans) };
}
