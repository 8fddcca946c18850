import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A zone the article names in full once ("the Lanqi New Area administrative committee") and then by its short name
// ("Lanqi plans to let Yunnan-registered vehicles …"): the sentences that say the short name are the zone's, though
// they name another place, and explain what it asks
// (made-up article: no evaluation set's place, person or number).

const ZONE = `<html><head><title>Lanqi trade climbs as Dunmore's total dips</title></head><body>
<p>Dunmore's imports and exports in the first three quarters of 2031 came to 84.2 billion yuan, down 3.1 percent year on year, customs said on Wednesday. Exports fell 2.2 percent to 51.6 billion yuan, while imports dropped 4.5 percent to 32.6 billion yuan as purchases of crude oil through the Selby port area declined.</p>
<p>The customs office, which oversees both Dunmore and Arrowfield, put the two cities' combined trade at 151 billion yuan over the nine months.</p>
<p>The bright spot was the island next to the city: Lanqi New Area's imports and exports rose 17.4 percent to 6.38 billion yuan.</p>
<p>Wu Fang, deputy director of the Lanqi New Area administrative committee, said the island was preparing a package of measures to attract more Yunnan businesses and residents. Lanqi plans to let Yunnan-registered vehicles enter the island, and to allow Yunnan's doctors and architects to practise there with their own qualifications.</p>
<p>Dunmore's exports of household appliances came to 9.6 billion yuan, down 4.2 percent.</p>
</body></html>
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "lanqi.html": ZONE }));
}, 60_000);
afterAll(() => close());

describe("a zone by its short name in its own article", () => {
  it("answers what the zone plans with the sentence that names it short", async () => {
    const a = await ask("lanqi 2031 - what measures was it planning to attract yunnan businesses and residents?");
    expect(a.answer).toContain("vehicles");
  });
});
