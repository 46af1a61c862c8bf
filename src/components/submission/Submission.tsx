/**
 * The submission form (/proposer/): a React island that produces a venue file, and optionally a new operator's
 * file — or, with `?lieu=<id>` / `?structure=<id>`, the corrected file of an existing listing with `date_maj` set
 * to today. What it writes is checked by the validator's own functions (src/lib/submission/submission.ts) and
 * shown with their French messages: under each field once it is left, and in an error summary linked to the
 * fields when the person asks to check. Then a preview of the card and of the page, and three ways to send:
 * GitHub, a download, an e-mail (src/lib/submission/send.ts). Nothing leaves the page unless the person sends it.
 * Rendered on the server: without JavaScript, the form is sent by e-mail (HTML « mail as body »).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import * as t from '../../i18n/index.ts';
import type { CardLever } from '../../lib/catalogue/venue-card.ts';
import { prepareGazetteer, resolvePlace, type Gazetteer } from '../../lib/gazetteer.ts';
import { dayProblem } from '../../lib/hours/week-form.ts';
import { isoDate } from '../../lib/schema/fields.ts';
import type { Country } from '../../lib/schema/reperes.ts';
import { OperatorFieldsSchema } from '../../lib/schema/operator.ts';
import { VenueFieldsSchema, type SchemaContext, type Venue } from '../../lib/schema/venue.ts';
import {
  BODY_FIELD,
  emptyForm,
  frontmatterToForm,
  NOTICE_FIELDS,
  NOTICE_TYPES,
  OPERATOR_CONTROLS,
  STOP_FIELDS,
  VENUE_CONTROLS,
  VENUE_SECTIONS,
  fieldClass,
  type Control,
  type FieldText,
  type FormValues,
  type HoursValue,
  type SubRecord,
} from '../../lib/submission/form-model.ts';
import { githubPlan, mailPlan, sourceGroup } from '../../lib/submission/send.ts';
import { contentPath, operatorFile, suggestId, venueFile, type CheckedFile, type FileKind, type FormProblem } from '../../lib/submission/submission.ts';
import { fetchJson, loadSummaries } from '../catalogue-data.ts';
import { BooleanField, ChoicesField, RecordsField, SelectField, TextField } from './Fields.tsx';
import { HoursEditor } from './HoursEditor.tsx';
import type { PinMap } from './pin-map.ts';
import { Preview, type PageWords } from './Preview.tsx';
import { SendFile } from './SendFile.tsx';

export interface SubmissionProps {
  country: Country;
  /** Where e-mails go (content/territoire.yaml `contributions.courriel`). */
  email: string;
  /** The content repository (`contributions.depot`), if any. */
  repository?: string;
  operators: { id: string; nom: string }[];
  levers: CardLever[];
  indexUrl: string;
  placesUrl: string;
  /** The venue page's words the preview shows, and the plain labels of some values (from the server: src/i18n/). */
  pageWords: PageWords;
  choiceLabels: Record<string, Record<string, string>>;
  /** The territory's bounds [west, south, east, north]: where the map opens when the venue has no point yet. */
  bounds: [number, number, number, number];
  /** Build date (YYYY-MM-DD): the server render's « today »; the browser uses its own. */
  buildDate: string;
}

type Values = FormValues;

/** A field is required when the schema refuses it absent. */
function requiredFields(shape: Record<string, { safeParse: (value: unknown) => { success: boolean } }>): Set<string> {
  return new Set(Object.entries(shape).filter(([, schema]) => !schema.safeParse(undefined).success).map(([field]) => field));
}
const VENUE_REQUIRED = requiredFields(VenueFieldsSchema.shape as never);
const OPERATOR_REQUIRED = requiredFields(OperatorFieldsSchema.shape as never);

const controlId = (kind: FileKind, control: string) => `f-${kind}-${control}`;

/** The element a problem's link goes to. */
function targetOf(problem: FormProblem): string {
  const hoursDay = /^horaires-(\d)$/.exec(problem.control);
  if (hoursDay) return controlId(problem.kind, hoursDay[1] === '0' ? 'horaires' : `horaires-${hoursDay[1]}`);
  const list = /^([a-z_]+)-\d+$/.exec(problem.control);
  if (list && !['arrets', 'annonces'].includes(list[1]!)) return controlId(problem.kind, list[1]!);
  const record = /^(arrets|annonces)-(\d+)$/.exec(problem.control);
  if (record) return controlId(problem.kind, record[1]!);
  return controlId(problem.kind, problem.control);
}

/** Hours checks made by the week editor itself (before the schema, which sees only the value written). */
function hoursProblems(kind: FileKind, value: HoursValue | undefined): FormProblem[] {
  if (!value || value.mode !== 'semaine') return [];
  return value.week.days.flatMap((day, index) => {
    const message = dayProblem(day);
    return message ? [{ kind, control: `horaires-${index}`, field: 'horaires', message: `${t.submission.hours.days[index]} : ${message}` }] : [];
  });
}

type EditState = { status: 'none' } | { status: 'loading'; kind: FileKind; id: string } | { status: 'ready'; kind: FileKind; id: string; name: string } | { status: 'failed'; message: string };

export default function Submission(props: SubmissionProps) {
    const [venue, setVenue] = useState<Values>(() => emptyForm(VENUE_CONTROLS, props.buildDate));
  const [operator, setOperator] = useState<Values>(() => emptyForm(OPERATOR_CONTROLS, props.buildDate));
  const [withOperator, setWithOperator] = useState(false);
  const [venueId, setVenueId] = useState<string | undefined>();
  const [operatorId, setOperatorId] = useState<string | undefined>();
  const [edit, setEdit] = useState<EditState>({ status: 'none' });
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [stage, setStage] = useState<'form' | 'preview'>('form');
  const [existingIds, setExistingIds] = useState<Set<string> | undefined>();
  const [checkHours, setCheckHours] = useState<SchemaContext['checkHours']>();
  const [place, setPlace] = useState<string>('');
  const [hydrated, setHydrated] = useState(false);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const gazetteer = useRef<Promise<Gazetteer> | undefined>(undefined);

  const editingOperator = edit.status === 'ready' && edit.kind === 'structures';
  const editing = edit.status === 'ready';

  // Today, and the listing to edit (?lieu=<id> or ?structure=<id>), once in the browser.
  useEffect(() => {
    const now = isoDate(new Date());
    setHydrated(true);
    setVenue((old) => ({ ...old, date_maj: now }));
    setOperator((old) => ({ ...old, date_maj: now }));
    const query = new URLSearchParams(location.search);
    const kind: FileKind | undefined = query.has('lieu') ? 'lieux' : query.has('structure') ? 'structures' : undefined;
    if (!kind) return;
    const id = query.get(kind === 'lieux' ? 'lieu' : 'structure') ?? '';
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      setEdit({ status: 'failed', message: t.submission.editNotFound(id) });
      return;
    }
    setEdit({ status: 'loading', kind, id });
    fetch(`/proposer/fiches/${kind === 'lieux' ? sourceGroup(id) : 'structures'}.json`)
      .then(async (response) => {
        if (!response.ok) throw new Error(t.submission.editLoadFailed);
        const listings = (await response.json()) as Record<string, { frontmatter: Record<string, unknown>; body: string }>;
        const file = Object.hasOwn(listings, id) ? listings[id] : undefined;
        if (!file) throw new Error(t.submission.editNotFound(id));
        const values = frontmatterToForm(kind === 'lieux' ? VENUE_CONTROLS : OPERATOR_CONTROLS, file.frontmatter, file.body);
        values.date_maj = now;
        if (kind === 'lieux') {
          setVenue(values);
          setVenueId(id);
        } else {
          setOperator(values);
          setOperatorId(id);
        }
        setEdit({ status: 'ready', kind, id, name: String(file.frontmatter.nom ?? id) });
      })
      .catch((error: unknown) => setEdit({ status: 'failed', message: error instanceof Error && error.message ? error.message : t.submission.editLoadFailed }));
  }, []);

  // Hours typed as text (and the stops' hours) are checked by the site's own parser, loaded when first needed.
  const needsParser = (venue.horaires as HoursValue).mode === 'texte' || (venue.arrets as SubRecord[]).some((stop) => (stop.horaires ?? '').trim() !== '');
  useEffect(() => {
    if (!needsParser || checkHours) return;
    void import('../../lib/hours/compile.ts').then((module) => setCheckHours(() => module.checkOpeningHours));
  }, [needsParser, checkHours]);

  // The ids of existing listings, to refuse a new file that would replace one (the search index, fetched once).
  useEffect(() => {
    if (!attempted || existingIds) return;
    loadSummaries(props.indexUrl)
      .then((summaries) => setExistingIds(new Set(summaries.map((summary) => summary.id))))
      .catch(() => setExistingIds(new Set()));
  }, [attempted, existingIds, props.indexUrl]);
  const operatorIds = useMemo(() => new Set(props.operators.map((item) => item.id)), [props.operators]);

  const context: SchemaContext = useMemo(() => ({ defaultCountry: props.country, checkHours, today: new Date() }), [props.country, checkHours]);
  const shownVenueId = venueId ?? suggestId(String(venue.nom), String(venue.commune));
  const shownOperatorId = operatorId ?? suggestId(String(operator.nom), String(operator.commune));

  const files = useMemo(() => {
    const result: CheckedFile<unknown>[] = [];
    const showOperator = editingOperator || withOperator;
    if (!editingOperator) {
      const values = withOperator ? { ...venue, structure: shownOperatorId } : venue;
      const file = venueFile(shownVenueId, values, { context, existingIds, editing: edit.status === 'ready' && edit.kind === 'lieux' });
      file.problems.unshift(...hoursProblems('lieux', venue.horaires as HoursValue));
      result.push(file);
    }
    if (showOperator) result.push(operatorFile(shownOperatorId, operator, { context, existingIds: operatorIds, editing: editingOperator }));
    return result;
  }, [venue, operator, withOperator, editingOperator, shownVenueId, shownOperatorId, context, existingIds, operatorIds, edit]);

  const problems = files.flatMap((file) => file.problems);
  const refusals = problems.filter((problem) => !problem.warning);
  const messagesOf = (kind: FileKind, control: string, warning = false) =>
    attempted || touched.has(`${kind}:${control.split('-')[0]}`) || touched.has(`${kind}:${control}`)
      ? problems.filter((problem) => problem.kind === kind && !!problem.warning === warning && (problem.control === control || problem.control.startsWith(`${control}-`) && !['arrets', 'annonces', 'horaires'].includes(control))).map((problem) => problem.message)
      : [];
  const touch = (kind: FileKind, field: string) => () => setTouched((old) => (old.has(`${kind}:${field}`) ? old : new Set(old).add(`${kind}:${field}`)));

  function check(event: { preventDefault: () => void }) {
    event.preventDefault();
    setAttempted(true);
    setStage(refusals.length > 0 ? 'form' : 'preview');
    setFocusAfter({ target: refusals.length > 0 ? 'summary' : 'preview' });
  }

  // After a check, the focus goes to the error summary or to the preview's heading (once they are rendered).
  const [focusAfter, setFocusAfter] = useState<{ target: 'summary' | 'preview' }>();
  useEffect(() => {
    if (!focusAfter) return;
    (focusAfter.target === 'summary' ? summaryRef : previewRef).current?.focus();
  }, [focusAfter]);

  async function placePoint() {
    setPlace(t.submission.placeLoading);
    try {
      gazetteer.current ??= fetchJson<Gazetteer>(props.placesUrl).then((data) => {
        prepareGazetteer(data);
        return data;
      });
      const found = resolvePlace(await gazetteer.current, `${String(venue.commune)} ${String(venue.code_postal)}`.trim()) ?? resolvePlace(await gazetteer.current, String(venue.commune));
      if (!found) {
        setPlace(t.submission.placeNotFound);
        return;
      }
      const lat = found.point[1].toFixed(5);
      const lon = found.point[0].toFixed(5);
      setVenue((old) => ({ ...old, latitude: lat, longitude: lon, code_insee: String(old.code_insee) || found.code }));
      setPlace(t.submission.placeFound(found.name, lat, lon));
    } catch {
      setPlace(t.submission.placeNotFound);
    }
  }

  const operatorChoices = useMemo(() => {
    const list = [...props.operators];
    const current = String(venue.structure);
    if (current && !list.some((item) => item.id === current)) list.push({ id: current, nom: current });
    return list.map((item) => ({ value: item.id, label: item.nom }));
  }, [props.operators, venue.structure]);

  /** One control of a file's form. */
  function renderField(kind: FileKind, field: string, values: Values, setValues: (update: (old: Values) => Values) => void, texts: Record<string, FieldText>, required: Set<string>) {
    const control: Control = field === BODY_FIELD ? { kind: 'textarea' } : (kind === 'lieux' ? VENUE_CONTROLS : OPERATOR_CONTROLS)[field]!;
    const id = controlId(kind, field);
    const text = texts[field]!;
    const set = (value: unknown) => setValues((old) => ({ ...old, [field]: value as Values[string] }));
    const common = { id, name: field, text, required: required.has(field) || (field === 'services' && kind === 'lieux'), errors: messagesOf(kind, field), warnings: messagesOf(kind, field, true), onBlur: touch(kind, field) };
    if (kind === 'lieux' && field === 'structure') {
      if (withOperator) return null;
      return <SelectField key={field} {...common} choices={operatorChoices} value={String(values[field])} onChange={set} empty={t.submission.noStructure} />;
    }
    switch (control.kind) {
      case 'choices':
        return <ChoicesField key={field} {...common} choices={control.choices} many={control.many} value={values[field] as string[]} onChange={set} labelOf={props.choiceLabels[field] ? (value) => props.choiceLabels[field]![value] ?? value : undefined} />;
      case 'select':
        return <SelectField key={field} {...common} choices={control.choices} value={String(values[field])} onChange={set} empty={t.submission.selectEmpty} />;
      case 'boolean':
        return <BooleanField key={field} {...common} value={values[field] === true} onChange={set} />;
      case 'hours':
        return (
          <HoursEditor
            key={field}
            id={id}
            text={text}
            value={values[field] as HoursValue}
            onChange={set}
            errors={messagesOf(kind, 'horaires')}
            dayErrors={(day) => messagesOf(kind, `horaires-${day}`)}
            checking={(values[field] as HoursValue).mode === 'texte' && !checkHours}
          />
        );
      case 'stops':
      case 'notices': {
        const stops = control.kind === 'stops';
        const words = stops ? t.submission.stops : t.submission.notices;
        return (
          <RecordsField
            key={field}
            id={id}
            name={field}
            text={text}
            errors={messagesOf(kind, field)}
            records={values[field] as SubRecord[]}
            fields={stops ? STOP_FIELDS : NOTICE_FIELDS}
            fieldTexts={words.fields}
            legend={words.legend}
            add={words.add}
            remove={words.remove}
            onChange={set}
            errorsOf={(sub) => messagesOf(kind, `${field}-${sub}`)}
            renderSpecial={
              stops
                ? undefined
                : (sub, record, setSub, subId) =>
                    sub === 'type' ? (
                      <SelectField id={subId} name={`${field}-${sub}`} text={t.submission.notices.fields.type} choices={NOTICE_TYPES} value={record.type ?? ''} onChange={setSub} empty="—" errors={messagesOf(kind, `${field}-${subId.split('-').at(-2)}-type`)} />
                    ) : undefined
            }
          />
        );
      }
      default:
        return <TextField key={field} {...common} control={control} value={String(values[field] ?? '')} onChange={set} multiline={field === BODY_FIELD} />;
    }
  }

  const venueTexts = t.submission.venueFields;
  const operatorTexts = t.submission.operatorFields;
  const mailSubjectName = editingOperator ? String(operator.nom) : String(venue.nom);

  return (
    <div className="submission" data-ready={hydrated ? '' : undefined}>
      {edit.status === 'loading' && <p role="status">{t.submission.loadingEdit}</p>}
      {edit.status === 'failed' && <p className="field-error" role="alert">{edit.message}</p>}
      {edit.status === 'ready' && (
        <>
          <h2>{t.submission.editTitle(edit.name)}</h2>
          <p>{t.submission.editIntro}</p>
        </>
      )}
      {stage === 'preview' ? (
        <section aria-labelledby="apercu-titre">
          <h2 id="apercu-titre" tabIndex={-1} ref={previewRef}>
            {t.submission.previewTitle}
          </h2>
          <p>{t.submission.previewIntro}</p>
          {problems.some((problem) => problem.warning) && (
            <div className="warning-summary">
              <h3>{t.submission.warnings}</h3>
              <ul>
                {problems.filter((problem) => problem.warning).map((problem, index) => (
                  <li key={index}>{`${(problem.kind === 'lieux' ? venueTexts : operatorTexts)[problem.field]?.label ?? problem.field} : ${problem.message}`}</li>
                ))}
              </ul>
            </div>
          )}
          {files.map((file) =>
            file.kind === 'lieux' && file.data ? <Preview key={file.path} venue={file.data as Venue} body={file.body} hours={venue.horaires as HoursValue} levers={props.levers} id={file.id} words={props.pageWords} /> : null,
          )}
          <p>
            <button type="button" className="button" onClick={() => setStage('form')}>
              {t.submission.backToForm}
            </button>
          </p>
          <h2>{t.submission.sendTitle}</h2>
          <p>{t.submission.sendIntro}</p>
          {!props.repository && <p>{t.submission.noRepository}</p>}
          {files.map((file) => (
            <SendFile key={file.path} path={file.path} id={file.id} text={file.text} github={props.repository ? githubPlan(props.repository, file.path, file.text, editing) : undefined} />
          ))}
          <MailLink email={props.email} files={files} subject={t.submission.mailSubject(mailSubjectName, editing)} />
        </section>
      ) : (
        <form method="post" action={`mailto:${props.email}?subject=${encodeURIComponent(t.submission.mailSubject('', false))}`} encType="text/plain" onSubmit={check} noValidate>
          {attempted && refusals.length > 0 && (
            <div className="error-summary" role="alert" aria-labelledby="resume-erreurs">
              <h2 id="resume-erreurs" tabIndex={-1} ref={summaryRef}>
                {t.submission.errorSummary(refusals.length)}
              </h2>
              <p>{t.submission.errorSummaryHelp}</p>
              <ul>
                {refusals.map((problem, index) => {
                  const texts = problem.kind === 'lieux' ? venueTexts : operatorTexts;
                  const label = problem.control === 'id' ? t.submission.fileName : (texts[problem.field]?.label ?? problem.field);
                  return (
                    <li key={index}>
                      <a
                        href={`#${targetOf(problem)}`}
                        onClick={(event) => {
                          const target = document.getElementById(targetOf(problem));
                          if (!target) return;
                          event.preventDefault();
                          target.focus();
                          target.scrollIntoView({ block: 'center' });
                        }}
                      >
                        {problem.kind === 'structures' && !editingOperator ? `${t.submission.inOperator} ` : ''}
                        {label} : {problem.message}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {!editingOperator &&
            VENUE_SECTIONS.map((section) => (
              <fieldset className="form-section" key={section.id}>
                <legend>
                  <h2>{t.submission.sections[section.id]}</h2>
                </legend>
                {section.fields.map((field) => renderField('lieux', field, venue, setVenue, venueTexts, VENUE_REQUIRED))}
                {section.id === 'adresse' && (
                  <div className="place-point">
                    <button type="button" className="button" onClick={() => void placePoint()}>
                      {t.submission.placeButton}
                    </button>
                    <p role="status">{place}</p>
                    <PinMapPanel
                      lat={Number(String(venue.latitude).replace(',', '.'))}
                      lon={Number(String(venue.longitude).replace(',', '.'))}
                      bounds={props.bounds}
                      onPlace={(lon, lat) => setVenue((old) => ({ ...old, latitude: lat.toFixed(5), longitude: lon.toFixed(5) }))}
                    />
                  </div>
                )}
                {section.id === 'lieu' && !editing && (
                  <label className="check">
                    <input type="checkbox" checked={withOperator} onChange={(event) => setWithOperator(event.target.checked)} />
                    <span>{t.submission.newOperator}</span>
                  </label>
                )}
                {section.id === 'plus' && (
                  <IdField kind="lieux" value={shownVenueId} editing={editing} onChange={setVenueId} errors={messagesOf('lieux', 'id')} />
                )}
              </fieldset>
            ))}
          {(editingOperator || withOperator) && (
            <fieldset className="form-section">
              <legend>
                <h2>{t.submission.operatorLegend}</h2>
              </legend>
              {[...Object.keys(OPERATOR_CONTROLS), BODY_FIELD].map((field) => renderField('structures', field, operator, setOperator, operatorTexts, OPERATOR_REQUIRED))}
              <IdField kind="structures" value={shownOperatorId} editing={editingOperator} onChange={setOperatorId} errors={messagesOf('structures', 'id')} />
            </fieldset>
          )}
          <p>
            <button type="submit" className="button button-primary">
              {hydrated ? t.submission.check : t.submission.plainSubmit}
            </button>
          </p>
        </form>
      )}
    </div>
  );
}

/** « Préciser le point sur une carte »: the map (./pin-map.ts, MapLibre) loaded when asked for. */
function PinMapPanel(props: { lat: number; lon: number; bounds: [number, number, number, number]; onPlace: (lon: number, lat: number) => void }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [ready, setReady] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<PinMap | undefined>(undefined);
  const onPlace = useRef(props.onPlace);
  onPlace.current = props.onPlace;
  const known = Number.isFinite(props.lat) && Number.isFinite(props.lon) && (props.lat !== 0 || props.lon !== 0);
  const start = known ? { lon: props.lon, lat: props.lat, zoom: 16 } : { lon: (props.bounds[0] + props.bounds[2]) / 2, lat: (props.bounds[1] + props.bounds[3]) / 2, zoom: 7 };
  const startRef = useRef(start);
  startRef.current = start;

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    const placed = (lon: number, lat: number) => {
      onPlace.current(lon, lat);
      setStatus(t.submission.mapPlaced(lat.toFixed(5), lon.toFixed(5)));
    };
    import('./pin-map.ts')
      .then((module) => module.createPinMap(container.current!, startRef.current, t.submission.mapLabel, placed))
      .then((created) => {
        if (cancelled) created.destroy();
        else {
          map.current = created;
          setReady(true);
        }
      })
      .catch(() => setStatus(t.submission.mapFailed));
    return () => {
      cancelled = true;
      map.current?.destroy();
      map.current = undefined;
      setReady(false);
    };
  }, [open]);

  return (
    <div className="pin-map" data-state={open ? (ready ? 'ready' : 'loading') : undefined}>
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t.submission.mapHide : t.submission.mapShow}
      </button>
      {open && (
        <>
          <p className="hint">{t.submission.mapHelp}</p>
          <div className="pin-map-canvas" ref={container} />
          <button
            type="button"
            className="button"
            disabled={!ready}
            onClick={() => {
              const center = map.current?.center();
              if (!center) return;
              map.current!.setPoint(center[0], center[1]);
              props.onPlace(center[0], center[1]);
              setStatus(t.submission.mapPlaced(center[1].toFixed(5), center[0].toFixed(5)));
            }}
          >
            {t.submission.mapPlace}
          </button>
        </>
      )}
      <p role="status">{status}</p>
    </div>
  );
}

/** The file name (id): proposed from the name and commune, editable for a new listing, fixed for an edit. */
function IdField(props: { kind: FileKind; value: string; editing: boolean; onChange: (id: string) => void; errors: string[] }) {
  const id = controlId(props.kind, 'id');
  return (
    <div className={fieldClass(undefined, props.errors.length > 0)}>
      <label htmlFor={id}>{t.submission.fileName}</label>
      <p className="hint" id={`${id}-aide`}>
        {t.submission.fileNameHelp} <code>{contentPath(props.kind, props.value || '…')}</code>
      </p>
      {props.errors.map((message, index) => (
        <p className="field-error" id={`${id}-erreur-${index}`} key={index}>
          {message}
        </p>
      ))}
      <input
        id={id}
        type="text"
        value={props.value}
        readOnly={props.editing}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={[`${id}-aide`, ...props.errors.map((_, index) => `${id}-erreur-${index}`)].join(' ')}
        aria-invalid={props.errors.length > 0 ? true : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}

function MailLink(props: { email: string; files: CheckedFile<unknown>[]; subject: string }) {
  const plan = mailPlan(props.email, props.subject, props.files, t.submission.mailAttach);
  return (
    <section className="send-way" aria-labelledby="envoi-courriel">
      <h3 id="envoi-courriel">{t.submission.mail}</h3>
      <p>{t.submission.mailHelp(props.email)}</p>
      {!plan.complete && <p>{t.submission.mailTooLong}</p>}
      <p>
        <a className="button" href={plan.url}>
          {t.submission.mail}
        </a>
      </p>
    </section>
  );
}
