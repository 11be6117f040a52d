import type { RouteKind } from '../../../../../shared/platform-types';
import { Button } from '../../../components/ui/Button';
import { Field } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { useT } from '../../../i18n/i18n-context';
import type { DraftErrors, RouteDraft } from '../platform-draft';
import { BilingualFields } from './BilingualFields';

const KINDS: readonly RouteKind[] = ['in-app', 'web-form', 'email', 'phone'];

/** One report route: its kind, name, and the address or steps that belong to that kind. */
export function RouteFields({ index, route, errors, onChange, onRemove }: { index: number; route: RouteDraft; errors: DraftErrors; onChange: (r: RouteDraft) => void; onRemove: () => void }) {
  const t = useT();
  const n = index + 1;
  const set = (patch: Partial<RouteDraft>) => onChange({ ...route, ...patch });
  return (
    <fieldset className="plain-fieldset route-fields stack-tight">
      <legend className="subsection-title">{t('pEdit.route', { n })}</legend>
      <SelectField
        label={t('pEdit.routeKind')}
        options={KINDS.map((k) => ({ value: k, label: t(`routes.kind.${k}`) }))}
        value={route.kind}
        onChange={(e) => set({ kind: KINDS.find((k) => k === e.target.value) ?? 'web-form' })}
      />
      <BilingualFields field={t('pEdit.routeLabel')} value={route.label} onChange={(label) => set({ label })} rows={1} />
      {route.kind === 'web-form' || route.url ? (
        <Field label={t('pEdit.routeUrl')} value={route.url} onChange={(e) => set({ url: e.target.value })} placeholder="https://" inputClassName="input-mono" error={errors[`route.${index}.url`] ? t('pEdit.routeUrlInvalid') : null} />
      ) : null}
      {route.kind === 'email' || route.email ? (
        <Field label={t('pEdit.routeEmail')} type="email" value={route.email} onChange={(e) => set({ email: e.target.value })} error={errors[`route.${index}.email`] ? t('pEdit.routeEmailInvalid') : null} />
      ) : null}
      {route.kind === 'phone' || route.phone ? <Field label={t('pEdit.routePhone')} type="tel" value={route.phone} onChange={(e) => set({ phone: e.target.value })} inputClassName="input-short" /> : null}
      {route.kind === 'in-app' || route.steps.nl || route.steps.en ? <BilingualFields field={t('pEdit.routeSteps')} value={route.steps} onChange={(steps) => set({ steps })} rows={3} /> : null}
      <div className="actions">
        <Button variant="link" onClick={onRemove}>
          {t('pEdit.removeRoute', { n })}
        </Button>
      </div>
    </fieldset>
  );
}
