/** Small wording helpers shared by pages and messages: fixed English, so the same input always reads the same. */

/** "1 session", "3 sessions", "0 sessions"; `many` for a noun that does not just add an s ("2 injuries"). */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : many}`;
}

/*
 * "an" goes before a vowel sound. Spelling is a good guide for the words Aria puts after an article (levels, session
 * types, events), with the few exceptions below; a number is read aloud: "an 800 m", "an 11", "an 18", "a 100 m".
 */
const VOWEL_SOUND_CONSONANT = /^(hour|honest|honou?r|heir)/i;
const CONSONANT_SOUND_VOWEL = /^(uni|use|usu|ute|uti|eu|ewe|one\b|once)/i;

/** "a" or "an" for the word that follows it. */
export function article(word: string): "a" | "an" {
  const text = word.trim();
  const number = /^\d+/.exec(text)?.[0];
  if (number !== undefined) {
    // 8, 80–89, 800…; 11 and 18 (and 11,000 or 18,000) are read "eleven" and "eighteen".
    const leadingEleven = (number.startsWith("11") || number.startsWith("18")) && number.length % 3 === 2;
    return number.startsWith("8") || leadingEleven ? "an" : "a";
  }
  if (VOWEL_SOUND_CONSONANT.test(text)) return "an";
  if (CONSONANT_SOUND_VOWEL.test(text)) return "a";
  return /^[aeiou]/i.test(text) ? "an" : "a";
}

/** "an advanced", "a beginner", "an 800m". */
export function withArticle(word: string): string {
  return `${article(word)} ${word}`;
}

/** "an advanced drill" → "An advanced drill". */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
