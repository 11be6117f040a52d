import { hrefFor, hrefForCase, navigateTo } from '../app/router';
import { PageHeading } from '../components/ui/PageHeading';
import { NewCaseForm } from '../features/cases/components/NewCaseForm';
import { useT } from '../i18n/i18n-context';

export function NewCasePage() {
  const t = useT();
  return (
    <div className="page stack">
      <PageHeading focus={false}>{t('newCase.title')}</PageHeading>
      <p className="lead">{t('newCase.intro')}</p>
      <NewCaseForm onCreated={(c) => navigateTo(hrefForCase(c.id))} onCancel={() => navigateTo(hrefFor('cases'))} />
    </div>
  );
}
