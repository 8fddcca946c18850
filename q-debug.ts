import { parseQuestion } from "/work/main/retrieval/figures/query.js";
for (const q of process.argv.slice(2)) { const f = parseQuestion(q); console.log(JSON.stringify({ t: f.text, i: f.intent, e: f.entities, p: f.partners, s: f.subjects, m: f.measures, met: f.metric, per: f.periods, af: f.asksFigure })); }
