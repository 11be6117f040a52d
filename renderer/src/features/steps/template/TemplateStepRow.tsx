import { Button } from '../../../components/ui/Button';
import { useI18n } from '../../../i18n/i18n-context';
import { problems, type DraftStep } from './draft';

export interface RowActions {
  onUp: () => void;
  onDown: () => void;
  onEdit: () => void;
  onRemove: () => void;
}

/** One step of the template as a list item: number, text, who, when, and its buttons. */
export function TemplateStepRow({ step, n, count, actions }: { step: DraftStep; n: number; count: number; actions: RowActions }) {
  const { t, language } = useI18n();
  const title = (language === 'en' && step.titleEn.trim()) || step.titleNl.trim() || '…';
  const owner = (language === 'en' && step.ownerEn.trim()) || step.ownerNl.trim();
  const days = step.dueDays.trim();
  const due = days === '' ? t('template.noDue') : days === '0' ? t('template.dueSameDay') : days === '1' ? t('template.dueOneDay') : t('template.due', { days });
  const incomplete = problems(step).length > 0;
  return (
    <li className={['plan-step', 'template-step', incomplete ? 'plan-step-overdue' : null].filter(Boolean).join(' ')} data-testid="template-step" data-key={step.key}>
      <p className="template-step-title">
        <span className="muted">{t('template.position', { n })}</span> {title}
      </p>
      <p className="plan-step-meta">
        <span>{owner ? t('template.owner', { owner }) : t('template.noOwner')}</span>
        <span>{due}</span>
        {step.interview ? <span className="badge">{t('template.interview')}</span> : null}
        {step.tick ? <span className="badge">{t(`template.tickBadge.${step.tick}`)}</span> : null}
      </p>
      <div className="actions template-step-actions">
        <Button variant="secondary" data-move="up" onClick={actions.onUp} disabled={n === 1} aria-label={t('template.upLabel', { n, title })}>
          {t('template.up')}
        </Button>
        <Button variant="secondary" data-move="down" onClick={actions.onDown} disabled={n === count} aria-label={t('template.downLabel', { n, title })}>
          {t('template.down')}
        </Button>
        <Button variant="secondary" onClick={actions.onEdit} aria-label={t('template.editLabel', { n, title })}>
          {t('template.edit')}
        </Button>
        <Button variant="secondary" onClick={actions.onRemove} disabled={count === 1} aria-label={t('template.removeLabel', { n, title })}>
          {t('template.remove')}
        </Button>
      </div>
      {incomplete ? <p className="field-error">{t('template.fixFirst')}</p> : null}
    </li>
  );
}
