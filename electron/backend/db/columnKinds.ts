/**
 * What a query returns in one column, declared where the query is declared: the row types come
 * from these, and each is checked against the real statement (rowCheck.ts) instead of being cast.
 */
export type Affinity = 'INTEGER' | 'REAL' | 'TEXT' | 'BLOB';

export interface ColumnKind<T> {
  readonly label: string;
  /** The affinity a table column read into this kind must have (REAL also takes INTEGER columns). */
  readonly affinity: Affinity;
  readonly nullable: boolean;
  /** Whether a value read from SQLite fits this kind. */
  readonly fits: (value: unknown) => boolean;
  /** Turns the stored value into the declared one (bool: 0/1 → false/true); absent when stored as is. */
  readonly read?: (value: unknown) => T;
  /** Only carries the type. */
  readonly type?: T;
}

function kind<T>(label: string, affinity: Affinity, fits: (value: unknown) => boolean, read?: (value: unknown) => T) {
  const plain: ColumnKind<T> = { label, affinity, nullable: false, fits, read };
  const orNull: ColumnKind<T | null> = {
    label: `${label} or null`,
    affinity,
    nullable: true,
    fits: (value) => value === null || fits(value),
    read: read && ((value) => (value === null ? null : read(value))),
  };
  return [plain, orNull] as const;
}

const isInteger = (value: unknown) => (typeof value === 'number' && Number.isInteger(value)) || typeof value === 'bigint';

export const [int, intOrNull] = kind<number>('int', 'INTEGER', isInteger);
export const [real, realOrNull] = kind<number>('real', 'REAL', (value) => typeof value === 'number');
export const [text, textOrNull] = kind<string>('text', 'TEXT', (value) => typeof value === 'string');
export const [blob, blobOrNull] = kind<Buffer>('blob', 'BLOB', (value) => Buffer.isBuffer(value));
export const [bool, boolOrNull] = kind<boolean>('bool (0/1)', 'INTEGER', (value) => value === 0 || value === 1, (value) => value === 1);

function oneOfKinds<const V extends string>(values: readonly V[]) {
  const allowed = new Set<string>(values);
  const isOne = (value: unknown): value is V => typeof value === 'string' && allowed.has(value);
  return kind<V>(`one of ${values.join(', ')}`, 'TEXT', isOne, (value) => {
    if (!isOne(value)) throw new Error(`Expected one of ${values.join(', ')}, read ${String(value)}`);
    return value;
  });
}

/** A text column holding one of a closed set of values (a CHECK in the migration); each value read is checked. */
export const oneOf = <const V extends string>(values: readonly V[]) => oneOfKinds(values)[0];
export const oneOfOrNull = <const V extends string>(values: readonly V[]) => oneOfKinds(values)[1];

export type Shape = Readonly<Record<string, ColumnKind<unknown>>>;

export type RowOf<S extends Shape> = { -readonly [K in keyof S]: S[K] extends ColumnKind<infer T> ? T : never };

export type ValueOf<K extends ColumnKind<unknown>> = K extends ColumnKind<infer T> ? T : never;

/** Declares a row shape: `const memberRow = columns({ id: int, name: text, note: textOrNull })`. */
export function columns<const S extends Shape>(shape: S): S {
  return shape;
}
