/**
 * The latest ribbon run, as the commands posted it to the run inbox: which button, how it went,
 * the notes in words and the sheets it wrote, and the file it made (the letters' .zip) to save.
 * Add-ins cannot write files, so the file waits in the inbox until the cashier downloads it; it
 * is handed over once.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { takeRunFile } from '../../workbook/runInbox';
import type { RunReport } from '../../workbook/runInbox';
import { useDesk } from '../desk/DeskProvider';
import { downloadNow } from '../download';
import { wordsOf } from '../strings';
import type { PaneLanguage } from '../strings';

const WORDS = {
  running: { zh: '正在运行', en: 'running' },
  done: { zh: '已完成', en: 'done' },
  failed: { zh: '未完成', en: 'did not finish' },
  sheets: { zh: '已写入工作表：', en: 'Sheets written:' },
  download: { zh: '下载', en: 'Download' },
  dismiss: { zh: '关闭', en: 'Dismiss' },
  ribbon: { zh: '功能区', en: 'Ribbon' },
} as const;

// The ribbon buttons' names as manifest.xml labels them (entry points cannot import each other).
const ACTIONS: Readonly<Record<string, Readonly<Record<PaneLanguage, string>>>> = {
  structureWorkbook: { zh: '整理工作簿', en: 'Structure workbook' },
  verifyWorkbook: { zh: '核对工作簿', en: 'Verify workbook' },
  importStatement: { zh: '导入对账单/收款', en: 'Import statement' },
  refreshAging: { zh: '刷新账龄', en: 'Refresh aging' },
  checkCredit: { zh: '信用评估', en: 'Credit check' },
  analysePayments: { zh: '回款分析', en: 'Payment analysis' },
  generateReminders: { zh: '催款提醒', en: 'Generate reminders' },
  exportLetters: { zh: '导出函件', en: 'Export letters' },
  accountConfirmations: { zh: '对账函', en: 'Account confirmations' },
  openSettings: { zh: '设置', en: 'Settings' },
};

export function RunReportBar({ report }: { report: RunReport }): ReactElement {
  const desk = useDesk();
  const w = wordsOf(WORDS, desk.language);
  // The file is taken from the inbox once; which report it came with decides the button.
  const [taken, setTaken] = useState<RunReport>();
  const action = ACTIONS[report.action]?.[desk.language] ?? report.action;
  const intent =
    report.state === 'failed'
      ? 'error'
      : report.state === 'running'
        ? 'info'
        : report.notes.length > 0
          ? 'warning'
          : 'success';
  const progress =
    report.progress && report.progress.total > 0
      ? ` ${report.progress.done}/${report.progress.total}`
      : '';

  const download = (): void => {
    const file = takeRunFile();
    setTaken(report);
    if (file) downloadNow({ name: file.fileName, bytes: file.bytes, type: file.mimeType });
  };

  return (
    <MessageBar intent={intent} layout="multiline" data-testid="run-report">
      <MessageBarBody>
        <MessageBarTitle>
          {w('ribbon')} · {action} · {w(report.state)}
          {progress}
        </MessageBarTitle>
        {report.outcome ? ` ${desk.describe(report.outcome)}` : ''}
        {report.notes.map((note, index) => (
          <span key={index}> {desk.describe(note)}</span>
        ))}
        {report.sheets.length > 0 ? ` ${w('sheets')} ${report.sheets.join('、')}` : ''}
      </MessageBarBody>
      <MessageBarActions>
        {report.file && taken !== report ? (
          <Button size="small" appearance="primary" onClick={download}>
            {w('download')} {report.file.fileName}
          </Button>
        ) : null}
        <Button size="small" onClick={desk.dismissRunReport}>
          {w('dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
