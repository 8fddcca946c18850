import { describe, expect, it } from "vitest";
import { baseOf } from "./helpers/figureBase.js";

// "Table 1. Trade with X partners, January-February 2031" over a table of places whose header holds the unit: a numbered
// caption naming one period and no figure is the rows' period (not a moment of the text's year, as a figureless remark
// "… in February" would be), and the partner it opens with is each place's row's. Made-up bulletin.
const lead = "Regional Trade Bulletin No. 3, 2031\nProvincial trade with RCEP partners, January-February 2031\n"
  + "In January-February 2031, eight monitored provinces traded with the other RCEP members as shown below.\n";
const rows = "| Province | 100 million yuan | YoY (%) |\n| Hunan | 3,021.8 | 4.9 |\n| Hubei | 2,486.5 | 5.7 |\n";
const factsOf = (caption: string) => baseOf([["r", "Regional Trade Bulletin No. 3, 2031: trade with RCEP partners",
  "2031-03-20", `${lead}${caption}\n${rows}`]]).facts.filter((f) => f.entity === "hubei" && f.measure === "amount");

describe("a numbered table caption's period and partner", () => {
  it("gives its rows the period it names", () => {
    const [f] = factsOf("Table 1. Trade with RCEP partners, January-February 2031");
    expect(f?.value).toBe(248.65);
    expect(f?.period).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 2 });
  });

  it("gives each place's row the partner it opens with", () => {
    expect(factsOf("Table 1. Trade with RCEP partners, January-February 2031")[0]?.partner).toBe("partner:rcep");
  });

  it("names no partner of the rows when none opens it", () => {
    expect(factsOf("Table 1. Provincial foreign trade, January-February 2031")[0]?.partner).toBeUndefined();
  });
});
