import { findEntities } from "./retrieval/figures/entities.js";
const t = "From January to July, Nantong's trade with ASEAN, the EU, the United States and Japan grew 19.8 percent, and Xinjiang's imports and exports with Kazakhstan alone reached 35.48 billion yuan; Zaozhuang, Weifang, Dongying, Tai'an grew. It was a mile away.";
console.log(findEntities(t).map((e) => `${e.id}:${e.text}`));
const t0 = performance.now(); for (let i = 0; i < 200; i++) findEntities(t + i); console.log(((performance.now() - t0) / 200).toFixed(2), "ms per sentence");
