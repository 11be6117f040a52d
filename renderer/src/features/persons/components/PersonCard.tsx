import type { Person } from '../../../../../shared/person-types';
import { Button } from '../../../components/ui/Button';
import { useT } from '../../../i18n/i18n-context';

/** One person involved: role, name, badges (also in other cases), contact notes, with edit, access request and remove. */
export function PersonCard({ person, alsoIn, onEdit, onRemove, onReport }: { person: Person; alsoIn: readonly string[]; onEdit: () => void; onRemove: () => void; onReport: () => void }) {
  const t = useT();
  return (
    <article className="person" aria-label={`${t(`person.role.${person.role}`)}: ${person.name}`}>
      <div className="person-main">
        <p className="person-role">{t(`person.role.${person.role}`)}</p>
        <p className="person-name">{person.name}</p>
        <ul className="badge-row">
          <li className="badge">{t(`person.affiliation.${person.affiliation}`)}</li>
          <li className="badge">{t(`persons.badge.minor.${person.minor}`)}</li>
          {person.isPseudonym ? <li className="badge">{t('persons.badge.pseudonym')}</li> : null}
          {alsoIn.length ? <li className="badge">{t('persons.badge.alsoIn', { refs: alsoIn.join(', ') })}</li> : null}
        </ul>
        {person.contactNotes ? <p className="person-notes">{person.contactNotes}</p> : null}
      </div>
      <div className="actions">
        <Button variant="secondary" onClick={onEdit} aria-label={t('persons.editLabel', { name: person.name })}>
          {t('persons.edit')}
        </Button>
        <Button variant="secondary" onClick={onReport} aria-label={t('inspection.openLabel', { name: person.name })}>
          {t('inspection.open')}
        </Button>
        <Button variant="secondary" onClick={onRemove} aria-label={t('persons.removeLabel', { name: person.name })}>
          {t('persons.remove')}
        </Button>
      </div>
    </article>
  );
}
