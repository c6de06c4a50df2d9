import type { Channel, Output, ParsedInput } from '../../../shared/ipc/contract';
import type { BackendContext } from './context';

export type Handler<C extends Channel> = (
  ctx: BackendContext,
  input: ParsedInput<C>,
) => Output<C> | Promise<Output<C>>;

export type DomainHandlers<K extends Channel> = { [C in K]: Handler<C> };
export type HandlerMap = DomainHandlers<Channel>;
