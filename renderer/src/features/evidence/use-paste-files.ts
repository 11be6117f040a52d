/**
 * Ctrl+V anywhere on the evidence tab adds pasted images or files. Invariant: a paste with
 * no files (plain text into a field) is left alone, so typing and pasting in fields works.
 */
import { useEffect, useRef } from 'react';

export function usePasteFiles(onFiles: (files: File[]) => void, enabled: boolean): void {
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  });
  useEffect(() => {
    if (!enabled) return;
    const onPaste = (e: ClipboardEvent) => {
      const files = [...(e.clipboardData?.files ?? [])];
      if (!files.length) return;
      e.preventDefault();
      latest.current(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [enabled]);
}
