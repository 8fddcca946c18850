import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Look-ups of a quantity (cars, tonnes) with a second part that asks no value (stop 46): "by how much was that up" asks
// the change, and "tonnes and share of …" the quantity and its share; neither leaves "its value" unstated when the
// answer gives the count and the part asked. Made-up articles only.

const CARS = `---
title: "Lanxi car exports surge at the start of 2031"
published: "2031-03-18"
---
Lanxi exported 7,420 cars in January-February 2031, 38.2 percent more than a year earlier, worth 1.53 billion yuan.

Car imports fell 12.1 percent to 4,630 units.
`;

const BEEF = `---
title: "Ningxia's beef imports in the first half of 2031"
published: "2031-07-20"
---
Ningxia imported 96,300 tonnes of beef in the first half of 2031, worth 3.42 billion yuan.

Beef imports from Argentina rose 11.4 percent to 52,800 tonnes, giving Argentina 54.8 percent of the province's
beef imports by volume.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "cars.md": CARS, "beef.md": BEEF });
}, 60_000);
afterAll(() => over.close());

const values = (a: { figures: Array<{ value: number }> }) => a.figures.map((f) => f.value);

describe("a count asked with its change", () => {
  it("reads 'by how much was that up' as the change, not as a value left unstated", async () => {
    const a = await over.ask("how many cars did lanxi export in jan-feb 2031 and by how much was that up yoy?");
    expect(values(a)).toEqual(expect.arrayContaining([7420, 38.2]));
    expect(a.missing ?? [], a.answer).not.toContain("its value");
    expect(a.abstained).toBe(false);
  });
});

describe("a quantity asked with its share", () => {
  it("is answered by the tonnes and the share, no value asked", async () => {
    const a = await over.ask("ningxia beef imports from argentina h1 2031 - tonnes and share of the province's beef imports?");
    expect(values(a), a.answer).toEqual(expect.arrayContaining([52800, 54.8]));
    expect(a.missing ?? [], a.answer).not.toContain("its value");
    expect(a.abstained).toBe(false);
  });
});

// Goods "shipped … to" a country are exports, and asked by a bare "phones" they are the text's handsets (stop 46).
const HANDSETS = `---
title: "Ningxia's trade with Chile in 2031"
published: "2032-01-24"
---
Ningxia shipped 4.2 million handsets to Chile last year, up 12.6 percent, worth 3.65 billion yuan.

Its exports of cars to Peru reached 2,300 units.
`;

describe("goods shipped to a country", () => {
  let handsets: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    handsets = await answersOver({ "handsets.md": HANDSETS });
  }, 60_000);
  afterAll(() => handsets.close());
  it("are exports, asked by the goods' everyday name", async () => {
    const a = await handsets.ask("how many phones did ningxia ship to chile in 2031 and what were they worth");
    expect(values(a), a.answer).toEqual(expect.arrayContaining([4.2, 3.65]));
    expect(a.abstained).toBe(false);
  });
});

// A value worked back from a change, asked by name, is never the goods' tonnes worked back (stop 46).
const ZINC = `---
title: "Ningxia zinc exports in 2031"
published: "2032-01-22"
---
Ningxia shipped 1.64 million tonnes of zinc abroad in 2031, up 7.2 percent year on year.
`;

describe("a value worked back from a later year's growth", () => {
  let zinc: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    zinc = await answersOver({ "zinc.md": ZINC });
  }, 60_000);
  afterAll(() => zinc.close());
  it("is not answered by the tonnes when no value is stated", async () => {
    const a = await zinc.ask("whats the implied 2030 value of ningxia zinc exports from the 2031 growth rate?");
    expect(values(a), a.answer).not.toContain(1.53);
  });
  it("while the tonnes asked are worked back from it", async () => {
    const a = await zinc.ask("ningxia zinc exports in 2030 in tonnes, implied by the 2031 growth?");
    expect(values(a), a.answer).toContain(1.53);
  });
});


// "avg value per phone" asks a value over the goods counted: the goods' total value alone never answers it (stop 46).
const PER_PHONE = `---
title: "Ningxia handset exports in 2031"
published: "2032-01-26"
---
Ningxia's exports of handsets were worth 8.36 billion yuan in 2031, up 11.2 percent.
`;

describe("a value per thing counted", () => {
  let phones: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    phones = await answersOver({ "phones.md": PER_PHONE });
  }, 60_000);
  afterAll(() => phones.close());
  it("is not answered by the goods' total value", async () => {
    const a = await phones.ask("avg value per phone ningxia exported in 2031, in yuan?");
    expect(a.abstained, a.answer).toBe(true);
  });
});
