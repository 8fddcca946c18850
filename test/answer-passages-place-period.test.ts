import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A question no figure reads ("<city> software licensing executed in <year>?": no flow or measure the reader knows) is
// answered with passages only from articles about the place and period it names, over made-up articles.

const WENZHOU_2019 = `---
title: "Wenzhou software licensing holds up in 2019"
published: "2020-01-20"
---
Wenzhou's software licensing deals executed came to US$2.31 billion in 2019, the city's commerce bureau said.
`;
const LISHUI_2022 = `---
title: "Lishui software licensing deals climb in 2022"
published: "2023-01-18"
---
Software licensing deals executed by Lishui companies reached US$1.08 billion in 2022, the city's commerce bureau said.
`;
// (a place the corpus names only in passing, in an article of another year on other things)
const NINGBO_PORT = `---
title: "Ningbo port throughput rises"
published: "2017-02-10"
---
Ningbo port handled 21.6 million TEUs in 2016. Feeder barges now link the port with Jiaxing and Huzhou.
`;

describe("passages quoted for a question no figure reads", () => {
  let ask: (q: string) => Promise<import("../retrieval/types.js").Answer>;
  let close: () => Promise<void>;
  beforeAll(async () => { ({ ask, close } = await answersOver({ "wz.md": WENZHOU_2019, "ls.md": LISHUI_2022,
    "nb.md": NINGBO_PORT })); });
  afterAll(async () => close());

  it("quote the asked place's article of the asked year", async () => {
    const a = await ask("wenzhou software licensing executed in 2019?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("2.31");
  });
  it("abstain for a place no article of the year is about, rather than quote another place's sentence", async () => {
    const a = await ask("jiaxing software licensing executed in 2022?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toContain("1.08");
  });
  it("abstain for a year the place's articles do not cover, rather than quote another year's", async () => {
    const a = await ask("wenzhou software licensing executed in 2023?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toContain("2.31");
  });
});

// (what was done is told in an article that came out in the asked year or the one after, whatever figures it names)
const JINHUA_MEASURES = `---
title: "Jinhua customs speeds up clearance"
published: "2020-01-15"
---
Jinhua customs cut clearance time for bulk carriers to under a day through "declare first, inspect at the berth" procedures.
`;

describe("passages of an article that came out just after the asked year", () => {
  let ask: (q: string) => Promise<import("../retrieval/types.js").Answer>;
  let close: () => Promise<void>;
  beforeAll(async () => { ({ ask, close } = await answersOver({ "jh.md": JINHUA_MEASURES })); });
  afterAll(async () => close());

  it("are quoted for a question about that year", async () => {
    const a = await ask("how did jinhua customs speed up clearance of bulk carriers in 2019");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("inspect at the berth");
  });
});

// (an undated article that names the asked year anywhere, as its issuer's line does, is of it)
const NINGXIA_MEASURES = `Ningxia issues measures to keep border ports open
Issued by the General Office of the Ningxia government, June 12, 2031

The measures call for speeding up the resumption of cargo clearance at the Huinong and Shizuishan dry ports.
`;

describe("passages of an undated article that names the asked year", () => {
  let ask: (q: string) => Promise<import("../retrieval/types.js").Answer>;
  let close: () => Promise<void>;
  beforeAll(async () => { ({ ask, close } = await answersOver({ "nx.txt": NINGXIA_MEASURES })); });
  afterAll(async () => close());

  it("are quoted for a question about a month of that year", async () => {
    const a = await ask("ningxia's june 2031 measures - at which dry ports did it want cargo clearance resumed?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Huinong");
  });
});
