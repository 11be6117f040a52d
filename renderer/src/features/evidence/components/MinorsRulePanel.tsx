import { Button } from '../../../components/ui/Button';
import { useT } from '../../../i18n/i18n-context';

/**
 * Shown before anything is dropped when the minors rule applies (docs/domain.md "The minors
 * rule"): two calm sentences, what the user can do instead, and where to report.
 */
export function MinorsRulePanel({ onUrlOnly, onHashOnly }: { onUrlOnly: () => void; onHashOnly: () => void }) {
  const t = useT();
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
        <li>{t('minors.offlimits')}</li>
        <li>{t('minors.helpwanted')}</li>
      </ul>
      <p className="field-help">{t('minors.adult')}</p>
    </section>
  );
}
