/**
 * Cheap keys of a text's first words, for the reader's pre-filter (reader/labels.ts): a text
 * whose first words start no label, section heading or tab name is not normalised at all. Each
 * gives the same key for a text and for its `normaliseLabel`.
 */
import { isQuote } from './text';

function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c > 191 && c !== 215 && c !== 247 && !(c >= 0x2000 && c <= 0x206f))
  );
}

/**
 * The first word of a text, lower case: leading digits, spaces and punctuation skipped, quotes
 * inside the word dropped ("Carer’s" → "carers"). A cheap key: a text whose first word starts no
 * label is not normalised at all. Gives the same word for a text and for its `normaliseLabel`.
 */
export function firstWordKey(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && !isLetter(text.charCodeAt(i))) i++;
  let out = '';
  let from = i;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isQuote(c)) {
      out += text.slice(from, i);
      from = i + 1;
      continue;
    }
    if (!isLetter(c) && !(c >= 48 && c <= 57)) break;
  }
  out += text.slice(from, i);
  return out.toLowerCase();
}

/**
 * The first two words of a text (see firstWordKey), joined by a space; the first word alone when
 * there is no second. Gives the same key for a text and for its `normaliseLabel`.
 */
export function twoWordKey(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && !isLetter(text.charCodeAt(i))) i++;
  const s1 = i;
  let quote = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isQuote(c)) quote = true;
    else if (!isLetter(c) && !(c >= 48 && c <= 57)) break;
  }
  const e1 = i;
  if (e1 === s1) return '';
  while (i < n && !isLetter(text.charCodeAt(i))) i++;
  const s2 = i;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isQuote(c)) quote = true;
    else if (!isLetter(c) && !(c >= 48 && c <= 57)) break;
  }
  const e2 = i;
  if (quote) {
    // rare: quotes inside the words are dropped, as normaliseLabel does
    const first = firstWordKey(text);
    const second = firstWordKey(text.slice(e1));
    return second ? `${first} ${second}` : first;
  }
  const first = text.slice(s1, e1).toLowerCase();
  return e2 > s2 ? `${first} ${text.slice(s2, e2).toLowerCase()}` : first;
}

/**
 * twoWordKey as a number, without building a string: the reader's cheap first test of every text
 * on the page. Equal keys give equal hashes; a collision only costs a closer look.
 */
export function twoWordHash(text: string): number {
  return wordsHash(text, 2);
}

/** firstWordKey as a number (see twoWordHash). */
export function firstWordHash(text: string): number {
  return wordsHash(text, 1);
}

/** An FNV-1a hash of the first `words` words (as firstWordKey reads them), kept to 30 bits. */
function wordsHash(text: string, words: number): number {
  const n = text.length;
  let i = 0;
  while (i < n && !isLetter(text.charCodeAt(i))) i++;
  if (i >= n) return 0;
  let h = 0x811c9dc5;
  for (let word = 0; word < words && i < n; word++) {
    if (word === 1) {
      while (i < n && !isLetter(text.charCodeAt(i))) i++;
      if (i >= n) break;
      h = Math.imul(h ^ 32, 16777619);
    }
    for (; i < n; i++) {
      let c = text.charCodeAt(i);
      // lower-case letters first, the most common; quotes are skipped, inside a word or not
      if (c >= 97 && c <= 122) {
        // as it is
      } else if (c >= 65 && c <= 90) c += 32;
      else if (c >= 48 && c <= 57) {
        // a digit: as it is
      } else if (isQuote(c)) continue;
      else if (c > 127 && isLetter(c)) c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
      else break;
      h = Math.imul(h ^ c, 16777619);
    }
  }
  return h & 0x3fffffff;
}
