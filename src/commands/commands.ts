/**
 * Ribbon commands. They run in the shared runtime (taskpane.html), next to the task pane and the
 * custom functions. Every ExecuteFunction in manifest.xml is associated here by a literal
 * Office.actions.associate('name', ...) call: `npm run validate` scans for exactly that text.
 *
 * Every button is enabled in the manifest and then set from its canX rule with
 * Office.ribbon.requestUpdate where RibbonApi 1.1 is supported: on start, after each run, and,
 * while a button is off, when the selection changes (the cashier may just have typed the first
 * rows). Where RibbonApi 1.1 is missing, each action checks its rule when pressed.
 */
import { ExcelWorkbook } from '../adapters/excel/excelWorkbook';
import { readSelectedTexts } from '../adapters/excel/selectedTexts';
import { localToday, RibbonActions } from './ribbonActions';
import type { RibbonHost } from './ribbonActions';
import { ribbonUpdate } from './ribbonButtons';
import type { RibbonAction } from './ribbonButtons';

/** How long the selection must rest before disabled buttons are checked again. */
const RECHECK_AFTER_MS = 1500;

function officeHost(): RibbonHost {
  const ribbonApi = Office.context.requirements.isSetSupported('RibbonApi', '1.1');
  return {
    port: new ExcelWorkbook(),
    today: () => localToday(),
    // showAsTaskpane needs SharedRuntime 1.1, which the manifest requires.
    showTaskpane: () => Office.addin.showAsTaskpane(),
    selectedTexts: () => readSelectedTexts(),
    ...(ribbonApi
      ? {
          updateRibbon: (enabled: ReadonlyMap<RibbonAction, boolean>) => {
            lastEnabled = enabled;
            return Office.ribbon.requestUpdate(ribbonUpdate(enabled));
          },
        }
      : {}),
  };
}

let lastEnabled: ReadonlyMap<RibbonAction, boolean> = new Map();

function associateCommands(actions: RibbonActions): void {
  const on = (action: RibbonAction) => (event: Office.AddinCommands.Event) =>
    actions.press(action, event);
  Office.actions.associate('structureWorkbook', on('structureWorkbook'));
  Office.actions.associate('verifyWorkbook', on('verifyWorkbook'));
  Office.actions.associate('importStatement', on('importStatement'));
  Office.actions.associate('refreshAging', on('refreshAging'));
  Office.actions.associate('checkCredit', on('checkCredit'));
  Office.actions.associate('analysePayments', on('analysePayments'));
  Office.actions.associate('generateReminders', on('generateReminders'));
  Office.actions.associate('exportLetters', on('exportLetters'));
  Office.actions.associate('accountConfirmations', on('accountConfirmations'));
  Office.actions.associate('openSettings', on('openSettings'));
}

/** Re-checks the rules after the selection rests, but only while some button is off. */
function recheckOnSelection(actions: RibbonActions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, () => {
    if (![...lastEnabled.values()].includes(false)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void actions.refreshButtons(), RECHECK_AFTER_MS);
  });
}

// Outside Office (a plain browser, WPS without the Office API) there is no ribbon: do nothing.
if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel || !Office.actions) return;
    const host = officeHost();
    const actions = new RibbonActions(host);
    associateCommands(actions);
    if (host.updateRibbon) {
      void actions.refreshButtons();
      recheckOnSelection(actions);
    }
  });
}
