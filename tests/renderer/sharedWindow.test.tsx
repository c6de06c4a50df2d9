import { describe, expect, it } from 'vitest';
import { rememberPrototypes } from './sharedWindow';

describe('the window the files of a worker share', () => {
  it('gets back the DOM prototypes a file patched: a size given to every element, a replaced method', () => {
    const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    const click = HTMLAnchorElement.prototype.click;
    const restore = rememberPrototypes();
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => 1200 });
    HTMLAnchorElement.prototype.click = () => undefined;
    const element = document.createElement('div');
    expect([element.clientHeight, element.offsetWidth]).toEqual([600, 1200]);

    restore();
    expect([element.clientHeight, element.offsetWidth]).toEqual([0, 0]);
    expect(Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')).toEqual(clientHeight);
    expect(HTMLAnchorElement.prototype.click).toBe(click);
  });
});
