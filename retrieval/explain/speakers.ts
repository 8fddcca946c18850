import type { CorpusDocument } from "../../corpus/types.js";
import { splitSentences, type Span } from "../../corpus/sentences.js";
import { TITLES } from "./cues.js";

/**
 * "Who spoke at the press conference?": every person a transcript labels a paragraph with, in order, whether the
 * label gives only the name ("Chen Yu: …") or the name with a role ("Li Na (host, deputy director of …): …",
 * "Wang Bo, director of …: …"). Reporters and unnamed labels ("Host:", "Q (Xinhua):") are nobody's name.
 */

// "who spoke at …", "who were the speakers at …", "which officials briefed …": a press event's speakers asked
const ASKS_SPEAKERS = new RegExp(String.raw`\b(?:who\s+(?:spoke|talked|briefed|presented|took part|attended|appeared|were `
  + String.raw`(?:the\s+)?(?:speakers|officials|panel(?:ists)?))|(?:which|what)\s+(?:officials|speakers|people)\s+`
  + String.raw`(?:spoke|briefed|attended|took part|appeared))\b.*\b(?:press(?:er|\s+conference|\s+briefing)|`
  + String.raw`news\s+(?:conference|briefing)|briefing|conference)\b`, "i");

// a paragraph's label that names a person: "Li Na:", "Mr. Li Na (host, …):", "**Chen Yu, deputy director of …:**"
const PERSON_LABEL =
  /^\W{0,4}(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\W{0,4}(?:\([^)]{0,160}\)|,[^:：\n]{0,160})?\W{0,4}[:：]\s*\S/;
// label words that name no person (a role, an outlet's reporter)
const NOT_A_NAME = /\b(?:host|moderator|chair|reporter|question|answer|journalist|correspondent|spokesperson|daily|news|tv|times|agency|xinhua)\b/i;

export interface Speaker { name: string; first: Span }

export const asksSpeakers = (question: string): boolean => ASKS_SPEAKERS.test(question);

// what a speaker says before saying anything: "Thank you.", "Good morning, friends from the media."
const COURTESY = /^\s*(?:thank you|thanks|good (?:morning|afternoon|evening)|hello)\b[^.!?]{0,60}[.!?]\s*$/i;

/**
 * The persons a transcript labels its paragraphs with, each with the sentence that says who they are: the first of
 * their first paragraph when its label gives their role, else the one that introduces them ("With us are Mr. X,
 * deputy director of …"), else the first of theirs that is more than a courtesy ("X: Thank you." says nothing).
 */
export function speakersOf(doc: CorpusDocument): Speaker[] {
  const out: Speaker[] = [];
  const sentences = splitSentences(doc.text).filter((s) => s.text.trim());
  let at = 0;
  for (const line of doc.text.split("\n")) {
    const m = PERSON_LABEL.exec(line);
    const name = m?.[1];
    if (name && !NOT_A_NAME.test(name) && !out.some((s) => s.name === name)) {
      const own = splitSentences(line, at).filter((s) => s.text.trim());
      const labelled = /^[^:：]*[(,][^:：]*[:：]/.test(line);
      const introduced = new RegExp(String.raw`\b${name},\s+(?:[\w-]+\s+){0,4}?${TITLES}\b`);
      const said = (s: Span) => !COURTESY.test(s.text.slice(s.text.search(/[:：]/) + 1));
      const first = (labelled ? own[0] : undefined) ?? sentences.find((s) => introduced.test(s.text))
        ?? own.find((s, i) => i > 0 || said(s)) ?? own[0];
      if (first) out.push({ name, first });
    }
    at += line.length + 1;
  }
  // (one label is no transcript: a paragraph may open "Note: …")
  return out.length >= 2 ? out : [];
}
