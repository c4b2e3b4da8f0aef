/**
 * The screens the pane offers, in tab order. A new screen is one entry here: an id, its tab label
 * in both languages and the component that renders it.
 */
import { Body1 } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { HostContext } from './hostContext';
import { words } from './strings';
import type { PaneLanguage } from './strings';

export interface ScreenProps {
  readonly host: HostContext;
}

export interface Screen {
  readonly id: string;
  readonly label: Readonly<Record<PaneLanguage, string>>;
  readonly render: (props: ScreenProps) => ReactElement;
}

function StartScreen({ host }: ScreenProps): ReactElement {
  const t = words(host.language);
  return (
    <section>
      <Body1 as="p" block>
        {t('homeIntro')}
      </Body1>
      <Body1 as="p" block>
        {t('homeFunctions')}
      </Body1>
      <Body1 as="p" block>
        {t('homeLater')}
      </Body1>
    </section>
  );
}

export const SCREENS: readonly Screen[] = [
  {
    id: 'start',
    label: { zh: '开始', en: 'Start' },
    render: (props) => <StartScreen {...props} />,
  },
];
