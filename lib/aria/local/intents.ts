import { detectSessionType, parseDuration, parseRpe } from "./parse-session";

/** What the latest user message asks for. Pure keyword rules, checked in a fixed order. */

export const INTENTS = [
  "log_session",
  "coach",
  "training_summary",
  "injury",
  "goals",
  "drills",
  "mental",
  "define",
  "greeting",
  "unknown",
] as const;
export type Intent = (typeof INTENTS)[number];

export const TERMS = ["acwr", "rpe", "monotony", "strain", "hooper", "fat", "wind", "ewma", "load"] as const;
export type Term = (typeof TERMS)[number];

const TERM_RULES: { term: Term; pattern: RegExp }[] = [
  { term: "acwr", pattern: /\b(?:acwr|acute[: -]+(?:to[- ])?chronic|workload ratio)\b/ },
  { term: "ewma", pattern: /\b(?:ewma|exponentially weighted)\b/ },
  { term: "monotony", pattern: /\bmonotony\b/ },
  { term: "strain", pattern: /\b(?:training )?strain\b/ },
  { term: "hooper", pattern: /\b(?:hooper|wellness index|wellness score)\b/ },
  {
    term: "fat",
    pattern: /\b(?:fat time|fat timing|fat|fully automatic|hand[- ]?tim(?:ed|ing|e)|electronic timing)\b/,
  },
  { term: "wind", pattern: /\b(?:wind[- ]?aided|wind[- ]?legal|tail ?wind|wind reading|wind)\b/ },
  { term: "load", pattern: /\b(?:srpe|session[- ]rpe|session load|training load)\b/ },
  { term: "rpe", pattern: /\b(?:rpe|rate of perceived exertion|perceived exertion)\b/ },
];

/** The glossary term a message asks about, if any. */
export function detectTerm(text: string): Term | null {
  const t = text.toLowerCase();
  for (const { term, pattern } of TERM_RULES) if (pattern.test(t)) return term;
  return null;
}

const BODY_PARTS =
  "foot|feet|ankle|achilles|calf|calves|shin|shins|knee|knees|hamstring|hamstrings|hammy|quad|quads|hip|hips|groin|glute|glutes|back|lower back|shoulder|arch|heel|toe|adductor";

const QUESTION_DEFINE =
  /\b(?:what(?:'s| is| are| does)|whats|meaning of|what do you mean|define|definition|explain|stand for|stands for|how (?:is|do you) (?:calculated|calculate|work)|how does .* work)\b/;
const INJURY =
  /\b(?:injur\w*|hurts?|hurting|pain\w*|sore\w*|strain(?:ed)?|pulled|tweak\w*|niggle\w*|aches?|aching|tight(?:ness)?|physio\w*|rehab\w*|cramp\w*|tendon\w*|swollen|swelling)\b/;
const BODY_PART_REF = new RegExp(`\\b(?:my|the|a|sore|tight|left|right)\\s+(?:${BODY_PARTS})\\b`);
const MENTAL =
  /\b(?:nervous|nerves|anxious|anxiety|visuali[sz]\w*|breath\w*|mental\w*|mindset|confidence|confident|focus\w*|calm\w*|stress(?:ed)?|pressure|scared|afraid|worried|worry|panic\w*|meditat\w*|self[- ]talk|psych\w*|jitters|butterflies|choke|choking|can't sleep|overthink\w*)\b/;
const GOALS =
  /\b(?:goals?|progress\w*|pbs?|prs?|personal (?:best|record)s?|how close|on track|target time|season best|sb|fastest time|best time)\b/;
const DRILLS =
  /\b(?:drills?|warm[- ]?ups?|exercises? (?:should|for|to)|what should i (?:do|work on)|routine for|mobility ideas)\b/;
const DRILLS_REQUEST = /\b(?:what|which|recommend\w*|suggest\w*|give me|any|ideas?|should|need|can i|good|best|some)\b/;
const SUMMARY =
  /\b(?:how (?:was|is|has been|'s) my (?:week|training|month|load|block)|how(?:'s| is) (?:my )?training|training going|my week|this week|last week|load|overtrain\w*|over-?train\w*|too much|summary|summar\w*|recap|stats|acwr|how am i doing|how i'm doing|rest day|need (?:a )?rest|burn(?:ed|t)? out|fatigue\w*)\b/;
const COACH =
  /\b(?:my coach(?:es)?|coach(?:'s)? (?:said|says|say|note|notes|wrote|write|think|thinks|message|feedback)|from (?:my )?coach|did (?:my )?coach|coach notes?)\b/;
const GREETING =
  /^(?:hi|hello|hey|hiya|heya|yo|howdy|greetings|good (?:morning|afternoon|evening|day)|morning|evening|sup|what's up|whats up|how are you|thanks|thank you|cheers)\b/;
const PAST_TRAINING =
  /\b(?:did|done|ran|trained|had|finished|completed|just did|log|logged|record)\b|\byesterday\b|\bthis morning\b|\btoday i\b/;
const LOG_REQUEST = /\b(?:log|record|add|save)\b.*\b(?:session|workout|training|run)\b/;
const REPS = /\b\d+\s*[x×]\s*\d+/;

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

/** True when the text reads as a description of a finished session rather than a question about one. */
export function describesSession(text: string): boolean {
  const t = text.toLowerCase();
  const hasRpe = parseRpe(t) !== null;
  const hasDuration = parseDuration(t) !== null;
  const hasType = detectSessionType(t) !== null;
  if (hasRpe && hasDuration) return true;
  if ((hasRpe || hasDuration) && (hasType || REPS.test(t) || PAST_TRAINING.test(t))) return true;
  return false;
}

export function classifyIntent(message: string): Intent {
  const t = message.toLowerCase().replace(/[’‘]/g, "'").trim();
  if (t.length === 0) return "unknown";
  const term = detectTerm(t);

  if (term && QUESTION_DEFINE.test(t) && !/\bmy\s+(?:week|training)\b/.test(t)) return "define";
  if (describesSession(t)) return "log_session";
  if (LOG_REQUEST.test(t)) return "log_session";
  if (COACH.test(t)) return "coach";
  if (INJURY.test(t) || BODY_PART_REF.test(t)) return "injury";
  if (MENTAL.test(t)) return "mental";
  if (GOALS.test(t)) return "goals";
  if (DRILLS.test(t) && (DRILLS_REQUEST.test(t) || words(t).length <= 3)) return "drills";
  if (SUMMARY.test(t)) return "training_summary";
  if (term && words(t).length <= 4) return "define";
  if (detectSessionType(t) !== null && PAST_TRAINING.test(t)) return "log_session";
  if (GREETING.test(t) && words(t).length <= 6) return "greeting";
  return "unknown";
}
