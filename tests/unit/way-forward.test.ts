import { afterEach, describe, expect, it } from 'vitest';
import { pageWayForward, wayForward } from '../../core/guide/way-forward';

afterEach(() => {
  document.body.innerHTML = '';
});

const names = (elements: readonly Element[]) =>
  elements.map((element) => element.getAttribute('aria-label') ?? element.textContent?.trim());

describe('wayForward: what the card keeps clear of', () => {
  it('a target in the app keeps clear of the rest of it: the field behind a prompt', () => {
    document.body.innerHTML = `<header><a href="/">AliExpress</a></header>
      <div id="root"><form><input aria-label="Email" /></form>
        <div class="prompt" role="dialog"><p>Several accounts use this email.</p>
          <label><input type="radio" name="which" aria-label="Shopper" /></label>
          <button id="continue">Continue</button></div></div>`;
    const target = document.querySelector('#continue');
    if (!target) throw new Error('no target');
    const clear = names(wayForward(target));
    expect(clear).toContain('Email');
    expect(clear).toContain('Shopper');
    expect(clear).not.toContain('AliExpress');
    expect(clear).not.toContain('Continue');
  });

  it('a target in a tab bar keeps clear of its band and the page buttons, not of every link', () => {
    document.body.innerHTML = `<div id="root"><a href="/item/1">Smart watch</a>
        <button>Add to cart</button></div>
      <nav><a href="/">Home</a><a href="/account" id="account">Account</a></nav>`;
    const target = document.querySelector('#account');
    if (!target) throw new Error('no target');
    const clear = names(wayForward(target));
    expect(clear).toEqual(expect.arrayContaining(['Home', 'Add to cart']));
    expect(clear).not.toContain('Smart watch');
  });

  it('with nothing to point at, only what is drawn counts', () => {
    document.body.innerHTML = `<div id="root"><a href="/" hidden>Hidden menu</a><a href="/">Home</a></div>`;
    const drawn = (element: Element) => !element.closest('[hidden]');
    expect(names(pageWayForward(document, drawn))).toEqual(['Home']);
  });

  it('with nothing to point at, the main content (its buttons first), then the header', () => {
    document.body.innerHTML = `<header><a href="/">AliExpress</a><button>Cart</button></header>
      <div id="root"><a href="/">Back to AliExpress home</a><button>Sign in with the app</button></div>`;
    expect(names(pageWayForward(document, () => true))).toEqual([
      'Sign in with the app',
      'Back to AliExpress home',
      'AliExpress',
      'Cart',
    ]);
  });
});
