import { useState } from 'react';
import type { Notice, TakedownRequest } from '../../../../../shared/takedown-types';
import { hrefFor } from '../../../app/router';
import { Banner } from '../../../components/ui/Banner';
import { Checkbox } from '../../../components/ui/Checkbox';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useT } from '../../../i18n/i18n-context';
import { useUpdateTakedown } from '../mutations';

/**
 * The sender of the notice (issue 14 item 2): for (possible) child sexual abuse material the
 * officer may leave it out (DSA art. 16(2)(c)) and is told what that costs (no receipt, no
 * decision); for every other notice a missing sender blocks "Verstuurd" and this says where to
 * set it.
 */
export function SenderChoice({ request, notice }: { request: TakedownRequest; notice: Notice }) {
  const t = useT();
  const update = useUpdateTakedown(request.id);
  // The box follows the click at once; a refused save puts it back.
  const [omit, setOmit] = useState(request.omitSender);
  const choose = (value: boolean) => {
    setOmit(value);
    update.mutate({ omitSender: value }, { onError: () => setOmit(!value) });
  };
  return (
    <div className="stack-tight" data-testid="sender-choice">
      {notice.senderOptional ? (
        <Checkbox
          label={t('notice.omitSender')}
          help={t('notice.omitSenderHelp')}
          checked={omit}
          disabled={update.isPending}
          onChange={(e) => choose(e.target.checked)}
        />
      ) : null}
      {notice.senderMissing ? (
        <Banner className="banner-warning">
          <p>{t(notice.senderOptional ? 'notice.senderMissingCsam' : 'notice.senderMissing')}</p>
          <a href={hrefFor('settings')}>{t('notice.toSettings')}</a>
        </Banner>
      ) : null}
      <ErrorBanner error={update.error} />
    </div>
  );
}
