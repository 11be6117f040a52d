import { MIN_PASSPHRASE_LENGTH, type Strength } from '../../../../shared/passphrase';
import { useT } from '../../i18n/i18n-context';

const SEGMENTS = [1, 2, 3, 4] as const;

/** Score bar plus one translated hint per weakness; announced politely to screen readers. */
export function StrengthMeter({ strength }: { strength: Strength }) {
  const t = useT();
  return (
    <div className="strength" aria-live="polite">
      <div className="strength-row">
        <div className={`strength-bar strength-${strength.score}`} aria-hidden="true">
          {SEGMENTS.map((s) => (
            <span key={s} className={s <= strength.score ? 'strength-seg strength-seg-on' : 'strength-seg'} />
          ))}
        </div>
        <span className="strength-value">
          {t('strength.label')}: <strong>{t(`strength.score.${strength.score}`)}</strong>
        </span>
      </div>
      {strength.hints.length > 0 ? (
        <ul className="strength-hints">
          {strength.hints.map((hint) => (
            <li key={hint}>{t(`strength.hint.${hint}`, { min: MIN_PASSPHRASE_LENGTH })}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
