/**
 * What the pane knows about where it runs: inside Excel or standalone (a browser tab, WPS without
 * the Office API), which language to speak and whether Office uses a dark theme.
 */
import { paneLanguageOf } from './strings';
import type { PaneLanguage } from './strings';

export interface HostContext {
  readonly mode: 'excel' | 'standalone';
  readonly language: PaneLanguage;
  readonly dark: boolean;
}

/** Waits for office.js when it is on the page; without it, or outside Excel, reports standalone. */
export async function readHostContext(): Promise<HostContext> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const browserLanguage = typeof navigator === 'undefined' ? undefined : navigator.language;
  if (!office)
    return { mode: 'standalone', language: paneLanguageOf(browserLanguage), dark: false };

  const info = await office.onReady();
  if (info.host !== office.HostType.Excel) {
    return { mode: 'standalone', language: paneLanguageOf(browserLanguage), dark: false };
  }

  return {
    mode: 'excel',
    language: paneLanguageOf(office.context.displayLanguage),
    dark: isDark(office.context.officeTheme?.bodyBackgroundColor),
  };
}

/** Office reports its theme as colours, not a name: a dark body background means a dark theme. */
export function isDark(background: string | undefined): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(background ?? '')?.[1];
  if (!hex) return false;

  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return luminance < 0.5;
}
