/**
 * Letters: choose reminders (by level) or account confirmations, choose the customers, preview
 * one letter, write them all, and take the .zip. Add-ins cannot write files, so the .zip is a
 * download inside Excel as in a browser. Every letter written goes into the letter log.
 */
import {
  Body1,
  Body1Strong,
  Button,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { ReminderLevel } from '../../domain/collections/reminderSettings';
import { letterText } from '../../domain/letters/letterText';
import type { Lang } from '../../domain/messages/index';
import { letterLogEntry } from '../../domain/letters/fromDecision';
import { renderLetterBatch } from '../../workbook/letters/lettersZip';
import { useDesk } from '../desk/DeskProvider';
import { composeLetters, letterCandidates } from '../desk/letterBatch';
import type { LetterChoice } from '../desk/letterBatch';
import { DownloadLink } from '../download';
import type { DownloadFile } from '../host/workbookHost';
import { money } from '../format';
import { wordsOf } from '../strings';
import { useScreenStyles } from './screenStyles';

const WORDS = {
  heading: { zh: '催款函与对账函', en: 'Letters' },
  empty: { zh: '请先在“导入”中整理台账。', en: 'Import the ledger first.' },
  kind: { zh: '函件类型', en: 'Kind' },
  reminder: { zh: '催款函', en: 'Reminder' },
  statement: { zh: '对账函', en: 'Account confirmation' },
  level: { zh: '级别', en: 'Level' },
  anyLevel: { zh: '按规则决定的全部级别', en: 'Every level the rules decided' },
  level1: { zh: '1 友好提醒', en: '1 Friendly reminder' },
  level2: { zh: '2 正式催款函', en: '2 Formal reminder' },
  level3: { zh: '3 最后通知', en: '3 Final notice' },
  letterLanguage: { zh: '函件语言', en: 'Letter language' },
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  customers: { zh: '收件客户', en: 'Customers' },
  noCandidates: {
    zh: '截至所选日期，没有客户需要这类函件。',
    en: 'As of the chosen date no customer calls for this letter.',
  },
  all: { zh: '全选', en: 'All' },
  preview: { zh: '预览第一封', en: 'Preview the first' },
  generate: { zh: '生成全部并打包', en: 'Write all as a .zip' },
  download: { zh: '下载', en: 'Download' },
  written: {
    zh: '已生成 {n} 封函件，并记入“函件记录”工作表。',
    en: '{n} letters written and logged on the 函件记录 Letters sheet.',
  },
  failed: { zh: '以下客户的函件未能生成：', en: 'These letters could not be written:' },
  fixSettings: {
    zh: '请在“设置”中补全公司与银行信息或修改模板后重试。',
    en: 'Complete the company and bank details or fix the template under Settings, then try again.',
  },
} as const;

const LEVELS: readonly ReminderLevel[] = [1, 2, 3];

export function LettersScreen(): ReactElement {
  const styles = useScreenStyles();
  const desk = useDesk();
  const w = wordsOf(WORDS, desk.language);
  const [kind, setKind] = useState<LetterChoice>('reminder');
  const [level, setLevel] = useState<ReminderLevel | undefined>(undefined);
  const [lang, setLang] = useState<Lang>(desk.language);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [preview, setPreview] = useState<string>();
  const [zip, setZip] = useState<DownloadFile>();
  const [failures, setFailures] = useState<readonly string[]>([]);

  const structure = desk.structure;
  const candidates = useMemo(
    () =>
      structure && desk.figures
        ? letterCandidates(
            kind,
            level,
            desk.figures.decisions,
            structure.customers,
            structure.entries,
          )
        : [],
    [kind, level, structure, desk.figures],
  );
  if (!structure || !desk.figures) return <Body1>{w('empty')}</Body1>;

  const keyOf = (c: { customerId: string; currency: string }) => `${c.customerId}|${c.currency}`;
  const chosen = candidates.filter((c) => !excluded.has(keyOf(c)));

  const compose = (only?: number) =>
    composeLetters(
      kind,
      only === undefined ? chosen : chosen.slice(0, only),
      structure.entries,
      desk.letterNumbersTaken,
      desk.settings,
      lang,
      desk.asOf,
    );

  const showFailures = (batch: ReturnType<typeof compose>) =>
    setFailures(batch.problems.map((p) => `${p.customerName}: ${desk.describe(p.problem)}`));

  const previewFirst = (): void => {
    const batch = compose(1);
    showFailures(batch);
    setPreview(batch.letters[0] ? letterText(batch.letters[0]) : undefined);
  };

  const generate = async (): Promise<void> => {
    setZip(undefined);
    const batch = compose();
    showFailures(batch);
    if (batch.letters.length === 0) return;

    const rendered = await desk.run('taskLetters', () => renderLetterBatch(batch.letters));
    if (!rendered) return;
    const bytes = rendered.zip;
    // The log names each letter's file in the .zip, as the ribbon's letters do.
    await desk.logLetters(
      rendered.files.map((file, index) => ({
        ...(batch.log[index] ?? letterLogEntry(file.letter, 'post')),
        customerName: file.letter.customerName,
        currency: file.letter.currency,
        file: file.name,
      })),
      { considered: chosen.length, problems: batch.problems.length },
    );
    const name = `${kind === 'reminder' ? w('reminder') : w('statement')}-${desk.asOf}.zip`;
    setZip({ name, bytes, type: 'application/zip' });
    desk.setNotice({
      intent: 'success',
      text: w('written').replace('{n}', String(batch.letters.length)),
    });
  };

  return (
    <section className={styles.screen} aria-labelledby="letters-title">
      <Subtitle2 as="h2" id="letters-title">
        {w('heading')}
      </Subtitle2>
      <Field label={w('kind')}>
        <RadioGroup
          value={kind}
          layout="horizontal"
          onChange={(_e, d) => {
            setKind(d.value as LetterChoice);
            setPreview(undefined);
            setZip(undefined);
          }}
        >
          <Radio value="reminder" label={w('reminder')} />
          <Radio value="statement" label={w('statement')} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        {kind === 'reminder' ? (
          <Field label={w('level')}>
            <Select
              value={level === undefined ? '' : String(level)}
              onChange={(_e, d) =>
                setLevel(d.value === '' ? undefined : (Number(d.value) as ReminderLevel))
              }
            >
              <option value="">{w('anyLevel')}</option>
              {LEVELS.map((l) => (
                <option key={l} value={String(l)}>
                  {w(`level${l}`)}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <Field label={w('letterLanguage')}>
          <Select value={lang} onChange={(_e, d) => setLang(d.value as Lang)}>
            <option value="zh">{w('zh')}</option>
            <option value="en">{w('en')}</option>
          </Select>
        </Field>
      </div>

      <fieldset className={styles.section}>
        <legend>
          <Body1Strong>{w('customers')}</Body1Strong>
        </legend>
        {candidates.length === 0 ? <Body1>{w('noCandidates')}</Body1> : null}
        {candidates.map((c) => (
          <Checkbox
            key={keyOf(c)}
            checked={!excluded.has(keyOf(c))}
            label={`${c.customerName}${c.level ? ` · ${w('level')} ${c.level}` : ''}${
              c.decision ? ` · ${money(c.decision.amount, c.currency)}` : ''
            }`}
            onChange={(_e, d) => {
              const next = new Set(excluded);
              if (d.checked) next.delete(keyOf(c));
              else next.add(keyOf(c));
              setExcluded(next);
            }}
          />
        ))}
      </fieldset>
      <div className={styles.row}>
        <Button disabled={chosen.length === 0} onClick={previewFirst}>
          {w('preview')}
        </Button>
        <Button
          appearance="primary"
          disabled={chosen.length === 0 || desk.task !== undefined}
          onClick={() => void generate()}
        >
          {w('generate')}
        </Button>
      </div>
      {zip ? <DownloadLink file={zip} label={w('download')} /> : null}
      {failures.length > 0 ? (
        <div className={styles.section} role="alert">
          <Body1Strong>{w('failed')}</Body1Strong>
          <ul className={styles.list}>
            {failures.map((text, index) => (
              <li key={index}>
                <Body1>{text}</Body1>
              </li>
            ))}
          </ul>
          <Body1>{w('fixSettings')}</Body1>
        </div>
      ) : null}
      {preview ? (
        <div
          className={styles.letter}
          tabIndex={0}
          aria-label={w('preview')}
          data-testid="letter-preview"
        >
          {preview}
        </div>
      ) : null}
    </section>
  );
}
