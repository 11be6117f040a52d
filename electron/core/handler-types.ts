import type { Channel, CoreChannel, HostChannel, Output, ParsedInput } from '../../shared/contract';

/** Who is calling: lets a handler tell the app's window from the bridge or the CLI. */
export interface CallContext {
  transport: 'ipc' | 'http' | 'cli' | 'test';
}

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: CallContext) => Promise<Output<C>>;
export type CoreHandlers = { [C in CoreChannel]: Handler<C> };
export type HostHandlers = { [C in HostChannel]: Handler<C> };
export type AllHandlers = { [C in Channel]: Handler<C> };
