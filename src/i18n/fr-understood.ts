/**
 * What the search box understood: a need, a time and a place (src/lib/catalogue/understand.ts), shown and announced
 * by src/components/finder.ts. Re-exported by fr.ts as the group `understood`. A module of its own: only the search
 * code the catalogue loads on first use reads it (and the catalogue page's server HTML, for the buttons' group name),
 * so the strings chunk every page downloads does not carry it (docs/i18n.md). With no-break spaces (U+00A0) before
 * « : » and inside « ». Plain object literal, no property read at the top level.
 */
import { ofPlace } from './fr-place.ts';

export const understood = {
  /** « Compris : Démarches en ligne (impôts) · près de Lyon 3e Arrondissement (69003) ». */
  sentence: (parts: readonly string[]) => `Compris\u00a0: ${parts.join(' · ')}`,
  /** Words that are not a known need, as typed. */
  words: (words: string) => `«\u00a0${words}\u00a0»`,
  /** A known need: what it stands for, then the word typed. */
  synonym: (category: string, typed: string) => `${category} (${typed})`,
  /** « Pour qui : Seniors ». */
  values: (field: string, values: readonly string[]) => `${field}\u00a0: ${values.join(', ')}`,
  either: (labels: readonly string[]) => labels.join(' ou '),
  near: (place: string) => `près ${ofPlace(place)}`,
  /** Buttons that undo one part. */
  removeNeed: (words: string) => `Retirer «\u00a0${words}\u00a0»`,
  removePlace: (place: string) => `Ne pas chercher près ${ofPlace(place)}`,
  /** A time read in the search box (« samedi matin », the « Quand » filter). */
  openNow: 'ouvert maintenant',
  openWithinWeek: 'ouvert dans les 7 jours',
  /** « ouvert le samedi », « ouvert le samedi, le matin (8 h – 12 h) », « ouvert le soir (après 18 h) » (any day). */
  openOn: (day: string | undefined, moment: string | undefined) => (day ? `ouvert le ${day}${moment ? `, ${moment}` : ''}` : `ouvert ${moment ?? 'un jour de la semaine'}`),
  removeWhen: (words: string) => `Retirer «\u00a0${words}\u00a0» (horaire)`,
  /** « près de chez moi » typed with no place chosen: where? (the button moves to « Près de »). */
  nearMe: 'près de chez vous (indiquez votre commune dans «\u00a0Près de\u00a0»)',
  chooseNearMe: 'Indiquer ma commune',
  /** Name of the group of buttons. */
  undo: 'Corriger ce qui a été compris',
};
