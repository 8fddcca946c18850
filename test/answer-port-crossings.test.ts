import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findNumbers } from "../text/numbers.js";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";

// A port's bulletin: the goods that passed through it (the port named after the figure), vehicles counted by "numbered"
// after their noun, travellers' crossings, and the things asked by their own words. Made-up port and figures.
const BULLETIN = `---
title: "Lanshan Port annual bulletin"
published: "2031-01-10"
---
In 2030 goods worth 2.50 billion yuan passed through Lanshan Port, up 10.1 percent on 2029. Cargo vehicles crossing the port, inbound and outbound, numbered 12,500, up 8.0 percent, and the port recorded 40,200 border crossings by travellers, up 12.5 percent.
`;
const body = BULLETIN.replace(/^---[\s\S]*?---\n/, "");

describe("things counted before the verb that counts them", () => {
  it("are the unit of the lone number after 'numbered'", () => {
    const [n] = findNumbers("Cargo vehicles crossing the port, inbound and outbound, numbered 12,500, up 8.0 percent.");
    expect(n).toMatchObject({ kind: "count", value: 12500, unit: "cargo vehicles" });
  });
  it("leave a lone number with no such subject unread", () => {
    expect(findNumbers("The meeting numbered the items 1 to 12 and closed.").filter((n) => n.kind === "count")).toEqual([]);
  });
  it("read crossings as a counted noun", () => {
    expect(findNumbers("the port recorded 40,200 border crossings by travellers")[0])
      .toMatchObject({ kind: "count", value: 40200, unit: "border crossings" });
  });
});

describe("a port named after its figure's verb of passing through", () => {
  it("owns that figure, and 'the port' of the next clause is it", () => {
    const facts = factsOf(body, { published: "2031-01-10" });
    expect(one(facts, 2.5).entity).toBe("zone:Lanshan Port");
    expect(one(facts, 12500).entity).toBe("zone:Lanshan Port");
    expect(one(facts, 40200).entity).toBe("zone:Lanshan Port");
  });
});

describe("counts asked of a port", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "bulletin.md": BULLETIN });
  });
  afterAll(() => ask.close());

  it("give each thing the question names by its own word", async () => {
    const a = await ask.ask("lanshan port 2030 - how many vehicles and travellers crossed?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([12500, 40200]));
  });

  it("give only the thing asked when one is", async () => {
    const a = await ask.ask("how many vehicles crossed lanshan port in 2030?");
    expect(a.figures.map((f) => f.value)).toContain(12500);
    expect(a.figures.map((f) => f.value)).not.toContain(40200);
  });

  it("work out the value per vehicle from the goods and the vehicles", async () => {
    const a = await ask.ask("avg trade value per vehicle at lanshan port 2030?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(200000);
  });
});

// Things a question names by every word of their unit ("export orders"), counted in a sentence of no flow or goods,
// beside the goods' exports the rest of the question asks. Made-up county figures.
const COUNTY = `---
title: "Lindale county trade in 2030"
published: "2031-02-01"
---
Hefei's exports of filter cloth reached 1.20 billion US dollars in 2030, up 5.0 percent. Firms signed 9,400 export orders, up 3.1 percent.
`;

describe("things named by every word of their unit", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "county.md": COUNTY });
  });
  afterAll(() => ask.close());

  it("are counted beside the goods' exports asked", async () => {
    const a = await ask.ask("hefei filter cloth exports 2030 in usd, and how many export orders did firms sign?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1.2, 9400]));
  });

  it("are not given for things the question does not name", async () => {
    const a = await ask.ask("hefei filter cloth exports 2030 in usd, and how many import licences did firms get?");
    expect(a.figures.map((f) => f.value)).not.toContain(9400);
  });
});

describe("a verb of money after counted things", () => {
  it("makes no count of the figure it reaches ('partners …, whose trade came to 2.4 billion')", () => {
    const [n] = findNumbers("Its top partners were A, B and C, whose trade came to 2.4 billion, 31 million and 18 million "
      + "dollars respectively.");
    expect(n).toMatchObject({ value: 2.4 });
    expect(n!.kind).not.toBe("count");
  });
});
