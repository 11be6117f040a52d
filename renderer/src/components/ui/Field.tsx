import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  help?: ReactNode;
  error?: string | null;
  /** Extra content after the input (e.g. a show/hide button), inside the same row. */
  addon?: ReactNode;
  inputClassName?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled input with optional help and error text, wired with aria-describedby. */
export function Field({ label, help, error, addon, inputClassName, className, ...input }: FieldProps) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="field-row">
        <input
          {...input}
          id={id}
          className={['input', inputClassName].filter(Boolean).join(' ')}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
        {addon}
      </div>
      {help ? (
        <p id={helpId} className="field-help">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
