import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "how many tonnes of X did Y import in 2030 and 2031 together?" asks the tonnes added up, never the values: a sum is
// of the measure the question asks, flow named or not. Made-up articles (no evaluation set's place or figure).
const A = `---
title: "Weihai's trade in 2030"
published: "2031-01-15"
---
Weihai's imports and exports were 52.4 billion yuan in 2030, up 3.2 percent. Weihai imported 21,000 tonnes of kiwifruit in 2030, worth 0.36 billion yuan.
`;
const B = `---
title: "Weihai's trade in 2031"
published: "2032-01-15"
---
Weihai's imports and exports were 55.1 billion yuan in 2031, up 5.2 percent. Weihai imported 27,000 tonnes of kiwifruit in 2031, worth 0.45 billion yuan.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => { ({ ask, close } = await answersOver({ "a.md": A, "b.md": B })); });
afterAll(() => close());

describe("a sum of tonnes asked with a flow", () => {
  it("adds the tonnes, never the values", async () => {
    const a = await ask("how many tonnes of kiwifruit did weihai import in 2030 and 2031 together");
    expect(a.answer).not.toMatch(/0\.81 billion yuan/);
    expect(a.answer).toMatch(/48,?000 tonnes/);
  });
});
