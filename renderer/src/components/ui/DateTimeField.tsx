import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { fieldText, fieldValue, isInvalidDateValue } from '../../../../shared/date-text';
import { useI18n } from '../../i18n/i18n-context';
import { Field } from './Field';

export interface DateTimeFieldProps {
  label: string;
  /** 'date': "YYYY-MM-DD"; 'datetime': a wall time "YYYY-MM-DDTHH:mm" (the caller names the zone). */
  mode: 'date' | 'datetime';
  /** '' (empty), the machine form, or shared/date-text.ts INVALID_PREFIX + the unreadable text. */
  value: string;
  onChange: (value: string) => void;
  help?: ReactNode;
  /** The caller's own error (e.g. "required"); a format error is shown by the field itself. */
  error?: string | null;
  /** Show the format error at once (after a submit), not only after leaving the field. */
  showErrors?: boolean;
  /** Buttons after the input (e.g. "Nu", "Onbekend"). */
  addon?: ReactNode;
  disabled?: boolean;
  autoFocus?: boolean;
  inputClassName?: string;
  /** On the field's outer element (e.g. to take a whole row of a form grid). */
  className?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * The app's own date and date-time field (issue 16 item 9): a text input in the app's language
 * — dd-mm-jjjj and a 24-hour time in Dutch, dd/mm/yyyy in English — the same in Electron and in
 * the browser preview, because it does not hand the format to the operating system's locale as
 * `type="date"` does. The format is in the help text (read by screen readers), a value that is
 * not a date is reported in words once the user leaves the field or tries to save.
 */
export function DateTimeField({ label, mode, value, onChange, help, error, showErrors = false, addon, disabled, autoFocus, inputClassName, className, ref }: DateTimeFieldProps) {
  const { t, language } = useI18n();
  const [text, setText] = useState(() => fieldText(value, mode, language));
  const [left, setLeft] = useState(false);
  const emitted = useRef(value);
  // A value set from outside ("Nu", a restored draft, a reset) replaces what the field shows.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(fieldText(value, mode, language));
      setLeft(false);
    }
  }, [value, mode, language]);
  // Re-written in the new language's form when the language changes (only a readable value).
  useEffect(() => {
    if (!isInvalidDateValue(emitted.current)) setText(fieldText(emitted.current, mode, language));
  }, [language, mode]);

  const format = t(mode === 'date' ? 'dateField.formatDate' : 'dateField.formatDateTime');
  const invalid = isInvalidDateValue(value);
  const formatError = invalid && (left || showErrors) ? t(mode === 'date' ? 'dateField.invalidDate' : 'dateField.invalidDateTime', { format }) : null;
  return (
    <Field
      ref={ref}
      label={label}
      value={text}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        const v = fieldValue(next, mode);
        emitted.current = v;
        onChange(v);
      }}
      onBlur={() => {
        setLeft(true);
        // A readable value is shown in the one canonical form ("1-2-2026 9:05" -> "01-02-2026 09:05").
        if (value && !isInvalidDateValue(value)) setText(fieldText(value, mode, language));
      }}
      help={
        <>
          {help ? <>{help} </> : null}
          {t('dateField.formatHelp', { format })}
        </>
      }
      placeholder={format}
      error={error ?? formatError}
      addon={addon}
      disabled={disabled}
      autoFocus={autoFocus}
      autoComplete="off"
      spellCheck={false}
      inputClassName={['input-date', inputClassName].filter(Boolean).join(' ')}
      className={className}
    />
  );
}
