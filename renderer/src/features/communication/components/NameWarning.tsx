import type { NameHit } from '../../../../../shared/message-types';
import { Banner } from '../../../components/ui/Banner';
import { useT } from '../../../i18n/i18n-context';

/**
 * The minimisation warning (issue 19 item 2) under a text being written: in a message to a
 * group (class, team, press) a whole name or pseudonym of a person in the case blocks copying,
 * mailing and logging, and says so; a part of a name ("Mila", "Groot": also Dutch words) only
 * warns. In a message to one family or the police it is a reminder to name no one needlessly.
 */
export function NameWarning({ hits, group }: { hits: readonly NameHit[]; group: boolean }) {
  const t = useT();
  if (hits.length === 0) return null;
  const whole = hits.filter((h) => !h.part);
  const parts = hits.filter((h) => h.part);
  const list = (xs: readonly NameHit[]) => xs.map((h) => t('message.names.hit', { name: h.name, role: t(`person.role.${h.role}`).toLowerCase() })).join(', ');
  if (!group) {
    return (
      <Banner className="banner-warning">
        <p data-testid="name-warning" data-kind="reminder">
          {t('message.names.reminder', { names: list(hits) })}
        </p>
      </Banner>
    );
  }
  return (
    <Banner tone={whole.length ? 'error' : 'info'} className={whole.length ? undefined : 'banner-warning'}>
      <div className="stack-tight" data-testid="name-warning" data-kind={whole.length ? 'refused' : 'possible'}>
        {whole.length ? <p>{t('message.names.refused', { names: list(whole) })}</p> : null}
        {parts.length ? <p>{t('message.names.possible', { names: list(parts) })}</p> : null}
      </div>
    </Banner>
  );
}
