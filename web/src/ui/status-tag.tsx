/**
 * A status as a tag whose colour repeats, never replaces, its words (`tag-pending`,
 * `tag-verified`, `tag-report-registered`… in styles.css).
 */
export function StatusTag(props: {
  tone: string;
  children: string;
  /** For a tag that takes focus when the action that changed it is done. */
  id?: string;
  focusable?: boolean;
}) {
  return (
    <span id={props.id} class={`tag tag-${props.tone}`} tabIndex={props.focusable ? -1 : undefined}>
      {props.children}
    </span>
  );
}
