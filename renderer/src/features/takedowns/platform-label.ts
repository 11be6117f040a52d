/** Display names for catalogue entries: the few generic English seed names are translated by id. */
import type { Platform } from '../../../../shared/platform-types';
import type { TakedownRequest } from '../../../../shared/takedown-types';
import type { Translate } from '../../i18n/i18n-context';
import { targetPlatform, translatedId } from './logic';

export function platformLabel(t: Translate, p: { id: string; name: string }): string {
  const id = translatedId(p.id);
  return id ? t(`td.platformName.${id}`) : p.name;
}

/** The name of the platform a request is addressed to. */
export function requestPlatformLabel(t: Translate, r: TakedownRequest, platforms: readonly Platform[] | undefined): string {
  const p = platforms ? targetPlatform(r, platforms) : null;
  return p ? platformLabel(t, p) : r.platformName;
}

/** The name of the platform where the material is (for an escalation, not the addressee). */
export function occurrencePlatformLabel(t: Translate, r: TakedownRequest, platforms: readonly Platform[] | undefined): string {
  const p = platforms?.find((x) => x.id === r.occurrence.platformId);
  return p ? platformLabel(t, p) : r.occurrence.platformName;
}
