import type { z } from 'zod';

/** One IPC channel: its input schema and, as a phantom type, its output. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  readonly __output?: O;
}

export function channel<I extends z.ZodType>(input: I) {
  return { returns: <O>(): ChannelDef<I, O> => ({ input }) };
}

export type InputOf<D> = D extends ChannelDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<D> = D extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<D> = D extends ChannelDef<z.ZodType, infer O> ? O : never;
