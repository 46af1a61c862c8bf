/** Small French text helpers. */

const NUMBER = new Intl.NumberFormat('fr-FR');

/** « 1 lieu », « 687 lieux », « aucun lieu ». */
export function plural(count: number, singular: string, pluralForm: string): string {
  if (count === 0) return `aucun ${singular}`;
  return `${NUMBER.format(count)} ${count === 1 ? singular : pluralForm}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
