/** Small French text helpers. */

const NUMBER = new Intl.NumberFormat('fr-FR');

/** « 1 lieu », « 687 lieux », « aucun lieu » (« aucune fiche » when `feminine`). */
export function plural(count: number, singular: string, pluralForm: string, feminine = false): string {
  if (count === 0) return `${feminine ? 'aucune' : 'aucun'} ${singular}`;
  return `${NUMBER.format(count)} ${count === 1 ? singular : pluralForm}`;
}
