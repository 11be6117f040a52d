import { useRef, useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../../../shared/vault-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { PageHeading } from '../../../components/ui/PageHeading';
import { useT } from '../../../i18n/i18n-context';
import { hasCode } from '../../../lib/api-error';
import { useConfirmRecoveryKey } from '../mutations';
import { groupsOf, keyLines, matchesGroup, pickGroups } from '../recovery-key';

/**
 * Shows a recovery key and makes the user type two groups of it back before the vault is used
 * (issue 16 item 7): first the key with the advice; then, with the key out of sight, two groups
 * picked at random (never simply the last four characters just seen). The core checks the
 * answer and only then marks the vault ready; until then a reload comes back here.
 * Invariant: the key lives only in this component's props; nothing stores or copies it.
 */
export function RecoveryKeyCeremony({
  recoveryKey,
  isNew,
  reissued = false,
  onDone,
  level = 1,
}: {
  recoveryKey: string;
  isNew: boolean;
  /** The key replaces one that was shown before but never confirmed. */
  reissued?: boolean;
  onDone: (status: VaultStatus) => void;
  level?: 1 | 2;
}) {
  const t = useT();
  const [checking, setChecking] = useState(false);
  const [asked, setAsked] = useState<number[]>([]);
  const [typed, setTyped] = useState<Record<number, string>>({});
  const [tried, setTried] = useState(false);
  const confirm = useConfirmRecoveryKey();
  const first = useRef<HTMLInputElement>(null);
  const total = groupsOf(recoveryKey).length;

  const startCheck = () => {
    setAsked(pickGroups(total));
    setTyped({});
    setTried(false);
    confirm.reset();
    setChecking(true);
    window.setTimeout(() => first.current?.focus(), 0);
  };
  const wrongHere = asked.filter((g) => (typed[g] ?? '').trim().length >= 4 && !matchesGroup(recoveryKey, g, typed[g] ?? ''));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (asked.some((g) => !(typed[g] ?? '').trim())) return;
    confirm.mutate(asked.map((g) => ({ group: g, text: typed[g] ?? '' })), { onSuccess: onDone });
  };
  const serverWrong = hasCode(confirm.error, 'WRONG_RECOVERY_KEY');

  return (
    <div className="stack">
      <PageHeading level={level}>{isNew ? t('recoveryKey.newTitle') : t('recoveryKey.title')}</PageHeading>
      {!checking ? (
        <>
          <p className="lead">{t('recoveryKey.intro')}</p>
          {isNew ? <Banner tone="info">{t('recoveryKey.oldInvalid')}</Banner> : null}
          {reissued ? <Banner tone="info">{t('recoveryKey.reissued')}</Banner> : null}
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
          <div className="actions">
            <Button onClick={startCheck}>{t('recoveryKey.written')}</Button>
            <Button variant="secondary" onClick={() => window.print()}>
              {t('recoveryKey.print')}
            </Button>
          </div>
        </>
      ) : (
        <form className="stack" onSubmit={submit} noValidate aria-labelledby="recovery-check-title">
          <h2 id="recovery-check-title" className="subsection-title">
            {t('recoveryKey.checkTitle')}
          </h2>
          <p>{t('recoveryKey.checkIntro', { a: (asked[0] ?? 0) + 1, b: (asked[1] ?? 0) + 1, total })}</p>
          <div className="form-grid">
            {asked.map((g, i) => (
              <Field
                key={g}
                ref={i === 0 ? first : undefined}
                label={t('recoveryKey.groupLabel', { n: g + 1 })}
                value={typed[g] ?? ''}
                onChange={(e) => {
                  setTyped((s) => ({ ...s, [g]: e.target.value }));
                  confirm.reset();
                }}
                error={wrongHere.includes(g) ? t('recoveryKey.groupMismatch', { n: g + 1 }) : tried && !(typed[g] ?? '').trim() ? t('recoveryKey.groupRequired') : null}
                autoComplete="off"
                spellCheck={false}
                maxLength={8}
                inputClassName="input-mono input-short"
              />
            ))}
          </div>
          {serverWrong ? <Banner tone="error">{t('recoveryKey.checkWrong')}</Banner> : <ErrorBanner error={confirm.error} />}
          <div className="actions">
            <Button type="submit" busy={confirm.isPending} busyLabel={t('recoveryKey.checking')}>
              {t('recoveryKey.continue')}
            </Button>
            <Button variant="secondary" onClick={() => setChecking(false)}>
              {t('recoveryKey.showAgain')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
