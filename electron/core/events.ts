/** Typed event hub from the core to whichever transport is attached (IPC or bridge SSE). */
import type { EventMap, EventName } from '../../shared/events';

export type Listener<E extends EventName> = (payload: EventMap[E]) => void;
export type AnyListener = <E extends EventName>(name: E, payload: EventMap[E]) => void;

export class CoreEvents {
  private readonly listeners = new Set<AnyListener>();

  /** Subscribe to every event; returns the unsubscribe function. */
  onAny(listener: AnyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Subscribe to one event; returns the unsubscribe function. */
  on<E extends EventName>(name: E, listener: Listener<E>): () => void {
    return this.onAny((n, payload) => {
      if ((n as EventName) === name) listener(payload as unknown as EventMap[E]);
    });
  }

  emit<E extends EventName>(name: E, payload: EventMap[E]): void {
    for (const l of this.listeners) l(name, payload);
  }
}
