import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useI18n } from '../../../i18n/i18n-context';
import { formatDateTime } from '../../../lib/dates';
import { useAddNote, useUpdateNote } from '../mutations';
import { useNotes } from '../queries';
import { NoteEditor } from './NoteEditor';
import { useDraft } from '../../drafts/use-draft';

/**
 * The "Notities" tab. Invariant: always labelled as personal working notes that are not part
 * of the dossier or of inspection by student and parents (docs/domain.md "Privacy (AVG)").
 */
export function NotesPanel({ caseId }: { caseId: string }) {
  const { t, language } = useI18n();
  const notes = useNotes(caseId);
  const add = useAddNote(caseId);
  const update = useUpdateNote();
  // Which note is open for editing survives a lock too, so its draft is seen again after unlock.
  const editingDraft = useDraft<string | null>(`notes:${caseId}:editing`, null, caseId);
  const editing = editingDraft.value;
  const setEditing = (id: string | null) => (id === null ? editingDraft.clear() : editingDraft.set(id));

  return (
    <section className="stack" aria-label={t('notes.title')}>
      <div className="private-note">
        <h2 className="section-title">{t('notes.private')}</h2>
        <p>{t('notes.privateHelp')}</p>
        <p>{t('notes.belongs')}</p>
        <p>{t('notes.notBelongs')}</p>
      </div>
      <div className="card">
        <NoteEditor draftKey={`note:${caseId}:new`} caseId={caseId} label={t('notes.newLabel')} submitLabel={t('notes.add')} busy={add.isPending} error={add.error} onSave={(body, reset) => add.mutate(body, { onSuccess: reset })} />
      </div>
      <ErrorBanner error={notes.error} />
      {notes.data && notes.data.length === 0 ? <p className="muted">{t('notes.empty')}</p> : null}
      <ul className="note-list">
        {(notes.data ?? []).map((n) => (
          <li key={n.id} className="note">
            {editing === n.id ? (
              <NoteEditor
                draftKey={`note:${n.id}:edit`}
                caseId={caseId}
                label={t('notes.editLabel')}
                submitLabel={t('notes.save')}
                initial={n.body}
                busy={update.isPending}
                error={update.error}
                onCancel={() => setEditing(null)}
                onSave={(body, reset) =>
                  update.mutate(
                    { noteId: n.id, body },
                    {
                      onSuccess: () => {
                        reset();
                        setEditing(null);
                      },
                    },
                  )
                }
              />
            ) : (
              <>
                <p className="note-meta muted small">
                  {t('notes.meta', { date: formatDateTime(n.createdAt, language), who: n.createdBy })}
                  {n.updatedAt !== n.createdAt ? ` · ${t('notes.edited', { date: formatDateTime(n.updatedAt, language) })}` : ''}
                </p>
                <p className="note-body">{n.body}</p>
                <Button variant="link" onClick={() => setEditing(n.id)}>
                  {t('notes.edit')}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
