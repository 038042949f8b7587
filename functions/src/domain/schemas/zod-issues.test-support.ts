/** A parse result's problems as `path: message` lines, to compare with what a person reads. */
export function issueLines(result: {
  error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined;
}): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
