import { COMPARATIVE_ROW_KINDS } from '@domain/schemas/comparative-table.schema.js';
import { t } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { Choice, TextBox, TextInput } from './editor-inputs.js';
import { emptyRow, type ActValues, type RowValues } from './editor-values.js';

const KIND_LABEL = {
  amend: 'proposals.editor.kindAmend',
  insert: 'proposals.editor.kindInsert',
  delete: 'proposals.editor.kindDelete',
  unchanged: 'proposals.editor.kindUnchanged',
} as const;

/**
 * The comparative table's rows in the editor: for each, what happens to the provision, the
 * current and the proposed wording (a new provision has no current one, a deleted one no
 * proposed one: the table then says «Положення відсутнє» or «Виключити»), its justification.
 */
export function ComparativeRowsEditor(props: {
  rows: RowValues[];
  acts: ActValues[];
  onChange: (rows: RowValues[]) => void;
}) {
  const set = (index: number, change: Partial<RowValues>) =>
    props.onChange(props.rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset class="proposal-rows" id="proposal-table">
      <legend>{t('proposals.editor.table')}</legend>
      {props.rows.map((row, i) => {
        const id = `proposal-row-${i}`;
        return (
          <fieldset key={i} class="proposal-row">
            <legend>{t('proposals.editor.row', { n: i + 1 })}</legend>
            {props.acts.length > 1 ? (
              <Choice
                id={`${id}-act`}
                label={t('proposals.editor.rowAct')}
                value={row.actKey}
                empty="—"
                options={props.acts.map((act) => ({ value: act.key, label: act.title || act.key }))}
                onInput={(actKey) => set(i, { actKey })}
              />
            ) : null}
            <TextInput
              id={`${id}-provision`}
              label={t('proposals.editor.provision')}
              hint={t('proposals.editor.provisionHint')}
              value={row.provision}
              onInput={(provision) => set(i, { provision })}
            />
            <Choice
              id={`${id}-kind`}
              label={t('proposals.editor.rowKind')}
              value={row.kind}
              options={COMPARATIVE_ROW_KINDS.map((kind) => ({
                value: kind,
                label: t(KIND_LABEL[kind]),
              }))}
              onInput={(kind) => set(i, { kind: kind as RowValues['kind'] })}
            />
            {row.kind !== 'insert' ? (
              <TextBox
                id={`${id}-current`}
                label={t('proposals.editor.current')}
                value={row.current}
                onInput={(current) => set(i, { current })}
              />
            ) : null}
            {row.kind === 'amend' || row.kind === 'insert' ? (
              <TextBox
                id={`${id}-proposed`}
                label={t('proposals.editor.proposed')}
                value={row.proposed}
                onInput={(proposed) => set(i, { proposed })}
              />
            ) : null}
            <TextBox
              id={`${id}-justification`}
              label={t('proposals.editor.rowJustification')}
              rows={3}
              value={row.justification}
              onInput={(justification) => set(i, { justification })}
            />
            <Button
              variant="secondary"
              onClick={() => props.onChange(props.rows.filter((_, j) => j !== i))}
            >
              {t('proposals.editor.removeRow', { n: i + 1 })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        onClick={() => props.onChange([...props.rows, emptyRow(props.acts[0]?.key ?? '')])}
      >
        {t('proposals.editor.addRow')}
      </Button>
    </fieldset>
  );
}
