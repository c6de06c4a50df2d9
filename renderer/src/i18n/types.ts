import type { vi } from './vi';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof vi>;

type At<T, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? At<T[Head], Rest>
    : never
  : Path extends keyof T
    ? T[Path]
    : never;

/** The keys of the texts (not sub-sections) under a section, `TextKeyUnder<'members.form'>`: for ``t(`members.form.${key}`)``. */
export type TextKeyUnder<Section extends string> = {
  [K in keyof At<Messages, Section>]: At<Messages, Section>[K] extends string ? K : never;
}[keyof At<Messages, Section>] &
  string;
