import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { cueWeight } from "../retrieval/explain/cues.js";

// Explanations a speaker announces ("said three forces were at work") and gives in the quotation after, and those a
// named speaker is only reported to give ("X, director of customs, said mills had shifted …"): the answer quotes the
// reasons, not the announcement alone nor another sentence of the article (made-up articles: no evaluation set's
// place, person or number).

const INLAND = `Assembly lines head west as Norland's coast grows dear
Published May 3, 2033 -- Kelport

Processing trade in Norland's inland cities grew 31.4 percent in January-April 2033, while the coastal cities saw a fall.

Ma Qiulin, deputy director-general of the provincial department of commerce, said four forces were at work. "Rents in the
harbour parks are three times those of Dunmoor, wages are higher, and engineers from the hills would rather work near home,"
he said. The province has set aside 120 million yuan for firms that move inland.

Analysts warn of higher freight costs inland. Ma said the province would open three more rail links to the coast by 2035.
`;

const VALVES = `---
title: "Valves from Brenford find buyers abroad"
date: 2033-06-11
---
BRENFORD -- Valve exports from Brenford rose 18.2 percent to 2.64 billion yuan in January-May 2033.

Liu Chenxi, secretary-general of the Brenford Fluid Control Industry Association, said three things explained the growth.
"First, certification: our valves now carry the marks buyers in the Gulf ask for. Second, spares: members keep parts
depots in 30 countries, because no refinery waits a month for a seal. Third, the large makers have brought their
component suppliers abroad with them."

Local customs has helped. Brenford Customs introduced joint inspection with Kelport in 2032, so valves cleared in Brenford
sail without further checks.
`;

const COPPER = `<html><head><title>Osterby's trade grows as copper goods offset cheaper concentrate</title></head><body>
<p>Osterby's imports and exports reached 71.3 billion yuan in January-August 2033, up 4.1 percent.</p>
<p>The concentrate bill shrank. Osterby imported 2.2 million tonnes of copper concentrate, and the value fell 9.8 percent.
Zinc imports, mostly ore from Peru, rose 6.3 percent to 0.4 million tonnes.</p>
<p>Copper is now moving the other way. Copper product exports grew 11.6 percent to 0.52 million tonnes. Zhou Peiyan,
director of Osterby Customs, said the city's smelters had moved towards enamelled wire, tubes and foil with more
processing, which "fetch more per tonne and face fewer duties than plain cathode".</p>
<p>Zhou said customs had cut clearance time for concentrate to 20 hours through checks after release.</p>
</body></html>
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "inland.txt": INLAND, "valves.md": VALVES, "copper.html": COPPER }));
}, 60_000);
afterAll(() => close());

describe("reasons a speaker announces and gives after", () => {
  it("reads 'said three things explained the growth' and 'said four forces were at work' as giving a cause", () => {
    expect(cueWeight("cause", "Liu Chenxi, of the association, said three things explained the growth.")).toBeGreaterThanOrEqual(2);
    expect(cueWeight("cause", "Ma Qiulin, a deputy director, said four forces were at work.")).toBeGreaterThanOrEqual(2);
  });

  it("answers 'who explained it and what reasons did he give?' with his announcement and the quotation after it", async () => {
    const a = await ask("who explained why processing trade was moving inland in norland in 2033 and what reasons did he give?");
    expect(a.answer).toContain("Ma Qiulin");
    expect(a.answer).toContain("Rents in the harbour parks");
    expect(a.answer).not.toContain("rail links");
  });

  it("answers 'what drove it, per the association?' with the association's enumeration whole, each sentence once", async () => {
    const a = await ask("what drove brenford's valve export growth, per the industry association?");
    expect(a.answer).toContain("certification");
    expect(a.answer).toContain("component suppliers");
    expect(a.answer).not.toContain("joint inspection");
    expect(a.answer.split("Second, spares").length).toBe(2);
  });

  it("answers 'why …, according to the customs director?' with what he is reported to say of the asked goods", async () => {
    const a = await ask("why are osterby's copper exports doing well in 2033 according to the customs director?");
    expect(a.answer).toContain("enamelled wire");
    expect(a.answer).not.toContain("Zinc imports");
    expect(a.answer).not.toContain("20 hours");
  });
});

describe("routes named as links", () => {
  it("reads 'rail links to the coast' as no cause, and 'linked the fall to' as one", () => {
    expect(cueWeight("cause", "Ma said the province would open three more rail links to the coast by 2035.")).toBeLessThan(2);
    expect(cueWeight("cause", "A new ferry links Kelport to the islands.")).toBeLessThan(2);
    expect(cueWeight("cause", "Ma linked the fall to weaker demand for phones.")).toBeGreaterThanOrEqual(3);
  });
});
