import type { Fact } from "../../text/terms.js";
import type { FactBase } from "../figures/solve.js";

/**
 * The rows of the one table among a ranking's figures. A document that tables its goods ("Exports by category") has
 * given the list a ranking of its goods asks for; figures in the sentences around the table are the goods' whole
 * ("tea exports were 2.98 billion"), a part of one row ("electric-car exports alone …"), a row by another name, or a
 * larger class cutting across the rows ("mechanical and electrical products"): none is an item beside the rows.
 */

/** Where a fact's table starts in its document (the first of the run of " | " lines holding it), or undefined. */
function tableStart(f: Fact, text: string): number | undefined {
  const lineStart = text.lastIndexOf("\n", f.start) + 1;
  const lineEnd = text.indexOf("\n", f.start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!line.includes(" | ")) return undefined;
  let start = lineStart;
  while (start > 0) {
    const prev = text.lastIndexOf("\n", start - 2) + 1;
    if (!text.slice(prev, start - 1).includes(" | ")) break;
    start = prev;
  }
  return start;
}

/** Is a fact's sentence a row of a table? */
export function isTableRow(f: Fact, base: FactBase): boolean {
  const text = base.documents?.get(f.docId)?.text;
  return text !== undefined && tableStart(f, text) !== undefined;
}

/**
 * The facts that are rows of one table, when exactly one table gives at least `least` (and at least three) of them and
 * not all the facts are its rows; else undefined (no table, several, or nothing to drop).
 */
export function oneTablesRows(facts: Fact[], base: FactBase, least: number): Fact[] | undefined {
  const tables = new Map<string, Fact[]>();
  for (const f of facts) {
    const text = base.documents?.get(f.docId)?.text;
    const start = text === undefined ? undefined : tableStart(f, text);
    if (start === undefined) continue;
    const key = `${f.docId}@${start}`;
    tables.set(key, [...(tables.get(key) ?? []), f]);
  }
  const full = [...tables.values()].filter((rows) => rows.length >= Math.max(3, least));
  if (full.length !== 1 || full[0]!.length === facts.length) return undefined;
  return full[0];
}
