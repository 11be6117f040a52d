import { useState } from 'react';
import type { Platform } from '../../../../../shared/platform-types';
import type { TakedownRequest } from '../../../../../shared/takedown-types';
import { useT } from '../../../i18n/i18n-context';
import { BOARD_ORDER, groupBy } from '../logic';
import { requestPlatformLabel } from '../platform-label';
import { BoardCard } from './BoardCard';
import { BoardFilters, type BoardSettings } from './BoardFilters';

/** All requests as columns by status (or by platform), with platform and overdue filters. */
export function Board({ requests, platforms }: { requests: TakedownRequest[]; platforms: Platform[] }) {
  const t = useT();
  const [settings, setSettings] = useState<BoardSettings>({ view: 'status', platform: '', onlyOverdue: false });
  const label = (r: TakedownRequest) => requestPlatformLabel(t, r, platforms);
  const platformNames = [...new Set(requests.map(label))].sort((a, b) => a.localeCompare(b));
  const shown = requests.filter((r) => (!settings.platform || label(r) === settings.platform) && (!settings.onlyOverdue || r.overdue));
  const columns =
    settings.view === 'status'
      ? BOARD_ORDER.map((s) => ({ key: s, title: t(`td.status.${s}`), items: shown.filter((r) => r.status === s) }))
      : groupBy(shown, label).map((g) => ({ key: g.key, title: g.key, items: g.items }));
  return (
    <div className="stack">
      <BoardFilters value={settings} onChange={setSettings} platformNames={platformNames} />
      {shown.length === 0 ? <p className="muted">{t('board.none')}</p> : null}
      <div className="board" data-view={settings.view}>
        {columns.map((c, i) => (
          <section key={c.key} className="board-column" aria-labelledby={`board-col-${i}`} data-testid="board-column" data-column={c.key}>
            <h2 id={`board-col-${i}`} className="board-column-title">
              {c.title} <span className="board-count">{t('board.columnCount', { count: c.items.length })}</span>
            </h2>
            {c.items.length === 0 ? <p className="muted small">{t('board.columnEmpty')}</p> : null}
            <ul className="board-list">
              {c.items.map((r) => (
                <li key={r.id}>
                  <BoardCard request={r} platformName={label(r)} showStatus={settings.view === 'platform'} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
