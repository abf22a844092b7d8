/**
 * Decoys (`?replica_decoys=1`): what ordinary shop pages carry and what must never move the guide
 * [src:ordinary-page-content]. INVENTED markup throughout: a
 * verify-your-email notice bar with a Verify button, a cookie dialog with "Manage settings", the
 * help bot's suggestion chips, a help article whose headings repeat the route's buttons, a
 * newsletter checkbox starting "Yes, I want to…", and product cards whose titles hold the page
 * language's label phrases. Product questions and reviews holding every label phrase are on the
 * product page (`productQuestions`). None of it is on the route: a correct guide ignores it all.
 */
import { LABEL_SETS } from '../../core/labels';
import { isSiteLanguage } from '../../core/site/languages';
import type { LabelKey, LabelSet } from '../../core/labels/types';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function setFor(lang: string): LabelSet {
  return isSiteLanguage(lang) ? LABEL_SETS[lang] : LABEL_SETS.en;
}

/** Every phrase of every label of the language (and English, which localized pages keep). */
export function allPhrases(lang: string): string[] {
  const sets = lang === 'en' ? [setFor('en')] : [setFor(lang), setFor('en')];
  return [
    ...new Set(
      sets.flatMap((set) =>
        Object.values(set).flatMap((label) => [...label.phrases, ...(label.variants ?? [])]),
      ),
    ),
  ];
}

const first = (lang: string, key: LabelKey) => escapeHtml(setFor(lang)[key].phrases[0] ?? '');

/** A bar at the top of the page: the coupon offer that once took the Verify highlight, with its own Verify button. */
function noticeBar(lang: string): string {
  return `<div class="notice-bar--bar--4Gh2kLs" role="status">
  <span class="notice-bar--text--1Pq3xZa">Verify your email address to get a coupon</span>
  <button type="button" class="comet-v2-btn notice-bar--verify--2Lp0qWe"><span>${first(lang, 'verify')}</span></button>
  <a class="notice-bar--link--3Dk8sWe" href="#coupon">${first(lang, 'settings')}</a>
</div>`;
}

/** A cookie dialog with "Manage settings", a Settings link and an Account tab of its own. */
function cookieDialog(lang: string): string {
  return `<div class="cookie-consent--dialog--1Aq2wSe" role="dialog" aria-label="Cookies">
  <p class="cookie-consent--text--2Zx7vQm">We use cookies to improve your experience. Choose which ones we may use.</p>
  <div class="cookie-consent--actions--3Hs6tPa">
    <button type="button" class="comet-v2-btn comet-v2-btn-primary"><span>Accept all</span></button>
    <button type="button" class="comet-v2-btn"><span>Manage settings</span></button>
    <a href="/account/setting/index.html#cookies" class="cookie-consent--link--1Kw2pLs">${first(lang, 'settings')}</a>
    <button type="button" class="comet-v2-btn"><span>${first(lang, 'deleteAccountButton')}</span></button>
  </div>
</div>`;
}

/** The help bot's suggestion chips: questions, and chips that are a route button's exact words. */
function helpChips(lang: string): string {
  return `<div id="J_xiaomi_dialog" class="xiaomi-dialog--chips--2Xq1wRt">
  <div class="xiaomi-dialog--quick--1fRkQ0s">
    <button type="button">How do I delete my account?</button>
    <button type="button">${first(lang, 'deleteYourAccount')}</button>
    <button type="button">${first(lang, 'emailMethod')}</button>
    <button type="button">${first(lang, 'deleteAccountLink')}</button>
    <button type="button">${first(lang, 'verify')}</button>
  </div>
</div>`;
}

/**
 * Running content below the page's own: a help article whose headings repeat the route's
 * buttons, a newsletter checkbox, product cards whose titles hold the route's words.
 */
function running(lang: string): string {
  const cards = (
    ['deleteYourAccount', 'deleteAccountButton', 'settings', 'account', 'verify'] as const
  )
    .map(
      (key, index) =>
        `<a class="rec-card--card--2Hq8sLe" href="https://www.aliexpress.com/item/100500${index}.html"><span class="rec-card--title--1Vb3nQx">${first(lang, key)} phone case, silicone</span></a>`,
    )
    .join('\n');
  return `<div class="help-article--wrap--3Lk1pZe">
  <h2 class="help-article--title--2Nq5cWd">${first(lang, 'deleteAccountButton')}</h2>
  <p>If you choose ${first(lang, 'deleteYourAccount')}, read this first. ${first(lang, 'accountDeleted')} means the data is gone.</p>
  <h3 class="help-article--sub--1Qz8vRt">${first(lang, 'securityVerification')}</h3>
  <p>What if my account is deleted? ${first(lang, 'emailMethod')} is one way to prove it is you.</p>
</div>
<form class="newsletter--box--1Yt6cQa">
  <label class="comet-checkbox newsletter--agree--3Ws2xLp"><input type="checkbox" /> <span>Yes, I want to receive news about my AliExpress account, offers and my data by email</span></label>
  <button type="submit" class="comet-v2-btn"><span>Subscribe</span></button>
</form>
<div class="rec-card--list--3Tq2pVe">${cards}</div>`;
}

/** The page with its decoys: a bar first in <body>, the rest after the page's own content. */
export function withDecoys(html: string, lang: string): string {
  return html
    .replace(/(<body[^>]*>)/, `$1\n${noticeBar(lang)}`)
    .replace(/(<\/body>)/, `${running(lang)}\n${cookieDialog(lang)}\n${helpChips(lang)}\n$1`);
}

/**
 * A product's questions and reviews (the product page): every phrase of the language's label
 * sets as a shopper might write it: a question, a whole short review, a link inside a review.
 */
export function productQuestions(lang: string): string {
  const phrases = allPhrases(lang);
  const items = phrases
    .map((phrase, index) => {
      const p = escapeHtml(phrase);
      return `<li class="product-qa--item--2Kq7rTe">
  <div class="product-qa--question--1Xw3pZa">What if ${p}?</div>
  <p class="product-review--text--3Gh1sQe">${p}</p>
  <p class="product-review--text--3Gh1sQe">Great seller. <a href="#review-${index}">${p}</a></p>
</li>`;
    })
    .join('\n');
  return `<div class="product-qa--wrap--1Mn4dSa">
  <h2 class="product-qa--title--3Rt5wLe">Questions and reviews</h2>
  <div class="product-qa--question--1Xw3pZa">What if my account is deleted?</div>
  <p class="product-review--text--3Gh1sQe">With Your Email</p>
  <p class="product-review--text--3Gh1sQe">Arrived fast. <a href="#review">Delete Your Account</a></p>
  <ul class="product-qa--list--2Bv8nWq">${items}</ul>
</div>`;
}
