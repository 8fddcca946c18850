import { DEPENDENCE_AFTER, lastDependence, TRADE_DEPENDENCE } from "../text/dependence.js";
import type { Fact } from "../text/terms.js";

// A figure of trade measured against GDP ("Trade dependence stood at 210 percent, up from 198 percent") is a rate of
// its own, never a share of the place's trade nor a growth; the economy's output beside it ("its GDP of 900 billion
// yuan") is no trade at all.

// between the words that name it and its figure: no flow or change of its own ("…, and exports grew 12 percent")
const OTHER_FIGURE = /\b(?:exports?|imports?|grew|rose|fell|increased|decreased|declined)\b|\btrade\s+(?:grew|rose|fell|was|reached)\b/i;
// "the national ratio of about 67 percent", "the national level of 31.7 percent": the nation's, not the place's
const NATIONAL_BEFORE = new RegExp(String.raw`\b(?:national|nationwide|country['’]s|nation['’]s)\s+(?:ratio|level|average|`
  + String.raw`figure|rate)\s+(?:of\s+|was\s+|at\s+)?(?:about\s+|around\s+|some\s+|roughly\s+)?$`, "i");
// "compared with 33.1 percent for the country as a whole"
const NATIONAL_AFTER = /^\s*(?:percent|per\s+cent|%)?\s*(?:for|in)\s+(?:the\s+)?(?:country|nation|china)\b/i;
// "its GDP of 4,711.7 billion yuan", "GDP reached 482.0 billion yuan"
const GDP_BEFORE = /\b(?:gdp|gross\s+domestic\s+product)\s+(?:of|was|reached|stood\s+at|came\s+to|totall?ed)\s+(?:about\s+)?$/i;

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
    const named = at >= 0 && !OTHER_FIGURE.test(before.slice(at).replace(/^[^,;]*?(?:gdp|product)\b/i, ""));
    if (!named && !DEPENDENCE_AFTER.test(after)) continue;
    f.measure = "rate";
    f.metric = "trade";
    f.qualifier = TRADE_DEPENDENCE;
    delete f.shareOf; delete f.ofMetric; delete f.base; delete f.basePeriod; delete f.subject;
    if (NATIONAL_BEFORE.test(before) || NATIONAL_AFTER.test(after)) { f.entity = "china"; delete f.partner; }
  }
}
