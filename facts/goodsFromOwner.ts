import { findEntities } from "../text/entities.js";
import type { Fact } from "../text/terms.js";

// "medical supplies from east China's Jiangsu Province": the goods' name, then "from" and where they are made
const FROM_TAIL = /^(.+?)\s+from\s+(.+)$/i;

/**
 * "Exports of medical supplies from east China's Jiangsu Province reached …": the goods' name ends before "from" when
 * what follows names the place that owns the figure; where goods are shipped from is no part of what they are (goods
 * "from Brazil" name a partner, another place, and stay as read).
 */
export function goodsFromOwner(facts: Fact[]): Fact[] {
  return facts.map((f) => {
    const m = f.subject ? FROM_TAIL.exec(f.subject) : null;
    if (!m || !findEntities(m[2]!).some((e) => e.id === f.entity)) return f;
    const goods = m[1]!;
    return { ...f, subject: goods, ...(f.qualifier === f.subject && { qualifier: goods }) };
  });
}
