import { RESPONSE_TEMPLATE_KINDS } from '@domain/schemas/response-template.schema.js';
import { h } from '../ui/legacy/dom.js';
import { validateTemplate, type TemplateValues } from './report-action-forms.js';
import { catalogue, currentLanguage, loadSection, t } from '../i18n/i18n.js';
import type { TemplateView } from './report-view.js';
import type { PageContext, PageView } from '../router/page.js';
import { askToConfirm } from '../ui/confirm-dialog.js';
import { formMessage, selectField, textAreaField, textField } from '../ui/legacy/form.js';
import { liveValidation } from '../ui/legacy/live-validation.js';
import { replaceKeepingFocus } from '../ui/legacy/dom.js';
import { checkSent, perform } from '../ui/legacy/perform.js';
import { prose } from './report-sections.js';
import { pageHeading } from '../ui/legacy/heading.js';

const WRITE_TIMEOUT_MS = 15_000;

/**
 * `/app/templates`: the Secretariat's response templates, by what they are for. Staff add,
 * edit and delete them (rules: staff only, exactly title, kind, text and who changed them
 * when); coordinators and the Commissioner read them, and every reader inserts them in the
 * forms of the report page.
 */
export async function templatesPage({ user, claims, announce }: PageContext): Promise<PageView> {
  if (!user) throw new Error('The templates page needs a signed-in user');
  await loadSection('reports');
  const reports = await import('../firebase/reports.js');
  const editable = claims?.role === 'staff';
  const title = t('reports.templates.title');
  const heading = pageHeading(title);
  const summary = h('p', { class: 'summary' });
  const loadError = h('p', { class: 'form-error', hidden: true, role: 'alert' });
  const listMessage = formMessage('templates-list-message');
  const lists = h('div');
  const node = h(
    'div',
    { class: 'page page-narrow' },
    heading,
    h('p', null, t('reports.templates.intro')),
    editable ? null : h('p', { class: 'notice' }, t('reports.templates.readOnly')),
    loadError,
  );
  const kinds = catalogue().reports.templates.kinds as Record<string, string>;

  // ---- the form (staff) ------------------------------------------------------------------------

  let editing: TemplateView | null = null;
  const form = 'template';
  const kind = selectField({
    form,
    name: 'kind',
    label: t('reports.templates.kind'),
    options: RESPONSE_TEMPLATE_KINDS.map((value) => ({ value, label: kinds[value] ?? value })),
    placeholder: t('reports.templates.kindPlaceholder'),
  });
  const templateTitle = textField({
    form,
    name: 'title',
    label: t('reports.templates.titleLabel'),
    maxlength: 200,
    autocomplete: 'off',
  });
  const text = textAreaField({
    form,
    name: 'text',
    label: t('reports.templates.textLabel'),
    hint: t('reports.templates.textHint'),
    rows: 6,
    maxlength: 10_000,
  });
  const fields = [kind, templateTitle, text];
  const labels = {
    kind: t('reports.templates.kind'),
    title: t('reports.templates.titleLabel'),
    text: t('reports.templates.textLabel'),
  };
  const values = (): TemplateValues => ({
    title: templateTitle.value(),
    kind: kind.value(),
    text: text.value(),
  });
  const check = () => validateTemplate(values(), currentLanguage(), labels);
  const live = liveValidation(fields, () => {
    const checked = check();
    return checked.ok ? {} : checked.problems;
  });
  const message = formMessage('template-message');
  const formHeading = h(
    'h2',
    { id: 'template-form-heading', tabindex: -1 },
    t('reports.templates.newHeading'),
  );
  const save = h('button', { type: 'submit', class: 'button' }, t('reports.templates.save'));
  const cancel = h(
    'button',
    { type: 'button', class: 'button button-secondary', hidden: true },
    t('reports.templates.cancel'),
  );
  const formNode = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': formHeading.id },
    message.node,
    ...fields.map((field) => field.node),
    h('p', { class: 'actions' }, save, cancel),
  );

  function edit(template: TemplateView | null): void {
    editing = template;
    kind.select.value = template?.kind ?? '';
    templateTitle.input.value = template?.title ?? '';
    text.input.value = template?.text ?? '';
    for (const field of fields) field.setError(null);
    formHeading.textContent = t(
      template ? 'reports.templates.editHeading' : 'reports.templates.newHeading',
    );
    cancel.hidden = !template;
  }

  cancel.addEventListener('click', () => {
    edit(null);
    formHeading.focus();
  });

  formNode.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = checkSent(live, check, fields, message, announce);
    if (!value) return;
    const wasEditing = editing;
    void perform({
      button: save,
      labels: { idle: t('reports.templates.save'), busy: t('reports.templates.saving') },
      form: formNode,
      message,
      fields,
      announce,
      timeoutMs: WRITE_TIMEOUT_MS,
      run: () => reports.saveTemplate(wasEditing?.id ?? null, value, user.uid),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      const done = t(wasEditing ? 'reports.templates.saved' : 'reports.templates.created');
      edit(null);
      message.show(done, 'success');
      message.node.focus();
      announce(done);
    });
  });

  // ---- the list ----------------------------------------------------------------------------------

  function item(template: TemplateView): HTMLElement {
    const actions: HTMLElement[] = [];
    if (editable) {
      const change = h(
        'button',
        {
          type: 'button',
          class: 'button button-secondary',
          'aria-label': t('reports.templates.editLabel', { title: template.title }),
          'data-focus-key': `edit:${template.id}`,
        },
        t('reports.templates.edit'),
      );
      change.addEventListener('click', () => {
        edit(template);
        formHeading.focus();
      });
      const remove = h(
        'button',
        {
          type: 'button',
          class: 'button button-danger',
          'aria-label': t('reports.templates.deleteLabel', { title: template.title }),
          'data-focus-key': `delete:${template.id}`,
        },
        t('reports.templates.delete'),
      );
      remove.addEventListener('click', () => {
        void askToConfirm({
          title: t('reports.templates.deleteTitle', { title: template.title }),
          text: t('reports.templates.deleteText'),
          confirm: t('reports.templates.deleteConfirm'),
          danger: true,
        }).then((yes) => {
          if (!yes) return;
          void perform({
            button: remove,
            labels: { idle: t('reports.templates.delete'), busy: t('reports.templates.delete') },
            message: listMessage,
            announce,
            timeoutMs: WRITE_TIMEOUT_MS,
            run: () => reports.deleteTemplate(template.id),
          }).then((outcome) => {
            if (!outcome?.ok) return;
            if (editing?.id === template.id) edit(null);
            const done = t('reports.templates.deleted', { title: template.title });
            listMessage.show(done, 'success');
            listMessage.node.focus();
            announce(done);
          });
        });
      });
      actions.push(change, remove);
    }
    return h(
      'li',
      { class: 'row' },
      h('h3', { class: 'row-title' }, template.title),
      prose(template.text),
      actions.length ? h('p', { class: 'actions' }, ...actions) : null,
    );
  }

  function render(templates: TemplateView[]): void {
    const language = currentLanguage();
    summary.textContent = templates.length
      ? t('reports.templates.count', { count: templates.length })
      : t('reports.templates.none');
    replaceKeepingFocus(
      lists,
      ...RESPONSE_TEMPLATE_KINDS.flatMap((value) => {
        const ofKind = templates
          .filter((template) => template.kind === value)
          .sort((a, b) => a.title.localeCompare(b.title, language));
        if (ofKind.length === 0) return [];
        return [
          h(
            'section',
            { 'aria-labelledby': `templates-${value}` },
            h('h2', { id: `templates-${value}` }, kinds[value] ?? value),
            h('ul', { class: 'rows' }, ofKind.map(item)),
          ),
        ];
      }),
    );
  }

  if (editable) {
    node.append(h('section', { class: 'card' }, formHeading, formNode));
  }
  node.append(listMessage.node, summary, lists);

  const stop = reports.watchTemplates(
    null,
    (templates) => {
      loadError.hidden = true;
      render(templates);
    },
    (error) => {
      console.error(error);
      loadError.hidden = false;
      loadError.textContent = t('errors.load');
    },
  );
  return { title, node, dispose: stop };
}
