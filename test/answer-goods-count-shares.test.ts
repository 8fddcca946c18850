import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A city's share of its province's imports of one goods by tonnage, each count in its own made-up article: the city's
// tonnes over the province's tonnes of the same goods, never the goods' share of the city's own imports.

const CITY = `---
title: "Handan's imports in 2007"
published: "2008-01-20"
---
Handan's imports rose in 2007. The city brought in 8.4 million tonnes of copper ore in 2007, worth 0.5 billion US dollars. Copper ore made up 40.2 percent of the city's imports.
`;
const PROVINCE = `---
title: "Hebei's foreign trade in 2007"
published: "2008-01-22"
---
Hebei's foreign trade grew 20 percent in 2007. On the import side, the province brought in 12.6 million tonnes of copper ore worth 0.8 billion dollars. The province also imported 3.1 million tonnes of coal.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "city.md": CITY, "province.md": PROVINCE }));
});
afterAll(() => close());

describe("a city's share of its province's count of one goods", () => {
  it("sets the city's tonnes against the province's tonnes of the same goods", async () => {
    const a = await ask("what share of hebei's 2007 copper ore imports (by tonnage) went to handan?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("8.4 ÷ 12.6 × 100 = 66.67%");
  });
  it("never sets the city's tonnes of one goods against the province's of another", async () => {
    const a = await ask("what share of hebei's 2007 coal imports (by tonnage) went to handan?");
    expect(a.answer).not.toMatch(/8\.4 ÷|÷ 3\.1/);
  });
});
