/* global window, document, location, history, sessionStorage, fetch, setTimeout, clearTimeout, setInterval, clearInterval, URLSearchParams */
/*
 * Behaviour of the AliExpress replica (served at /_replica/replica.js on every host).
 *
 * It plays the part of the site's React bundle: after a loading skeleton (300-800 ms, randomised), it clones the
 * current view's <template data-view> into #root, replacing #root's children the way a React re-render would.
 * Event handlers are delegated from document, so nothing on the page carries an attribute for them.
 *
 *   ?replica_delay=0 (or =N ms) makes rendering immediate (or fixed); it is remembered for the tab in
 *   sessionStorage (per origin), so links followed afterwards keep the same delay.
 *   The test switches of flags.ts (replica_build, replica_rerender, replica_code_iframe, replica_absent,
 *   replica_login, replica_wording, replica_redesign) are remembered the same way AND carried on every link and navigation to an AliExpress host,
 *   because the server renders some of them (a value of 0 or empty clears one).
 *
 * It finds its own elements by class PREFIX (`[class*="prefix--name--"]`) or id, never by a full hashed class:
 * with ?replica_build=2 every hash changes. State classes it adds (…--show--…, …--open--…) are literal here and
 * the server rewrites them together with the stylesheet, as a real build would.
 * Texts it shows come from <script type="application/json" id="replica-i18n"> (other languages), else English.
 *
 * The data-replica-target attributes are for tests only; this script never reads them.
 */
(function () {
  'use strict';

  var root = document.getElementById('root');
  if (!root) return;

  // ---- strings ------------------------------------------------------------------------------------------
  var strings = {};
  try {
    var i18n = document.getElementById('replica-i18n');
    if (i18n) strings = JSON.parse(i18n.textContent || '{}');
  } catch (e) {
    /* English fallbacks */
  }
  function T(key, english) {
    return typeof strings[key] === 'string' ? strings[key] : english;
  }

  // ---- remembered test switches -------------------------------------------------------------------------
  var FLAG_NAMES = [
    'replica_build',
    'replica_rerender',
    'replica_code_iframe',
    'replica_absent',
    'replica_login',
    'replica_wording',
    'replica_relabel',
    'replica_decoy',
    'replica_redesign',
  ];
  var flags = {};
  (function () {
    var query = new URLSearchParams(location.search);
    FLAG_NAMES.forEach(function (name) {
      var value = query.get(name);
      try {
        if (value === null) value = sessionStorage.getItem(name);
        else if (value === '' || value === '0' || (value === '1' && name === 'replica_build'))
          sessionStorage.removeItem(name);
        else sessionStorage.setItem(name, value);
      } catch (e) {
        /* storage may be unavailable */
      }
      if (
        value !== null &&
        value !== '' &&
        value !== '0' &&
        !(name === 'replica_build' && value === '1')
      )
        flags[name] = value;
    });
  })();
  /** `url` with the remembered switches added (only for AliExpress hosts; never overrides the URL's own). */
  function withFlags(url) {
    var u;
    try {
      u = new URL(url, location.href);
    } catch (e) {
      return url;
    }
    if (!/(^|\.)aliexpress\.com$/.test(u.hostname)) return url;
    var changed = false;
    Object.keys(flags).forEach(function (name) {
      if (!u.searchParams.has(name)) {
        u.searchParams.set(name, flags[name]);
        changed = true;
      }
    });
    return changed ? u.href : url;
  }
  function go(url) {
    location.href = withFlags(url);
  }
  document.addEventListener(
    'click',
    function (event) {
      var link = event.target instanceof window.Element ? event.target.closest('a[href]') : null;
      if (!link) return;
      var href = link.getAttribute('href') || '';
      if (href.charAt(0) === '#') return;
      var decorated = withFlags(link.href);
      if (decorated !== link.href) link.setAttribute('href', decorated);
    },
    true,
  );

  // ---- render delay -------------------------------------------------------------------------------------
  var fixedDelay = null;
  try {
    var fromQuery = new URLSearchParams(location.search).get('replica_delay');
    if (fromQuery !== null && /^\d+$/.test(fromQuery)) {
      fixedDelay = Number(fromQuery);
      sessionStorage.setItem('replica_delay', fromQuery);
    } else {
      var stored = sessionStorage.getItem('replica_delay');
      if (stored !== null && /^\d+$/.test(stored)) fixedDelay = Number(stored);
    }
  } catch (e) {
    /* storage may be unavailable */
  }
  function renderDelay() {
    return fixedDelay !== null ? fixedDelay : 300 + Math.floor(Math.random() * 500);
  }
  // Delay of in-app actions (Verify, Delete Account): ~500 ms, or the fixed delay when one is set.
  function actionDelay() {
    return fixedDelay !== null ? fixedDelay : 500;
  }

  // ---- helpers ------------------------------------------------------------------------------------------
  function q(sel, ctx) {
    return (ctx || document).querySelector(sel);
  }
  function qa(sel, ctx) {
    return Array.prototype.slice.call((ctx || document).querySelectorAll(sel));
  }
  function closestClass(el, prefix) {
    while (el && el.nodeType === 1) {
      if (typeof el.className === 'string' && el.className.indexOf(prefix) !== -1) return el;
      el = el.parentElement;
    }
    return null;
  }
  /** URL on another replica host with this page's scheme and port (keeps working on a non-default port). */
  function hostUrl(host, path) {
    return location.protocol + '//' + host + (location.port ? ':' + location.port : '') + path;
  }
  /** The sign-in page for this page's language (or, with ?replica_login=iframe, the iframe sign-in page). */
  function loginUrl() {
    var lang = document.documentElement.lang || 'en';
    var query = '?return_url=' + encodeURIComponent(location.href);
    if (flags.replica_login === 'iframe') {
      var host = lang === 'en' ? 'www.aliexpress.com' : lang + '.aliexpress.com';
      return hostUrl(host, '/p/ug-login-page/login.html' + query);
    }
    if (lang !== 'en') query += '&lang=' + encodeURIComponent(lang);
    return hostUrl('login.aliexpress.com', '/' + query);
  }
  function toast(text) {
    var old = q('.comet-v2-message');
    if (old) old.remove();
    var el = document.createElement('div');
    el.className = 'comet-v2-message';
    el.textContent = text;
    document.body.appendChild(el);
    setTimeout(function () {
      el.classList.add('comet-v2-message-leave');
    }, 2200);
    setTimeout(function () {
      el.remove();
    }, 2600);
  }

  // ---- views --------------------------------------------------------------------------------------------
  /** The view for a path: the template named like the last path segment (minus .html), else the first. */
  var hashRouted = document.body.getAttribute('data-replica-router') === 'hash';
  function viewForPath(pathname) {
    var templates = qa('template[data-view]');
    if (templates.length === 0) return null;
    var last = pathname.replace(/\/+$/, '').split('/').pop() || '';
    last = last.replace(/\.html?$/, '');
    // hash routes (privacy center): "#/request/delete" → view "request-delete"; "#/" → the first view
    if (hashRouted)
      last = location.hash.replace(/^#\/?/, '').replace(/\/+$/, '').replace(/\//g, '-');
    for (var i = 0; i < templates.length; i++) {
      if (templates[i].getAttribute('data-view') === last) return templates[i];
    }
    return templates[0];
  }

  // Loading placeholder shown in #root before each render. INVENTED markup (antd-like comet skeleton).
  var skeletonHtml =
    '<div class="comet-v2-skeleton comet-v2-skeleton-active"><div class="comet-v2-skeleton-content">' +
    '<h3 class="comet-v2-skeleton-title"></h3>' +
    '<ul class="comet-v2-skeleton-paragraph"><li></li><li></li><li></li><li></li></ul>' +
    '</div></div>';

  var renderToken = 0;
  var currentView = null;
  function renderCurrent(immediate) {
    var token = ++renderToken;
    var template = viewForPath(location.pathname);
    if (!template) return; // a server-rendered page (bot check): nothing to render
    currentView = null;
    root.innerHTML = skeletonHtml;
    var delay = immediate ? 0 : renderDelay();
    var run = function () {
      if (token !== renderToken || !template) return;
      var fresh = template.content.cloneNode(true);
      prepareFrames(fresh);
      root.replaceChildren(fresh);
      currentView = template.getAttribute('data-view');
      afterRender(currentView);
    };
    if (delay === 0) run();
    else setTimeout(run, delay);
  }

  /** Shows another view of this page in place, as the sign-in's screens follow each other. */
  function showView(name) {
    var template = q('template[data-view="' + name + '"]');
    if (!template) return;
    root.replaceChildren(template.content.cloneNode(true));
    currentView = name;
    afterRender(name);
  }

  function navigate(path) {
    history.pushState({}, '', path);
    closePopover();
    window.scrollTo(0, 0);
    renderCurrent(false);
  }
  window.addEventListener('popstate', function () {
    if (!hashRouted) renderCurrent(false);
  });
  window.addEventListener('hashchange', function () {
    if (hashRouted) {
      window.scrollTo(0, 0);
      renderCurrent(false);
    }
  });

  /** Iframes of a view load with this tab's render delay (their origin has its own sessionStorage). */
  function prepareFrames(fragment) {
    if (fixedDelay === null) return;
    qa('iframe[src]', fragment).forEach(function (frame) {
      var src = frame.getAttribute('src') || '';
      if (src.indexOf('replica_delay=') !== -1) return;
      frame.setAttribute(
        'src',
        src + (src.indexOf('?') === -1 ? '?' : '&') + 'replica_delay=' + fixedDelay,
      );
    });
  }

  // ---- re-rendering (?replica_rerender=MS) --------------------------------------------------------------
  // Like a React state change: #root's subtree is replaced by fresh, identical nodes (field values, checked
  // state and focus carried over). Views holding an iframe are left alone: a new iframe would reload.
  var RERENDERED_VIEWS = ['settings', 'explainer', 'security', 'code', 'confirm', 'done'];
  function pathTo(node) {
    if (!node || node === root || !root.contains(node)) return null;
    var path = [];
    while (node && node !== root) {
      path.unshift(Array.prototype.indexOf.call(node.parentNode.childNodes, node));
      node = node.parentNode;
    }
    return node === root ? path : null;
  }
  function nodeAt(path) {
    var node = root;
    for (var i = 0; i < path.length && node; i++) node = node.childNodes[path[i]];
    return node;
  }
  function rerender() {
    if (RERENDERED_VIEWS.indexOf(currentView) === -1 || q('iframe', root)) return;
    var oldFields = qa('input', root);
    var focusPath = pathTo(document.activeElement);
    var fresh = Array.prototype.map.call(root.childNodes, function (node) {
      return node.cloneNode(true);
    });
    root.replaceChildren.apply(root, fresh);
    qa('input', root).forEach(function (field, i) {
      if (!oldFields[i]) return;
      field.value = oldFields[i].value;
      field.checked = oldFields[i].checked;
    });
    var focused = focusPath && nodeAt(focusPath);
    if (focused && typeof focused.focus === 'function') focused.focus();
  }
  var rerenderEvery = Number(flags.replica_rerender);
  if (rerenderEvery > 0) setInterval(rerender, rerenderEvery);

  function afterRender(view) {
    if (view === 'login-password') {
      var who = q('[class*="login--whoEmail--"]');
      var email = sessionStorage.getItem('replica_login_email') || '';
      if (who) who.textContent = email;
      var hidden = q('input[name="loginId"]');
      if (hidden) hidden.value = email;
    }
    if (view === 'login' || view === 'classic' || view === 'login-password') {
      var params = new URLSearchParams(location.search);
      var ret = q('input[name="return_url"]');
      if (ret) ret.value = params.get('return_url') || '';
      if (params.get('replica_error')) {
        var err = q('[class*="login--error--"]');
        if (err) err.classList.add('login--show--3Jr8wPe');
      }
    }
  }

  // ---- header account item + popover --------------------------------------------------------------------
  var trigger = q('[class*="my-account--menuItem--"]');
  var popover = null;
  var showTimer = 0;
  var hideTimer = 0;

  function popoverTemplate() {
    return q('template[data-popover="account-menu"]') || q('template[data-popover="signin-menu"]');
  }
  function openPopover() {
    if (popover || !trigger) return;
    var tpl = popoverTemplate();
    if (!tpl) return;
    var first = tpl.content.firstElementChild;
    if (!first) return;
    popover = first.cloneNode(true);
    popover.style.position = 'absolute';
    popover.style.top = '0px';
    popover.style.left = '0px';
    popover.style.visibility = 'hidden';
    document.body.appendChild(popover);
    var rect = trigger.getBoundingClientRect();
    var width = popover.offsetWidth;
    var left = rect.left + window.scrollX + rect.width / 2 - width / 2;
    var maxLeft = window.scrollX + document.documentElement.clientWidth - width - 8;
    left = Math.max(8, Math.min(left, maxLeft));
    popover.style.left = Math.round(left) + 'px';
    popover.style.top = Math.round(rect.bottom + window.scrollY + 6) + 'px';
    var arrow = q('.comet-v2-popover-arrow', popover);
    if (arrow)
      arrow.style.left = Math.round(rect.left + window.scrollX + rect.width / 2 - left - 6) + 'px';
    popover.style.visibility = '';
    popover.addEventListener('mouseenter', function () {
      clearTimeout(hideTimer);
    });
    popover.addEventListener('mouseleave', scheduleClose);
  }
  function closePopover() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    if (popover) popover.remove();
    popover = null;
  }
  function scheduleClose() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(closePopover, 300);
  }
  if (trigger) {
    trigger.addEventListener('mouseenter', function () {
      clearTimeout(hideTimer);
      if (!popover) {
        clearTimeout(showTimer);
        showTimer = setTimeout(openPopover, 150);
      }
    });
    trigger.addEventListener('mouseleave', scheduleClose);
    trigger.addEventListener('click', function () {
      if (q('template[data-popover="account-menu"]')) go('/p/account/index.html');
      else go(loginUrl());
    });
  }
  window.addEventListener('resize', closePopover);

  // ---- delegated clicks ---------------------------------------------------------------------------------
  document.addEventListener('click', function (event) {
    var t = event.target;
    if (!(t instanceof window.Element)) return;

    // signed-out popover
    if (closestClass(t, 'my-account--signin--') || closestClass(t, 'my-account--register--')) {
      go(loginUrl());
      return;
    }

    // help widget
    if (closestClass(t, 'xiaomi-dialog--bubble--') || closestClass(t, 'xiaomi-dialog--close--')) {
      var box = q('#J_xiaomi_dialog');
      if (box) box.classList.toggle('xiaomi-dialog--open--2dKs7Fh');
      return;
    }
    if (closestClass(t, 'xiaomi-dialog--quick--')) {
      toast(T('agent', 'An agent will be with you shortly.'));
      return;
    }

    // login page
    if (
      t.closest('[class*="login--tabs--"] .comet-tabs-nav-item') &&
      !t.closest('.comet-tabs-nav-item-active')
    ) {
      toast(
        T(
          'noRegister',
          'New here? Registration is not available in this replica: sign in with any email and password.',
        ),
      );
      return;
    }
    // two-step sign-in: Continue, the prompt, Back, then Sign in (views switched in place)
    if (closestClass(t, 'login--continue--')) {
      var idBox = q('#fm-login-id');
      var email = idBox ? idBox.value.trim() : '';
      if (email === '') {
        var missing = q('[class*="login--error--"]');
        if (missing) missing.classList.add('login--show--3Jr8wPe');
        return;
      }
      sessionStorage.setItem('replica_login_email', email);
      if (/multiple/i.test(email)) showView('login-multiple');
      else if (/unknown/i.test(email)) showView('login-unknown');
      else showView('login-password');
      return;
    }
    if (closestClass(t, 'login--promptContinue--')) {
      showView('login-password');
      return;
    }
    if (closestClass(t, 'login--back--')) {
      showView('login');
      return;
    }
    if (closestClass(t, 'login--signin--')) {
      var pwForm = t.closest('form');
      var pwBox = q('#fm-login-password');
      if (!pwForm || !pwBox || pwBox.value === '') {
        var wrong = q('[class*="login--error--"]');
        if (wrong) wrong.classList.add('login--show--3Jr8wPe');
        return;
      }
      pwForm.submit();
      return;
    }
    if (closestClass(t, 'login--socialBtn--')) {
      toast(T('noSocial', 'Third-party sign-in is not available in this replica.'));
      return;
    }

    // deletion flow
    if (closestClass(t, 'account-delete--delete--')) {
      navigate('/p/account-delete/security');
      return;
    }
    if (closestClass(t, 'account-delete--cancel--')) {
      go('/account/setting/index.html');
      return;
    }
    if (closestClass(t, 'account-delete--back--')) {
      history.back();
      return;
    }
    if (closestClass(t, 'verify-method--email--')) {
      navigate('/p/account-delete/code');
      return;
    }
    if (closestClass(t, 'verify-method--card--')) {
      toast(
        T(
          'noCard',
          'No eligible card payment was found. Please choose another verification method.',
        ),
      );
      return;
    }
    if (closestClass(t, 'verify-method--service--')) {
      var help = q('#J_xiaomi_dialog');
      if (help) help.classList.add('xiaomi-dialog--open--2dKs7Fh');
      return;
    }
    if (closestClass(t, 'verify-code--send--')) {
      sendCode(closestClass(t, 'verify-code--send--'));
      return;
    }
    var verify = closestClass(t, 'verify-code--verify--');
    if (verify) {
      if (verify.disabled) return;
      setLoading(verify, true);
      setTimeout(function () {
        if (document.body.getAttribute('data-replica-frame') === 'code') tellParentVerified();
        else navigate('/p/account-delete/confirm');
      }, actionDelay());
      return;
    }
    var agreeSubmit = closestClass(t, 'privacy-request--submit--');
    if (agreeSubmit) {
      if (agreeSubmit.disabled) return;
      setLoading(agreeSubmit, true);
      setTimeout(function () {
        location.hash = '#/request/submitted';
      }, actionDelay());
      return;
    }
    var del = closestClass(t, 'delete-confirm--submit--');
    if (del) {
      if (del.disabled) return;
      setLoading(del, true);
      deleteAccount(function () {
        navigate('/p/account-delete/done');
      });
    }
  });

  function setLoading(button, on) {
    button.classList.toggle('comet-v2-btn-loading', on);
    button.disabled = on;
  }

  var countdown = 0;
  function sendCode(button) {
    if (button.disabled) return;
    toast(T('codeSent', 'A verification code has been sent to a***@example.com'));
    var left = 60;
    var getCode = (q('span', button) || button).textContent;
    var show = function (text, disabled) {
      // looked up on every tick: a re-render replaces the button
      var current = q('[class*="verify-code--send--"]');
      if (!current) return;
      current.disabled = disabled;
      (q('span', current) || current).textContent = text;
    };
    show(T('resend', 'Resend ({n}s)').replace('{n}', String(left)), true);
    clearInterval(countdown);
    countdown = setInterval(function () {
      left -= 1;
      if (left <= 0) {
        clearInterval(countdown);
        show(getCode, false);
      } else {
        show(T('resend', 'Resend ({n}s)').replace('{n}', String(left)), true);
      }
    }, 1000);
  }

  function deleteAccount(done) {
    var clearFromJs = function () {
      document.cookie = 'replica_session=; Domain=.aliexpress.com; Path=/; Max-Age=0; SameSite=Lax';
    };
    var finish = function () {
      clearFromJs();
      setTimeout(done, actionDelay());
    };
    try {
      fetch('/p/account-delete/api/delete', { method: 'POST', credentials: 'same-origin' }).then(
        finish,
        finish,
      );
    } catch (e) {
      finish();
    }
  }

  // ---- code inputs --------------------------------------------------------------------------------------
  function codeInputs(from) {
    var wrap = from && from.parentElement;
    return wrap ? qa('input.verify-code-input', wrap) : [];
  }
  function updateVerify() {
    var inputs = qa('input.verify-code-input');
    var full =
      inputs.length === 6 &&
      inputs.every(function (i) {
        return /^\d$/.test(i.value);
      });
    var button = q('[class*="verify-code--verify--"]');
    if (button && !button.classList.contains('comet-v2-btn-loading')) button.disabled = !full;
  }
  function spread(inputs, startIndex, digits) {
    var i = startIndex;
    for (var k = 0; k < digits.length && i < inputs.length; k++, i++) inputs[i].value = digits[k];
    var next = inputs[Math.min(i, inputs.length - 1)];
    if (next) next.focus();
  }
  document.addEventListener('input', function (event) {
    var t = event.target;
    if (t instanceof window.HTMLInputElement && t.classList.contains('verify-code-input')) {
      var inputs = codeInputs(t);
      var index = inputs.indexOf(t);
      var digits = t.value.replace(/\D/g, '');
      if (digits.length <= 1) {
        t.value = digits;
        if (digits.length === 1 && inputs[index + 1]) inputs[index + 1].focus();
      } else {
        spread(inputs, index, digits);
      }
      updateVerify();
    }
  });
  document.addEventListener('keydown', function (event) {
    var t = event.target;
    if (!(t instanceof window.HTMLInputElement) || !t.classList.contains('verify-code-input'))
      return;
    var inputs = codeInputs(t);
    var index = inputs.indexOf(t);
    if (event.key === 'Backspace' && t.value === '' && index > 0) {
      inputs[index - 1].value = '';
      inputs[index - 1].focus();
      updateVerify();
      event.preventDefault();
    } else if (event.key === 'ArrowLeft' && index > 0) {
      inputs[index - 1].focus();
    } else if (event.key === 'ArrowRight' && index < inputs.length - 1) {
      inputs[index + 1].focus();
    } else if (/^\d$/.test(event.key) && t.value !== '') {
      // typing over a filled box replaces its digit (maxlength=1 would otherwise swallow the key)
      t.value = '';
    }
  });
  document.addEventListener('paste', function (event) {
    var t = event.target;
    if (!(t instanceof window.HTMLInputElement) || !t.classList.contains('verify-code-input'))
      return;
    var text = (event.clipboardData && event.clipboardData.getData('text')) || '';
    var digits = text.replace(/\D/g, '');
    if (digits === '') return;
    event.preventDefault();
    var inputs = codeInputs(t);
    spread(inputs, inputs.indexOf(t), digits);
    updateVerify();
  });

  // ---- confirmation checkbox ----------------------------------------------------------------------------
  document.addEventListener('change', function (event) {
    var t = event.target;
    if (!(t instanceof window.HTMLInputElement) || t.type !== 'checkbox') return;
    var label = t.closest('label.comet-checkbox');
    if (!label) return;
    label.classList.toggle('comet-checkbox-checked', t.checked);
    var submit = q('[class*="delete-confirm--submit--"]');
    if (submit && !submit.classList.contains('comet-v2-btn-loading')) submit.disabled = !t.checked;
  });

  // ---- custom ARIA controls (?replica_wording=2) ------------------------------------------------------
  // INVENTED, like a design system's own widgets: a role="checkbox" div toggles aria-checked on click or
  // Space; role="button" and role="radio" divs act on Enter or Space as the native controls would.
  function toggleCustomCheckbox(box) {
    var checked = box.getAttribute('aria-checked') !== 'true';
    box.setAttribute('aria-checked', checked ? 'true' : 'false');
    box.classList.toggle('delete-confirm--checked--2Rt5wQa', checked);
    var submit = q('[class*="delete-confirm--submit--"]');
    if (submit && !submit.classList.contains('comet-v2-btn-loading')) submit.disabled = !checked;
  }
  document.addEventListener('click', function (event) {
    var t = event.target;
    var box = t instanceof window.Element ? t.closest('[role="checkbox"]') : null;
    if (box && box.localName !== 'input') toggleCustomCheckbox(box);
  });
  document.addEventListener('keydown', function (event) {
    var t = event.target;
    if (!(t instanceof window.Element)) return;
    var role = t.getAttribute('role');
    if (role === 'checkbox' && event.key === ' ') {
      event.preventDefault();
      toggleCustomCheckbox(t);
    } else if (
      (role === 'button' || role === 'radio') &&
      (event.key === 'Enter' || event.key === ' ')
    ) {
      event.preventDefault();
      t.click();
    }
  });

  // ---- login form ---------------------------------------------------------------------------------------
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof window.HTMLFormElement) || !form.classList.contains('fm-login')) return;
    var id = q('#fm-login-id', form);
    var pw = q('#fm-login-password', form);
    if (!id || !pw || id.value.trim() === '' || pw.value === '') {
      event.preventDefault();
      var err = q('[class*="login--error--"]');
      if (err) err.classList.add('login--show--3Jr8wPe');
    }
  });

  // ---- code widget in an iframe (?replica_code_iframe=1) -------------------------------------------------
  // Parent side: only a message from the render-accounts. origin, sent by our own iframe, moves the flow on.
  var CODE_FRAME_ORIGIN = /^https?:\/\/render-accounts\.aliexpress\.com(:\d+)?$/;
  window.addEventListener('message', function (event) {
    if (!CODE_FRAME_ORIGIN.test(event.origin)) return;
    var frame = q('iframe[class*="verify-code--frame--"]');
    if (!frame || event.source !== frame.contentWindow) return;
    if (event.data && event.data.type === 'replica:code-verified')
      navigate('/p/account-delete/confirm');
  });
  // Frame side: tell the embedding AliExpress page (and only an AliExpress page) that the code was verified.
  function tellParentVerified() {
    var origin = '';
    try {
      if (document.referrer) origin = new URL(document.referrer).origin;
      else if (location.ancestorOrigins && location.ancestorOrigins.length > 0)
        origin = location.ancestorOrigins[0];
    } catch (e) {
      origin = '';
    }
    if (
      !/^https?:\/\/([a-z0-9-]+\.)*aliexpress\.com(:\d+)?$/.test(origin) ||
      window.parent === window
    ) {
      toast(T('verified', 'Verified'));
      return;
    }
    window.parent.postMessage({ type: 'replica:code-verified' }, origin);
  }

  // ---- privacy center request form ----------------------------------------------------------------------
  // "Delete" stays disabled until the box says agree (compared here, trimmed, any case).
  document.addEventListener('input', function (event) {
    var t = event.target;
    if (!(t instanceof window.HTMLInputElement) || !closestClass(t, 'privacy-request--agree--'))
      return;
    var submit = q('[class*="privacy-request--submit--"]');
    if (submit && !submit.classList.contains('comet-v2-btn-loading'))
      submit.disabled = t.value.trim().toLowerCase() !== 'agree';
  });

  // ---- bot check: slider captcha (FACT [src:bot-check-url]: .nc-container, #nc_1_n1z) ------------------------------------
  // Dragging the knob to the end of the track passes; the page then goes to ?redirect= (an AliExpress URL)
  // or home. Anything short of the end springs back.
  (function () {
    var knob = document.getElementById('nc_1_n1z');
    var track = q('.nc_scale');
    if (!knob || !track) return;
    var fill = q('.nc_bg', track);
    var label = q('.nc-lang-cnt', track);
    var startX = 0;
    var dragging = false;
    var max = function () {
      return track.clientWidth - knob.offsetWidth;
    };
    var sign = document.documentElement.dir === 'rtl' ? -1 : 1;
    var place = function (x) {
      knob.style.transform = 'translateX(' + sign * x + 'px)';
      if (fill) fill.style.width = x + knob.offsetWidth / 2 + 'px';
    };
    knob.addEventListener('pointerdown', function (event) {
      dragging = true;
      startX = event.clientX;
      knob.setPointerCapture(event.pointerId);
      event.preventDefault();
    });
    knob.addEventListener('pointermove', function (event) {
      if (!dragging) return;
      place(Math.max(0, Math.min(max(), sign * (event.clientX - startX))));
    });
    knob.addEventListener('pointerup', function (event) {
      if (!dragging) return;
      dragging = false;
      var x = Math.max(0, Math.min(max(), sign * (event.clientX - startX)));
      if (x < max() - 4) {
        place(0);
        return;
      }
      place(max());
      track.classList.add('nc_ok');
      if (label) label.textContent = T('sliderOk', 'Verified');
      var target = new URLSearchParams(location.search).get('redirect') || '';
      var safe = '/';
      try {
        var u = new URL(target, location.href);
        if (/^https?:$/.test(u.protocol) && /(^|\.)aliexpress\.com$/.test(u.hostname))
          safe = u.href;
      } catch (e) {
        safe = '/';
      }
      setTimeout(function () {
        go(safe);
      }, actionDelay());
    });
  })();

  renderCurrent(false);
})();
