import { useEffect, useRef, useState, type DragEvent } from 'react';
import { Button } from '../../../components/ui/Button';
import { useT } from '../../../i18n/i18n-context';
import { visibleFiles } from '../read-files';

/**
 * Where files come in: drag and drop, "Bestanden kiezen" and "Map kiezen" (paste is handled
 * for the whole tab by EvidencePanel). The file inputs are hidden and opened by real
 * buttons, so everything works from the keyboard.
 */
export function DropZone({ hashOnly, disabled, onFiles }: { hashOnly: boolean; disabled: boolean; onFiles: (files: File[]) => void }) {
  const t = useT();
  const [over, setOver] = useState(false);
  const filesRef = useRef<HTMLInputElement>(null);
  const dirRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // `webkitdirectory` is not in React's input props; set it on the element itself.
    dirRef.current?.setAttribute('webkitdirectory', '');
  }, []);

  const take = (list: FileList | null) => {
    const files = visibleFiles(list ?? []);
    if (files.length && !disabled) onFiles(files);
  };
  const onDrag = (e: DragEvent) => {
    e.preventDefault();
    if (!disabled) setOver(e.type !== 'dragleave');
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };

  return (
    <section
      className={['dropzone', over ? 'dropzone-over' : '', hashOnly ? 'dropzone-hash' : ''].filter(Boolean).join(' ')}
      aria-label={t('import.drop')}
      data-testid="drop-zone"
      onDragEnter={onDrag}
      onDragOver={onDrag}
      onDragLeave={onDrag}
      onDrop={onDrop}
    >
      <p className="dropzone-title">{over ? t('import.dropActive') : hashOnly ? t('import.dropHashTitle') : t('import.dropTitle')}</p>
      <p className="muted">{t('import.dropPaste')}</p>
      {hashOnly ? <p className="dropzone-note">{t('import.dropHashNote')}</p> : null}
      <div className="actions dropzone-actions">
        <Button onClick={() => filesRef.current?.click()} disabled={disabled}>
          {t('import.choose')}
        </Button>
        <Button variant="secondary" onClick={() => dirRef.current?.click()} disabled={disabled}>
          {t('import.chooseFolder')}
        </Button>
      </div>
      <input
        ref={filesRef}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        data-testid="file-input"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
      <input
        ref={dirRef}
        type="file"
        hidden
        tabIndex={-1}
        data-testid="folder-input"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
    </section>
  );
}
