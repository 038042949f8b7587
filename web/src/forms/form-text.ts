/** An empty optional field is absent, not an empty string (which a schema would refuse). */
export function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}
