// Waits (briefly) for the bundled Noto Sans JP faces covering the given text, so that canvas labels
// are drawn with it from the first frame instead of falling back to empty boxes.
export async function waitForLabelFont(text: string, timeoutMs = 4000): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const sample = [...new Set(text)].join('');
  const loads = ['400', '700'].map((weight) =>
    document.fonts.load(`${weight} 13px "Noto Sans JP"`, sample).catch(() => []),
  );
  await Promise.race([
    Promise.all(loads),
    new Promise((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
}
