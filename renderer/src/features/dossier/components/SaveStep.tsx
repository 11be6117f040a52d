import { useState, type FormEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { PageHeading } from '../../../components/ui/PageHeading';
import { PathField } from '../../host-dialog/components/PathField';
import { useT } from '../../../i18n/i18n-context';
import { isAbsolutePath } from '../logic';

/** Step 2: where the ZIP goes (native dialog or a typed full path), then "Dossier maken". */
export function SaveStep({
  recap,
  defaultName,
  path,
  onPath,
  onHostless,
  hostless,
  onStart,
  onBack,
}: {
  recap: string;
  defaultName: string;
  path: string;
  onPath: (path: string) => void;
  onHostless: () => void;
  hostless: boolean;
  onStart: () => void;
  onBack: () => void;
}) {
  const t = useT();
  const [tried, setTried] = useState(false);
  const problem = !path.trim() ? t('dossier.save.required') : !isAbsolutePath(path) ? t('dossier.save.notAbsolute') : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!problem) onStart();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="stack-tight">
        <PageHeading level={2}>{t('dossier.save.title')}</PageHeading>
        <p className="muted">{recap}</p>
      </div>
      <PathField
        dialog={{ mode: 'save', defaultName }}
        value={path}
        onChange={onPath}
        onHostless={onHostless}
        hostless={hostless}
        error={tried ? problem : null}
        text={{
          label: t('dossier.save.label'),
          none: t('dossier.save.none'),
          choose: t('dossier.save.choose'),
          chooseAgain: t('dossier.save.chooseAgain'),
          manualLabel: t('dossier.save.manualLabel'),
          manualHelp: t('dossier.save.manualHelp', { name: defaultName }),
        }}
      />
      <div className="actions">
        <Button type="submit">{t('dossier.save.start')}</Button>
        <Button variant="secondary" onClick={onBack}>
          {t('common.back')}
        </Button>
      </div>
    </form>
  );
}
