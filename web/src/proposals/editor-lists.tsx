import { INSTRUMENTS } from '@domain/catalogues/instruments/instruments.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { Button } from '../ui/button.js';
import { Choice, TextInput } from './editor-inputs.js';
import {
  emptyAct,
  emptyStandard,
  nextActKey,
  type ActValues,
  type StandardValues,
} from './editor-values.js';

function replaced<T>(list: T[], index: number, change: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...change } : item));
}

/** The legal acts the proposal would change: title, number such as `2341-III`, articles. */
export function LegalActsEditor(props: {
  acts: ActValues[];
  onChange: (acts: ActValues[]) => void;
}) {
  return (
    <fieldset id="proposal-acts">
      <legend>{t('proposals.editor.legalActs')}</legend>
      {props.acts.map((act, i) => (
        <div key={act.key} class="proposal-item">
          <TextInput
            id={`proposal-act-${i}-title`}
            label={t('proposals.editor.actTitle')}
            value={act.title}
            onInput={(title) => props.onChange(replaced(props.acts, i, { title }))}
          />
          <TextInput
            id={`proposal-act-${i}-number`}
            label={t('proposals.editor.actNumber')}
            hint={t('proposals.editor.actNumberHint')}
            value={act.number}
            maxlength={40}
            onInput={(number) => props.onChange(replaced(props.acts, i, { number }))}
          />
          <TextInput
            id={`proposal-act-${i}-articles`}
            label={t('proposals.editor.actArticles')}
            value={act.articles}
            onInput={(articles) => props.onChange(replaced(props.acts, i, { articles }))}
          />
          <Button
            variant="secondary"
            onClick={() => props.onChange(props.acts.filter((_, j) => j !== i))}
          >
            {t('proposals.editor.removeAct', { n: i + 1 })}
          </Button>
        </div>
      ))}
      <Button
        variant="secondary"
        onClick={() => props.onChange([...props.acts, emptyAct(nextActKey(props.acts))])}
      >
        {t('proposals.editor.addAct')}
      </Button>
    </fieldset>
  );
}

/** International standards, picked from the catalogue of instruments and their articles. */
export function StandardsEditor(props: {
  standards: StandardValues[];
  onChange: (standards: StandardValues[]) => void;
}) {
  const language = currentLanguage();
  return (
    <fieldset id="proposal-standards">
      <legend>{t('proposals.editor.standards')}</legend>
      {props.standards.map((standard, i) => {
        const instrument = INSTRUMENTS.find((item) => item.code === standard.instrument);
        return (
          <div key={i} class="proposal-item">
            <Choice
              id={`proposal-standard-${i}-instrument`}
              label={t('proposals.editor.instrument')}
              value={standard.instrument}
              empty="—"
              options={INSTRUMENTS.map((item) => ({
                value: item.code,
                label: item.short[language],
              }))}
              onInput={(code) =>
                props.onChange(replaced(props.standards, i, { instrument: code, article: '' }))
              }
            />
            {instrument && instrument.articles.length ? (
              <Choice
                id={`proposal-standard-${i}-article`}
                label={t('proposals.editor.article')}
                value={standard.article}
                empty="—"
                options={instrument.articles.map((a) => ({
                  value: a.code,
                  label: `${a.code}. ${a[language]}`,
                }))}
                onInput={(article) => props.onChange(replaced(props.standards, i, { article }))}
              />
            ) : null}
            <Button
              variant="secondary"
              onClick={() => props.onChange(props.standards.filter((_, j) => j !== i))}
            >
              {t('proposals.editor.removeStandard', { n: i + 1 })}
            </Button>
          </div>
        );
      })}
      <Button
        variant="secondary"
        onClick={() => props.onChange([...props.standards, emptyStandard()])}
      >
        {t('proposals.editor.addStandard')}
      </Button>
    </fieldset>
  );
}
