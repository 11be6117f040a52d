import type { ReactNode } from 'react';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { AuditViewer } from '../features/audit-log/components/AuditViewer';
import { BackupSection } from '../features/backup/components/BackupSection';
import { SigningKeyPanel } from '../features/dossier/components/SigningKeyPanel';
import { VerifyPanel } from '../features/dossier/components/VerifyPanel';
import { PlatformCatalogue } from '../features/platforms/components/PlatformCatalogue';
import { SenderSettings } from '../features/platforms/components/SenderSettings';
import { AutoLockSetting } from '../features/settings/components/AutoLockSetting';
import { ChangePassphraseForm } from '../features/settings/components/ChangePassphraseForm';
import { LanguageSetting } from '../features/settings/components/LanguageSetting';
import { RetentionSetting } from '../features/retention/components/RetentionSetting';
import { StepTemplateEditor } from '../features/steps/template/StepTemplateEditor';
import { StaffSettings } from '../features/staff/components/StaffSettings';
import { VaultCheckPanel } from '../features/settings/components/VaultCheckPanel';
import { useAppInfo, useSettings } from '../features/settings/queries';
import { useT } from '../i18n/i18n-context';
import { TimestampSetting } from '../features/capture/components/TimestampSetting';
import { RemovalScheduleSetting } from '../features/capture/components/RemovalScheduleSetting';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card stack-tight" aria-label={title}>
      <h2 className="section-title">{title}</h2>
      {children}
    </section>
  );
}

export function SettingsPage() {
  const t = useT();
  const settings = useSettings();
  const info = useAppInfo();
  return (
    <div className="page stack">
      <PageHeading>{t('settings.title')}</PageHeading>
      <Section title={t('settings.language.title')}>
        <LanguageSetting />
      </Section>
      <Section title={t('settings.autoLock.title')}>
        {settings.data ? <AutoLockSetting current={settings.data.autoLockMinutes} /> : <ErrorBanner error={settings.error} />}
      </Section>
      <Section title={t('staff.title')}>
        <StaffSettings />
      </Section>
      <Section title={t('retention.title')}>
        {settings.data ? <RetentionSetting current={settings.data.retentionYears} /> : <ErrorBanner error={settings.error} />}
      </Section>
      <Section title={t('template.title')}>
        <StepTemplateEditor />
      </Section>
      <Section title={t('sender.title')}>
        {settings.data ? <SenderSettings current={settings.data} /> : <ErrorBanner error={settings.error} />}
      </Section>
      <Section title={t('schedule.title')}>
        {settings.data ? <RemovalScheduleSetting current={settings.data.removalCheckDays} /> : <ErrorBanner error={settings.error} />}
      </Section>
      <Section title={t('tsa.title')}>
        {settings.data ? <TimestampSetting current={settings.data} /> : <ErrorBanner error={settings.error} />}
      </Section>
      <Section title={t('platforms.title')}>
        <PlatformCatalogue />
      </Section>
      <Section title={t('settings.passphrase.title')}>
        <ChangePassphraseForm />
      </Section>
      <Section title={t('settings.check.title')}>
        <VaultCheckPanel />
      </Section>
      <Section title={t('backup.title')}>
        <BackupSection />
      </Section>
      <Section title={t('signingKey.title')}>
        <SigningKeyPanel />
      </Section>
      <Section title={t('verify.title')}>
        <VerifyPanel />
      </Section>
      <Section title={t('settings.audit.title')}>
        <AuditViewer />
      </Section>
      {info.data ? (
        <Section title={t('settings.about.title')}>
          <p className="muted">{t('settings.about.version', { version: info.data.version, format: info.data.vaultFormatVersion })}</p>
        </Section>
      ) : null}
    </div>
  );
}
