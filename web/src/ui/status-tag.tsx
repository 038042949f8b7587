/**
 * A status as a tag whose colour repeats, never replaces, its words (`tag-pending`,
 * `tag-verified`, `tag-report-registered`… in styles.css).
 */
export function StatusTag(props: { tone: string; children: string }) {
  return <span class={`tag tag-${props.tone}`}>{props.children}</span>;
}
