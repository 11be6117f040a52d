import { useState } from 'react';
import type { Language } from '../../../../../shared/app-types';
import type { Platform } from '../../../../../shared/platform-types';
import { CHANNEL_KIND, type TakedownRequest } from '../../../../../shared/takedown-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { useOpenExternal } from '../mutations';
import { TermLink } from '../../glossary/components/TermLink';
import { useNotice } from '../queries';
import { ExplanationEditor } from './ExplanationEditor';
import { NoticeText } from './NoticeText';
import { SenderChoice } from './SenderChoice';

const LANGS: readonly Language[] = ['nl', 'en'];

/**
 * The DSA art. 16 notice (or, for an escalation, the report) in NL or EN, ready to copy, with
 * the platform's web form one click away. A hash programme gets no text, only what to do.
 */
export function NoticePanel({ request, platform }: { request: TakedownRequest; platform: Platform | null }) {
  const { t, language } = useI18n();
  const [lang, setLang] = useState<Language>(language);
  const kind = CHANNEL_KIND[request.channel];
  const notice = useNotice(request.id, lang, kind !== 'hash');
  const open = useOpenExternal();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const form = platform?.routes.find((r) => r.kind === 'web-form' && r.url);
  const n = notice.data;

  const copy = async () => {
    if (!n) return;
    try {
      await navigator.clipboard.writeText(n.text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  if (kind === 'hash') {
    return (
      <section className="card stack-tight" aria-labelledby="req-notice" data-testid="notice">
        <h2 id="req-notice" className="section-title">
          {t('notice.titleHash')}
        </h2>
        <p>{t('notice.hash')}</p>
      </section>
    );
  }

  return (
    <section className="card stack-tight" aria-labelledby="req-notice" data-testid="notice">
      <h2 id="req-notice" className="section-title">
        {t(kind === 'report' ? 'notice.titleReport' : 'notice.title')}
      </h2>
      <p className="muted">
        {t(kind === 'report' ? 'notice.introReport' : 'notice.intro')} {kind === 'report' ? null : <TermLink term="dsa-notice">{t('notice.whatIs')}</TermLink>}
      </p>
      <div className="lang-switch notice-lang" role="group" aria-label={t('notice.lang')}>
        {LANGS.map((l) => (
          <button key={l} type="button" className={l === lang ? 'lang-btn lang-btn-active' : 'lang-btn'} aria-pressed={l === lang} aria-label={t('lang.buttonLabel', { code: l.toUpperCase(), name: t(`lang.${l}`) })} onClick={() => { setLang(l); setCopied(null); }}>
            {l.toUpperCase()}
          </button>
        ))}
      </div>
      <ErrorBanner error={notice.error} />
      {notice.isPending ? <p className="muted">{t('notice.loading')}</p> : null}
      {n ? <SenderChoice request={request} notice={n} /> : null}
      {n ? <NoticeText notice={n} omitSender={request.omitSender} /> : null}
      <div className="actions">
        <Button onClick={() => void copy()} disabled={!n}>
          {t('notice.copy')}
        </Button>
        {form?.url ? (
          <Button variant="secondary" onClick={() => open.mutate(form.url ?? '')}>
            {t('notice.openForm')}
          </Button>
        ) : null}
        <span role="status" className="copy-status">
          {copied === 'yes' ? t('notice.copied') : null}
        </span>
      </div>
      {copied === 'failed' ? <Banner tone="error">{t('notice.copyFailed')}</Banner> : null}
      <ErrorBanner error={open.error} />
      {n ? (
        <details className="fold">
          <summary>{t('notice.fullText')}</summary>
          <pre className="notice-full" data-testid="notice-full">{n.text}</pre>
        </details>
      ) : null}
      <ExplanationEditor request={request} />
    </section>
  );
}
