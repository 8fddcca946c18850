import { findEntities } from "../text/entities.js";
import { findMetricWords } from "../text/flows.js";
import { findPeriods } from "../text/periods.js";
import { findSubjects } from "../text/subjects.js";
import { findNumbers } from "../text/numbers.js";
import type { Fact, Metric } from "../text/terms.js";

/**
 * Lines that are a label and its figures, as an infographic's text or a fact sheet gives them, read here:
 * "Coffee exported: 12,400 tonnes | +12.3%", "- Share of province: 42.6%", "Parcels declared: 28.6 million".
 * The line's first figure is the label's; the figures after a bar are more of the same thing (a change, a value).
 * The label says what the figure measures: a flow, goods, a share, a change, a count and its noun.
 */

export interface LabelPart { text: string; start: number }
export interface LabelLine {
  label: string;
  /** The label and its first figure, up to the first bar: the part read as a sentence. */
  first: string;
  /** What follows each bar, offsets into the line. */
  rest: LabelPart[];
}

// "- Coffee exported: 34,600 tonnes", "Kunming, the provincial capital: 83.7 billion yuan": a label of a few words,
// no sentence, then a figure
const LINE = /^(?:[-*•·–]\s+)?([A-Z][^:|.;\n]{1,60}?)\s*:\s+(?=[-+−]?(?:US\$|\$|RMB\s*)?\d)/;
const BAR = /\s+\|\s+/g;

// "Kunming | 83.7 billion yuan | +6.2%": a label set off by a bar, outside a table, its figure with a unit
const BAR_LABEL = /^(?:[-*•·–]\s+)?([A-Z][^:|\d\n]{1,60}?) \| (?=[-+−]?(?:US\$|\$|RMB\s*)?\d)/;

/**
 * The label line a sentence is, if it is one; `barred`: a label set off by a bar may be read (no table's header is
 * over the line). A bar after the label is read as its colon ("Kunming:  83.7 billion yuan", of the same length).
 */
export function labelLine(whole: string, barred = false): LabelLine | undefined {
  if (whole.includes("\n")) return undefined;
  let text = whole;
  let m = LINE.exec(text);
  if (!m && barred) {
    const b = BAR_LABEL.exec(text);
    const at = b ? b.index + b[0].length : 0;
    const figure = b ? findNumbers(text.slice(at))[0] : undefined;
    if (!b || figure?.start !== 0 || figure.kind === "bare") return undefined;
    text = `${text.slice(0, at - 3)}:  ${text.slice(at)}`;
    m = LINE.exec(text);
  }
  if (!m) return undefined;
  const label = m[1]!.trim();
  // (a label reads as one: "Year on year", "Share of province"; no verb of a sentence before its colon)
  if (label.split(/\s+/).length > 8) return undefined;
  const bars = [...text.matchAll(BAR)];
  const first = bars.length ? text.slice(0, bars[0]!.index) : text;
  const rest = bars.map((b, i) => {
    const start = b.index! + b[0].length;
    const end = bars[i + 1]?.index ?? text.length;
    return { text: text.slice(start, end).replace(/\s*\|?\s*$/, ""), start };
  }).filter((p) => p.text);
  return { label, first, rest };
}

export interface LabelReading {
  metric?: Metric;
  /** Goods the label names with its flow: "Coffee exported", "Coffee export value". */
  goods?: string;
  /** A change only: "Year on year", "Growth". */
  change?: boolean;
  /** A share of the line before's figure in a whole: "Share of province" (the province the place is in), "Share of
   * Yunnan's total" (that place's). */
  shareOf?: "province" | string;
  /** What a count counts: "Parcels declared" counts parcels, "Cross-border freight trains" trains. */
  noun?: string;
  /** The place a label is, alone or with an apposition: "Kunming, the provincial capital". */
  place?: string;
  /** A place, partner or subject the label names. */
  named?: boolean;
}

const CHANGE_LABEL = /^(?:year[- ]on[- ]year(?:\s+(?:change|growth))?|yoy|y\/y|growth|change|annual\s+growth)$/i;
const PROVINCE_SHARE = /^share\s+of\s+(?:the\s+)?(?:province|provincial\s+total|province['’]s\s+total)$/i;
// "Share of Yunnan's total", "Share of Yunnan"
const PLACE_SHARE = /^share\s+of\s+(?:the\s+)?(.+?)(?:['’]s)?(?:\s+(?:total|trade|foreign\s+trade))?$/i;
// words of a label that say how the goods' flow is measured, no part of the goods
const MEASURE_WORDS = /\b(?:value|volume|worth|amount|quantity|total)\b/gi;
// a count's noun and what was done with it: "Parcels declared", "Trains run", "Containers handled"
const COUNTED = new RegExp(String.raw`^([A-Za-z][\w -]*?[a-z]s)(?:\s+(?:declared|run|operated|handled|made|sent|`
  + String.raw`shipped|registered|processed|issued|opened|carried|cleared))?$`);
// words that name goods in general or the trade's whole, no goods of their own
// ("Monthly exports", "Net exports": how the flow is counted)
const NO_GOODS = new RegExp(String.raw`^(?:goods|products|commodities|merchandise|cargo|freight|items|trade|foreign|`
  + String.raw`total|overall|all|main|of|the|monthly|annual|yearly|quarterly|average|cumulative|combined|net|gross|`
  + String.raw`direct)$`, "i");

// words of a label that name a change or a time, no goods: "Export growth", "Exports this year" are the flow's own
// ("Export orders", "Export prices" keep their word, so that they are no total of the flow)
const NOT_GOODS_WORD = new RegExp(String.raw`^(?:growth|rate|change|increase|decrease|decline|rise|fall|year|years|`
  + String.raw`month|quarter|half|this|last|so|far|to|date|ytd)$`, "i");

/** What a label says its figure is. */
export function readLabel(label: string): LabelReading {
  const out: LabelReading = {};
  if (CHANGE_LABEL.test(label)) return { change: true };
  if (PROVINCE_SHARE.test(label)) return { shareOf: "province" };
  const whole = PLACE_SHARE.exec(label)?.[1];
  const wholePlace = whole ? findEntities(whole)
    .find((e) => e.start === 0 && e.end === whole.length && e.kind !== "partner") : undefined;
  if (wholePlace) return { shareOf: wholePlace.id };
  const flows = findMetricWords(label);
  if (flows.length) out.metric = flows[0]!.metric;
  const named = findEntities(label);
  const places = named.length > 0;
  if (named.length === 1 && named[0]!.start === 0 && named[0]!.kind !== "partner"
    && /^(?:\s*,\s*(?:the\s+)?[a-z][a-z ]{2,30})?$/.test(label.slice(named[0]!.end))) out.place = named[0]!.id;
  if (places || findSubjects(label).some((s) => s.kind !== "product")) out.named = true;
  if (findPeriods(label).length) return out;
  // the goods: the label without its flow and measure words ("Coffee export value" → coffee)
  if (flows.length === 1 && !out.named) {
    const words = (label.slice(0, flows[0]!.start) + " " + label.slice(flows[0]!.end)).replace(MEASURE_WORDS, " ")
      .replace(/\b(?:of|in|by)\b/gi, " ").trim().split(/\s+/).filter(Boolean);
    const none = !words.length || words.length > 4 || NO_GOODS.test(words[0]!) || /^share$/i.test(words[0]!)
      || words.some((w) => NOT_GOODS_WORD.test(w));
    if (!none && !words.every((w) => NO_GOODS.test(w))) {
      out.goods = words.join(" ").toLowerCase();
    }
  }
  // (a count's noun may name a subject: "Cross-border freight trains")
  if (!flows.length && !places) {
    const counted = COUNTED.exec(label)?.[1];
    if (counted && !/\b(?:value|share|rate|goods)\b/i.test(counted)) out.noun = counted.toLowerCase();
  }
  return out;
}

/** An infographic's panel heading: "Panel 2 - X port", "Chart 3: Cross-border e-commerce". */
export const PANEL_HEADING = /^(?:panel|chart|graphic|slide)\s+\d+\s*[-–—:.]\s*[A-Z][^\n]{2,80}$/i;

/** A figure after a bar that is a change of the label's figure: "+14.2%", "-18.5%", "+12.3% in volume". */
export const BAR_CHANGE = /^([-+−])\s*(\d+(?:\.\d+)?)\s*%/;

export interface LabelEnv {
  /** Where the line starts in the document, and where it ends (past its bars). */
  start: number;
  end: number;
  /** The first figure's fact of the label line right before, for "Year on year: +8.7%" and "Share of province". */
  previous?: Fact;
  /** A fact of this line from nothing (a bare count the sentence reader read no figure in), given its figure. */
  make: (value: number, valueStart: number, valueEnd: number) => Fact;
  /** The province a place is in, if it is a city. */
  provinceOf: (id: string) => string | undefined;
  /** The flows the line over the label lines names ("Exports by city, 2031:"). */
  leadFlows?: Metric[];
}

const TOTALS: Metric[] = ["trade", "exports", "imports"];
const BARE_COUNT = /^\s*(\d{1,3}(?:,\d{3})+|\d+)\s*$/;

/**
 * The facts of a label line, from those the sentence reader read in its first part: the label's goods, count noun,
 * change or share put on them, and the figures after its bars read as the same thing's. A label that places nothing
 * gives no total of a place.
 */
export function labelFacts(facts: Fact[], line: LabelLine, env: LabelEnv): Fact[] {
  const r = readLabel(line.label);
  const colon = env.start + line.first.indexOf(":") + 1;
  const own = facts.filter((f) => f.valueStart >= colon);
  const others = facts.filter((f) => f.valueStart < colon);
  const prev = env.previous;
  const at = (f: Fact, value: number, valueStart: number, valueEnd: number, more: Partial<Fact>): Fact => {
    const { approx: _a, alt: _b, derived: _c, ...rest } = f;
    return { ...rest, value, valueStart, valueEnd, ...more };
  };
  let read: Fact[];
  if (r.change) {
    // ("Year on year: +8.7%" under "Total imports and exports: …": the change of the line before's figure)
    const f = own.find((x) => x.unit === "%");
    read = f && prev ? [at(prev, f.value!, f.valueStart, f.valueEnd, { id: f.id, start: f.start, measure: "growth",
      unit: "%", scale: 1 })] : [];
  } else if (r.shareOf) {
    // ("Share of province: 42.6%" under "Kunming: 83.7 billion yuan": the city's share of its province's; "Share of
    // Yunnan's total: 49.9%" under "ASEAN: 98.0 billion yuan": the partner's share of Yunnan's trade)
    const f = own.find((x) => x.unit === "%");
    const whole = r.shareOf === "province" ? prev && !prev.partner && env.provinceOf(prev.entity) : r.shareOf;
    const shareOf = prev && whole === prev.entity ? (prev.partner ? "own" : undefined) : whole;
    read = f && prev && shareOf ? [at(prev, f.value!, f.valueStart, f.valueEnd, { id: f.id,
      start: f.start, measure: "share", unit: "%", scale: 1, shareOf })] : [];
  } else {
    // ("Kunming, the provincial capital: 83.7 billion yuan": a place's label and a sum of money is its trade; not under
    // a line naming another flow, "Exports by city, 2031:")
    const placeTrade = (f: Fact) => r.place && !r.metric && !r.goods && f.metric === "other" && f.measure === "amount"
      && !(env.leadFlows ?? []).some((m) => m !== "trade") && /yuan|dollar/.test(f.unit) && f.entity === r.place && !f.subject;
    // ("Kunming: 83.7 billion yuan, up 6.2 percent": so is the change the line gives beside it, of no flow either)
    const traded = own.some(placeTrade);
    read = own.map((f) => {
      // ("Parcels declared: 28.6 million": a count of parcels, no money)
      const bare = line.first.slice(f.valueStart - env.start, f.valueEnd - env.start);
      if (r.noun && !/yuan|dollar|\$|rmb/i.test(bare) && f.measure === "amount") {
        const scale = /\b(thousand|million|billion)\b/i.exec(bare)?.[1]?.toLowerCase();
        return at(f, f.value!, f.valueStart, f.valueEnd, { measure: "count", metric: "other",
          unit: scale ? `${scale} ${r.noun}` : r.noun });
      }
      if (placeTrade(f) || (traded && f.metric === "other" && f.measure === "growth" && f.entity === r.place
        && !f.subject && !f.partner)) return { ...f, metric: "trade" as Metric };
      // ("Coffee exported: 34,600 tonnes": the coffee's, no total of the flow)
      if (r.goods && !f.subject && !f.partner && (!r.metric || f.metric === r.metric)) {
        return { ...f, subject: f.subject ?? r.goods, qualifier: f.qualifier ?? r.goods };
      }
      return f;
    }).filter((f) => r.metric || r.goods || r.named || r.noun || f.partner || f.subject || f.measure !== "amount"
      || !TOTALS.includes(f.metric));
    // ("Cross-border freight trains: 4,870": a bare count the sentence reader reads no figure in)
    const count = BARE_COUNT.exec(line.first.slice(colon - env.start));
    if (r.noun && !read.length && count) {
      const valueStart = colon + line.first.slice(colon - env.start).indexOf(count[1]!);
      read = [{ ...env.make(Number(count[1]!.replace(/,/g, "")), valueStart, valueStart + count[1]!.length),
        measure: "count", metric: "other", unit: r.noun, scale: 1 }];
    }
  }
  read = modeLineFacts(read, line, env);
  // the figures after the bars: a change of the line's figure, or its value ("412,000 tonnes | 10.9 billion yuan")
  const main = read.find((f) => f.measure === "amount" || f.measure === "count");
  const more: Fact[] = [];
  for (const [i, part] of line.rest.entries()) {
    if (!main) break;
    const from = env.start + part.start;
    const change = BAR_CHANGE.exec(part.text);
    if (change) {
      const value = Number(change[2]) * (change[1] === "+" ? 1 : -1);
      more.push(at(main, value, from, from + change[0].length, { id: `${main.id}b${i}`, measure: "growth", unit: "%",
        scale: 1 }));
      continue;
    }
    const n = findNumbers(part.text)[0];
    if (n && n.start === 0 && n.currency && main.measure === "count" && !/[a-z]{3,}/i.test(part.text.slice(n.end))) {
      more.push(at(main, n.value, from, from + n.end, { id: `${main.id}b${i}`, measure: "amount", unit: n.unit,
        scale: n.scale }));
    }
  }
  return [...others, ...read, ...more].map((f) => ({ ...f, end: Math.max(f.end, env.end) }));
}

const PERCENT_WORD = String.raw`(?:\s*(?:%|percent|per\s+cent))?`;
// "…, up 8.9 percent, 12.3 percent": a bare percentage right after the line's change, and nothing after it
const BARE_AFTER_CHANGE = new RegExp(String.raw`^${PERCENT_WORD}\s*,\s*$`, "i");
const NOTHING_AFTER = new RegExp(String.raw`^${PERCENT_WORD}\s*\.?\s*$`, "i");

/**
 * A line whose label is a trade mode or a kind of firm ("Bonded logistics: 96.8 billion yuan, up 8.9 percent, 12.3
 * percent"): its figures are of the place's trade (or the one flow the line over the lines names), and a bare
 * percentage after the change is the item's share of the total, as the list's first line spells it out.
 */
function modeLineFacts(read: Fact[], line: LabelLine, env: LabelEnv): Fact[] {
  const named = findSubjects(line.label);
  // (the flow word of the mode's own name, "Processing trade", names no flow)
  const mode = named.length === 1 && named[0]!.kind !== "product"
    && !findMetricWords(line.label).some((w) => w.start < named[0]!.start || w.end > named[0]!.end)
    && !line.label.slice(0, named[0]!.start).trim() && !line.label.slice(named[0]!.end).trim() ? named[0]!.name : undefined;
  if (!mode) return read;
  const lead = env.leadFlows?.length === 1 ? env.leadFlows[0]! : "trade";
  const textAt = (from: number, to: number) => line.first.slice(from - env.start, to - env.start);
  return read.map((f, i) => {
    if (f.subject !== mode) return f;
    const flowed = f.metric === "other" && (f.measure === "amount" || f.measure === "growth") ? { ...f, metric: lead } : f;
    const before = read[i - 1];
    const share = f.measure === "growth" && before?.measure === "growth" && before.subject === mode
      && BARE_AFTER_CHANGE.test(textAt(before.valueEnd, f.valueStart))
      && NOTHING_AFTER.test(line.first.slice(f.valueEnd - env.start));
    return share ? { ...flowed, measure: "share" as const, value: Math.abs(f.value!), shareOf: "own" } : flowed;
  });
}
