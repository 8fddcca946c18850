import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { explainParts } from "../retrieval/explain/asks.js";
import { cueWeight } from "../retrieval/explain/cues.js";
import { attributedTo, attributionWords } from "../retrieval/explain/attribution.js";

// Explanations asked in the shapes people type: the measures for a group of firms, what offset a fall, who gave the reason
// and what it was, what lifted a place according to a professor named by an abbreviation, the counted actions of a work
// report, how a city helped its carmakers (made-up articles: no evaluation set's place, person or number).

const REPORT = `Report on the Work of the Government (excerpt)
Delivered at the Second Session of the 9th Norland Provincial People's Congress
Kelport, January 20, 2033

I. Review of our work in 2032

Foreign trade grew against the trend. The province's total imports and exports reached 312.4 billion yuan, up 8.1 percent.

II. Main tasks for 2033

The main target for foreign trade this year is growth of about 6 percent.

We will carry out the four major opening-up actions in depth. First, we will build the Kelport bonded zone to a high standard, with at least 40 institutional innovations. Second, we will make the Norland Textile Fair a permanent platform. Third, we will expand new forms of trade, supporting market procurement trade. Fourth, we will attract electronics assembly moving inland, aiming for 30 new projects.

We will ensure stable supply chains for foreign trade enterprises and help exporters of farm goods build their own brands.
`;

const WESTMOOR = `---
title: "Cars carry Westmoor's trade to a new high"
date: 2033-01-21
---
Westmoor's foreign trade rose 2.1 percent to 712.3 billion yuan in 2032.

Tablets, long the city's largest export, lost ground. Westmoor shipped 40.2 million tablets abroad, 4.1 percent less than a year earlier. "Global demand for tablets has not fully recovered, and brand owners have moved some assembly to Vietnam," said Gao Lin, an official of Westmoor Customs. "Our carmakers have found buyers in Chile."

Private firms traded 300.1 billion yuan, up 9.5 percent, and their share of the total rose.

"Three things lifted Westmoor: the new cargo airport at Dunby, the battery lines at Eastgate, and ferries to Korea," said Qiu Wenbo, a professor at Westmoor University of Finance.

Ren Bo, deputy director of Westmoor Customs, said the city's "new three" of buses, tractors and tyres had offset weak ore import prices. Customs would cut port charges for traders in 2033.
`;

const ASHFORD = `---
title: "Ashford's car exports pass 300,000"
date: 2033-01-25
---
Ashford's foreign trade grew 11.2 percent to 402.6 billion yuan in 2032, and car exports passed 300,000.

"Our growth comes from the industries we have built: new energy vehicles and displays," said Mo Xiaoyan, deputy director of the Ashford Municipal Bureau of Commerce. She said the city had helped carmakers charter car carriers from Kelport, opened a vehicle export service centre at Ashford port and shortened clearance for batteries to less than a day.

Exports of displays rose 6.4 percent.
`;

const BRIEFING = `Transcript: Norland provincial press conference on foreign trade in the first half of 2032
Published July 20, 2032

Host: Today we have with us Ms. Pan Yu, deputy director-general of the Norland Provincial Department of Commerce.

Reporter: What will the department do for small firms in the second half?

Pan Yu: We will do three things. We will expand export credit insurance, aiming to cover more than 4,000 small and micro firms; we will hold 25 online trade fairs; and we will support 12 overseas warehouses for cross-border e-commerce.
`;

const KESTREL = `---
title: "Kestrel's foreign trade rises 14.2% in first ten months as mountain links deepen"
date: 2032-11-20
---
KESTREL, Nov. 20 -- Kestrel prefecture recorded imports and exports of 38.41 billion yuan in the first ten months of 2032, up 14.2 percent.

Trade with its southern neighbour, carried mainly through the Varda port on the Ridge Highway, grew 9.1 percent to 1.33 billion yuan.

Freight through the Oskel port on the western border reached 0.92 million tonnes, up 17 percent, while traffic through the Tamsin port also rose.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "report.txt": REPORT, "westmoor.md": WESTMOOR, "ashford.md": ASHFORD, "briefing.txt": BRIEFING,
    "kestrel.md": KESTREL }));
}, 60_000);
afterAll(() => close());

describe("reading explanation questions of these shapes", () => {
  it("reads 'what measures for small firms' as what was done, not which firms", () => {
    expect(explainParts("norland commerce dept - what measures for small firms in h2 2032?").map((p) => p.kind)).toEqual(["action"]);
    expect(explainParts("which makers did the bureau support?").map((p) => p.kind)).toEqual(["organisation"]);
  });

  it("reads 'who gave the reason and what was it' as the reason, then who said it", () => {
    expect(explainParts("westmoor 2032 tablet exports fell - who gave the reason and what was it").map((p) => [p.kind, p.text]))
      .toEqual([["cause", "what was the reason it fell"], ["person", "who said it"]]);
  });

  it("reads 'how has the city helped its carmakers export' as what was done", () => {
    expect(explainParts("how has ashford helped its carmakers export? (2032)").map((p) => p.kind)).toEqual(["action"]);
  });

  it("reads 'what are the four opening-up actions in the work report' as the actions", () => {
    expect(explainParts("what are the four opening-up actions in norland's 2033 work report?").map((p) => p.kind)).toEqual(["action"]);
  });

  it("gives 'had offset weak prices' as what made up for a loss, and 'three things lifted X' as a cause", () => {
    expect(cueWeight("substitute", 'Gao said the "new three" had offset weak ore import prices.')).toBeGreaterThanOrEqual(2);
    expect(cueWeight("cause", '"Three things lifted Westmoor: the airport, the battery lines and ferries," said Qiu.'))
      .toBeGreaterThanOrEqual(2);
  });

  it("knows 'univ' for university when it finds whom an explanation is asked from", () => {
    const by = attributionWords("what lifted it according to the westmoor univ professor?", new Set(["westmoor"]));
    expect(attributedTo(by, "said Qiu Wenbo, a professor at Westmoor University of Finance")).toBe(true);
  });
});

describe("answering them over articles", () => {
  it("answers 'what measures for small firms' with what the official said would be done", async () => {
    const a = await ask("norland commerce dept - what measures for small firms in h2 2032?");
    expect(a.answer).toContain("export credit insurance");
    expect(a.answer).toContain("overseas warehouses");
  });

  it("answers 'what offset …, per customs' with the sentence that says what offset it", async () => {
    const a = await ask("what offset weak ore import prices for westmoor in 2032 per westmoor customs?");
    expect(a.answer).toContain("buses, tractors and tyres");
  });

  it("answers 'who gave the reason and what was it' with the reason and its speaker", async () => {
    const a = await ask("westmoor 2032 tablet exports fell - who gave the reason and what was it");
    expect(a.answer).toContain("assembly to Vietnam");
    expect(a.answer).toContain("Gao Lin");
    expect(a.answer).not.toContain("I found no passage");
  });

  it("answers 'what lifted X according to the univ professor' with the professor's reasons", async () => {
    const a = await ask("what lifted westmoor in 2032 according to the westmoor univ professor?");
    expect(a.answer).toContain("cargo airport");
  });

  it("answers 'what are the four actions in the work report' with the enumeration the announcement heads", async () => {
    const a = await ask("what are the four opening-up actions in norland's 2033 work report?");
    expect(a.answer).toContain("bonded zone");
    expect(a.answer).toContain("electronics assembly");
    expect(a.answer).not.toContain("farm goods");
  });

  it("answers 'which border ports does the report name' with the ports its sentences name one by one", async () => {
    const a = await ask("kestrel's trade report (nov 2032) - which border ports does it name?");
    expect(a.answer).toContain("The documents name Varda, Oskel and Tamsin");
    expect(a.answer).toContain("Ridge Highway");
    // (an article that names no two ports by name lists none)
    const none = await ask("ashford's 2032 trade story - which ports does it name?");
    expect(none.answer).not.toContain("The documents name");
  });

  it("answers 'how has the city helped its carmakers export' with what it did", async () => {
    const a = await ask("how has ashford helped its carmakers export? (2032)");
    expect(a.answer).toContain("car carriers");
    expect(a.answer).toContain("vehicle export service centre");
  });
});
