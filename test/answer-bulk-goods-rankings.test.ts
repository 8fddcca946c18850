import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "its bulk imports - rank them by value": the goods of one port city's imports, from a made-up article whose headline
// calls them bulk imports, each goods ranked once though a sentence names one by a longer name than the table's row.

const PORT = `---
title: "Zhanjiang port's bulk imports climb in 2031"
published: "2032-01-20"
---
Zhanjiang's imports rose in 2031. Imports of nickel ore cleared at Zhanjiang rose 8.1 percent to 12.2 million tonnes, and their value rose 20.5 percent to 3.35 billion dollars.

| Commodity (imports, 2031) | Volume (million tonnes) | Value (US$ billion) |
|---|---|---|
| Nickel ore | 12.2 | 3.35 |
| Bauxite | 20.4 | 1.12 |
| Palm oil | 1.9 | 1.87 |
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "port.md": PORT }));
});
afterAll(() => close());

describe("a place's bulk imports ranked by value", () => {
  it("ranks the goods of the article's table by value, each once", async () => {
    const a = await ask("zhanjiang 2031 bulk imports - rank them by value");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("1. nickel ore 3.35 billion US dollars; 2. palm oil 1.87 billion US dollars; 3. bauxite 1.12");
  });
});
