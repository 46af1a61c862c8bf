/**
 * Counted nouns in French: « 1 lieu », « 687 lieux », « aucun lieu ». A module of its own, with no dependency: the
 * interface strings (src/i18n/) use it, and a page that only shows opening hours does not download the text
 * folding of ./text.ts with them.
 */

const NUMBER = new Intl.NumberFormat('fr-FR');

/** « 1 lieu », « 687 lieux », « aucun lieu » (« aucune fiche » when `feminine`). */
export function plural(count: number, singular: string, pluralForm: string, feminine = false): string {
  if (count === 0) return `${feminine ? 'aucune' : 'aucun'} ${singular}`;
  return `${NUMBER.format(count)} ${count === 1 ? singular : pluralForm}`;
}
