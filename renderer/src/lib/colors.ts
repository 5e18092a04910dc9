import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../electron/shared/constants.ts';

export { HIGHLIGHT_COLORS };

export const COLOR_NAMES: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
};
