/*
 * The renderer's test files share one jsdom window per worker (isolate: false, vitest.config.ts).
 * What jsdom lacks is added once per window here; what a file patches on the DOM's prototypes
 * (jsdom lays nothing out, so some files give every element a size) is put back when it ends.
 */

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
// antd measures scrollbars and text through getComputedStyle(el, pseudo), which jsdom rejects.
const computed = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computed(element);

const PROTOTYPES: object[] = [Node.prototype, Element.prototype, HTMLElement.prototype, HTMLAnchorElement.prototype, HTMLInputElement.prototype];

type Descriptors = Map<PropertyKey, PropertyDescriptor>;

function descriptorsOf(target: object): Descriptors {
  const descriptors: Descriptors = new Map();
  for (const key of Reflect.ownKeys(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) descriptors.set(key, descriptor);
  }
  return descriptors;
}

function sameDescriptor(a: PropertyDescriptor | undefined, b: PropertyDescriptor): boolean {
  return (
    a !== undefined &&
    a.value === b.value &&
    a.get === b.get &&
    a.set === b.set &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  );
}

/** Remembers the DOM prototypes as they are; the function returned puts them back so. */
export function rememberPrototypes(): () => void {
  const saved = PROTOTYPES.map((prototype) => ({ prototype, before: descriptorsOf(prototype) }));
  return () => {
    for (const { prototype, before } of saved) {
      for (const key of Reflect.ownKeys(prototype)) if (!before.has(key)) Reflect.deleteProperty(prototype, key);
      for (const [key, descriptor] of before) {
        if (!sameDescriptor(Object.getOwnPropertyDescriptor(prototype, key), descriptor)) Object.defineProperty(prototype, key, descriptor);
      }
    }
  };
}
