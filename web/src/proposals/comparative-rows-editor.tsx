import { COMPARATIVE_ROW_KINDS } from '@domain/schemas/comparative-table.schema.js';
import { t } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { SelectField, TextArea, TextField } from '../ui/field.js';
import { fieldIds } from '../ui/form-model.js';
import { fromFlat } from './editor-form.js';
import { changeLists, ListProblem, type EditorForm } from './editor-lists.js';
import { emptyRow } from './editor-values.js';

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
export function ComparativeRowsEditor(props: { form: EditorForm }) {
  const { form } = props;
  const { comparativeTable: rows, legalActs: acts } = fromFlat(form.values.value);
  return (
    <fieldset class="proposal-rows" id={fieldIds(form.id, 'comparativeTable').control}>
      <legend>{t('proposals.editor.table')}</legend>
      <ListProblem form={form} name="comparativeTable" />
      {rows.map((row, i) => (
        <fieldset key={i} class="proposal-row">
          <legend>{t('proposals.editor.row', { n: i + 1 })}</legend>
          {acts.length > 1 ? (
            <SelectField
              form={form}
              name={`row.${i}.actKey`}
              label={t('proposals.editor.rowAct')}
              placeholder="—"
              options={acts.map((act) => ({ value: act.key, label: act.title || act.key }))}
            />
          ) : null}
          <TextField
            form={form}
            name={`row.${i}.provision`}
            label={t('proposals.editor.provision')}
            hint={t('proposals.editor.provisionHint')}
            maxlength={300}
          />
          <SelectField
            form={form}
            name={`row.${i}.kind`}
            label={t('proposals.editor.rowKind')}
            options={COMPARATIVE_ROW_KINDS.map((kind) => ({
              value: kind,
              label: t(KIND_LABEL[kind]),
            }))}
          />
          {row.kind !== 'insert' ? (
            <TextArea form={form} name={`row.${i}.current`} label={t('proposals.editor.current')} />
          ) : null}
          {row.kind === 'amend' || row.kind === 'insert' ? (
            <TextArea
              form={form}
              name={`row.${i}.proposed`}
              label={t('proposals.editor.proposed')}
            />
          ) : null}
          <TextArea
            form={form}
            name={`row.${i}.justification`}
            label={t('proposals.editor.rowJustification')}
            rows={3}
            optional
          />
          <Button
            variant="secondary"
            onClick={() =>
              changeLists(form, (v) => ({
                ...v,
                comparativeTable: v.comparativeTable.filter((_, j) => j !== i),
              }))
            }
          >
            {t('proposals.editor.removeRow', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button
        variant="secondary"
        onClick={() =>
          changeLists(form, (v) => ({
            ...v,
            comparativeTable: [...v.comparativeTable, emptyRow(v.legalActs[0]?.key ?? '')],
          }))
        }
      >
        {t('proposals.editor.addRow')}
      </Button>
    </fieldset>
  );
}
