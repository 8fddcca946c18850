import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "What is the X model?" answered by "Under the X model, …": how the scheme works goes on, in its paragraph, with the
// sentence that opens on why it pays ("Because …"). Made-up article (no evaluation set's place, person or number).

const ARTICLE = `---
title: "Lishui bonded zone starts ship leasing"
published: "2031-06-02"
---
LISHUI -- The Lishui bonded zone signed its first ship leasing deals on Monday.

Under the single-vessel company, or SVC, model, each ship is owned by a separate company registered in the bonded zone, which buys the ship from the yard and leases it to a shipping line. Because the ship is imported into a bonded area, import duties are paid in monthly instalments with the charter hire rather than upfront.

The zone expects to sign 12 more deals by the end of the year.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "lishui-ship-leasing.md": ARTICLE }));
});
afterAll(() => close());

describe("a scheme defined by how it works", () => {
  it("is quoted with the sentence of its paragraph that says why it pays", async () => {
    const a = await ask("what is the svc model used for ship leasing in lishui");
    expect(a.answer).toContain("owned by a separate company");
    expect(a.answer).toContain("monthly instalments");
    expect(a.answer).not.toContain("12 more deals");
  });
});
