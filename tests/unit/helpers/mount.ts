// Test helper for the component tests (*.svelte.test.ts with the happy-dom environment): mounts a
// Svelte component into the document, finds elements by their text, label or test id, and acts on
// them as a user would (click, check, type, choose), flushing Svelte's updates after each step.
import { flushSync, mount, unmount, type Component } from 'svelte';

export interface Mounted {
  root: HTMLElement;
  /** The element with this data-testid (throws when there is none). */
  byTestId(id: string): HTMLElement;
  /** The first element matching `selector` whose text contains `text` (throws when none). */
  byText(text: string | RegExp, selector?: string): HTMLElement;
  /** The button whose text or aria-label is `name`. */
  button(name: string | RegExp): HTMLButtonElement;
  /** The input or select labelled `name` (by a wrapping <label>, `for`, or aria-label). */
  field(name: string | RegExp): HTMLInputElement;
  text(): string;
  destroy(): void;
}

const matches = (value: string, name: string | RegExp) =>
  typeof name === 'string' ? value.trim() === name : name.test(value);

export function render<P extends Record<string, unknown>>(
  component: Component<P>,
  props: P,
): Mounted {
  const root = document.createElement('div');
  document.body.append(root);
  const instance = mount(component, { target: root, props });
  flushSync();
  const all = <T extends Element>(selector: string) => [...root.querySelectorAll<T>(selector)];
  const m: Mounted = {
    root,
    byTestId(id) {
      const el = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      if (!el)
        throw new Error(`no element with data-testid "${id}" in ${root.innerHTML.slice(0, 500)}`);
      return el;
    },
    byText(text, selector = '*') {
      const el = all<HTMLElement>(selector)
        .reverse()
        .find((e) =>
          typeof text === 'string' ? e.textContent?.includes(text) : text.test(e.textContent ?? ''),
        );
      if (!el) throw new Error(`no ${selector} with text ${String(text)}`);
      return el;
    },
    button(name) {
      const el = all<HTMLButtonElement>('button').find(
        (b) =>
          matches(b.textContent ?? '', name) || matches(b.getAttribute('aria-label') ?? '', name),
      );
      if (!el)
        throw new Error(
          `no button ${String(name)}: ${all('button')
            .map((b) => b.textContent)
            .join(' | ')}`,
        );
      return el;
    },
    field(name) {
      for (const label of all<HTMLLabelElement>('label')) {
        if (!matches(label.textContent ?? '', name)) continue;
        const inner = label.querySelector<HTMLInputElement>('input, select, textarea');
        if (inner) return inner;
        const id = label.getAttribute('for');
        const target = id ? root.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`) : null;
        if (target) return target;
      }
      const aria = all<HTMLInputElement>('input, select, textarea').find((e) =>
        matches(e.getAttribute('aria-label') ?? '', name),
      );
      if (aria) return aria;
      throw new Error(`no field labelled ${String(name)}`);
    },
    text: () => (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
    destroy() {
      unmount(instance);
      root.remove();
    },
  };
  return m;
}

export function click(el: Element): void {
  (el as HTMLElement).click();
  flushSync();
}

/** Sets a checkbox or radio and fires its change event. */
export function check(el: HTMLInputElement, checked = true): void {
  el.checked = checked;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  el.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}

/** Types a value into an input, textarea or select and fires input and change. */
export function type(
  el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  value: string,
): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  flushSync();
}

export function key(el: Element, keyName: string): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: keyName, bubbles: true, cancelable: true }));
  flushSync();
}
