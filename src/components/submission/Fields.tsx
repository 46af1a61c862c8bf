/**
 * The submission form's controls, one per kind of field (src/lib/submission/form-model.ts): a label, plain help
 * with an example, the field's problems (the validator's messages) tied to it by `aria-describedby`, and the input.
 * Every control carries the field's name, so that the form still sends something without JavaScript.
 */
import type { ReactNode } from 'react';
import * as t from '../../i18n/index.ts';
import { languageName } from '../../lib/labels.ts';
import { fieldClass, type Choice, type Control, type FieldText, type SubRecord } from '../../lib/submission/form-model.ts';

export interface FieldProps {
  /** DOM id of the input (or of the first input of a group): `f-lieux-nom`. */
  id: string;
  name: string;
  text: FieldText;
  required?: boolean;
  /** Messages shown under the label. */
  errors?: string[];
  warnings?: string[];
  onBlur?: () => void;
}

/** Help and example, then the problems: the ids `aria-describedby` points to. */
function Describe({ id, text, errors = [], warnings = [] }: Pick<FieldProps, 'id' | 'text' | 'errors' | 'warnings'>) {
  return (
    <>
      {(text.help || text.example) && (
        <p className="hint" id={`${id}-aide`}>
          {text.help}
          {text.help && text.example ? ' ' : ''}
          {text.example && (
            <>
              {t.submission.exampleLabel} <span className="example">{text.example}</span>
            </>
          )}
        </p>
      )}
      {errors.map((message, index) => (
        <p className="field-error" id={`${id}-erreur-${index}`} key={`e${index}`}>
          {message}
        </p>
      ))}
      {warnings.map((message, index) => (
        <p className="field-warning" id={`${id}-avertissement-${index}`} key={`w${index}`}>
          {message}
        </p>
      ))}
    </>
  );
}

/** The ids of what describes a control. */
export function describedBy({ id, text, errors = [], warnings = [] }: Pick<FieldProps, 'id' | 'text' | 'errors' | 'warnings'>): string | undefined {
  const ids = [
    ...(text.help || text.example ? [`${id}-aide`] : []),
    ...errors.map((_, index) => `${id}-erreur-${index}`),
    ...warnings.map((_, index) => `${id}-avertissement-${index}`),
  ];
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function LabelText({ text, required }: { text: FieldText; required?: boolean }) {
  return (
    <>
      {text.label}
      {required && <span className="required"> ({t.submission.required})</span>}
    </>
  );
}

export function TextField(props: FieldProps & { value: string; onChange: (value: string) => void; control: Control; multiline?: boolean }) {
  const { id, name, text, required, errors = [], value, onChange, control, multiline, onBlur } = props;
  const common = {
    id,
    name,
    value,
    'aria-describedby': describedBy(props),
    'aria-invalid': errors.length > 0 ? true : undefined,
    'aria-required': required ? true : undefined,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    onBlur,
  };
  const input = control.kind === 'text' ? control.input : control.kind === 'lines' ? control.input : undefined;
  return (
    <div className={fieldClass(undefined, errors.length > 0)}>
      <label htmlFor={id}>
        <LabelText text={text} required={required} />
      </label>
      <Describe {...props} />
      {multiline || control.kind === 'textarea' || control.kind === 'lines' ? (
        <textarea {...common} rows={control.kind === 'lines' ? 2 : name === 'corps' ? 8 : 3} maxLength={control.kind === 'textarea' ? control.maxLength : undefined} spellCheck />
      ) : (
        <input
          {...common}
          type={control.kind === 'date' ? 'date' : input === 'url' ? 'url' : input === 'email' ? 'email' : input === 'tel' ? 'tel' : 'text'}
          inputMode={control.kind === 'number' ? 'decimal' : undefined}
          autoComplete={control.kind === 'text' ? (control.autocomplete ?? 'off') : 'off'}
          spellCheck={control.kind === 'text' && !control.input ? undefined : false}
        />
      )}
    </div>
  );
}

/** A fieldset of checkboxes from a schema constant; `many` lists scroll inside a frame. */
export function ChoicesField(props: FieldProps & { choices: readonly Choice[]; value: string[]; onChange: (value: string[]) => void; many?: boolean; labelOf?: (value: string) => string }) {
  const { id, name, text, required, errors = [], choices, value, onChange, many, labelOf } = props;
  return (
    <fieldset className={fieldClass('choices', errors.length > 0)} aria-describedby={describedBy(props)}>
      <legend>
        <LabelText text={text} required={required} />
      </legend>
      <Describe {...props} />
      <div className={many ? 'choices-many' : undefined}>
        {choices.map((choice, index) => (
          <label className="check" key={choice.value}>
            <input
              type="checkbox"
              id={index === 0 ? id : `${id}-${index}`}
              name={name}
              value={choice.value}
              checked={value.includes(choice.value)}
              onChange={(event) => onChange(event.target.checked ? [...value, choice.value] : value.filter((item) => item !== choice.value))}
              onBlur={props.onBlur}
            />
            <span>{labelOf?.(choice.value) ?? choice.label ?? choice.value}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SelectField(props: FieldProps & { choices: readonly Choice[]; value: string; onChange: (value: string) => void; empty: string }) {
  const { id, name, text, required, errors = [], choices, value, onChange, empty } = props;
  return (
    <div className={fieldClass(undefined, errors.length > 0)}>
      <label htmlFor={id}>
        <LabelText text={text} required={required} />
      </label>
      <Describe {...props} />
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)} onBlur={props.onBlur} aria-describedby={describedBy(props)} aria-invalid={errors.length > 0 ? true : undefined}>
        <option value="">{empty}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label ?? choice.value}
          </option>
        ))}
      </select>
    </div>
  );
}

export function BooleanField(props: FieldProps & { value: boolean; onChange: (value: boolean) => void }) {
  const { id, name, text, errors = [], value, onChange } = props;
  return (
    <div className={fieldClass(undefined, errors.length > 0)}>
      <label className="check">
        <input type="checkbox" id={id} name={name} value="true" checked={value} onChange={(event) => onChange(event.target.checked)} aria-describedby={describedBy(props)} onBlur={props.onBlur} />
        <span>{text.label}</span>
      </label>
      <Describe {...props} />
    </div>
  );
}

/** A list of records (stops of an itinerant venue, dated notices): one fieldset each, add and remove buttons. */
export function RecordsField(props: {
  id: string;
  name: string;
  text: FieldText;
  records: SubRecord[];
  fields: readonly string[];
  fieldTexts: Record<string, FieldText>;
  legend: (n: number) => string;
  add: string;
  remove: (n: number) => string;
  onChange: (records: SubRecord[]) => void;
  errorsOf: (control: string) => string[];
  renderSpecial?: (field: string, record: SubRecord, set: (value: string) => void, id: string) => ReactNode | undefined;
  errors?: string[];
}) {
  const { id, name, text, records, fields, fieldTexts, onChange, errorsOf } = props;
  const set = (index: number, field: string, value: string) => onChange(records.map((record, position) => (position === index ? { ...record, [field]: value } : record)));
  return (
    <fieldset className="field records" aria-describedby={describedBy({ id, text, errors: props.errors })}>
      <legend>{text.label}</legend>
      <Describe id={id} text={text} errors={props.errors} />
      {records.map((record, index) => (
        <fieldset className="record" key={index}>
          <legend>{props.legend(index + 1)}</legend>
          {fields.map((field) => {
            const fieldId = `${id}-${index}-${field}`;
            const special = props.renderSpecial?.(field, record, (value) => set(index, field, value), fieldId);
            if (special) return <div key={field}>{special}</div>;
            return (
              <TextField
                key={field}
                id={fieldId}
                name={`${name}-${index + 1}-${field}`}
                text={fieldTexts[field]!}
                errors={errorsOf(`${index}-${field}`)}
                value={record[field] ?? ''}
                onChange={(value) => set(index, field, value)}
                control={{ kind: field === 'debut' || field === 'fin' ? 'date' : field === 'latitude' || field === 'longitude' ? 'number' : 'text' }}
              />
            );
          })}
          <button type="button" className="button" onClick={() => onChange(records.filter((_, position) => position !== index))}>
            {props.remove(index + 1)}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" id={id} onClick={() => onChange([...records, {}])}>
        {props.add}
      </button>
    </fieldset>
  );
}

/** Plain label of a language code, for the preview. */
export function languageList(codes: readonly string[]): string {
  return codes.map(languageName).join(', ');
}
