/**
 * The French text module (browser-safe, no dependency): folding case and accents, words, slugs, place-name
 * keys and plurals. Search, the gazetteer, the importer and the generator all fold text here, so
 * « Médiathèque », « MEDIATHEQUE » and « mediatheque » are one word everywhere, and an id, a filter slug
 * and a search word are made by the same rules.
 *
 * Three ways to compare text, from the strictest:
 * - `tokenize` / `contentWords` / `stem`: search words (stop words dropped, « St » → saint, plurals folded);
 * - `placeNameKey`: place names (« St-Étienne » = « SAINT ETIENNE »), the gazetteer's key;
 * - `communeMatchKey`: looser, for commune names written by hand (« LYON CEDEX 03 » = « Lyon »,
 *   « St Donat sur lHerbasse » = « Saint-Donat-sur-l'Herbasse »), the importer's key.
 */

// ---------------------------------------------------------------------------------------------------------
// Folding

/** Apostrophes and dashes of every kind: read as word separators. */
const SEPARATORS = new Set(["'", '’', '‘', '`', '´', 'ʼ', '-', '‐', '‑', '‒', '–', '—', '―', '−']);

/** Slow path for one character: decomposed, marks removed, lower case, ligatures expanded. */
function foldSlow(char: string): string {
  if (SEPARATORS.has(char)) return ' ';
  const folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

/** Folded form of the code points below 0x250 (ASCII, Latin-1, Latin Extended-A and B), computed once. */
const FOLD_TABLE: string[] = Array.from({ length: 0x250 }, (_, code) => foldSlow(String.fromCharCode(code)));

/** Characters below 0x80 the fold changes: capitals, apostrophe, hyphen, backquote. */
function changedAscii(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 39 || code === 45 || code === 96;
}

/**
 * Lower case, diacritics removed, ligatures expanded, apostrophes and dashes → spaces (no other change).
 * Table-driven: about 10 times faster than String.normalize + regular expressions (the searcher folds every
 * name, commune and operator of the site when it starts).
 */
function fold(text: string): string {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || changedAscii(code)) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && !changedAscii(code)) continue;
    let replacement: string;
    if (code < 0x250) replacement = FOLD_TABLE[code]!;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      replacement = foldSlow(text.slice(i, i + 2));
      out += text.slice(start, i) + replacement;
      i++;
      start = i + 1;
      continue;
    } else replacement = foldSlow(text[i]!);
    out += text.slice(start, i) + replacement;
    start = i + 1;
  }
  return out + text.slice(start);
}

/** A few HTML entities left in imported names (« Centre Social &amp; Culturel »). */
const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&apos;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&nbsp;': ' ' };

/** The text with those entities written as the characters they stand for (importers; the search's folding). */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(/&(?:amp|quot|apos|#39|lt|gt|nbsp);/g, (entity) => ENTITIES[entity] ?? entity) : text;
}

/**
 * Lower case, diacritics removed, ligatures expanded (œ → oe, æ → ae, ß → ss), apostrophes and dashes
 * turned into spaces, runs of white space collapsed, trimmed. Other punctuation is kept (tokenize drops it).
 * « L'Isle-d'Abeau — Médiathèque Œuvre » → « l isle d abeau mediatheque oeuvre ».
 */
export function normalize(text: string): string {
  return fold(decodeEntities(text)).replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------
// Words

/** Words of a text: folded runs of ASCII letters and digits (« 1/3 LIEU » → 1, 3, lieu). Stop words are kept. */
export function tokenize(text: string): string[] {
  const words = fold(decodeEntities(text)).split(/[^a-z0-9]+/);
  if (words[0] === '') words.shift();
  if (words[words.length - 1] === '') words.pop();
  return words;
}

/**
 * French words ignored in queries and not indexed (articles, prepositions, possessives, pronouns and the forms of
 * « être » and « avoir » people type: « je cherche une aide pour mes impôts », « mon téléphone est bloqué » — where
 * « est » must not put the venues named « … Est » first). Folded forms; single letters left by apostrophes (l', d', j',
 * qu' → l, d, j, qu) included.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'ai', 'au', 'aux', 'avec', 'c', 'ce', 'ces', 'chez', 'd', 'dans', 'de', 'des', 'du', 'elle', 'en', 'est', 'et', 'il', 'j', 'je',
  'l', 'la', 'le', 'les', 'leur', 'leurs', 'm', 'ma', 'me', 'mes', 'moi', 'mon', 'n', 'ne', 'nos', 'notre', 'nous', 'on',
  'ou', 'par', 'pour', 'qu', 'que', 'qui', 's', 'sa', 'se', 'ses', 'son', 'sont', 'suis', 'sur', 't', 'ta', 'te', 'tes', 'ton', 'un',
  'une', 'vos', 'votre', 'vous', 'y',
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Abbreviations read as the full word (folded forms), in venue data, place names and complete query words (« St-Étienne »). */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['sts', 'saints'],
  ['stes', 'saintes'],
  // « Clermont-Fd », as the town is often written.
  ['fd', 'ferrand'],
]);

/** The full word of an abbreviation (« st » → saint), else the word itself. */
export function expandAbbreviation(word: string): string {
  return ABBREVIATIONS.get(word) ?? word;
}

/** Words of a text without stop words, abbreviations expanded: what the search indexes. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const word of tokenize(text)) if (!STOP_WORDS.has(word)) words.push(expandAbbreviation(word));
  return words;
}

/**
 * Light French plural folding for matching: « démarches » and « démarche », « travaux » and « travau », « bureaux »
 * and « bureau » get the same key. Only a final s or x of words of more than 3 letters is removed (« pc », « cv »,
 * « bus », « ars » are kept).
 */
export function stem(word: string): string {
  if (word.length > 3 && (word.endsWith('s') || word.endsWith('x')) && !/\d/.test(word)) return word.slice(0, -1);
  return word;
}

// ---------------------------------------------------------------------------------------------------------
// Slugs

/**
 * ASCII slug, the form of ids and URL values: « Médiathèque de L'Isle-d'Abeau » → mediatheque-de-l-isle-d-abeau.
 * With `maxLength`, a longer slug is cut at its last dash within the limit (whole words kept; a single word
 * longer than the limit is cut inside). May be empty (no letter or digit in the text).
 */
export function slugify(text: string, maxLength?: number): string {
  const slug = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (maxLength === undefined || slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

// ---------------------------------------------------------------------------------------------------------
// Place names

/** Leading articles of place names that people often leave out (« Le Puy-en-Velay » → « Puy-en-Velay »). */
const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l']);

/** Words of a place name: folded, abbreviations expanded (« St-Étienne » → saint, etienne). */
export function placeNameWords(text: string): string[] {
  return tokenize(text).map(expandAbbreviation);
}

/**
 * The key two spellings of one place name share: its words joined by single spaces.
 * « St-Étienne », « SAINT ETIENNE », « Saint-Étienne » → « saint etienne »; « L'Isle-d'Abeau » → « l isle d abeau ».
 * The gazetteer's key (names and queries).
 */
export function placeNameKey(text: string): string {
  return placeNameWords(text).join(' ');
}

/** The words without their leading article, when other words follow (« la », alone, is kept). */
export function withoutArticle(words: readonly string[]): string[] {
  return words.length > 1 && ARTICLES.has(words[0]!) ? words.slice(1) : [...words];
}

/**
 * Words of a commune name as written by hand in a source file, for matching it against the official list:
 * placeNameWords without « CEDEX » and what follows, and without the leading article.
 * « LYON CEDEX 03 » → lyon; « Le Puy-en-Velay » → puy, en, velay.
 */
export function communeMatchWords(name: string): string[] {
  const words = placeNameWords(name);
  const cedex = words.indexOf('cedex');
  return withoutArticle(cedex >= 0 ? words.slice(0, cedex) : words);
}

/**
 * The importer's key of a commune name: communeMatchWords glued without spaces, so that apostrophes and
 * spaces do not matter either: « St Donat sur lHerbasse » = « Saint-Donat-sur-l'Herbasse ».
 */
export function communeMatchKey(name: string): string {
  return communeMatchWords(name).join('');
}

// ---------------------------------------------------------------------------------------------------------
// Counts

/** « 1 lieu », « 687 lieux »: in its own module (./plural.ts), so that the strings modules need no text folding. */
export { plural } from './plural.ts';

/**
 * Edits (a letter added, removed, replaced, or two neighbours swapped) that turn `a` into `b`; above `max`, `max + 1`
 * (the count stops early). For « did you mean » suggestions and communes typed with a typo (« grenobel »).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before.slice();
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, before[j - 2]! + 1);
      row.push(cost);
      least = Math.min(least, cost);
    }
    if (least > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[b.length]!, max + 1);
}
