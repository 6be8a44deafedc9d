// Text width estimates for laying out labels and legends without a font engine (pure, so the SVG,
// the canvas painter and the CLI lay text out identically): Noto Sans JP's CJK and full-width
// glyphs are 1 em wide, Latin letters about 0.55 em on average (src/render/label-text.ts, shared
// with the screen's short labels), and titles cut to a width.
import { estimateTextWidth } from '../render/label-text';

export { estimateTextWidth };

/** Cuts `text` with an ellipsis so that its estimated width fits `maxWidth`. */
export function fitText(text: string, fontSize: number, maxWidth: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidth(chars.join('') + '…', fontSize, bold) > maxWidth)
    chars.pop();
  return chars.join('') + '…';
}
