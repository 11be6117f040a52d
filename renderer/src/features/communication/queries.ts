import { useEffect, useState } from 'react';
import { useChannelQuery } from '../../lib/query';

export function useMessageTemplates() {
  return useChannelQuery('message:get-templates', {});
}

export function useMessageLog(caseId: string) {
  return useChannelQuery('message:list', { caseId }, { staleTime: 0 });
}

/** A draft of one template for the case; nothing is asked until a template is chosen. */
export function useMessageDraft(caseId: string, templateId: string | null, lang: 'nl' | 'en', contactStaffId: string | null) {
  return useChannelQuery('message:draft', { caseId, templateId: templateId ?? 'none', lang, contactStaffId }, { enabled: templateId !== null, staleTime: 0 });
}

/** The value after it stopped changing for `ms` (the name check asks the core once typing pauses). */
export function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Which persons of the case a typed text names (the minimisation warning, issue 19 item 2). */
export function useNameCheck(caseId: string, text: string) {
  const settled = useSettled(text);
  return useChannelQuery('message:check', { caseId, text: settled }, { enabled: settled.trim() !== '', staleTime: 0, placeholderData: (prev) => prev });
}
