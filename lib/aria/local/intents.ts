import { containerBootstrap } from "@nlpjs/core";
import { LangEn } from "@nlpjs/lang-en-min";
import { Nlp } from "@nlpjs/nlp";
import { INTENTS, type Intent } from "./intent-names";
import { INTENT_PHRASINGS } from "./intent-phrasings";
import { detectSessionType, parseDuration, parseRpe } from "./parse-session";

/**
 * What the latest user message asks for. An NLP.js neural intent classifier (English stemming, spell-checking of
 * unknown words against the vocabulary it learned) trained once per process from the phrasing table in
 * intent-phrasings.ts. Two cheap deterministic checks stand beside it, where numbers rather than wording decide: a
 * session described with its minutes or RPE is a log (unless the classifier reads a question about today), and an
 * empty message is nothing.
 */

export { INTENTS, type Intent } from "./intent-names";

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

/** The glossary term a message names, if any: which definition the `define` answer gives. */
export function detectTerm(text: string): Term | null {
  const t = text.toLowerCase();
  for (const { term, pattern } of TERM_RULES) if (pattern.test(t)) return term;
  return null;
}

const REPS = /\b\d+\s*[x×]\s*\d+/;
const PAST_TRAINING =
  /\b(?:did|done|ran|trained|had|finished|completed|log|logged|record)\b|\byesterday\b|\bthis morning\b|\btoday i\b/;

/** True when the text reads as a description of a finished session (it carries its minutes or RPE). */
export function describesSession(text: string): boolean {
  const t = text.toLowerCase();
  const hasRpe = parseRpe(t) !== null;
  const hasDuration = parseDuration(t) !== null;
  if (hasRpe && hasDuration) return true;
  if (!hasRpe && !hasDuration) return false;
  return detectSessionType(t) !== null || REPS.test(t) || PAST_TRAINING.test(t);
}

const YES = new Set([
  "yes",
  "y",
  "yeah",
  "yep",
  "yup",
  "sure",
  "ok",
  "okay",
  "confirm",
  "confirmed",
  "log it",
  "yes log it",
  "yes please",
  "please log it",
  "do it",
  "go ahead",
  "correct",
  "thats right",
]);
const NO = new Set([
  "no",
  "n",
  "nope",
  "nah",
  "cancel",
  "dont",
  "dont log it",
  "no dont",
  "no thanks",
  "never mind",
  "nevermind",
  "stop",
]);

/** A reply to a yes-or-no question, from a small fixed set ("yes", "log it", "confirm"; "no", "cancel"); else null. */
export function readConfirmation(message: string): "yes" | "no" | null {
  const t = message
    .toLowerCase()
    .replace(/[’‘']/g, "")
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (YES.has(t)) return "yes";
  if (NO.has(t)) return "no";
  return null;
}

/** One phrasing and the intent it means: a row of the training set. */
export interface IntentExample {
  text: string;
  intent: Intent;
}

export interface IntentClassifier {
  classify(message: string): Promise<Intent>;
}

/** The phrasing table as training rows. */
export function phrasingExamples(
  table: Readonly<Record<Intent, readonly string[]>> = INTENT_PHRASINGS,
): IntentExample[] {
  return INTENTS.flatMap((intent) => table[intent].map((text) => ({ text, intent })));
}

const LOCALE = "en";
/** NLP.js's own default: below half the probability mass the best guess is no guess ("None"). */
const MIN_SCORE = 0.5;

function clean(message: string): string {
  return message.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
}

function isIntent(value: string): value is Intent {
  return (INTENTS as readonly string[]).includes(value);
}

/** Trains a classifier on `examples` (in memory; nothing is read or written on disk). */
export async function trainIntentClassifier(examples: readonly IntentExample[]): Promise<IntentClassifier> {
  const container = containerBootstrap();
  container.use(LangEn);
  const nlp = new Nlp({
    container,
    languages: [LOCALE],
    autoLoad: false,
    autoSave: false,
    calculateSentiment: false,
    threshold: MIN_SCORE,
    nlu: { log: false, spellCheck: true },
  });
  for (const { text, intent } of examples) nlp.addDocument(LOCALE, clean(text), intent);
  await nlp.train();

  return {
    async classify(message) {
      const text = clean(message);
      if (text === "") return "unknown";
      const result = await nlp.process(LOCALE, text);
      const intent = result.score >= MIN_SCORE && isIntent(result.intent) ? result.intent : "unknown";
      // Minutes and an RPE make a session log, unless the wording asks about today ("can I do 40 min of tempo?").
      if (describesSession(text) && intent !== "readiness" && intent !== "todays_session") return "log_session";
      return intent;
    },
  };
}

let trained: Promise<IntentClassifier> | null = null;

/** The classifier trained on intent-phrasings.ts, once per process; a failed training is retried next time. */
export function intentClassifier(): Promise<IntentClassifier> {
  trained ??= trainIntentClassifier(phrasingExamples()).catch((error: unknown) => {
    trained = null;
    throw error;
  });
  return trained;
}

export async function classifyIntent(message: string): Promise<Intent> {
  return (await intentClassifier()).classify(message);
}
