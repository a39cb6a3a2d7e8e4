export function groupBy<T, V>(items: readonly T[], key: (item: T) => string, map: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(map(item));
    else groups.set(k, [map(item)]);
  }
  return groups;
}
