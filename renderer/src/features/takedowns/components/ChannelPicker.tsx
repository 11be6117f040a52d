import { CHANNELS_TAKEDOWN, type TakedownChannel } from '../../../../../shared/takedown-types';
import { RadioGroup } from '../../../components/ui/RadioGroup';
import { useT } from '../../../i18n/i18n-context';
import { TermLink } from '../../glossary/components/TermLink';

/** The channels, each with one sentence on when to use it. */
export function ChannelPicker({ value, onChange, error }: { value: TakedownChannel | null; onChange: (c: TakedownChannel) => void; error?: string | null }) {
  const t = useT();
  return (
    <RadioGroup
      legend={t('newTd.channel')}
      options={CHANNELS_TAKEDOWN.map((c) => ({ value: c, label: t(`td.channel.${c}`), help: t(`td.channelHelp.${c}`) }))}
      help={
        <>
          {t('newTd.channelTerms')} <TermLink term="dsa-notice" />, <TermLink term="trusted-flagger" />
        </>
      }
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}
