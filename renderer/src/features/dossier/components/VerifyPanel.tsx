import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Field } from '../../../components/ui/Field';
import { refusedFields } from '../../../lib/contract-check';
import { PathField } from '../../host-dialog/components/PathField';
import { useT } from '../../../i18n/i18n-context';
import { isAbsolutePath } from '../logic';
import { useVerifyDossier } from '../mutations';
import { VerifyReportView } from './VerifyReportView';

/**
 * "Dossier controleren": choose a dossier ZIP and, if the school gave one, the fingerprint of
 * its key (which pins the signer: a bundle re-signed with another key is then not in order),
 * then check files and signatures. Changes nothing.
 */
export function VerifyPanel() {
  const t = useT();
  const [path, setPath] = useState('');
  const [expectKey, setExpectKey] = useState('');
  const [tried, setTried] = useState(false);
  const verify = useVerifyDossier();
  const input = { path: path.trim(), expectKey: expectKey.trim() || undefined };
  const problem = !path.trim() ? t('verify.required') : !isAbsolutePath(path) ? t('dossier.save.notAbsolute') : null;
  const keyProblem = refusedFields('dossier:verify', input).has('expectKey') ? t('verify.expectKey.invalid') : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!problem && !keyProblem) verify.mutate(input);
  };
  return (
    <div className="stack-tight">
      <p className="muted">{t('verify.intro')}</p>
      <form className="stack-tight" onSubmit={submit} noValidate>
        <PathField
          dialog={{ mode: 'open', extensions: ['zip'] }}
          value={path}
          onChange={(p) => {
            setPath(p);
            verify.reset();
          }}
          error={tried ? problem : null}
          text={{
            label: t('verify.label'),
            none: t('verify.none'),
            choose: t('verify.choose'),
            chooseAgain: t('verify.chooseAgain'),
            manualLabel: t('verify.manualLabel'),
            manualHelp: t('verify.manualHelp'),
          }}
        />
        <Field
          label={t('verify.expectKey.label')}
          help={t('verify.expectKey.help')}
          value={expectKey}
          onChange={(e) => {
            setExpectKey(e.target.value);
            verify.reset();
          }}
          error={tried ? keyProblem : null}
          inputClassName="mono"
          autoComplete="off"
          spellCheck={false}
          translate="no"
        />
        <div className="actions">
          <Button type="submit" busy={verify.isPending} busyLabel={t('verify.running')}>
            {t('verify.run')}
          </Button>
        </div>
      </form>
      <ErrorBanner error={verify.error} />
      {verify.data ? <VerifyReportView report={verify.data} /> : null}
    </div>
  );
}
