import { displayName, place } from "../../text/places.js";
import { periodLabel } from "../../text/periods.js";
import type { Fact, Metric } from "../../text/terms.js";
import { findEntities } from "../../text/entities.js";
import type { FactBase } from "./solve.js";

const FLOW: Record<Metric, string> = {
  trade: "foreign trade", exports: "exports", imports: "imports", surplus: "trade surplus", deficit: "trade deficit",
  investment: "investment", partners: "trade partners", other: "",
};

/** "seven eastern regions (Guangdong, Jiangsu, …)", "Guangdong", "Xinjiang, Shaanxi and Hubei". */
export function entityName(f: Pick<Fact, "entity" | "members">, withMembers = true): string {
  if (f.entity.startsWith("list:")) return listNames(f.members ?? []);
  if (f.entity.startsWith("group:")) {
    const name = f.entity.slice("group:".length).replace(/-/g, " ");
    return withMembers && f.members?.length ? `${name} (${listNames(f.members)})` : name;
  }
  return displayName(f.entity);
}

export function listNames(ids: string[]): string {
  const names = ids.map((id) => displayName(id));
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

const trim = (v: number) => Number(v.toFixed(2)).toString();

const SCALES: Array<[string, number]> = [["trillion", 1e12], ["billion", 1e9], ["million", 1e6], ["thousand", 1e3]];

/**
 * An amount as a reader says it: a thousand or more of a scaled unit in the biggest scale it reaches, up to billions
 * ("40153600 thousand US dollars" is "40.15 billion US dollars"); the same number, only written shorter.
 */
export function scaledAmount(value: number, unit: string): { value: number; unit: string } {
  const m = /^(thousand|million)\s+(\S.*)$/.exec(unit);
  if (!m || Math.abs(value) < 1000) return { value, unit };
  const own = SCALES.find(([w]) => w === m[1])![1];
  const base = shown(value) * own;
  // (only a scale whose shown number stays the stated one to a part in ten thousand: "2,346 million yuan" is
  // "2.346 billion", "12,345 million yuan" stays so, never "12.35 billion")
  const [word, scale] = SCALES.find(([w, s]) => w !== "trillion" && Math.abs(base) >= s
    && Math.abs(shown(base / s) * s - base) <= 1e-4 * Math.abs(base)) ?? [m[1]!, own];
  return { value: shown(base / scale), unit: `${word} ${m[2]}` };
}
// a number as answers write it: four decimals under ten, two from ten (arithmetic's fmt, the terminal's formatNumber)
const shown = (v: number) => Number(v.toFixed(Math.abs(v) < 10 ? 4 : 2));

/** "40.15 billion US dollars", "12.6%": an amount and its unit as answer text, scaled as scaledAmount says. */
export function amountText(value: number, unit: string): string {
  if (unit === "%") return `${trim(value)}%`;
  const a = scaledAmount(value, unit);
  return `${a.unit === unit ? trim(a.value) : a.value} ${a.unit}`;
}

/** The value as the documents would write it: "more than 20%", "−6.4%", "73.05 billion yuan ($10.9 billion)". */
export function valueText(f: Pick<Fact, "value" | "unit" | "approx" | "alt" | "measure">): string {
  if (f.value === null) return "";
  if (f.measure === "rank") return ordinal(f.value);
  const v = amountText(f.value, f.unit);
  const alt = f.alt ? ` (${f.alt.unit.includes("dollar") ? `$${amountText(f.alt.value, f.alt.unit).replace(/\s*US dollars/, "")}`.trim()
    : amountText(f.alt.value, f.alt.unit)})` : "";
  return `${f.approx ? `${f.approx} ` : ""}${v}${alt}`;
}

export function ordinal(n: number): string {
  const words = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
  return words[n] ?? `${n}th`;
}

/** The flow a figure is about, with its partner and qualifier: "trade with ASEAN", "exports (electronic products)". */
export function flowText(f: Fact): string {
  const partner = f.partner && (place(f.partner)?.name ?? f.partner);
  const flow = partner ? (f.metric === "exports" ? `exports to ${partner}` : f.metric === "imports" ? `imports from ${partner}` : `trade with ${partner}`) : FLOW[f.metric];
  const qualifier = f.qualifier && !f.qualifier.startsWith("members of") ? f.qualifier : "";
  return [flow, qualifier && (flow ? `(${qualifier})` : qualifier)].filter(Boolean).join(" ");
}

/** The whole a share is of: "the national total", "its total", "Hubei's total". */
export function shareBase(f: Pick<Fact, "shareOf" | "ofMetric">): string {
  // ("exports made up 55 percent of total trade": of its foreign trade)
  if (f.ofMetric === "trade") return f.shareOf === "national" ? "the national total foreign trade" : "its total foreign trade";
  if (f.shareOf === "own") return "its total";
  return !f.shareOf || f.shareOf === "national" ? "the national total" : `${displayName(f.shareOf)}'s total`;
}

/** What the figure measures, without the entity: "exports of electronic products, growth". */
export function whatText(f: Fact): string {
  const measure = {
    amount: "", growth: "growth", share: `share of ${shareBase(f)}`, pp_change: "change",
    pp_gap: `gap to the ${f.scope ?? "national"} average`, count: "", multiple: "growth (multiple)", rank: f.scope ? `rank ${f.scope}` : "rank", rate: "rate", listed: "",
  }[f.measure];
  return [flowText(f), measure].filter(Boolean).join(", ");
}

/** A figure's label: who, what, when. */
export function factLabel(f: Fact): string {
  const when = f.period ? periodLabel(f.period) : "";
  return [entityName(f, false), whatText(f), when].filter(Boolean).join(" · ");
}

// the short forms of partners that people type more often than their names
const SHORT_FORMS_SHOWN = new Set(["EU", "US", "UK", "UAE"]);

/** A list's item that is wholly a partner with a short form people type, shown with it: "European Union (EU)". */
export function itemWithShortForm(item: string): string {
  const whole = findEntities(item).find((e) => e.text.replace(/^the\s+/i, "").length >= item.replace(/^the\s+/i, "").length);
  const known = whole ? place(whole.id) : undefined;
  const short = known?.aliases.find((a) => SHORT_FORMS_SHOWN.has(a) && a !== known.name);
  return short && item !== short && !item.includes(`(${short})`) ? `${item} (${short})` : item;
}

/**
 * A partner as its article names it, with the usual name beside a longer spelling: "Association of Southeast Asian
 * Nations (ASEAN)".
 */
export function partnerName(f: Fact, base: Pick<FactBase, "documents">): string {
  const known = place(f.partner!);
  // (with the short form people type beside it: "European Union (EU)", "United States (US)")
  const short = known?.aliases.find((a) => SHORT_FORMS_SHOWN.has(a) && a !== known.name);
  const usual = known ? (short ? `${known.name} (${short})` : known.name) : f.partner!;
  const text = base.documents?.get(f.docId)?.text.slice(f.start, f.end);
  const written = text
    ? findEntities(text).find((e) => e.id === f.partner)?.text.replace(/^the\s+/i, "").replace(/['’]s$/, "")
    : undefined;
  const sameName = !written || written.toLowerCase() === (known?.name ?? usual).toLowerCase() || written === short;
  return sameName ? usual : `${written} (${usual})`;
}
