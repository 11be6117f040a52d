/**
 * A core that captures with Debian's Chromium (the Playwright driver, electron/bridge/chromium-capture.ts)
 * against the fake platform, with an unlocked vault and the platform in its catalogue.
 */
import type { CaseCategory } from '../../shared/case-types';
import { chromiumCaptureHost, type ChromiumCaptureOptions } from '../../electron/bridge/chromium-capture';
import type { Core, CoreOptions } from '../../electron/core/create-core';
import { FAKE_HOST } from './fake-platform';
import { PASS, newCore } from './temp';

export const ctx = { transport: 'test' } as const;

/** Short enough that the never-finishing page does not slow the suite; long enough for this machine. */
export const TEST_LIMITS = { loadTimeoutMs: 6_000, settleMs: 400 };

export async function captureCore(opts: Partial<CoreOptions> & { chromium?: ChromiumCaptureOptions } = {}): Promise<Core> {
  const { chromium, ...rest } = opts;
  const core = newCore({ idleCheckMs: 0, capture: chromiumCaptureHost(chromium), captureLimits: TEST_LIMITS, ...rest });
  await core.handlers['vault:create']({ passphrase: PASS, ownerName: 'Vertrouwenspersoon' }, ctx);
  await core.handlers['platform:save'](
    {
      platform: {
        kind: 'platform',
        name: 'Fakegram',
        domains: [FAKE_HOST],
        routes: [],
        reference: { returned: false, looksLike: { nl: '', en: '' } },
        whoMayFile: { nl: '', en: '' },
        followUpDays: 3,
        notes: { nl: '', en: '' },
      },
    },
    ctx,
  );
  return core;
}

export async function newCase(core: Core, category: CaseCategory = 'hurtful-meme') {
  return core.handlers['case:create']({ title: 'Nepaccount klas 3B', category }, ctx);
}
