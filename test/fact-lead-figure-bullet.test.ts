import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// "The figures that defined the year" as bullets that open with the figure and say after a dash what it is: "64.20
// billion yuan - trade by private enterprises, up 12.4 percent, 41.3 percent of the city total". The lead figure is of
// the enterprises the dash's words name, as the growth and share after it are. Made-up figures.
const TEXT = "Weihai closed 2031 with record foreign trade. Here are the figures that defined the city's year.\n\n"
  + "- 155.40 billion yuan - Weihai's imports and exports in 2031, up 9.1 percent.\n"
  + "- 64.20 billion yuan - trade by private enterprises, up 12.4 percent, 41.3 percent of the city total.\n"
  + "- 58.70 billion yuan - trade by foreign-funded enterprises, up 3.3 percent, 37.8 percent of the total.\n";

describe("a bullet that opens with its figure and names it after a dash", () => {
  const facts = factsOf(TEXT, { title: "Weihai's trade in 2031 in figures", published: "2032-01-20" });
  it("gives the lead amount the enterprises the dash's words name", () => {
    expect(facts.find((f) => f.value === 64.2)).toMatchObject({ entity: "city:weihai", measure: "amount",
      subject: "private enterprises" });
    expect(facts.find((f) => f.value === 58.7)).toMatchObject({ measure: "amount", subject: "foreign-invested enterprises" });
  });
  it("leaves the city's own total no subject", () => {
    expect(facts.find((f) => f.value === 155.4)?.subject).toBeUndefined();
  });
});
