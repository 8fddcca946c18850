import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// A table of places whose value column names a trade mode or goods ("Cross-border e-commerce trade (billion yuan)",
// "Crude oil imports (billion yuan)"): each place's figure in that column is of that mode or those goods, never the
// place's total trade. Made-up tables.
const TABLE = `Cities ranked, 2031.

| Rank | City | Cross-border e-commerce trade (billion yuan) | Foreign trade (billion yuan) |
|---|---|---|---|
| 1 | Xining | 32.5 | 210.4 |
| 2 | Yinchuan | 23.6 | 180.2 |
`;

const OIL = `Crude oil by province, 2031.

| Province | Crude oil imports (billion yuan) |
|---|---|
| Qinghai | 12.5 |
| Ningxia | 8.25 |
`;

const at = (text: string, value: number) => factsOf(text, { published: "2032-03-01", title: "Rankings 2031" })
  .find((f) => f.value === value);

describe("a place's row under a column naming a mode or goods", () => {
  it("is that mode's figure in that column", () => {
    expect(at(TABLE, 32.5)).toMatchObject({ entity: "city:xining", subject: "cross-border e-commerce" });
  });
  it("is the place's own total in a column naming none", () => {
    const f = at(TABLE, 210.4);
    expect(f?.entity).toBe("city:xining");
    expect(f?.subject).toBeUndefined();
  });
  it("is those goods' figure, with the column's flow", () => {
    expect(at(OIL, 8.25)).toMatchObject({ entity: "ningxia", metric: "imports", subject: "crude oil" });
  });
});
