/**
 * The orientation questionnaire (/orientation/, and /orientation/orienter/ for social workers): a React island,
 * rendered on the server. Its first render — on the server, and before JavaScript runs — is one GET form with
 * every question, sent to the catalogue (/lieux/) with the equivalent filters; once hydrated it becomes one
 * question per screen, then the result (src/lib/orientation/recommend.ts), the self-check, or the referral sheet.
 * Answers stay in this page: nothing is stored, nothing is sent (the search index and the gazetteer are fetched,
 * never a request carrying an answer). Accessibility notes: docs/accessibilite.md (« Orientation »).
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import * as t from '../../i18n/index.ts';
import { DAYS, emptyState, MOMENTS, stateToQuery, type FilterState, type Moment, type NearPlace } from '../../lib/catalogue/filters.ts';
import type { CardLever } from '../../lib/catalogue/venue-card.ts';
import type { VenueSummary } from '../../lib/catalogue/venue-summary.ts';
import { addFilters, answersToState, chosenOptions, NEAR_KM, procedureToBring, recommend, recommendFor, type Answers, type RecommendResult, type When } from '../../lib/orientation/recommend.ts';
import { answersToQuery, queryToAnswers } from '../../lib/orientation/share.ts';
import { nextSkills, skillResults } from '../../lib/orientation/self-check.ts';
import type { OrientationContent, OrientationOption } from '../../lib/schema/orientation.ts';
import { loadPlaces, loadSummaries, type Places } from '../catalogue-data.ts';
import { ResultList, RemoteHelp } from './Results.tsx';
import { Sheet, type SheetVenue } from './Sheet.tsx';

export interface OrientationProps {
  content: OrientationContent;
  levers: CardLever[];
  territoryIds: string[];
  /** The catalogue's search index and gazetteer (fetched when first needed). */
  indexUrl: string;
  placesUrl: string;
  /** Absolute origin of the site, for the QR code and the SMS (undefined: the page's origin). */
  site?: string;
  /** 'personne': the resident's flow; 'pro': « Orienter une personne », shorter, ending with the referral sheet. */
  mode: 'personne' | 'pro';
}

type Step = 'besoin' | 'detail' | 'aide' | 'criteres' | 'lieu' | 'resultat' | 'auto' | 'auto-resultat';

const PERSON_STEPS: Step[] = ['besoin', 'detail', 'aide', 'criteres', 'lieu'];
const PRO_STEPS: Step[] = ['besoin', 'criteres', 'lieu'];
const picto = (file: string) => `/pictogrammes/${file}`;

/** One form parameter per option for the no-JavaScript form: the first pair of the catalogue's query string of its filters. */
function optionParam(option: OrientationOption): [string, string] | undefined {
  if (!option.filtres) return undefined;
  const entry = [...new URLSearchParams(stateToQuery(addFilters(emptyState(), option.filtres))).entries()][0];
  return entry ? [entry[0], entry[1]] : undefined;
}

/**
 * « Quand ? » in the no-JavaScript form: the catalogue's own `ouvert` values (a day is chosen in the catalogue).
 * The values come from the same state → query string as the questionnaire's « Voir cette sélection dans la liste ».
 */
const ouvertParam = (ouvert: FilterState['ouvert']) => new URLSearchParams(stateToQuery({ ...emptyState(), ouvert })).get('ouvert') ?? '';
const PLAIN_WHEN: [string, string][] = [
  ['', t.finderForm.anyTime],
  [ouvertParam('maintenant'), t.finderForm.openNow],
  [ouvertParam('semaine'), t.orientation.thisWeek],
];

/** The GET form every visitor gets first (server render, and without JavaScript). */
function PlainForm({ content }: { content: OrientationContent }) {
  const { questions } = content;
  const radios = (name: string, options: OrientationOption[]) =>
    options.map((option) => {
      const param = optionParam(option);
      return (
        <label className="choice" key={option.id}>
          <input type="radio" name={param?.[0] ?? name} value={param?.[1] ?? ''} />
          <img src={picto(option.pictogramme)} alt="" width={40} height={40} />
          <span>{option.libelle}</span>
        </label>
      );
    });
  /** One checkbox per option that has an equivalent catalogue filter. */
  const checkboxes = (options: OrientationOption[]) =>
    options.map((option) => {
      const param = optionParam(option);
      return param ? (
        <label className="choice" key={option.id}>
          <input type="checkbox" name={param[0]} value={param[1]} />
          <img src={picto(option.pictogramme)} alt="" width={40} height={40} />
          <span>{option.libelle}</span>
        </label>
      ) : null;
    });
  return (
    <form method="get" action="/lieux/" className="orientation-plain">
      <p>{t.orientation.plainIntro}</p>
      <fieldset className="question">
        <legend><h2>{questions.besoin.titre}</h2></legend>
        {radios('levier', questions.besoin.options.filter((option) => !option.suite))}
      </fieldset>
      {Object.entries(questions.details).map(([need, question]) => (
        <fieldset className="question" key={need}>
          <legend><h2>{t.orientation.plainDetail(questions.besoin.options.find((option) => option.id === need)?.libelle ?? need, question.titre)}</h2></legend>
          {checkboxes(question.options)}
        </fieldset>
      ))}
      <fieldset className="question">
        <legend><h2>{questions.accompagnement.titre}</h2></legend>
        {radios('aide', questions.accompagnement.options)}
      </fieldset>
      <fieldset className="question">
        <legend><h2>{questions.criteres.titre}</h2></legend>
        {checkboxes(questions.criteres.options)}
      </fieldset>
      <fieldset className="question">
        <legend><h2>{t.orientation.when}</h2></legend>
        <p className="hint">{t.orientation.plainWhenHint}</p>
        {PLAIN_WHEN.map(([value, label]) => (
          <label className="choice choice-small" key={value}>
            <input type="radio" name="ouvert" value={value} defaultChecked={value === ''} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      <div className="question">
        <h2><label htmlFor="orientation-q">{t.orientation.where}</label></h2>
        <p className="hint" id="orientation-q-hint">{t.orientation.plainWhereHint}</p>
        <input id="orientation-q" type="text" name="q" aria-describedby="orientation-q-hint" autoComplete="address-level2" />
      </div>
      <p><button type="submit" className="button button-primary">{t.orientation.plainSubmit}</button></p>
    </form>
  );
}

/** « Étape 2 sur 5 », the question as a focusable heading, the error summary. */
function Screen(props: { step: number; of: number; title: string; hint?: string; error?: { text: string; target: string }; children: ReactNode; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  return (
    <>
      <p className="step-count">{t.orientation.stepOf(props.step, props.of)}</p>
      {props.error && (
        <div className="error-summary" role="alert" aria-labelledby="orientation-error-title">
          <h2 id="orientation-error-title">{t.orientation.errorTitle}</h2>
          <ul><li><a href={`#${props.error.target}`}>{props.error.text}</a></li></ul>
        </div>
      )}
      <h2 ref={props.headingRef} tabIndex={-1} className="question-title">{props.title}</h2>
      {props.hint && <p className="hint">{props.hint}</p>}
      {props.children}
    </>
  );
}

function Choices(props: { name: string; legend: string; options: OrientationOption[]; multiple?: boolean; value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const errorId = `${props.name}-erreur`;
  return (
    <fieldset className="question" aria-describedby={props.error ? errorId : undefined}>
      <legend className="visually-hidden">{props.legend}</legend>
      {props.error && <p className="field-error" id={errorId}>{props.error}</p>}
      {props.options.map((option, index) => (
        <label className="choice" key={option.id}>
          <input
            id={index === 0 ? `${props.name}-premier` : undefined}
            type={props.multiple ? 'checkbox' : 'radio'}
            name={props.name}
            value={option.id}
            checked={props.value.includes(option.id)}
            aria-invalid={props.error ? true : undefined}
            onChange={(event) => {
              if (!props.multiple) props.onChange([option.id]);
              else props.onChange(event.target.checked ? [...props.value, option.id] : props.value.filter((id) => id !== option.id));
            }}
          />
          <img src={picto(option.pictogramme)} alt="" width={40} height={40} />
          <span>
            {option.libelle}
            {option.texte && <span className="choice-text">{option.texte}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** « Où ? » : a commune from the offline gazetteer, or the device's position (kept in this page only). */
function PlacePicker(props: { places: () => Promise<Places>; value?: NearPlace; onChange: (place: NearPlace | undefined) => void; error?: string }) {
  const [text, setText] = useState(props.value?.label ?? '');
  const [found, setFound] = useState<NearPlace[] | undefined>();
  const [status, setStatus] = useState('');
  const search = async () => {
    const places = await props.places();
    const list = places.search(text);
    setFound(list);
    setStatus(list.length === 0 ? t.orientation.noPlace : t.orientation.placesFound(list.length));
    // A name or postcode that names one place exactly is chosen at once; the list lets the person change it.
    const exact = places.resolve(text) ?? (list.length === 1 ? list[0] : undefined);
    if (exact) props.onChange(exact);
  };
  const locate = () => {
    if (!('geolocation' in navigator)) return setStatus(t.finder.noGeolocation);
    setStatus(t.finder.locating);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        props.onChange({ label: t.finder.yourPosition, lat: position.coords.latitude, lon: position.coords.longitude, device: true });
        setStatus(t.orientation.located);
      },
      () => setStatus(t.finder.locateFailed),
      { maximumAge: 300_000, timeout: 15_000 },
    );
  };
  return (
    <div className="question">
      {props.error && <p className="field-error" id="lieu-erreur">{props.error}</p>}
      <label htmlFor="lieu-texte">{t.orientation.whereLabel}</label>
      <p className="hint" id="lieu-aide">{t.finderForm.placeHint}</p>
      <div className="place-search">
        <input
          id="lieu-texte"
          type="text"
          value={text}
          autoComplete="off"
          aria-describedby={['lieu-aide', ...(props.error ? ['lieu-erreur'] : [])].join(' ')}
          aria-invalid={props.error ? true : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void search();
            }
          }}
        />
        <button type="button" className="button" onClick={() => void search()}>{t.orientation.findPlace}</button>
      </div>
      <p><button type="button" className="link-button" onClick={locate}>{t.finderForm.locate}</button></p>
      <p className="hint">{t.finderForm.privacy}</p>
      <p role="status" className="hint">{status}</p>
      {found && found.length > 1 && (
        <fieldset className="question">
          <legend>{t.orientation.choosePlace}</legend>
          {found.map((place) => (
            <label className="choice choice-small" key={`${place.label}${place.lat}`}>
              <input type="radio" name="lieu" checked={props.value?.label === place.label && props.value.lat === place.lat} onChange={() => props.onChange(place)} />
              <span>{place.label}</span>
            </label>
          ))}
        </fieldset>
      )}
      {props.value && <p className="place-chosen">{t.orientation.placeChosen(props.value.label)}</p>}
    </div>
  );
}

function WhenPicker(props: { value?: When; onChange: (when: When) => void }) {
  const kind = props.value?.kind ?? 'peu-importe';
  const day = props.value?.kind === 'jour' ? props.value.jour : undefined;
  const moment = props.value?.kind === 'jour' ? props.value.moment : undefined;
  /** « Ouvert le… » a day (undefined: any day of the week) and a moment (undefined: all day). */
  const openOn = (jour: number | undefined, at: Moment | undefined): When => ({ kind: 'jour', ...(jour !== undefined ? { jour } : {}), ...(at ? { moment: at } : {}) });
  return (
    <fieldset className="question">
      <legend>{t.orientation.when}</legend>
      <label className="choice choice-small"><input type="radio" name="quand" checked={kind === 'peu-importe'} onChange={() => props.onChange({ kind: 'peu-importe' })} /><span>{t.finderForm.anyTime}</span></label>
      <label className="choice choice-small"><input type="radio" name="quand" checked={kind === 'maintenant'} onChange={() => props.onChange({ kind: 'maintenant' })} /><span>{t.finderForm.openNow}</span></label>
      <label className="choice choice-small"><input type="radio" name="quand" checked={kind === 'semaine'} onChange={() => props.onChange({ kind: 'semaine' })} /><span>{t.orientation.thisWeek}</span></label>
      <label className="choice choice-small"><input type="radio" name="quand" checked={kind === 'jour'} onChange={() => props.onChange(openOn(day, moment))} /><span>{t.finderForm.openOn}</span></label>
      <div className="when">
        <label htmlFor="quand-jour">{t.finderForm.day}</label>
        <select id="quand-jour" value={day ?? ''} onChange={(event) => props.onChange(openOn(event.target.value === '' ? undefined : Number(event.target.value), moment))}>
          <option value="">{t.finderForm.anyDay}</option>
          {DAYS.map((_, index) => <option key={index} value={index}>{t.hours.weekdays[index]}</option>)}
        </select>
        <label htmlFor="quand-moment">{t.finderForm.moment}</label>
        <select id="quand-moment" value={moment ?? ''} onChange={(event) => props.onChange(openOn(day, (event.target.value || undefined) as Moment | undefined))}>
          <option value="">{t.finderForm.allDay}</option>
          {(Object.keys(MOMENTS) as Moment[]).map((value) => <option key={value} value={value}>{t.finderForm.moments[value]}</option>)}
        </select>
      </div>
    </fieldset>
  );
}

export default function Orientation(props: OrientationProps) {
  const { content, mode } = props;
  const { questions, selfCheck } = content;
  const [enhanced, setEnhanced] = useState(false);
  // A share link opens on its result: until it is computed, a status line, not the first question.
  const [opening, setOpening] = useState(false);
  const [step, setStep] = useState<Step>('besoin');
  const [answers, setAnswers] = useState<Answers>({ criteres: [] });
  const [selfAnswers, setSelfAnswers] = useState<Record<string, string>>({});
  const [error, setError] = useState<{ text: string; target: string } | undefined>();
  const [result, setResult] = useState<RecommendResult | undefined>();
  const [sheet, setSheet] = useState<SheetVenue | undefined>();
  const [loadError, setLoadError] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const venues = useRef<Promise<VenueSummary[]> | undefined>(undefined);
  const places = useRef<Promise<Places> | undefined>(undefined);
  const loadedVenues = useRef<VenueSummary[] | undefined>(undefined);
  const moved = useRef(false);

  const getVenues = () => (venues.current ??= loadSummaries(props.indexUrl).then((loaded) => (loadedVenues.current = loaded)));
  const getPlaces = () => (places.current ??= loadPlaces(props.placesUrl));

  useEffect(() => {
    setEnhanced(true);
    // A share link (non-sensitive answers only) opens on its result.
    const shared = queryToAnswers(window.location.search);
    if (shared.besoin) {
      setAnswers(shared);
      if (shared.lieu) {
        setOpening(true);
        void show(shared, 'resultat').finally(() => setOpening(false));
      }
    }
  }, []);

  // Focus on the new screen's heading at each step (not on the first screen: the page has just loaded).
  useEffect(() => {
    if (!enhanced) return;
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [step, sheet, enhanced]);

  const steps = mode === 'pro' ? PRO_STEPS : PERSON_STEPS;
  const need = questions.besoin.options.find((option) => option.id === answers.besoin);
  const detailQuestion = need ? questions.details[need.id] : undefined;
  // « Étape 2 sur 5 » before the need is chosen: a need without a detail question then shortens the flow.
  const flow = steps.filter((candidate) => candidate !== 'detail' || !need || detailQuestion);
  const position = flow.indexOf(step);

  async function show(final: Answers, target: Step) {
    setError(undefined);
    try {
      const loaded = await getVenues();
      const started = performance.now();
      setResult(recommend({ venues: loaded, questions, answers: final, now: new Date(), territoryIds: props.territoryIds }));
      document.documentElement.dataset.orientationMs = (performance.now() - started).toFixed(1);
      setStep(target);
    } catch {
      setLoadError(true);
      setStep(target);
    }
  }

  function next() {
    setError(undefined);
    if (step === 'besoin' && !answers.besoin) return setError({ text: t.orientation.chooseNeed, target: 'besoin-premier' });
    if (step === 'besoin' && need?.suite) return setStep('auto');
    if (step === 'lieu' && !answers.lieu) return setError({ text: t.orientation.chooseWhere, target: 'lieu-texte' });
    if (step === 'lieu') return void show(answers, 'resultat');
    const following = flow[position + 1];
    if (following) setStep(following);
    void getVenues().catch(() => undefined);
  }

  function back() {
    setError(undefined);
    if (step === 'resultat') return setStep('lieu');
    if (step === 'auto') return setStep('besoin');
    if (step === 'auto-resultat') return setStep('auto');
    const previous = flow[position - 1];
    if (previous) setStep(previous);
  }

  const shareUrl = useMemo(() => {
    if (typeof window === 'undefined') return '';
    const query = answersToQuery(questions, answers);
    return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
  }, [answers, questions]);

  if (!enhanced) return <PlainForm content={content} />;
  if (opening) return <p className="orientation-opening" role="status">{t.orientation.opening}</p>;

  const common = { headingRef: heading, error };
  const buttons = (
    <p className="step-actions">
      {step !== 'besoin' && <button type="button" className="button" onClick={back}>{t.orientation.back}</button>}
      <button type="submit" className="button button-primary">{step === 'lieu' ? t.orientation.seeResult : t.orientation.next}</button>
    </p>
  );
  const form = (title: string, body: ReactNode, hint?: string) => (
    <form
      className="orientation-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        next();
      }}
    >
      <Screen step={position + 1} of={flow.length} title={title} hint={hint} {...common}>{body}</Screen>
      {buttons}
    </form>
  );

  if (sheet) {
    return <Sheet venue={sheet} site={props.site} headingRef={heading} onClose={() => setSheet(undefined)} />;
  }

  switch (step) {
    case 'besoin':
      return form(
        questions.besoin.titre,
        <>
          <Choices name="besoin" legend={questions.besoin.titre} options={questions.besoin.options} value={answers.besoin ? [answers.besoin] : []} error={error?.target === 'besoin-premier' ? error.text : undefined} onChange={([id]) => setAnswers({ ...answers, besoin: id, detail: undefined })} />
          {mode === 'pro' && detailQuestion && (
            <>
              <h3>{detailQuestion.titre}</h3>
              <Choices name="detail" legend={detailQuestion.titre} options={detailQuestion.options} value={answers.detail ? [answers.detail] : []} onChange={([id]) => setAnswers({ ...answers, detail: id })} />
            </>
          )}
        </>,
        questions.besoin.aide,
      );
    case 'detail':
      return form(detailQuestion!.titre, <Choices name="detail" legend={detailQuestion!.titre} options={detailQuestion!.options} value={answers.detail ? [answers.detail] : []} onChange={([id]) => setAnswers({ ...answers, detail: id })} />, t.orientation.optional);
    case 'aide':
      return form(questions.accompagnement.titre, <Choices name="aide" legend={questions.accompagnement.titre} options={questions.accompagnement.options} value={answers.accompagnement ? [answers.accompagnement] : []} onChange={([id]) => setAnswers({ ...answers, accompagnement: id })} />, questions.accompagnement.aide);
    case 'criteres':
      return form(
        questions.criteres.titre,
        <>
          {mode === 'pro' && (
            <>
              <h3>{questions.accompagnement.titre}</h3>
              <Choices name="aide" legend={questions.accompagnement.titre} options={questions.accompagnement.options} value={answers.accompagnement ? [answers.accompagnement] : []} onChange={([id]) => setAnswers({ ...answers, accompagnement: id })} />
              <h3>{t.orientation.matters}</h3>
            </>
          )}
          <Choices name="criteres" multiple legend={questions.criteres.titre} options={questions.criteres.options} value={answers.criteres} onChange={(ids) => setAnswers({ ...answers, criteres: ids })} />
        </>,
        questions.criteres.aide,
      );
    case 'lieu':
      return form(
        t.orientation.where,
        <>
          <PlacePicker places={getPlaces} value={answers.lieu} error={error?.target === 'lieu-texte' ? error.text : undefined} onChange={(lieu) => setAnswers({ ...answers, lieu })} />
          <WhenPicker value={answers.quand} onChange={(quand) => setAnswers({ ...answers, quand })} />
        </>,
      );
    case 'auto':
      return (
        <form
          className="orientation-step"
          onSubmit={(event) => {
            event.preventDefault();
            if (answers.lieu) void show(answers, 'auto-resultat');
            else setStep('auto-resultat');
            void getVenues().catch(() => undefined);
          }}
        >
          <h2 ref={heading} tabIndex={-1} className="question-title">{selfCheck.titre}</h2>
          <p>{selfCheck.intro}</p>
          {selfCheck.affirmations.map((statement) => (
            <fieldset className="question statement" key={statement.id}>
              <legend>{statement.texte}</legend>
              <div className="scale">
                {selfCheck.echelle.map((answer) => (
                  <label className="choice choice-small" key={answer.id}>
                    <input type="radio" name={`auto-${statement.id}`} checked={selfAnswers[statement.id] === answer.id} onChange={() => setSelfAnswers({ ...selfAnswers, [statement.id]: answer.id })} />
                    <span>{answer.libelle}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <PlacePicker places={getPlaces} value={answers.lieu} onChange={(lieu) => setAnswers({ ...answers, lieu })} />
          <p className="step-actions">
            <button type="button" className="button" onClick={back}>{t.orientation.back}</button>
            <button type="submit" className="button button-primary">{t.orientation.seeSelfCheck}</button>
          </p>
        </form>
      );
    case 'auto-resultat': {
      const skills = skillResults(selfCheck, selfAnswers);
      const toWork = nextSkills(selfCheck, skills);
      const loaded = loadedVenues.current;
      return (
        <section className="orientation-result" aria-labelledby="auto-resultat-titre">
          <h2 id="auto-resultat-titre" ref={heading} tabIndex={-1}>{t.orientation.selfResult}</h2>
          <p>{t.orientation.selfPrivacy}</p>
          <ul className="skills">
            {skills.map((skill) => (
              <li key={skill.id}><strong>{skill.titre}</strong> : {t.orientation.levels[skill.level]}</li>
            ))}
          </ul>
          {toWork.length === 0 ? <p>{t.orientation.allDone}</p> : (
            <>
              <h3>{t.orientation.nextSteps}</h3>
              <ol className="next-steps">
                {toWork.map((skill) => {
                  const found = loaded && answers.lieu ? recommendFor({ venues: loaded, choice: { need: { filtres: skill.filtres, raison: skill.titre }, criteria: [], lieu: answers.lieu }, now: new Date(), territoryIds: props.territoryIds, max: 1, min: 1 }).results[0] : undefined;
                  const venue = found && loaded![found.index];
                  return (
                    <li key={skill.id}>
                      <strong>{skill.titre}</strong> — {skill.texte}{' '}
                      {venue ? <>{t.orientation.nearest} <a href={`/lieux/${venue.id}/`}>{venue.nom}</a> ({found.reasons.join(' · ')})</> : <a href={`/leviers/${skill.levier}/`}>{t.orientation.leverPage}</a>}
                    </li>
                  );
                })}
              </ol>
            </>
          )}
          <p className="step-actions">
            <button type="button" className="button" onClick={back}>{t.orientation.back}</button>
            <button type="button" className="button" onClick={() => { setSelfAnswers({}); setAnswers({ criteres: [] }); setStep('besoin'); }}>{t.orientation.restart}</button>
          </p>
        </section>
      );
    }
    case 'resultat': {
      const loaded = loadedVenues.current;
      const chosen = chosenOptions(questions, answers);
      const bring = procedureToBring(chosen);
      const catalogue = `/lieux/?${stateToQuery(answersToState(questions, answers))}`;
      return (
        <section className="orientation-result" aria-labelledby="resultat-titre">
          <h2 id="resultat-titre" ref={heading} tabIndex={-1}>{t.orientation.resultTitle}</h2>
          {loadError || !loaded || !result ? <p>{t.orientation.loadFailed}</p> : (
            <>
              <p>{t.orientation.resultFor([chosen.detail?.libelle ?? chosen.need?.libelle, answers.lieu && t.orientation.near(answers.lieu.label)].filter(Boolean).join(' · '))}</p>
              {result.fullCount === 0 && <p className="notice" role="note">{result.needCount === 0 ? t.orientation.noneOffers : t.orientation.noneFits}</p>}
              {result.fullCount > 0 && result.results[0] && !result.results[0].full && <p className="notice" role="note">{t.orientation.fullFar(NEAR_KM)}</p>}
              <ResultList result={result} venues={loaded} levers={props.levers} bring={bring} mode={mode} onSheet={setSheet} />
              <p><a href={catalogue}>{t.orientation.seeInList}</a> · <a href={`/carte/?${stateToQuery(answersToState(questions, answers))}`}>{t.orientation.seeOnMap}</a></p>
            </>
          )}
          <RemoteHelp remote={content.remote.aides} answers={answers} questions={questions} />
          <h3>{t.orientation.shareTitle}</h3>
          <p className="hint">{t.orientation.shareHint}</p>
          <p>
            <label htmlFor="lien-partage">{t.orientation.shareLabel}</label>
            <input id="lien-partage" type="text" readOnly value={shareUrl} onFocus={(event) => event.target.select()} />
          </p>
          <p className="step-actions">
            <button type="button" className="button" onClick={back}>{t.orientation.change}</button>
            <button type="button" className="button" onClick={() => { setAnswers({ criteres: [] }); setResult(undefined); setStep('besoin'); }}>{t.orientation.restart}</button>
          </p>
        </section>
      );
    }
  }
}
