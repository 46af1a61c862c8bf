/**
 * The questionnaire's answers in a URL (« Copier le lien de ce résultat ») and back, and the text of
 * « Envoyer par SMS ». Pure and browser-safe.
 * A share link carries only non-sensitive answers: never an option marked `sensible` (health, disability,
 * language) and never the device's position; a place is a commune the person chose.
 */
import { ANY_DAY, DAYS, MOMENTS, type Moment } from '../catalogue/filters.ts';
import type { Answers, Questions, When } from './recommend.ts';
import * as t from '../../i18n/index.ts';

const ID = /^[a-z0-9-]{1,40}$/;

/** The query string of the shareable answers (stable order), without `?`. */
export function answersToQuery(questions: Questions, answers: Answers): string {
  const params = new URLSearchParams();
  const need = questions.besoin.options.find((option) => option.id === answers.besoin);
  if (need) params.set('besoin', need.id);
  const detail = need && questions.details[need.id]?.options.find((option) => option.id === answers.detail);
  if (detail && !detail.sensible) params.set('detail', detail.id);
  const help = questions.accompagnement.options.find((option) => option.id === answers.accompagnement);
  if (help && !help.sensible) params.set('aide', help.id);
  const criteria = questions.criteres.options.filter((option) => answers.criteres.includes(option.id) && !option.sensible);
  if (criteria.length > 0) params.set('criteres', criteria.map((option) => option.id).join(','));
  if (answers.lieu && !answers.lieu.device) {
    params.set('pres', answers.lieu.label);
    params.set('lat', answers.lieu.lat.toFixed(4));
    params.set('lon', answers.lieu.lon.toFixed(4));
  }
  const when = answers.quand;
  if (when?.kind === 'maintenant' || when?.kind === 'semaine') params.set('quand', when.kind);
  else if (when?.kind === 'jour') {
    params.set('quand', when.jour !== undefined ? DAYS[when.jour]! : ANY_DAY);
    if (when.moment) params.set('moment', when.moment);
  }
  return params.toString();
}

/** The answers of a share link (unknown or malformed values are ignored, never fatal). */
export function queryToAnswers(search: string | URLSearchParams): Answers {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const id = (name: string) => {
    const value = params.get(name) ?? '';
    return ID.test(value) ? value : undefined;
  };
  const answers: Answers = { criteres: (params.get('criteres') ?? '').split(',').filter((value) => ID.test(value)) };
  const besoin = id('besoin');
  if (besoin) answers.besoin = besoin;
  const detail = id('detail');
  if (detail) answers.detail = detail;
  const aide = id('aide');
  if (aide) answers.accompagnement = aide;
  const label = (params.get('pres') ?? '').trim().slice(0, 100);
  const lat = Number(params.get('lat'));
  const lon = Number(params.get('lon'));
  if (label && params.has('lat') && params.has('lon') && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && Number.isFinite(lat + lon)) {
    answers.lieu = { label, lat, lon };
  }
  const quand = params.get('quand') ?? '';
  let when: When | undefined;
  if (quand === 'maintenant' || quand === 'semaine') when = { kind: quand };
  else {
    const day = DAYS.indexOf(quand as (typeof DAYS)[number]);
    const moment = params.get('moment') ?? '';
    if (day >= 0 || quand === ANY_DAY) when = { kind: 'jour', ...(day >= 0 ? { jour: day } : {}), ...(moment in MOMENTS ? { moment: moment as Moment } : {}) };
  }
  if (when) answers.quand = when;
  return answers;
}

/** The venue as an SMS sends it: name, address, phone, next opening, what to bring, page; each line only when known. */
export function smsBody(venue: { name: string; address?: string; phone?: string; opening?: string; bring?: readonly string[]; url: string }): string {
  const bring = venue.bring && venue.bring.length > 0 ? `${t.orientation.bring} ${venue.bring.join(', ')}` : undefined;
  return [venue.name, venue.address, venue.phone, venue.opening, bring, venue.url].filter((line): line is string => Boolean(line)).join('\n');
}

/** An `sms:` link with a prefilled body and no number (the person types theirs on their own phone). */
export function smsHref(body: string): string {
  return `sms:?&body=${encodeURIComponent(body)}`;
}
