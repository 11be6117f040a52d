import { useState } from 'react';
import { PLATFORM_KINDS, type PlatformKind } from '../../../../../shared/platform-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ConfirmDestructive } from '../../../components/ui/ConfirmDestructive';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useDraft } from '../../drafts/use-draft';
import { platformLabel } from '../../takedowns/platform-label';
import { useResetPlatform } from '../mutations';
import { usePlatforms } from '../queries';
import { PlatformEditor } from './PlatformEditor';
import { PlatformTable } from './PlatformTable';

/** Which entry is open, by id (kept through a lock as a draft, issue 16 item 1); null: a new one. */
type Mode = { kind: 'list' } | { kind: 'edit'; id: string | null } | { kind: 'reset'; id: string };
const KINDS: readonly PlatformKind[] = PLATFORM_KINDS;

/** The platform catalogue: standard, adjusted and own entries; edit, add, back to standard. */
export function PlatformCatalogue() {
  const t = useT();
  const list = usePlatforms();
  const reset = useResetPlatform();
  const modeDraft = useDraft<Mode>('platforms:mode', { kind: 'list' });
  const mode = modeDraft.value;
  const setMode = modeDraft.set;
  const back = () => modeDraft.clear();
  const [done, setDone] = useState<string | null>(null);
  const find = (id: string) => list.data?.find((p) => p.id === id);
  const editing = mode.kind === 'edit' ? (mode.id === null ? null : find(mode.id)) : undefined;
  const resetting = mode.kind === 'reset' ? find(mode.id) : undefined;

  if (mode.kind === 'edit' && editing !== undefined) {
    return (
      <PlatformEditor
        platform={editing}
        onCancel={back}
        onDone={(p) => {
          setDone(t('platforms.saved', { name: platformLabel(t, p) }));
          back();
        }}
      />
    );
  }
  return (
    <div className="stack-tight">
      <p className="muted">{t('platforms.intro')}</p>
      {done ? <Banner tone="success">{done}</Banner> : null}
      <ErrorBanner error={list.error ?? reset.error} />
      {resetting ? (
        <ConfirmDestructive
          title={t('platforms.resetTitle')}
          body={t('platforms.resetBody', { name: platformLabel(t, resetting) })}
          confirmLabel={t('platforms.reset')}
          busy={reset.isPending}
          onCancel={back}
          onConfirm={() =>
            reset.mutate(resetting.id, {
              onSuccess: (p) => {
                setDone(t('platforms.resetDone', { name: platformLabel(t, p) }));
                back();
              },
            })
          }
        />
      ) : null}
      <div className="actions">
        <Button variant="secondary" onClick={() => { setDone(null); setMode({ kind: 'edit', id: null }); }}>
          {t('platforms.add')}
        </Button>
      </div>
      {KINDS.map((kind) => (
        <PlatformTable
          key={kind}
          title={t(`platforms.group.${kind}`)}
          platforms={(list.data ?? []).filter((p) => p.kind === kind).sort((a, b) => platformLabel(t, a).localeCompare(platformLabel(t, b)))}
          onEdit={(p) => { setDone(null); setMode({ kind: 'edit', id: p.id }); }}
          onReset={(p) => { setDone(null); setMode({ kind: 'reset', id: p.id }); }}
        />
      ))}
    </div>
  );
}
