/**
 * Page and type measures of a letter: A4 in twentieths of a point, 2.5 cm
 * margins left and right and 2.2 cm top and bottom; sizes in half-points (小四 12 pt body,
 * 五号 10.5 pt tables, 小二 18 pt title).
 */
export const PAGE = { width: 11906, height: 16838 };
export const MARGIN = { top: 1247, bottom: 1247, left: 1417, right: 1417 };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const LATIN_FONT = 'Times New Roman';
export const BODY_FONT = {
  ascii: LATIN_FONT,
  hAnsi: LATIN_FONT,
  cs: LATIN_FONT,
  eastAsia: 'SimSun',
};
export const TITLE_FONT = { ...BODY_FONT, eastAsia: 'SimHei' };

export const BODY_SIZE = 24;
export const TABLE_SIZE = 21;
export const TITLE_SIZE = 36;
export const SLIP_TITLE_SIZE = 28;
export const SMALL_SIZE = 18;
export const FOOTER_SIZE = 18;
