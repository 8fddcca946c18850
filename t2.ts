import { parseQuestion } from "./retrieval/figures/query.js";
for (const q of process.argv.slice(2)) { const f = parseQuestion(q); console.log(JSON.stringify({ i: f.intent, e: f.entities, p: f.partners, s: f.subjects, m: f.measures, met: f.metric, per: f.periods, af: f.asksFigure })); }
