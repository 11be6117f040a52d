import type { Channel, CoreChannel, HostChannel, Output, ParsedInput } from '../../shared/contract';
import type { Transport } from '../../shared/contract-kit';

/** Who is calling: the dispatcher checks it against the channel's transports (shared/contract-kit.ts). */
export interface CallContext {
  transport: Transport;
}

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: CallContext) => Promise<Output<C>>;
export type CoreHandlers = { [C in CoreChannel]: Handler<C> };
export type HostHandlers = { [C in HostChannel]: Handler<C> };
export type AllHandlers = { [C in Channel]: Handler<C> };
