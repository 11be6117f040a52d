import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useDraft } from '../../drafts/use-draft';
import { useAddStaff, useSetDefaultStaff, useUpdateStaff } from '../mutations';
import { useStaff } from '../queries';
import { staffText } from '../staff-label';
import { StaffForm } from './StaffForm';

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; id: string };

/**
 * Instellingen > Medewerkers (issue 15 item 1): the short list of school staff who capture and
 * hand over evidence. One of them is "you" (the default capturer and exporter), so dossiers
 * and notices name a person instead of the vault. Archived staff stay on what they captured.
 */
export function StaffSettings() {
  const t = useT();
  const staff = useStaff(true);
  const add = useAddStaff();
  const update = useUpdateStaff();
  const setDefault = useSetDefaultStaff();
  // Which form is open survives a lock, so its draft is seen again after unlock (issue 16 item 1).
  const modeDraft = useDraft<Mode>('staff:mode', { kind: 'list' });
  const mode = modeDraft.value;
  const setMode = modeDraft.set;
  const back = () => modeDraft.clear();
  const saved = (clearDraft: () => void) => () => {
    clearDraft();
    back();
  };
  const list = staff.data ?? [];
  return (
    <div className="stack-tight">
      <p>{t('staff.intro')}</p>
      <ErrorBanner error={staff.error ?? setDefault.error ?? update.error} />
      {list.length === 0 && staff.data ? <p className="empty-next">{t('staff.empty')}</p> : null}
      <ul className="staff-list">
        {list.map((s) =>
          mode.kind === 'edit' && mode.id === s.id ? (
            <li key={s.id}>
              <StaffForm
                title={t('staff.editTitle')}
                initial={s}
                busy={update.isPending}
                error={update.error}
                onCancel={back}
                onSubmit={(d, done) => update.mutate({ staffId: s.id, patch: d }, { onSuccess: saved(done) })}
              />
            </li>
          ) : (
            <li key={s.id} className="staff-row">
              <div className="stack-tight">
                <p className="staff-name">
                  {staffText(s)} {s.isDefault ? <span className="badge">{t('staff.you')}</span> : null} {s.archived ? <span className="badge">{t('staff.archived')}</span> : null}
                </p>
                <p className="muted small">{[s.phone, s.email].filter(Boolean).join(' · ') || t('staff.noContact')}</p>
              </div>
              <div className="actions">
                {!s.archived && !s.isDefault ? (
                  <Button variant="secondary" busy={setDefault.isPending} onClick={() => setDefault.mutate(s.id)} aria-label={t('staff.makeDefaultLabel', { name: s.name })}>
                    {t('staff.makeDefault')}
                  </Button>
                ) : null}
                <Button variant="secondary" onClick={() => setMode({ kind: 'edit', id: s.id })} aria-label={t('staff.editLabel', { name: s.name })}>
                  {t('staff.edit')}
                </Button>
                <Button variant="secondary" onClick={() => update.mutate({ staffId: s.id, patch: { archived: !s.archived } })} aria-label={t(s.archived ? 'staff.restoreLabel' : 'staff.archiveLabel', { name: s.name })}>
                  {t(s.archived ? 'staff.restore' : 'staff.archive')}
                </Button>
              </div>
            </li>
          ),
        )}
      </ul>
      {mode.kind === 'add' ? (
        <StaffForm
          title={t('staff.addTitle')}
          busy={add.isPending}
          error={add.error}
          onCancel={back}
          // The first staff member is, almost always, the person setting up the vault.
          onSubmit={(d, done) => add.mutate({ ...d, makeDefault: list.every((s) => !s.isDefault) }, { onSuccess: saved(done) })}
        />
      ) : (
        <div className="actions">
          <Button variant="secondary" onClick={() => setMode({ kind: 'add' })}>
            {t('staff.add')}
          </Button>
        </div>
      )}
    </div>
  );
}
