/** Handler of search:query. */
import { requireSession, type CoreContext } from '../context';
import type { CoreHandlers } from '../handler-types';
import { search } from '../search/search';

export function searchHandlers(ctx: CoreContext): Pick<CoreHandlers, 'search:query'> {
  return { 'search:query': async (input) => search(requireSession(ctx).db, input) };
}
