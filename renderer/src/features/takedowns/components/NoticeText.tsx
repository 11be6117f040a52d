import type { Notice } from '../../../../../shared/takedown-types';
import { useT } from '../../../i18n/i18n-context';

/** The notice's subject and its four DSA art. 16(2) parts, each under its own heading (part c says why it is empty). */
export function NoticeText({ notice }: { notice: Notice }) {
  const t = useT();
  const parts = [
    { key: 'a', title: t('notice.part.a'), text: notice.parts.explanation },
    { key: 'b', title: t('notice.part.b'), text: notice.parts.location },
    { key: 'c', title: t('notice.part.c'), text: notice.parts.sender ?? t(notice.csam ? 'notice.senderLeftOut' : 'notice.senderEmpty') },
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
