import { DEPENDENCE, DEPENDENCE_AFTER, lastDependence, TRADE_DEPENDENCE } from "../text/dependence.js";
import type { Fact } from "../text/terms.js";

// A figure of trade measured against GDP ("Trade dependence stood at 210 percent, up from 198 percent") is a rate of
// its own (its change a change of that rate), never a share of the place's trade nor a growth of trade; the economy's
// output beside it ("its GDP of 900 billion yuan") is no trade at all.

// between the words that name it and its figure: no flow or change of its own ("…, and exports grew 12 percent")
const CHANGED = String.raw`(?:grew|grown|rose|risen|fell|fallen|increased|decreased|declined|dropped|climbed)`;
const OTHER_FIGURE = new RegExp(String.raw`\b(?:exports?|imports?|${CHANGED})\b|\btrade\s+(?:was|reached)\b`, "i");
// its own change, the words naming it right before ("trade dependence fell 2.1 percent"): a change of the rate, no
// growth of trade; and its level after that change, or the level it moved from ("… fell 2.1 percent to 28.4 percent",
// "… rose to 28.4 percent in 2031, from 26.0 percent")
// (or in a clause of no subject of its own after its level: "…, having risen 4.1 percent a year", "…, up 2.1 percent")
const ITS_CHANGE = new RegExp(String.raw`(?:^[^,;\d]*?\b${CHANGED}|,\s*(?:having\s+${CHANGED}|${CHANGED}|up|down))\s+`
  + String.raw`(?:by\s+)?(?:about\s+|around\s+|nearly\s+|some\s+)?$`, "i");
// (never past another flow or amount: "… as its trade reached 900 billion yuan, up 2.1 percent" is that trade's)
// (nor past another subject's change in a clause of its own: "… rose while GDP grew 5.2 percent" is the economy's)
const FLOW_BETWEEN = new RegExp(String.raw`\b(?:exports?|imports?|yuan|dollars?|gdp|gross\s+domestic\s+product|economy|`
  + String.raw`output|while|whereas|as|and|but)\b|\btrade\s+(?:was|reached|grew|rose|fell)\b`, "i");
const OWN_WORDS = new RegExp(`^${DEPENDENCE.source}`, "i");
const ITS_LEVEL = new RegExp(String.raw`^[^,;\d]*?\b${CHANGED}\s+(?:(?:by\s+)?[\d.]+\s*(?:percentage\s+points?|points?|`
  + String.raw`percent|%)\s*,?\s+)?to\s+(?:about\s+|around\s+)?$|^[^,;\d]*?\b${CHANGED}\s+to\s+[\d.]+\s*(?:percent|%)`
  + String.raw`(?:\s+in\s+(?:19|20)\d\d)?\s*,?\s*(?:up\s+|down\s+)?from\s+$`, "i");
// "the national ratio of about 67 percent", "the national level of 31.7 percent": the nation's, not the place's
const NATIONAL_BEFORE = new RegExp(String.raw`\b(?:national|nationwide|country['’]s|nation['’]s)\s+`
  + String.raw`(?:ratio|level|average|figure|rate)\s+(?:of\s+|was\s+|at\s+)?`
  + String.raw`(?:about\s+|around\s+|some\s+|roughly\s+)?$`, "i");
// "compared with 33.1 percent for the country as a whole"
const NATIONAL_AFTER = /^\s*(?:percent|per\s+cent|%)?\s*(?:for|in)\s+(?:the\s+)?(?:country|nation|china)\b/i;
// "its GDP of 4,711.7 billion yuan", "GDP reached 482.0 billion yuan"
const GDP_BEFORE = new RegExp(String.raw`\b(?:gdp|gross\s+domestic\s+product)\s+`
  + String.raw`(?:of|was|reached|stood\s+at|came\s+to|totall?ed)\s+(?:about\s+)?$`, "i");

/** The figures of trade dependence marked as such (a rate, its qualifier), in place; GDP amounts taken off trade. */
export function markDependence(facts: Fact[], text: string): void {
  for (const f of facts) {
    if (f.derived || f.value === null) continue;
    const before = text.slice(f.start, f.valueStart);
    if (f.measure === "amount" && f.metric === "trade" && GDP_BEFORE.test(before)) {
      f.metric = "other";
      f.qualifier = "GDP";
      continue;
    }
    if (f.unit !== "%" || !(f.measure === "share" || f.measure === "rate" || f.measure === "growth")) continue;
    const after = text.slice(f.valueEnd, f.end);
    const at = lastDependence(before);
    const since = at >= 0 ? before.slice(at) : "";
    const change = at >= 0 && ITS_CHANGE.test(since) && !FLOW_BETWEEN.test(since.replace(OWN_WORDS, ""));
    const named = at >= 0 && (ITS_LEVEL.test(since) || !OTHER_FIGURE.test(since.replace(/^[^,;]*?(?:gdp|product)\b/i, "")));
    if (!change && !named && !DEPENDENCE_AFTER.test(after)) continue;
    f.measure = change ? "growth" : "rate";
    f.metric = "trade";
    f.qualifier = TRADE_DEPENDENCE;
    delete f.shareOf; delete f.ofMetric; delete f.subject;
    if (!change) { delete f.base; delete f.basePeriod; }
    if (NATIONAL_BEFORE.test(before) || NATIONAL_AFTER.test(after)) { f.entity = "china"; delete f.partner; }
  }
}
