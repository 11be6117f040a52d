import { Button } from '../../../components/ui/Button';
import { useT } from '../../../i18n/i18n-context';
import { useOpenExternal } from '../../takedowns/mutations';
import { HELPWANTED_URL, MELDPUNT_FORM_URL } from '../report-routes';

/**
 * Shown before anything is dropped when the minors rule applies (docs/domain.md "The minors
 * rule"): two calm sentences, what the user can do instead, and where to report — the
 * Meldpunt's form and Helpwanted as links (through the shell's confirmation), the phone
 * numbers and the WhatsApp line as numbers. The headline is true in every case: it speaks of
 * sexual images of minors, not of "images in this case" (images of adults may be kept).
 */
export function MinorsRulePanel({ onUrlOnly, onHashOnly }: { onUrlOnly: () => void; onHashOnly: () => void }) {
  const t = useT();
  const open = useOpenExternal();
  return (
    <section className="minors-panel stack-tight" aria-labelledby="minors-title" data-testid="minors-rule">
      <h3 id="minors-title" className="subsection-title">
        {t('minors.title')}
      </h3>
      <p>{t('minors.body')}</p>
      <h4 className="minors-sub">{t('minors.options')}</h4>
      <div className="option-grid">
        <div className="option">
          <Button variant="secondary" onClick={onUrlOnly}>
            {t('minors.urlOnly')}
          </Button>
          <p className="field-help">{t('minors.urlOnlyHelp')}</p>
        </div>
        <div className="option">
          <Button variant="secondary" onClick={onHashOnly}>
            {t('minors.hashOnly')}
          </Button>
          <p className="field-help">{t('minors.hashOnlyHelp')}</p>
        </div>
      </div>
      <h4 className="minors-sub">{t('minors.channels')}</h4>
      <ul className="channel-list">
        <li>{t('minors.police')}</li>
        <li>
          {t('minors.offlimits')}{' '}
          <Button variant="link" onClick={() => open.mutate(MELDPUNT_FORM_URL)}>
            {t('minors.openForm')}
          </Button>
        </li>
        <li>{t('minors.whatsapp')}</li>
        <li>
          {t('minors.helpwanted')}{' '}
          <Button variant="link" onClick={() => open.mutate(HELPWANTED_URL)}>
            {t('minors.openHelpwanted')}
          </Button>
        </li>
      </ul>
      <p className="field-help">{t('minors.adult')}</p>
    </section>
  );
}
