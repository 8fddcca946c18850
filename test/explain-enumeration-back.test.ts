import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A reason that is one item of an enumeration ("Third, firms moved up the value chain, …") is quoted with the whole
// enumeration it belongs to, from "First, …" (and the count that announces it: "Three things."), not alone: the first
// items are as much the answer as the last (made-up transcript: no evaluation set's place, person or number).

const TALK = `TRANSCRIPT: "Trade Hour" -- Dalmore's potters look further afield
Kestrel TV Business Channel, broadcast March 4, 2032

HOST (Wen Qiaoyu): Good evening. Dalmore has published its foreign trade figures for 2031. With me are Dalmore's mayor, Bo Hanlin, and Qiao Suyin, an economist who studies craft industries at a Kelport university. Mayor Bo, the headline numbers first.

MAYOR BO HANLIN: Thank you. In 2031 Dalmore's imports and exports reached 84.2 billion yuan, up 9.6 percent. Pottery exports were 17.3 billion yuan, up 6.1 percent.

HOST: Professor Qiao, pottery is an old trade. How did Dalmore's pottery exports still grow?

QIAO SUYIN (economist): Three things. First, many Dalmore potteries have rented depots abroad, so they can sell straight through online shops and deliver within days. Second, orders from the Gulf and East Africa grew strongly and made up for weaker demand in the old markets. Third, firms moved into tableware for hotels, so the average export price per set went up.

HOST: Mayor, what worries you for this year?

MAYOR BO: Freight costs, and buyers who keep asking for lower prices.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "talk.txt": TALK }));
}, 60_000);
afterAll(() => close());

describe("an item of an enumeration is quoted with the whole enumeration", () => {
  it("answers 'who was the economist and what did she say drove pottery exports?' with all three reasons", async () => {
    const a = await ask("who was the economist on the dalmore tv interview and what did she say drove pottery exports?");
    expect(a.answer).toContain("Qiao Suyin");
    expect(a.answer).toContain("rented depots abroad");
    expect(a.answer).toContain("Gulf and East Africa");
    expect(a.answer).toContain("tableware for hotels");
    expect(a.answer.split("Second, orders").length).toBe(2);
  });
});
