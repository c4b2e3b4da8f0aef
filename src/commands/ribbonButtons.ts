/**
 * The ribbon's buttons as manifest.xml declares them: the FunctionName each runs and where it sits
 * (tab, group, control ids), which Office.ribbon.requestUpdate needs to enable or disable it.
 */
export const RIBBON_TAB = 'Cashier.Tab';

export interface RibbonButton {
  readonly group: string;
  readonly control: string;
}

/** Buttons with an ExecuteFunction action, by FunctionName. */
export const RIBBON_BUTTONS = {
  structureWorkbook: { group: 'Cashier.Group.Structure', control: 'Cashier.StructureWorkbook' },
  verifyWorkbook: { group: 'Cashier.Group.Structure', control: 'Cashier.VerifyWorkbook' },
  importStatement: { group: 'Cashier.Group.Receipts', control: 'Cashier.ImportStatement' },
  refreshAging: { group: 'Cashier.Group.Analysis', control: 'Cashier.RefreshAging' },
  checkCredit: { group: 'Cashier.Group.Analysis', control: 'Cashier.CheckCredit' },
  analysePayments: { group: 'Cashier.Group.Analysis', control: 'Cashier.AnalysePayments' },
  generateReminders: { group: 'Cashier.Group.Collections', control: 'Cashier.GenerateReminders' },
  exportLetters: { group: 'Cashier.Group.Collections', control: 'Cashier.ExportLetters' },
  accountConfirmations: { group: 'Cashier.Group.Collections', control: 'Cashier.Confirmations' },
  openSettings: { group: 'Cashier.Group.Settings', control: 'Cashier.Settings' },
} as const satisfies Readonly<Record<string, RibbonButton>>;

export type RibbonAction = keyof typeof RIBBON_BUTTONS;

/** Office's ribbon update for a set of buttons' enabled states, grouped as the manifest groups them. */
export function ribbonUpdate(
  enabled: ReadonlyMap<RibbonAction, boolean>,
): Office.RibbonUpdaterData {
  const groups = new Map<string, Office.Control[]>();
  for (const [action, on] of enabled) {
    const button = RIBBON_BUTTONS[action];
    const controls = groups.get(button.group) ?? [];
    controls.push({ id: button.control, enabled: on });
    groups.set(button.group, controls);
  }
  return {
    tabs: [
      {
        id: RIBBON_TAB,
        groups: [...groups].map(([id, controls]) => ({ id, controls })),
      },
    ],
  };
}
