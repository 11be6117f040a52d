import type { Notice } from '../../../../../shared/takedown-types';
import { useT } from '../../../i18n/i18n-context';

/**
 * The text's subject and its parts, each under its own heading: a notice's four parts of DSA
 * art. 16(2), or a report's what / where and when / what the school did / contact / statement.
 * An empty sender part says why it is empty.
 */
export function NoticeText({ notice, omitSender }: { notice: Notice; omitSender: boolean }) {
  const t = useT();
  const sender = notice.parts.sender ?? t(notice.senderMissing ? 'notice.senderEmpty' : notice.csam && omitSender ? 'notice.senderLeftOut' : 'notice.senderInApp');
  const parts =
    notice.kind === 'report'
      ? [
          { key: 'what', title: t('notice.report.what'), text: notice.parts.explanation },
          { key: 'where', title: t('notice.report.where'), text: notice.parts.location },
          { key: 'actions', title: t('notice.report.actions'), text: notice.parts.actions ?? '' },
          { key: 'contact', title: t('notice.report.contact'), text: sender },
          { key: 'truth', title: t('notice.report.truth'), text: notice.parts.goodFaith },
        ]
      : [
          { key: 'a', title: t('notice.part.a'), text: notice.parts.explanation },
          { key: 'b', title: t('notice.part.b'), text: notice.parts.location },
          { key: 'c', title: t('notice.part.c'), text: sender },
          { key: 'd', title: t('notice.part.d'), text: notice.parts.goodFaith },
        ];
  return (
    <div className="notice" lang={notice.lang}>
      <p>
        <span className="notice-label">{t('notice.subject')}: </span>
        {notice.subject}
      </p>
      {parts.map((p) => (
        <div key={p.key} className="notice-part" data-part={p.key}>
          <h3 className="notice-part-title">{p.title}</h3>
          <p className="notice-body">{p.text}</p>
        </div>
      ))}
    </div>
  );
}
