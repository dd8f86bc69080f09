// Helpers for search parameters kept in the address: what a person would share lives in the URL.

export function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function texts(value: unknown): string[] | undefined {
  const list = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(text).filter(Boolean) as string[];
  return list.length ? list : undefined;
}

export function positive(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

export function oneOf<T extends string>(value: unknown, choices: readonly T[]): T | undefined {
  return choices.includes(value as T) ? (value as T) : undefined;
}

export function flag(value: unknown): boolean | undefined {
  return value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
}
