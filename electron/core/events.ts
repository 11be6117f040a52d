/** Typed event hub from the core to whichever transport is attached (IPC or bridge SSE). */
import type { EventMap, EventName } from '../../shared/domain';

export type Listener<E extends EventName> = (payload: EventMap[E]) => void;
export type AnyListener = <E extends EventName>(name: E, payload: EventMap[E]) => void;

export class CoreEvents {
  private readonly listeners = new Set<AnyListener>();

  /** Subscribe to every event; returns the unsubscribe function. */
  onAny(listener: AnyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, payload: EventMap[E]): void {
    for (const l of this.listeners) l(name, payload);
  }
}
