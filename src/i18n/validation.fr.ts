/**
 * French lines of the content reader and the validator (to be merged into src/i18n/fr.ts).
 */
const kb = (bytes: number) => `${Math.round(bytes / 1024)} Ko`;

export const readerStrings = {
  tooBig: (bytes: number, max: number) => `le fichier est trop gros (${kb(bytes)}) ; attendu : ${kb(max)} au plus (une fiche de lieu fait environ 1 Ko)`,
  fence: (first: string) =>
    `l'en-tête commence par « ${first} » : seul un en-tête YAML, ouvert par une ligne « --- » seule, est accepté ; le fichier n'a pas été lu (son contenu n'est jamais exécuté)`,
  noFrontMatter: "l'en-tête YAML manque : le fichier doit commencer par une ligne « --- », puis les champs, puis une autre ligne « --- »",
  unclosed: "l'en-tête YAML n'est pas fermé : ajoutez une ligne « --- » seule après le dernier champ",
  notAMap: "l'en-tête doit être une suite de champs « nom: valeur », un par ligne",
  duplicateKey: 'ce champ est écrit deux fois ; gardez-en un seul',
  tag: (tag: string) => `l'étiquette YAML « ${tag.replace(/^tag:yaml\.org,2002:/, '!!')} » n'est pas acceptée ; écrivez la valeur sans étiquette (texte, nombre, liste)`,
  aliases: (max: number) =>
    `le YAML est trop grand une fois ses références (alias « * ») dépliées, ou une référence se contient elle-même : au plus ${max.toLocaleString('fr-FR')} valeurs ; écrivez les valeurs en entier`,
  yaml: (detail: string, header: boolean) => `${header ? "l'en-tête YAML (entre les deux lignes « --- »)" : 'le YAML'} est mal formé : vérifiez les deux-points, les guillemets, les tirets et l'indentation (détail : ${detail})`,
} as const;

const count = (n: number, one: string, many: string) => `${n.toLocaleString('fr-FR')} ${n === 1 ? one : many}`;

export const validationStrings = {
  refused: (errors: number, files: number, warnings: number) =>
    `✗ ${count(errors, 'problème', 'problèmes')} dans ${count(files, 'fichier', 'fichiers')}${warnings > 0 ? ` (et ${count(warnings, 'avertissement', 'avertissements')})` : ''}. ` +
    'Corrigez chaque ligne ci-dessus (fichier: champ: valeur et ce qui est attendu), puis relancez « npm run validate ». La liste des champs est dans docs/contenu.md.',
  warningsOnly: (warnings: number, files: number) =>
    `⚠ ${count(warnings, 'avertissement', 'avertissements')} dans ${count(files, 'fichier', 'fichiers')} : les fiches sont acceptées, vérifiez quand même.`,
  ok: (files: number, seconds: string, venues: number, operators: number, levers: number) =>
    `✓ ${count(files, 'fichier vérifié', 'fichiers vérifiés')} en ${seconds} s : ${count(venues, 'lieu', 'lieux')}, ${count(operators, 'structure', 'structures')}, ${count(levers, 'levier', 'leviers')}. Aucun problème.`,
  okQuiet: (venues: number) => `✓ Contenu valide : ${count(venues, 'lieu', 'lieux')}.`,
  unknownOption: (arg: string) => `Option inconnue « ${arg} ». Usage : npm run validate -- [--content <dossier>] [--quiet] [fichiers…]`,
} as const;
