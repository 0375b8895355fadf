// Array.prototype.map for the data the stages hand on, giving the same kind of array before and after V8's warm-up.

/**
 * Like `items.map(make)`, always as a packed array. V8's optimized Array.prototype.map makes holey arrays where the
 * unoptimized one makes packed ones, so data made after warm-up would change its hidden class, and every optimized
 * function that reads it (line breaking, the flow, the plan's checks) would be thrown away and compiled again.
 */
export function packedMap<T, U>(items: readonly T[], make: (item: T, index: number) => U): U[] {
  const made: U[] = [];
  for (let index = 0; index < items.length; index++) made.push(make(items[index]!, index));
  return made;
}
