import { useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import { Field, type FieldProps } from './Field';

export type PasswordFieldProps = Omit<FieldProps, 'type' | 'addon'>;

/** A passphrase input with a show/hide toggle; never autocompleted or spell-checked. */
export function PasswordField(props: PasswordFieldProps) {
  const t = useT();
  const [visible, setVisible] = useState(false);
  return (
    <Field
      autoComplete="off"
      spellCheck={false}
      autoCapitalize="off"
      {...props}
      type={visible ? 'text' : 'password'}
      addon={
        <button
          type="button"
          className="btn btn-secondary field-addon"
          aria-pressed={visible}
          aria-label={t('passwordField.toggleLabel', { label: props.label })}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? t('passwordField.hide') : t('passwordField.show')}
        </button>
      }
    />
  );
}
