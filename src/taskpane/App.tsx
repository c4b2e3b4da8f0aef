import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { DeskProvider, useDesk } from './desk/DeskProvider';
import { downloadNow } from './download';
import type { HostContext } from './hostContext';
import { excelHost } from './host/excelHost';
import { standaloneHost } from './host/standaloneHost';
import { canSave } from './host/workbookHost';
import type { WorkbookHost } from './host/workbookHost';
import { SCREENS } from './screens';
import type { Screen } from './screens';
import { errorWords } from './problemWords';
import { RunReportBar } from './screens/RunReportBar';
import type { IsoDay } from '../domain/isoDay';

const useStyles = makeStyles({
  pane: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  fileBar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
  task: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
  tabs: { flexWrap: 'wrap' },
});

export interface AppProps {
  readonly host: HostContext;
  /** Where the workbook comes from; by default the one that fits host.mode. */
  readonly workbook?: WorkbookHost;
  readonly screens?: readonly Screen[];
  readonly initialAsOf?: IsoDay;
}

export function App({ host, workbook, screens = SCREENS, initialAsOf }: AppProps): ReactElement {
  const workbookHost = useMemo(
    () => workbook ?? (host.mode === 'excel' ? excelHost() : standaloneHost()),
    [workbook, host.mode],
  );

  return (
    <FluentProvider
      theme={host.dark ? webDarkTheme : webLightTheme}
      lang={host.language === 'zh' ? 'zh-CN' : 'en'}
    >
      <DeskProvider
        host={workbookHost}
        language={host.language}
        {...(initialAsOf ? { initialAsOf } : {})}
      >
        <Pane screens={screens} />
      </DeskProvider>
    </FluentProvider>
  );
}

function Pane({ screens }: { screens: readonly Screen[] }): ReactElement {
  const styles = useStyles();
  const desk = useDesk();
  const { t, host, language } = desk;
  const [selected, setSelected] = useState(screens[0]?.id ?? '');
  const screen = screens.find((candidate) => candidate.id === selected) ?? screens[0];
  const report = desk.runReport;

  // A finished ribbon run opens the screen its report names (Letters for the letters' .zip).
  useEffect(() => {
    const wanted = report?.state === 'running' ? undefined : report?.screen;
    if (wanted && screens.some((candidate) => candidate.id === wanted)) setSelected(wanted);
  }, [report, screens]);

  return (
    <main className={styles.pane}>
      <header className={styles.header}>
        <Title3 as="h1">{t('title')}</Title3>
        <Caption1>
          {t(host.mode === 'excel' ? 'modeExcel' : 'modeStandalone')}
          {host.workbookName() ? ` · ${host.workbookName()}` : ''}
        </Caption1>
        {host.mode === 'standalone' ? <FileBar /> : null}
      </header>
      <div role="status" aria-live="polite">
        {desk.task ? (
          <div className={styles.task}>
            <ProgressBar
              className={styles.grow}
              aria-label={desk.task.label}
              {...(desk.task.total > 0 ? { value: desk.task.done / desk.task.total } : {})}
            />
            <Caption1>{desk.task.label}</Caption1>
            <Button size="small" onClick={desk.cancel}>
              {t('cancel')}
            </Button>
          </div>
        ) : null}
        {desk.notice ? (
          <MessageBar intent={desk.notice.intent}>
            <MessageBarBody>{desk.notice.text}</MessageBarBody>
          </MessageBar>
        ) : null}
        {desk.storeProblems.length > 0 ? (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t('storeProblems')}: {desk.storeProblems.join(' ')}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <TabList
        aria-label={t('screensLabel')}
        selectedValue={screen?.id}
        onTabSelect={(_event, data) => setSelected(String(data.value))}
        size="small"
        className={styles.tabs}
      >
        {screens.map((candidate) => (
          <Tab key={candidate.id} value={candidate.id}>
            {candidate.label[language]}
          </Tab>
        ))}
      </TabList>
      {report && (screen?.id === 'overview' || screen?.id === report.screen) ? (
        <RunReportBar report={report} />
      ) : null}
      {screen?.render({ language })}
    </main>
  );
}

/** Standalone only: open an .xlsx file, and save the changed workbook as a download. */
function FileBar(): ReactElement {
  const styles = useStyles();
  const desk = useDesk();
  const input = useRef<HTMLInputElement>(null);
  const { t, host } = desk;

  const save = async (): Promise<void> => {
    try {
      const file = await host.saveToFile?.();
      if (file) downloadNow(file);
    } catch (error) {
      desk.setNotice({ intent: 'error', text: errorWords(error, desk.language) });
    }
  };

  return (
    <div className={styles.fileBar}>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('openWorkbook')}
        data-testid="workbook-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void desk.openFile(file);
          event.target.value = '';
        }}
      />
      <Button appearance="primary" onClick={() => input.current?.click()}>
        {t('openWorkbook')}
      </Button>
      <Button disabled={!canSave(host) || desk.task !== undefined} onClick={() => void save()}>
        {t('saveWorkbook')}
      </Button>
    </div>
  );
}
