/**
 * The few parts of NLP.js (https://github.com/axa-group/nlp.js, v4) that Aria uses: the packages ship JavaScript
 * without type declarations. Only what lib/aria/local/intents.ts calls is declared.
 */

declare module "@nlpjs/core" {
  /** NLP.js's dependency container: plugins register into it, and classes find their helpers there. */
  export interface Container {
    use(plugin: unknown, name?: string): string;
    get(name: string, settings?: Record<string, unknown>): unknown;
  }

  /** A container with the core helpers (normalizer, tokenizer, stemmer, stopwords) registered. */
  export function containerBootstrap(settings?: Record<string, unknown>): Container;
}

declare module "@nlpjs/lang-en-min" {
  import type { Container } from "@nlpjs/core";

  /** English tokenizer, stemmer, stopwords and normalizer. */
  export class LangEn {
    register(container: Container): void;
  }
}

declare module "@nlpjs/nlp" {
  import type { Container } from "@nlpjs/core";

  export interface NlpSettings {
    container?: Container;
    languages?: string[];
    /** Load a saved model from disk on start (off: the model is trained in memory). */
    autoLoad?: boolean;
    /** Save the model to disk after training (off: nothing is written). */
    autoSave?: boolean;
    calculateSentiment?: boolean;
    /** Below this score the intent is "None". */
    threshold?: number;
    /** The NLU manager's settings: `log` prints every training epoch; `spellCheck` corrects unknown words. */
    nlu?: { log?: boolean; spellCheck?: boolean; spellCheckDistance?: number; useNoneFeature?: boolean };
  }

  export interface NlpClassification {
    intent: string;
    score: number;
  }

  export interface NlpResult {
    utterance: string;
    intent: string;
    score: number;
    classifications: NlpClassification[];
  }

  export class Nlp {
    constructor(settings?: NlpSettings, container?: Container);
    addLanguage(locales: string | string[]): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}
