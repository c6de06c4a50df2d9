/**
 * `transform` with its results remembered per argument. Names repeat a few thousand words
 * (Nguyễn, Văn, Thị …) over a whole office, so a bulk import works each word out once. The memory
 * is bounded: past `limit` distinct words it starts over.
 */
export function rememberedPerWord<T>(transform: (word: string) => T, limit = 50_000): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    const hit = known.get(word);
    if (hit !== undefined) return hit;
    if (known.size >= limit) known.clear();
    const value = transform(word);
    known.set(word, value);
    return value;
  };
}
