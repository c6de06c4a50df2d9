import type { Channel, Input, Output } from './contract';
import type { EventMap, EventName } from './events';
import type { Result } from './result';

/** What the preload puts on window.api in Electron. */
export interface DesktopApi {
  calls: { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> };
  events: { [E in EventName]: (callback: (payload: EventMap[E]) => void) => () => void };
}
