import { RESPONSE_TEMPLATE_KINDS } from '@domain/schemas/response-template.schema.js';
import { useState } from 'preact/hooks';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import type { PageProps } from '../router/page.js';
import { ActionButton } from '../ui/action-button.js';
import { succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { Button } from '../ui/button.js';
import { FormMessage } from '../ui/form-message.js';
import { PageHeading } from '../ui/page-heading.js';
import { useActionState } from '../ui/use-form.js';
import { useLive } from '../ui/use-data.js';
import type { TemplateView } from './report-view.js';
import { TemplateForm } from './template-form.js';
import './reports.css';

/**
 * `/app/templates`: the Secretariat's response templates, by what they are for. Staff add,
 * edit and delete them; coordinators and the Commissioner read them, and every reader inserts
 * them in the forms of the report page.
 */
export function TemplatesPage({ user, claims }: PageProps) {
  if (!user) throw new Error('The templates page needs a signed-in user');
  const editable = claims?.role === 'staff';
  const [editing, setEditing] = useState<TemplateView | null>(null);
  const messages = useActionState('templates-list');
  const templates = useLive<TemplateView[]>(async (next, fail) => {
    const store = await import('../firebase/response-templates.js');
    return store.watchTemplates(null, next, fail);
  }, []);
  return (
    <div class="page page-narrow">
      <PageHeading>{t('reports.templates.title')}</PageHeading>
      <p>{t('reports.templates.intro')}</p>
      {editable ? (
        <TemplateForm uid={user.uid} editing={editing} onDone={() => setEditing(null)} />
      ) : (
        <p class="notice">{t('reports.templates.readOnly')}</p>
      )}
      <FormMessage state={messages} />
      <Await state={templates}>
        {(all) => (
          <>
            <p class="summary">
              {all.length
                ? t('reports.templates.count', { count: all.length })
                : t('reports.templates.none')}
            </p>
            {RESPONSE_TEMPLATE_KINDS.map((kind) => (
              <TemplatesOfKind
                key={kind}
                kind={kind}
                templates={all}
                actions={
                  editable
                    ? (template) => (
                        <TemplateActions
                          template={template}
                          messages={messages}
                          onEdit={() => setEditing(template)}
                          onDeleted={() => {
                            if (editing?.id === template.id) setEditing(null);
                            succeed(
                              messages,
                              t('reports.templates.deleted', { title: template.title }),
                            );
                          }}
                        />
                      )
                    : null
                }
              />
            ))}
          </>
        )}
      </Await>
    </div>
  );
}

function TemplatesOfKind(props: {
  kind: string;
  templates: readonly TemplateView[];
  actions: ((template: TemplateView) => preact.ComponentChildren) | null;
}) {
  const language = currentLanguage();
  const ofKind = props.templates
    .filter((template) => template.kind === props.kind)
    .sort((a, b) => a.title.localeCompare(b.title, language));
  if (ofKind.length === 0) return null;
  const kinds = catalogue().reports.templates.kinds as Record<string, string>;
  const headingId = `templates-${props.kind}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{kinds[props.kind] ?? props.kind}</h2>
      <ul class="rows">
        {ofKind.map((template) => (
          <li class="row" key={template.id}>
            <h3 class="row-title">{template.title}</h3>
            <p class="prose">{template.text}</p>
            {props.actions ? <p class="actions">{props.actions(template)}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function TemplateActions(props: {
  template: TemplateView;
  messages: ReturnType<typeof useActionState>;
  onEdit: () => void;
  onDeleted: () => void;
}) {
  const { template } = props;
  return (
    <>
      <Button variant="secondary" onClick={props.onEdit}>
        {t('reports.templates.editLabel', { title: template.title })}
      </Button>{' '}
      <ActionButton
        messages={props.messages}
        variant="danger"
        label={t('reports.templates.deleteLabel', { title: template.title })}
        busyLabel={t('reports.templates.deleting')}
        confirm={{
          title: t('reports.templates.deleteTitle', { title: template.title }),
          text: t('reports.templates.deleteText'),
          confirm: t('reports.templates.deleteConfirm'),
          danger: true,
        }}
        run={async () => {
          const store = await import('../firebase/response-templates.js');
          await store.deleteTemplate(template.id);
        }}
        onDone={props.onDeleted}
      />
    </>
  );
}
