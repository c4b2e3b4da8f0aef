/**
 * The screens the pane offers, in tab order. A new screen is one entry here: an id, its tab label
 * in both languages and the component that renders it. Screens read the workbook through useDesk().
 */
import type { ReactElement } from 'react';
import { CustomersScreen } from './screens/CustomersScreen';
import { ImportScreen } from './screens/ImportScreen';
import { LettersScreen } from './screens/LettersScreen';
import { OverviewScreen } from './screens/OverviewScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { StatementsScreen } from './screens/StatementsScreen';
import type { PaneLanguage } from './strings';

export interface ScreenProps {
  readonly language: PaneLanguage;
}

export interface Screen {
  readonly id: string;
  readonly label: Readonly<Record<PaneLanguage, string>>;
  readonly render: (props: ScreenProps) => ReactElement;
}

export const SCREENS: readonly Screen[] = [
  { id: 'overview', label: { zh: '概览', en: 'Overview' }, render: () => <OverviewScreen /> },
  { id: 'import', label: { zh: '导入', en: 'Import' }, render: () => <ImportScreen /> },
  {
    id: 'statements',
    label: { zh: '收款导入', en: 'Import statement' },
    render: () => <StatementsScreen />,
  },
  { id: 'customers', label: { zh: '客户', en: 'Customers' }, render: () => <CustomersScreen /> },
  { id: 'letters', label: { zh: '函件', en: 'Letters' }, render: () => <LettersScreen /> },
  { id: 'settings', label: { zh: '设置', en: 'Settings' }, render: () => <SettingsScreen /> },
];
