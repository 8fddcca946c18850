import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { explainKind } from "../retrieval/explain/asks.js";
import { askedDirection, asksDown, cueWeight, onlyDown } from "../retrieval/explain/cues.js";

// Explanations in shapes the explainer missed, over made-up articles: a question that sets the asked change against
// another ("why did zinc imports go up when overall trade fell?") asks about the rise; a cause given in an "as" clause
// after a change stated with no percent ("Trade fell in 2031, as the slump in copper prices cut …") is a reason;
// "took advantage of lower prices" explains a rise; a quotation opening the next paragraph that names the change the
// paragraph before stated ('"The May decline was due to …"') explains it, though it names no goods; "what did the mayor
// say was behind the growth?" asks a cause, answered by his answer to "What was behind that growth?".

const ZINC = `---
title: "Fenghai's trade falls in 2031; zinc a bright spot"
date: 2032-01-21
---
Fenghai's foreign trade fell 12.4 percent to 30.2 billion yuan in 2031, the city's customs said.

Exports of furniture fell 20.1 percent to 4.4 billion yuan.

Zinc concentrate was a bright spot. Imports through Fenghai rose 26.0 percent to 1.3 million tonnes.

"Smelters took advantage of lower zinc prices to rebuild their stocks," said Lu Ping, an analyst with the customs office.
`;

const COPPER = `Dongli, February 3, 2032 -- Dongli's total imports and exports fell in 2031, as the slump in copper prices cut the value of the city's imports, the commerce bureau said.

Exports of bicycles reached 2.2 billion yuan, up 4.0 percent.
`;

const TIN = `Tin imports through Beiyang Port, January-May 2031
Issued by Beiyang Customs, June 12, 2031

In the first five months of 2031, tin concentrate imports through Beiyang Port totaled 41,000 tonnes, up 8.0 percent.

Tin concentrate imports in May fell to 7,100 tonnes, down 10.2 percent from May 2030.

"The May decline was due to smelters cutting output as tin prices fell," said Qu Na, an analyst with the customs office.

Lead imports were 2,300 tonnes.
`;

const INTERVIEW = `<html><head><title>Interview: Qiaodong mayor on ships and solar</title></head><body>
<article>
<h1>Interview: Qiaodong mayor on ships and solar</h1>
<p>Qiaodong Mayor Lan Shufen spoke with City Weekly about the city's foreign trade last year.</p>
<p><strong>Q: How did Qiaodong's foreign trade do in 2031?</strong></p>
<p><strong>Lan:</strong> It was a very good year. Our total imports and exports reached 312.4 billion yuan, up 11.2 percent. Exports were 201.3 billion yuan, up 13.0 percent.</p>
<p><strong>Q: What was behind that growth?</strong></p>
<p><strong>Lan:</strong> The biggest contributor was shipbuilding. Exports of ships reached 40.2 billion yuan, up 35.1 percent, on strong orders for gas carriers. Solar panels were the second engine.</p>
<p><strong>Q: What are your plans for 2032?</strong></p>
<p><strong>Lan:</strong> We aim for growth of around 5 percent.</p>
</article></body></html>
`;

// a named speaker whose reason carries no causal word, beside another's that does
const PLAIN_REASON = `Solmere's exports rose 14.0 percent to 88.1 billion yuan in the first half of 2031, the customs office said.

"Pump makers won large orders abroad as new mines opened in Africa," said Hu Jianbo, a director of Solmere Customs. "Freight trains to Europe gave firms a second route."

Imports rose because of higher ore prices, said Ke Lin, an economist.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "zinc.md": ZINC, "copper.txt": COPPER, "tin.txt": TIN, "interview.html": INTERVIEW, "solmere.txt": PLAIN_REASON }));
});
afterAll(() => close());

describe("the way a question asks", () => {
  it("leaves out the change a 'when'/'while' clause sets against the asked one", () => {
    expect(asksDown("why did zinc imports go up in 2031 when overall trade fell")).toBe(false);
    expect(askedDirection("why did zinc imports go up in 2031 when overall trade fell")).toBe("up");
    expect(asksDown("how come exports fell while imports rose?")).toBe(true);
  });
  it("reads 'what did X say was behind …' as asking a cause", () => {
    expect(explainKind("what did the mayor say was behind 2031 trade growth?")).toBe("cause");
    expect(explainKind("what did the mayor say about trade?")).toBe("statement");
  });
  it("reads the way from the asking, not what the question grants before it", () => {
    expect(asksDown("they imported more ore in 2031, so why did import value drop?")).toBe(true);
    expect(askedDirection("imports fell, but why did exports jump?")).toBe("up");
  });
  it("keeps a 'when' that opens the question", () => {
    expect(asksDown("when did exports fall?")).toBe(true);
  });
});

describe("cues of a cause", () => {
  it("reads an 'as' clause with its own verb after a change stated with no percent", () => {
    expect(cueWeight("cause", "Trade fell in 2031, as the slump in copper prices cut the value of imports.")).toBeGreaterThanOrEqual(2);
    expect(cueWeight("cause", "Exports fell 5.4 percent to 4.38 billion US dollars, as factories near the capital curbed output."))
      .toBeGreaterThanOrEqual(2);
  });
  it("does not read an 'as' that only reports or compares", () => {
    expect(cueWeight("cause", "Trade fell in 2031, as the customs office reported on Tuesday.")).toBe(0);
    expect(cueWeight("cause", "Exports rose in 2031, as well as imports of grain.")).toBe(0);
  });
  it("reads 'took advantage of' as a cause, and lower prices as no setback", () => {
    const s = "Smelters took advantage of lower zinc prices to rebuild their stocks.";
    expect(cueWeight("cause", s)).toBeGreaterThanOrEqual(2);
    expect(onlyDown(s)).toBe(false);
    expect(onlyDown("Demand stayed weak as orders fell.")).toBe(true);
  });
});

describe("explanations", () => {
  it("answers why goods rose when trade fell by the reason for the rise", async () => {
    const a = await ask("why did fenghai zinc concentrate imports go up in 2031 when overall trade fell");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("took advantage of lower zinc prices");
  });
  it("answers a fall by the 'as' clause after it", async () => {
    const a = await ask("dongli imported more copper in 2031 so why did its trade drop?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("slump in copper prices");
  });
  it("answers by a quotation opening the next paragraph that names the change stated before it", async () => {
    const a = await ask("why did beiyang's tin concentrate imports drop in may 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("smelters cutting output");
  });
  it("answers what a named speaker said was behind growth by his words, though they carry no causal word", async () => {
    const a = await ask("what did hu jianbo at solmere customs say was behind solmere's export growth in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Pump makers won large orders abroad");
    expect(a.answer).not.toContain("higher ore prices");
  });
  it("answers what the mayor said was behind growth by his answer to the reporter's 'what was behind that growth?'", async () => {
    const a = await ask("what did qiaodong's mayor say was behind 2031 trade growth?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("The biggest contributor was shipbuilding");
  });
});
