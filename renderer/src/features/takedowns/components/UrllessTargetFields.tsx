import { URLLESS_TARGET_KINDS, type UrllessTargetKind } from '../../../../../shared/takedown-types';
import { Field } from '../../../components/ui/Field';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { TextArea } from '../../../components/ui/TextArea';
import { useT } from '../../../i18n/i18n-context';

/** A target without a URL (issue 14 item 4): what it is, its name as the platform shows it, how to find it in the app. */
export function UrllessTargetFields({
  kind,
  identifier,
  route,
  onChange,
  identifierError,
}: {
  kind: UrllessTargetKind;
  identifier: string;
  route: string;
  onChange: (patch: { targetKind?: UrllessTargetKind; identifier?: string; inAppRoute?: string }) => void;
  identifierError?: string | null;
}) {
  const t = useT();
  return (
    <>
      <RadioGroup
        legend={t('newTd.targetKind')}
        options={URLLESS_TARGET_KINDS.map((k) => ({ value: k, label: t(`newTd.targetKind.${k}`), help: t(`newTd.targetKindHelp.${k}`) }))}
        value={kind}
        onChange={(targetKind) => onChange({ targetKind })}
      />
      <Field
        label={t(`newTd.identifier.${kind}`)}
        help={t('newTd.identifierHelp')}
        value={identifier}
        onChange={(e) => onChange({ identifier: e.target.value })}
        error={identifierError}
        maxLength={300}
        autoComplete="off"
        spellCheck={false}
      />
      <TextArea label={t('newTd.route')} help={t('newTd.routeHelp')} value={route} onChange={(e) => onChange({ inAppRoute: e.target.value })} rows={2} maxLength={1000} />
    </>
  );
}
