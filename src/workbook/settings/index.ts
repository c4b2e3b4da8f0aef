/** The owned Settings sheet (设置) and the settings it holds. */
export * from './workbookSettings';
export {
  SETTINGS_SHEET,
  peekSettingsSheet,
  readSettingsSheet,
  settingsFromCells,
  settingsTable,
} from './settingsSheet';
export type { SettingsRead } from './settingsSheet';
export { SETTING_ROWS } from './settingRows';
export { bucketsFromText, bucketsToText } from './bucketText';
export { describeSettingsIssue } from './settingsWords';
export { writeSettingsSheet } from './writeSettingsSheet';
