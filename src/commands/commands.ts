/**
 * Ribbon commands. They run in the shared runtime (taskpane.html), next to the task pane and the
 * custom functions. Every ExecuteFunction in manifest.xml is associated here by a literal
 * Office.actions.associate('name', ...) call: `npm run validate` scans for exactly that text.
 *
 * Buttons whose workflow does not exist yet are <Enabled>false</Enabled> in the manifest, so Excel
 * does not call them. An older cached copy of the manifest could still show them enabled, so each
 * of their names is associated with `openPaneInstead`: it opens the task pane, which lists what
 * Cashier Desk can do today, and completes the event. It does no pretend work and reports no
 * success. When a workflow lands, swap its line for the real handler and enable the button (in the
 * manifest, or with Office.ribbon.requestUpdate from the same canX rule that guards the action).
 */

/** Opens the task pane; showAsTaskpane needs SharedRuntime 1.1, which the manifest requires. */
async function openPaneInstead(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

function associateCommands(): void {
  // TODO(commands): each line below becomes the real workflow when it exists (structure, aging,
  // credit, reminders, letters, confirmations, settings); until then the button is disabled.
  Office.actions.associate('structureWorkbook', openPaneInstead);
  Office.actions.associate('refreshAging', openPaneInstead);
  Office.actions.associate('checkCredit', openPaneInstead);
  Office.actions.associate('generateReminders', openPaneInstead);
  Office.actions.associate('exportLetters', openPaneInstead);
  Office.actions.associate('accountConfirmations', openPaneInstead);
  Office.actions.associate('openSettings', openPaneInstead);
}

// Outside Office (a plain browser, WPS without the Office API) there is no ribbon: do nothing.
if (typeof Office !== 'undefined') {
  void Office.onReady((info) => {
    if (info.host === Office.HostType.Excel && Office.actions) associateCommands();
  });
}
