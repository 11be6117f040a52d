import { useState } from 'react';
import { PLATFORM_KINDS, type Platform, type PlatformKind } from '../../../../../shared/platform-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { ConfirmDestructive } from '../../../components/ui/ConfirmDestructive';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { platformLabel } from '../../takedowns/platform-label';
import { useResetPlatform } from '../mutations';
import { usePlatforms } from '../queries';
import { PlatformEditor } from './PlatformEditor';
import { PlatformTable } from './PlatformTable';

type Mode = { kind: 'list' } | { kind: 'edit'; platform: Platform | null } | { kind: 'reset'; platform: Platform };
const KINDS: readonly PlatformKind[] = PLATFORM_KINDS;

/** The platform catalogue: standard, adjusted and own entries; edit, add, back to standard. */
export function PlatformCatalogue() {
  const t = useT();
  const list = usePlatforms();
  const reset = useResetPlatform();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [done, setDone] = useState<string | null>(null);

  if (mode.kind === 'edit') {
    return (
      <PlatformEditor
        platform={mode.platform}
        onCancel={() => setMode({ kind: 'list' })}
        onDone={(p) => {
          setDone(t('platforms.saved', { name: platformLabel(t, p) }));
          setMode({ kind: 'list' });
        }}
      />
    );
  }
  return (
    <div className="stack-tight">
      <p className="muted">{t('platforms.intro')}</p>
      {done ? <Banner tone="success">{done}</Banner> : null}
      <ErrorBanner error={list.error ?? reset.error} />
      {mode.kind === 'reset' ? (
        <ConfirmDestructive
          title={t('platforms.resetTitle')}
          body={t('platforms.resetBody', { name: platformLabel(t, mode.platform) })}
          confirmLabel={t('platforms.reset')}
          busy={reset.isPending}
          onCancel={() => setMode({ kind: 'list' })}
          onConfirm={() =>
            reset.mutate(mode.platform.id, {
              onSuccess: (p) => {
                setDone(t('platforms.resetDone', { name: platformLabel(t, p) }));
                setMode({ kind: 'list' });
              },
            })
          }
        />
      ) : null}
      <div className="actions">
        <Button variant="secondary" onClick={() => { setDone(null); setMode({ kind: 'edit', platform: null }); }}>
          {t('platforms.add')}
        </Button>
      </div>
      {KINDS.map((kind) => (
        <PlatformTable
          key={kind}
          title={t(`platforms.group.${kind}`)}
          platforms={(list.data ?? []).filter((p) => p.kind === kind).sort((a, b) => platformLabel(t, a).localeCompare(platformLabel(t, b)))}
          onEdit={(p) => { setDone(null); setMode({ kind: 'edit', platform: p }); }}
          onReset={(p) => { setDone(null); setMode({ kind: 'reset', platform: p }); }}
        />
      ))}
    </div>
  );
}
