// Links from data (evidence URLs, possibly from an imported file) are only ever http(s):
// "javascript:", "data:" and other schemes are shown as text, never as a link.

/** The first of the given values that is an absolute http(s) URL, else null. */
export function httpUrl(...values: unknown[]): string | null {
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const text = value.trim();
    if (!/^https?:\/\//i.test(text)) continue;
    try {
      const url = new URL(text);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // not a URL: shown as text
    }
  }
  return null;
}
