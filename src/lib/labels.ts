/**
 * Plain-French labels for values of the standard whose wording is technical. Values not listed
 * here are shown as they are. One place for the wording, used by pages (and later by filters).
 */
import type { ModaliteAccompagnement, ModaliteAcces } from './schema/standard.ts';

export const ACCOMPAGNEMENT_LABELS: Record<ModaliteAccompagnement, string> = {
  'En autonomie': 'Utiliser le matériel seul, sur place',
  'Accompagnement individuel': 'Aide individuelle, seul avec une personne',
  'Dans un atelier collectif': 'Ateliers en petit groupe',
  'À distance': 'Aide à distance (téléphone, visio)',
};

export const ACCES_LABELS: Record<ModaliteAcces, string> = {
  'Se présenter': 'Venir sans rendez-vous',
  'Téléphoner': 'Appeler pour prendre rendez-vous',
  'Contacter par mail': 'Écrire un e-mail',
  'Prendre un RDV en ligne': 'Prendre rendez-vous sur internet',
  "Ce lieu n'accueille pas de public": "Ce lieu n'accueille pas de public",
  'Envoyer un mail avec une fiche de prescription': 'Sur orientation d’un travailleur social (fiche de prescription par e-mail)',
};

const LANGUAGE_NAMES = new Intl.DisplayNames(['fr'], { type: 'language' });

/** ISO 639-1 code → French name: « ar » → « arabe »; a code Intl does not know, or a malformed one, as it is. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code; // RangeError on a malformed tag (« », « x »): a label must never break a page
  }
}
