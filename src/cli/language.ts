import type { Lang } from '../domain/messages';

/** Chinese first: --lang en, or an English LANG/LC_ALL with no --lang, switches to English. */
export function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag === 'zh' || flag === 'en') return flag;
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(fromEnv) ? 'en' : 'zh';
}
