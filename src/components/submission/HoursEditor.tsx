/**
 * The hours editor of the submission form: for each day, « Ouvert » (one or two slots), « Fermé » or « Sur
 * rendez-vous », and « Fermé les jours fériés »; the OpenStreetMap value it writes is shown as it changes
 * (src/lib/hours/week-form.ts). Hours the week cannot show stay as text, checked by the site's parser.
 * Times are typed as text (« 9h », « 09:00 », « 14h30 ») and written back as HH:MM when the field is left.
 */
import * as t from '../../i18n/index.ts';
import { dayProblem, MAX_SLOTS, normalizeTime, openingHoursToWeek, type DayHours } from '../../lib/hours/week-form.ts';
import { fieldClass, hoursText, type FieldText, type HoursValue } from '../../lib/submission/form-model.ts';
import { describedBy } from './Fields.tsx';

const MODES = ['ouvert', 'ferme', 'rdv'] as const;

export function HoursEditor(props: { id: string; text: FieldText; value: HoursValue; onChange: (value: HoursValue) => void; errors: string[]; dayErrors: (day: number) => string[]; checking: boolean }) {
  const { id, text, value, onChange, errors, dayErrors } = props;
  const words = t.submission.hours;
  const setDay = (index: number, day: DayHours) => onChange({ ...value, week: { ...value.week, days: value.week.days.map((old, position) => (position === index ? day : old)) } });
  const written = hoursText(value);

  if (value.mode === 'texte') {
    const week = openingHoursToWeek(value.text);
    return (
      <div className={fieldClass(undefined, errors.length > 0)}>
        <label htmlFor={id}>{text.label}</label>
        <p className="hint" id={`${id}-aide`}>
          {words.textHelp}
        </p>
        {errors.map((message, index) => (
          <p className="field-error" id={`${id}-erreur-${index}`} key={index}>
            {message}
          </p>
        ))}
        {props.checking && <p className="hint">{words.checking}</p>}
        <input
          id={id}
          name="horaires"
          type="text"
          value={value.text}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => onChange({ ...value, text: event.target.value })}
          aria-describedby={describedBy({ id, text: { label: '', help: words.textHelp }, errors })}
          aria-invalid={errors.length > 0 ? true : undefined}
        />
        {week ? (
          <p>
            <button type="button" className="button" onClick={() => onChange({ mode: 'semaine', week, text: value.text })}>
              {words.asWeek}
            </button>
          </p>
        ) : (
          value.text.trim() !== '' && <p className="hint">{words.cannotShow}</p>
        )}
      </div>
    );
  }

  return (
    <fieldset className={fieldClass('hours-editor', errors.length > 0)} aria-describedby={describedBy({ id: `${id}-semaine`, text, errors })}>
      <legend>{text.label}</legend>
      {text.help && (
        <p className="hint" id={`${id}-semaine-aide`}>
          {text.help}
        </p>
      )}
      {errors.map((message, index) => (
        <p className="field-error" id={`${id}-semaine-erreur-${index}`} key={index}>
          {message}
        </p>
      ))}
      {value.week.days.map((day, index) => {
        const dayName = words.days[index]!;
        const dayId = `${id}-${index}`;
        const problems = dayErrors(index);
        return (
          <fieldset className={`hours-day${problems.length > 0 ? ' field-invalid' : ''}`} key={dayName} aria-describedby={problems.length > 0 ? `${dayId}-erreur` : undefined}>
            <legend>{dayName}</legend>
            {problems.length > 0 && (
              <p className="field-error" id={`${dayId}-erreur`}>
                {problems.join(' ; ')}
              </p>
            )}
            <div className="hours-modes">
              {MODES.map((mode, modeIndex) => (
                <label className="check" key={mode}>
                  <input
                    type="radio"
                    id={modeIndex === 0 ? (index === 0 ? id : dayId) : `${dayId}-${mode}`}
                    name={`horaires-${index + 1}`}
                    value={mode}
                    checked={day.mode === mode}
                    onChange={() => setDay(index, { mode, slots: mode === 'ferme' ? [] : day.slots.length > 0 ? day.slots : mode === 'ouvert' ? [{ start: '', end: '' }] : [] })}
                  />
                  <span>{mode === 'ouvert' ? words.open : mode === 'ferme' ? words.closed : words.appointment}</span>
                </label>
              ))}
            </div>
            {day.mode !== 'ferme' &&
              day.slots.map((slot, slotIndex) => (
                <p className="hours-slot" key={slotIndex}>
                  {(['start', 'end'] as const).map((edge) => {
                    const inputId = `${dayId}-${slotIndex}-${edge}`;
                    return (
                      <span key={edge}>
                        <label htmlFor={inputId}>
                          {edge === 'start' ? words.from : words.to}
                          <span className="visually-hidden">{words.slotContext(dayName, slotIndex + 1)}</span>
                        </label>{' '}
                        <input
                          id={inputId}
                          name={`horaires-${index + 1}-${slotIndex + 1}-${edge === 'start' ? 'debut' : 'fin'}`}
                          type="text"
                          inputMode="numeric"
                          size={6}
                          placeholder="09:00"
                          autoComplete="off"
                          value={slot[edge]}
                          onChange={(event) => setDay(index, { ...day, slots: day.slots.map((old, position) => (position === slotIndex ? { ...old, [edge]: event.target.value } : old)) })}
                          onBlur={(event) => {
                            const time = normalizeTime(event.target.value);
                            if (time && time !== event.target.value) setDay(index, { ...day, slots: day.slots.map((old, position) => (position === slotIndex ? { ...old, [edge]: time } : old)) });
                          }}
                        />{' '}
                      </span>
                    );
                  })}
                  {slotIndex > 0 && (
                    <button type="button" className="button button-small" onClick={() => setDay(index, { ...day, slots: day.slots.slice(0, slotIndex) })}>
                      {words.removeSlot(dayName)}
                    </button>
                  )}
                </p>
              ))}
            {day.mode !== 'ferme' && day.slots.length < MAX_SLOTS && (
              <button type="button" className="button button-small" onClick={() => setDay(index, { ...day, slots: [...day.slots, { start: '', end: '' }] })}>
                {day.slots.length === 0 ? words.addFirstSlot(dayName) : words.addSlot(dayName)}
              </button>
            )}
          </fieldset>
        );
      })}
      <p>
        <button
          type="button"
          className="button"
          onClick={() => {
            const monday = value.week.days[0]!;
            onChange({ ...value, week: { ...value.week, days: value.week.days.map((day, index) => (index === 0 || day.mode === 'ferme' ? day : { mode: monday.mode, slots: monday.slots.map((slot) => ({ ...slot })) })) } });
          }}
        >
          {words.copyMonday}
        </button>
      </p>
      <label className="check">
        <input type="checkbox" name="horaires-feries" checked={value.week.holidaysClosed} onChange={(event) => onChange({ ...value, week: { ...value.week, holidaysClosed: event.target.checked } })} />
        <span>{words.holidays}</span>
      </label>
      <p className="hours-result" aria-live="polite">
        {value.week.days.some((day) => dayProblem(day)) ? null : written ? (
          <>
            {words.result} <code>{written}</code>
          </>
        ) : (
          words.none
        )}
      </p>
      <p>
        <button type="button" className="button" onClick={() => onChange({ mode: 'texte', week: value.week, text: written })}>
          {words.asText}
        </button>
      </p>
    </fieldset>
  );
}
