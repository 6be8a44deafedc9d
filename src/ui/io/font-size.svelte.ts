// The export dialog's measure of what embedding the font adds to an SVG: re-measured (debounced)
// whenever the picture's input changes; the fetched subsets are cached, so the export reuses them.
import { embeddedFontBytes, type ExportInput } from './export-run';

export type FontSize = number | 'measuring' | 'unknown';

export class FontSizeMeter {
  value = $state<FontSize>('measuring');

  /** `input` gives the picture to measure, null when nothing is to be measured; it may throw. */
  constructor(input: () => ExportInput | null, delayMs = 300) {
    $effect(() => {
      let picture: ExportInput | null;
      try {
        picture = input(); // reads every choice the picture depends on
      } catch {
        this.value = 'unknown';
        return;
      }
      if (!picture) return;
      this.value = 'measuring';
      let current = true;
      const timer = setTimeout(() => {
        embeddedFontBytes(picture).then(
          (bytes) => {
            if (current) this.value = bytes;
          },
          () => {
            if (current) this.value = 'unknown';
          },
        );
      }, delayMs);
      return () => {
        current = false;
        clearTimeout(timer);
      };
    });
  }
}
