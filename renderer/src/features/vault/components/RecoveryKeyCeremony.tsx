import { useState, type FormEvent } from 'react';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { PageHeading } from '../../../components/ui/PageHeading';
import { useT } from '../../../i18n/i18n-context';
import { keyLines, lastGroup, matchesLastGroup } from '../recovery-key';

/**
 * Shows a recovery key exactly once and makes the user type its last group before going on.
 * Invariant: the key lives only in this component's props; nothing stores or copies it.
 */
export function RecoveryKeyCeremony({ recoveryKey, isNew, onDone, level = 1 }: { recoveryKey: string; isNew: boolean; onDone: () => void; level?: 1 | 2 }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const expectedLength = lastGroup(recoveryKey).length;
  const ok = matchesLastGroup(recoveryKey, typed);
  const wrong = !ok && typed.trim().length >= expectedLength;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ok) onDone();
  };

  return (
    <div className="stack">
      <PageHeading level={level}>{isNew ? t('recoveryKey.newTitle') : t('recoveryKey.title')}</PageHeading>
      <p className="lead">{t('recoveryKey.intro')}</p>
      {isNew ? <Banner tone="info">{t('recoveryKey.oldInvalid')}</Banner> : null}
      <div className="recovery-key-card print-area">
        <p className="recovery-key-caption">{t('recoveryKey.keyLabel')}</p>
        <p className="recovery-key" data-testid="recovery-key" translate="no">
          {keyLines(recoveryKey).map((line) => (
            <span key={line} className="recovery-key-line">
              {line}
            </span>
          ))}
        </p>
      </div>
      <ul className="advice">
        <li>{t('recoveryKey.advicePrint')}</li>
        <li>{t('recoveryKey.adviceApart')}</li>
        <li>{t('recoveryKey.adviceNoPhoto')}</li>
      </ul>
      <div>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('recoveryKey.print')}
        </Button>
      </div>
      <form className="stack" onSubmit={submit} noValidate>
        <Field
          label={t('recoveryKey.confirmLabel', { length: expectedLength })}
          help={t('recoveryKey.confirmHelp')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          error={wrong ? t('recoveryKey.confirmMismatch') : null}
          autoComplete="off"
          spellCheck={false}
          inputClassName="input-mono input-short"
        />
        <div className="actions">
          <Button type="submit" disabled={!ok}>
            {t('recoveryKey.continue')}
          </Button>
        </div>
      </form>
    </div>
  );
}
