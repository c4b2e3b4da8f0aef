import {
  Caption1,
  FluentProvider,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactElement } from 'react';
import type { HostContext } from './hostContext';
import { SCREENS } from './screens';
import type { Screen } from './screens';
import { words } from './strings';

const useStyles = makeStyles({
  pane: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface AppProps {
  readonly host: HostContext;
  readonly screens?: readonly Screen[];
}

export function App({ host, screens = SCREENS }: AppProps): ReactElement {
  const styles = useStyles();
  const t = words(host.language);
  const [selected, setSelected] = useState(screens[0]?.id ?? '');
  const screen = screens.find((candidate) => candidate.id === selected) ?? screens[0];

  return (
    <FluentProvider
      theme={host.dark ? webDarkTheme : webLightTheme}
      lang={host.language === 'zh' ? 'zh-CN' : 'en'}
    >
      <main className={styles.pane}>
        <header className={styles.header}>
          <Title3 as="h1">{t('title')}</Title3>
          <Caption1 role="status">
            {t(host.mode === 'excel' ? 'modeExcel' : 'modeStandalone')}
          </Caption1>
        </header>
        <TabList
          aria-label={t('screensLabel')}
          selectedValue={screen?.id}
          onTabSelect={(_event, data) => setSelected(String(data.value))}
        >
          {screens.map((candidate) => (
            <Tab key={candidate.id} value={candidate.id}>
              {candidate.label[host.language]}
            </Tab>
          ))}
        </TabList>
        {screen?.render({ host })}
      </main>
    </FluentProvider>
  );
}
