import { useState } from 'react';
import { ITEM_LINKS, type ItemLink, type ItemPeople } from '../../../../../shared/person-types';
import { Banner } from '../../../components/ui/Banner';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { DetailList } from '../../../components/ui/DetailList';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { SelectField } from '../../../components/ui/SelectField';
import { useT } from '../../../i18n/i18n-context';
import { StaffSelect } from '../../staff/components/StaffSelect';
import { useStaff } from '../../staff/queries';
import { staffText } from '../../staff/staff-label';
import { useSetItemPeople } from '../mutations';
import { useItemPeople, usePersons } from '../queries';

/** The giver as one select value: a staff member ('staff:<id>'), a person of the case ('person:<id>'), or nobody. */
function giverOf(p: ItemPeople | undefined): string {
  if (p?.receivedFromStaffId) return `staff:${p.receivedFromStaffId}`;
  if (p?.receivedFromPersonId) return `person:${p.receivedFromPersonId}`;
  return '';
}

/**
 * "Wie" on an evidence item (issue 15 items 1 and 2): who at school captured it, from whom it
 * was received, and which persons of the case are shown on it, posted it or shared it. The
 * dossier prints these as names (police) or as role + pseudonym (coordinator).
 */
export function ItemPeopleCard({ caseId, itemId, capturedByText }: { caseId: string; itemId: string; capturedByText: string }) {
  const t = useT();
  const all = useItemPeople(caseId);
  const persons = usePersons(caseId);
  const staff = useStaff(true);
  const save = useSetItemPeople();
  const current = all.data?.find((p) => p.itemId === itemId);
  const [editing, setEditing] = useState(false);
  const [capturer, setCapturer] = useState('');
  const [giver, setGiver] = useState('');
  const [links, setLinks] = useState<{ personId: string; link: ItemLink }[]>([]);
  const staffList = staff.data ?? [];
  const personList = persons.data ?? [];
  const staffName = (id: string | null) => {
    const s = id ? staffList.find((x) => x.id === id) : undefined;
    return s ? staffText(s) : '';
  };
  const personName = (id: string | null) => personList.find((p) => p.id === id)?.name ?? '';
  const start = () => {
    setCapturer(current?.capturedByStaffId ?? '');
    setGiver(giverOf(current));
    setLinks(current?.links ?? []);
    setEditing(true);
    save.reset();
  };
  const has = (personId: string, link: ItemLink) => links.some((l) => l.personId === personId && l.link === link);
  const toggle = (personId: string, link: ItemLink, on: boolean) => setLinks((ls) => (on ? [...ls.filter((l) => !(l.personId === personId && l.link === link)), { personId, link }] : ls.filter((l) => !(l.personId === personId && l.link === link))));
  const submit = () => {
    const [kind, id] = giver.split(':');
    save.mutate(
      {
        itemId,
        capturedByStaffId: capturer || null,
        receivedFromStaffId: kind === 'staff' ? (id ?? null) : null,
        receivedFromPersonId: kind === 'person' ? (id ?? null) : null,
        links,
      },
      { onSuccess: () => setEditing(false) },
    );
  };
  const namesFor = (link: ItemLink) =>
    (current?.links ?? [])
      .filter((l) => l.link === link)
      .map((l) => personName(l.personId))
      .filter(Boolean)
      .join(', ');
  return (
    <section className="card stack-tight" aria-labelledby="item-people">
      <div className="heading-row">
        <h2 id="item-people" className="section-title">
          {t('itemPeople.title')}
        </h2>
        {!editing ? (
          <Button variant="secondary" onClick={start} disabled={!all.data}>
            {t('itemPeople.edit')}
          </Button>
        ) : null}
      </div>
      <ErrorBanner error={all.error ?? persons.error ?? staff.error} />
      {editing ? (
        <div className="stack-tight">
          <StaffSelect label={t('itemPeople.capturedBy')} help={t('itemPeople.capturedByHelp')} value={capturer} staff={staffList} noneLabel={t('itemPeople.nobody')} onChange={setCapturer} />
          <SelectField
            label={t('itemPeople.receivedFrom')}
            help={t('itemPeople.receivedFromHelp')}
            value={giver}
            onChange={(e) => setGiver(e.target.value)}
            options={[
              { value: '', label: t('itemPeople.selfCaptured') },
              ...personList.map((p) => ({ value: `person:${p.id}`, label: `${p.name} (${t(`person.role.${p.role}`).toLowerCase()})` })),
              ...staffList.filter((s) => !s.archived || `staff:${s.id}` === giver).map((s) => ({ value: `staff:${s.id}`, label: staffText(s) })),
            ]}
          />
          {personList.length ? (
            ITEM_LINKS.map((link) => (
              <fieldset key={link} className="plain-fieldset stack-tight">
                <legend className="field-label">{t(`itemPeople.link.${link}`)}</legend>
                {personList.map((p) => (
                  <Checkbox key={p.id} label={`${p.name} (${t(`person.role.${p.role}`).toLowerCase()})`} checked={has(p.id, link)} onChange={(e) => toggle(p.id, link, e.target.checked)} />
                ))}
              </fieldset>
            ))
          ) : (
            <p className="muted">{t('itemPeople.noPersons')}</p>
          )}
          <ErrorBanner error={save.error} />
          <div className="actions">
            <Button onClick={submit} busy={save.isPending} busyLabel={t('common.saving')}>
              {t('common.save')}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t('itemPeople.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <DetailList
          empty={t('item.notSet')}
          rows={[
            { label: t('itemPeople.capturedBy'), value: staffName(current?.capturedByStaffId ?? null) || capturedByText },
            { label: t('itemPeople.receivedFrom'), value: staffName(current?.receivedFromStaffId ?? null) || personName(current?.receivedFromPersonId ?? null) || t('itemPeople.selfCaptured') },
            ...ITEM_LINKS.map((link) => ({ label: t(`itemPeople.link.${link}`), value: namesFor(link) })),
          ]}
        />
      )}
      {save.isSuccess && !editing ? <Banner tone="success">{t('itemPeople.saved')}</Banner> : null}
    </section>
  );
}
