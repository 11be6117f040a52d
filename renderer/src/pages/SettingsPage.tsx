import type { ReactNode } from 'react';
import { hrefForSettings, SETTINGS_SECTIONS, type SettingsSection } from '../app/router';
import { ErrorBanner } from '../components/ui/ErrorBanner';
import { PageHeading } from '../components/ui/PageHeading';
import { TabNav } from '../components/ui/TabNav';
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
import { TimestampSetting } from '../features/capture/components/TimestampSetting';
import { RemovalScheduleSetting } from '../features/capture/components/RemovalScheduleSetting';
import { VaultCheckPanel } from '../features/settings/components/VaultCheckPanel';
import { MessageTemplateEditor } from '../features/communication/templates/MessageTemplateEditor';
import { PolicyUrlSetting } from '../features/communication/components/PolicyUrlSetting';
import { PreventionLinks } from '../features/communication/components/PreventionLinks';
import { useAppInfo, useSettings } from '../features/settings/queries';
import { useT } from '../i18n/i18n-context';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card stack-tight" aria-label={title}>
      <h2 className="section-title">{title}</h2>
      {children}
    </section>
  );
}

/**
 * "Instellingen" as sub-pages with their own addresses (issue 16 item 8: it was one page of
 * 13 sections and 11,766 px; the vault's log is now a page of its own, item 6). The sub-menu
 * names every page; each section keeps its own named region.
 */
export function SettingsPage({ section }: { section: SettingsSection }) {
  const t = useT();
  const settings = useSettings();
  const info = useAppInfo();
  const sections: Record<SettingsSection, () => ReactNode> = {
    general: () => (
      <>
        <Section title={t('settings.language.title')}>
          <LanguageSetting />
        </Section>
        <Section title={t('settings.autoLock.title')}>
          {settings.data ? <AutoLockSetting current={settings.data.autoLockMinutes} /> : <ErrorBanner error={settings.error} />}
        </Section>
        <Section title={t('retention.title')}>
          {settings.data ? <RetentionSetting current={settings.data.retentionYears} /> : <ErrorBanner error={settings.error} />}
        </Section>
      </>
    ),
    staff: () => (
      <Section title={t('staff.title')}>
        <StaffSettings />
      </Section>
    ),
    protocol: () => (
      <Section title={t('template.title')}>
        <StepTemplateEditor />
      </Section>
    ),
    communication: () => (
      <>
        <Section title={t('policy.title')}>
          {settings.data ? <PolicyUrlSetting current={settings.data.policyUrl} /> : <ErrorBanner error={settings.error} />}
          <PreventionLinks headingLevel={3} />
        </Section>
        <Section title={t('msgTemplate.title')}>
          <MessageTemplateEditor />
        </Section>
      </>
    ),
    platforms: () => (
      <>
        <Section title={t('sender.title')}>{settings.data ? <SenderSettings current={settings.data} /> : <ErrorBanner error={settings.error} />}</Section>
        <Section title={t('schedule.title')}>
          {settings.data ? <RemovalScheduleSetting current={settings.data.removalCheckDays} /> : <ErrorBanner error={settings.error} />}
        </Section>
        <Section title={t('platforms.title')}>
          <PlatformCatalogue />
        </Section>
      </>
    ),
    security: () => (
      <>
        <Section title={t('settings.passphrase.title')}>
          <ChangePassphraseForm />
        </Section>
        <Section title={t('settings.check.title')}>
          <VaultCheckPanel />
        </Section>
        <Section title={t('signingKey.title')}>
          <SigningKeyPanel />
        </Section>
        <Section title={t('tsa.title')}>
          {settings.data ? <TimestampSetting current={settings.data} /> : <ErrorBanner error={settings.error} />}
        </Section>
      </>
    ),
    backup: () => (
      <Section title={t('backup.title')}>
        <BackupSection />
      </Section>
    ),
    verify: () => (
      <Section title={t('verify.title')}>
        <VerifyPanel />
      </Section>
    ),
    log: () => (
      <Section title={t('settings.audit.title')}>
        <AuditViewer />
      </Section>
    ),
    about: () =>
      info.data ? (
        <Section title={t('settings.about.title')}>
          <p className="muted">{t('settings.about.version', { version: info.data.version, format: info.data.vaultFormatVersion })}</p>
        </Section>
      ) : (
        <ErrorBanner error={info.error} />
      ),
  };
  return (
    <div className={section === 'log' || section === 'platforms' ? 'page page-wide stack' : 'page stack'}>
      <PageHeading>{t('settings.title')}</PageHeading>
      <TabNav label={t('settingsNav.label')} current={section} tabs={SETTINGS_SECTIONS.map((id) => ({ id, href: hrefForSettings(id), label: t(`settingsNav.${id}`) }))} />
      {sections[section]()}
    </div>
  );
}
