import { TRANSITIONS, type TakedownRequest } from '../../../../../shared/takedown-types';
import type { RemovalCheck } from '../../../../../shared/capture-types';
import { backOnlineCheck, webTargets } from '../../../../../shared/removal-rules';
import { hrefForItem, hrefForNewTakedown } from '../../../app/router';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { useCheckRemoval, useConfirmRemoved } from '../mutations';
import { useRemovalChecks } from '../queries';

/**
 * "Staat het nog online?" on a takedown request (issue 18 item 3): the app loads the URL and
 * keeps what is there as evidence on the request; each check is listed with its capture, and
 * "removed" is confirmed by the officer with a check's capture as the proof. A request with
 * several addresses gets one check per address (each names its address); one with none (an
 * account or chat named without a URL) has nothing to load, and says so.
 */
export function RemovalCapture({ request }: { request: TakedownRequest }) {
  const { t } = useI18n();
  const addresses = webTargets(request).length;
  return (
    <section className="card stack-tight" aria-labelledby="rcheck-title" data-testid="removal-capture">
      <h2 id="rcheck-title" className="section-title">
        {t('rcheck.title')}
      </h2>
      {addresses === 0 ? <p className="muted">{t('rcheck.noAddress')}</p> : <RemovalChecks request={request} addresses={addresses} />}
    </section>
  );
}

/** The checks of a request with `addresses` web addresses (at least one), and the button to run one. */
function RemovalChecks({ request, addresses }: { request: TakedownRequest; addresses: number }) {
  const { t, language } = useI18n();
  const checks = useRemovalChecks(request.id);
  const run = useCheckRemoval(request.id);
  const confirm = useConfirmRemoved(request.id);
  // Confirming sets "removed" when the status machine allows it, or records the check of a removal never checked.
  const canConfirm = TRANSITIONS[request.status].includes('removed') || (request.status === 'removed' && request.removalCheck === null);
  const outcome = (c: RemovalCheck) => t(`rcheck.outcome.${c.outcome}`, { status: c.httpStatus ?? '-' });
  const list = checks.data ?? [];
  const back = backOnlineCheck(request, list);
  return (
    <>
      {back ? (
        <Banner className="banner-overdue">
          {t('rcheck.backOnline', { url: back.url })}{' '}
          <a href={hrefForNewTakedown(request.caseId, request.occurrences.find((o) => o.url === back.url)?.itemId ?? undefined)}>{t('rcheck.newRequest')}</a>
        </Banner>
      ) : null}
      <p className="muted">{t('rcheck.intro')}</p>
      {addresses > 1 ? <p className="muted">{t('rcheck.several', { count: addresses })}</p> : null}
      <div className="actions">
        <Button onClick={() => run.mutate()} busy={run.isPending} busyLabel={t('rcheck.running')}>
          {t('rcheck.run')}
        </Button>
      </div>
      <ErrorBanner error={run.error ?? checks.error ?? confirm.error} />
      {confirm.isSuccess && confirm.variables ? <Banner tone="success">{t('rcheck.confirmed', { label: list.find((c) => c.id === confirm.variables)?.itemLabel ?? '' })}</Banner> : null}
      {checks.data && list.length === 0 ? <p className="muted">{t('rcheck.none')}</p> : null}
      {list.length ? (
        <>
          <h3 className="subsection-title">{t('rcheck.listTitle')}</h3>
          <ul className="plain-list rcheck-list" data-testid="removal-checks">
            {list.map((c) => (
              <li key={c.id} className="stack-tight">
                <p className="rcheck-outcome">{outcome(c)}</p>
                {addresses > 1 ? <p className="rcheck-url">{c.url}</p> : null}
                <p className="muted">
                  {formatDateTime(c.checkedAt, language)} · {c.trigger === 'schedule' ? t('rcheck.by.schedule') : t('rcheck.by.officer', { who: c.checkedBy })}
                  {c.title ? ` · ${c.title}` : ''}
                </p>
                {c.itemId && c.itemLabel ? (
                  <div className="actions">
                    <a className="btn btn-link" href={hrefForItem(c.caseId, c.itemId)}>
                      {t('rcheck.item', { label: c.itemLabel })}
                    </a>
                    {canConfirm ? (
                      <Button variant={c.outcome === 'removed' ? 'primary' : 'secondary'} onClick={() => confirm.mutate(c.id)} busy={confirm.isPending && confirm.variables === c.id} busyLabel={t('rcheck.confirming')}>
                        {t('rcheck.confirm')}
                      </Button>
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          {canConfirm ? <p className="muted small">{t(addresses > 1 ? 'rcheck.confirmHelpSeveral' : 'rcheck.confirmHelp')}</p> : null}
        </>
      ) : null}
    </>
  );
}
