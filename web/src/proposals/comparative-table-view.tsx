import {
  COMPARATIVE_TABLE_LABELS,
  comparativeTableItems,
  tableSubtitle,
  type CellView,
} from '@domain/proposals/comparative-table.js';
import type { ProposalDraftContent } from '@domain/schemas/proposal-content.schema.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import './proposals.css';

/** A cell: its words, changed ones marked (removed on the left, new on the right). */
function Cell(props: { cell: CellView; side: 'current' | 'proposed' }) {
  const { cell } = props;
  if (cell.kind === 'phrase') return <span class="table-phrase">{cell.text}</span>;
  return (
    <>
      {cell.segments.map((segment, i) =>
        segment.changed ? (
          props.side === 'current' ? (
            <del key={i} class="diff-removed">
              {segment.text}
            </del>
          ) : (
            <ins key={i} class="diff-added">
              {segment.text}
            </ins>
          )
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/**
 * The comparative table on screen, as the DOCX lays it out: the two headed columns side by
 * side, the act's name above its rows, the changed words marked, the fixed phrases of
 * Ukrainian drafting where a side has no text.
 */
export function ComparativeTableView(props: { content: ProposalDraftContent }) {
  const language = currentLanguage();
  const labels = COMPARATIVE_TABLE_LABELS[language];
  const items = comparativeTableItems(props.content, language);
  if (!items.length) return null;
  return (
    <div class="table-scroll">
      <table class="comparative-table" id="comparative-table">
        <caption>
          {labels.title}
          {props.content.draftLawTitle ? (
            <>
              <br />
              {tableSubtitle(props.content.draftLawTitle, language)}
            </>
          ) : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('proposals.page.tableCurrent')}</th>
            <th scope="col">{t('proposals.page.tableProposed')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) =>
            item.type === 'act' ? (
              <tr key={i} class="table-act">
                <th colSpan={2} scope="colgroup">
                  {item.title}
                </th>
              </tr>
            ) : (
              <tr key={i}>
                <td>
                  {item.provision ? <p class="table-provision">{item.provision}</p> : null}
                  <Cell cell={item.current} side="current" />
                </td>
                <td>
                  {item.provision ? <p class="table-provision">{item.provision}</p> : null}
                  <Cell cell={item.proposed} side="proposed" />
                  {item.justification ? (
                    <p class="table-justification">
                      {labels.justification}: {item.justification}
                    </p>
                  ) : null}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
