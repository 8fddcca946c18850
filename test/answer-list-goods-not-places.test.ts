import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "What farm products did X export?" asks goods: a list of the places they were sold to is no answer to it, however
// close to the goods' words it stands. Made-up article (no evaluation set's place, person or number).

const TOWN = `---
title: "Fernvale's farm exports in 2031"
published: "2032-01-20"
---
Fernvale's exports were 6.42 billion yuan in 2031, up 12.3 percent.

Fresh pears were shipped to 17 countries and regions in 2031, with Peru, Ghana and Norway the largest buyers.
`;

const OTHER = `---
title: "Ashford's machinery exports in 2031"
published: "2032-01-21"
---
Ashford's machinery exports grew 8 percent in 2031, led by pumps, tractors and harvesters.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "town.md": TOWN, "other.md": OTHER })); });
afterAll(() => close());

describe("goods asked, places listed", () => {
  it("never names the buyers' countries as the farm products asked", async () => {
    const a = await ask("what farm products did fernvale export in 2031?");
    expect(a.answer).not.toMatch(/Peru|Ghana|Norway/);
  });
  it("still names goods a sentence lists for goods asked", async () => {
    const a = await ask("what machinery products did ashford export in 2031?");
    expect(a.answer).toMatch(/pumps, tractors and harvesters/);
  });
});
