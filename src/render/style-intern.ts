// Interning of styles: many relations share one look (same relation type, status, focus state),
// so the renderer keeps one object per distinct style instead of one per relation (at 50,000
// relations that is tens of objects instead of 50,000, in our style cache and in sigma's display
// data). The objects are shared: nobody may change one (sigma only fills missing defaults, and
// every field is present).
import type { EdgeStyle } from './style';

/** A function returning the one shared object equal to the style it is given. */
export type StyleInterner<T> = (style: T) => T;

export function createStyleInterner<T>(keyOf: (style: T) => string): StyleInterner<T> {
  const known = new Map<string, T>();
  return (style) => {
    const key = keyOf(style);
    const hit = known.get(key);
    if (hit) return hit;
    known.set(key, style);
    return style;
  };
}

/** Every field of an edge style, in one string. */
export function edgeStyleKey(s: EdgeStyle): string {
  return `${s.color}|${s.size}|${+s.hidden}|${s.zIndex}|${+s.forceLabel}|${s.type}|${s.curvature}|${+s.background}|${s.label}`;
}
