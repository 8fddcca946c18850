import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A report headlined on a customs office named after no place the gazetteer knows (a district or port): its figures
// and its explanations are that customs district's, found by its name. Made-up articles.
describe("a customs district named after no known place", () => {
  let over: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    over = await answersOver({
      "shekou.txt": "Shekou Customs: imports and exports in its district reach 520 billion yuan in first 10 months\n\n"
        + "SHENZHEN - Imports and exports declared at Shekou Customs, which covers the Nanshan district of Shenzhen, "
        + "reached 520.5 billion yuan in the first 10 months of this year, the customs said on Friday (November 18, 2021).\n\n"
        + "Imports fell 4.4 percent to 210.3 billion yuan.\n\n\"Shipyards have cut their orders for steel plate as new "
        + "contracts dried up, which is the main reason for the fall in imports,\" said Lin Hao, director of the "
        + "statistics division of Shekou Customs.\n",
      "shenzhen.md": "---\ntitle: \"Shenzhen's trade grows in 2021\"\npublished: 2022-01-20\n---\n\n"
        + "Shenzhen's imports and exports reached 3,543.5 billion yuan in 2021, up 16.2 percent.\n",
    });
  });
  afterAll(async () => { await over.close(); });

  it("answers the district's figure by the customs' name, not as the dateline city's", async () => {
    const a = await over.ask("shekou customs imports jan-oct 2021?");
    expect(a.answer).toContain("210.3 billion yuan");
    expect(a.figures.some((f) => f.value === 210.3 && f.entity === "Shekou Customs")).toBe(true);
    // (the city's own figures are not the district's: at most the sentence is quoted, no figure of Shenzhen's given)
    const city = await over.ask("shenzhen imports jan-oct 2021?");
    expect(city.figures.filter((f) => f.value === 210.3)).toEqual([]);
  });

  it("explains from the district's own article", async () => {
    const a = await over.ask("who at shekou customs explained the import drop in jan-oct 2021, and why?");
    expect(a.answer).toContain("Lin Hao");
  });
});
