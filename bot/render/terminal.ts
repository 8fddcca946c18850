import { describeCarried } from "../../retrieval/followup.js";
import { scaledAmount } from "../../retrieval/figures/describe.js";
import type { Answer, Figure, FollowUpReading } from "../../retrieval/types.js";
import { stripControls } from "./printable.js";

export interface TerminalStyle { bold: (s: string) => string; dim: (s: string) => string }

export const ANSI: TerminalStyle = { bold: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };
export const PLAIN: TerminalStyle = { bold: (s) => s, dim: (s) => s };

/** Formats a number as the documents do: up to two decimals, thousands separators. */
export function formatNumber(v: number): string {
  return v.toLocaleString("en-US", { maximumFractionDigits: Math.abs(v) < 10 ? 4 : 2 });
}

export function formatValue(f: Pick<Figure, "value" | "unit">): string {
  if (f.unit === "%") return `${formatNumber(f.value)}%`;
  // ("40,153,600 thousand US dollars" reads as 40.15 billion: the same number, in the scale it reaches)
  const s = scaledAmount(f.value, f.unit);
  return `${formatNumber(s.value)} ${s.unit}`;
}

/** "Read as “…” (carried over: Guangdong (place), 2019 (period))": how a follow-up was understood. */
export function followUpNote(f: FollowUpReading): string {
  const carried = f.carried.length ? ` (carried over: ${describeCarried(f.carried)})` : "";
  return `Read as “${f.question}”${carried}`;
}

// document text never reaches the terminal with its control characters: an ESC sequence could clear or retitle it
const marks = (s: string, style: TerminalStyle) =>
  stripControls(s).replace(/\*\*(.+?)\*\*/g, (_m, x: string) => style.bold(x));

/** Plain-text rendering of an answer for the terminal; document text is shown without control characters. */
export function renderAnswer(a: Answer, style: TerminalStyle = PLAIN): string {
  const lines: string[] = [];
  if (a.followUp) lines.push(style.dim(stripControls(followUpNote(a.followUp))), "");
  lines.push(style.bold(a.partial ? "Partly answered" : a.abstained ? "No answer found" : "Answer"), `  ${marks(a.answer, style)}`);
  if (a.figures.length) {
    lines.push("", style.bold("Figures"));
    for (const f of a.figures) {
      const cite = f.citations.length ? ` ${style.dim(f.citations.map((n) => `[${n}]`).join(""))}` : "";
      lines.push(`  • ${stripControls(f.label)}: ${style.bold(stripControls(formatValue(f)))}${cite}`);
      if (f.formula) lines.push(`      = ${stripControls(f.formula)}`);
    }
  }
  if (a.citations.length) {
    lines.push("", style.bold("Sources"));
    for (const c of a.citations) {
      const meta = stripControls([c.published, c.source, c.page && `p. ${c.page}`].filter(Boolean).join(" · "));
      lines.push(`  [${c.n}] ${stripControls(c.title)} ${style.dim(`(${meta}) id ${stripControls(c.passageId)}`)}`);
      lines.push(`      “${marks(c.snippet, style)}”`);
    }
  }
  return lines.join("\n");
}
