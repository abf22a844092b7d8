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
 *
 * The data-replica-target attributes are for tests only; this script never reads them.
 */
(function () {
  'use strict';

  var root = document.getElementById('root');
  if (!root) return;

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
  function loginUrl() {
    return hostUrl('login.aliexpress.com', '/?return_url=' + encodeURIComponent(location.href));
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
  function viewForPath(pathname) {
    var templates = qa('template[data-view]');
    if (templates.length === 0) return null;
    var last = pathname.replace(/\/+$/, '').split('/').pop() || '';
    last = last.replace(/\.html?$/, '');
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
  function renderCurrent(immediate) {
    var token = ++renderToken;
    var template = viewForPath(location.pathname);
    root.innerHTML = skeletonHtml;
    var delay = immediate ? 0 : renderDelay();
    var run = function () {
      if (token !== renderToken || !template) return;
      var fresh = template.content.cloneNode(true);
      root.replaceChildren(fresh);
      afterRender(template.getAttribute('data-view'));
    };
    if (delay === 0) run();
    else setTimeout(run, delay);
  }

  function navigate(path) {
    history.pushState({}, '', path);
    closePopover();
    window.scrollTo(0, 0);
    renderCurrent(false);
  }
  window.addEventListener('popstate', function () {
    renderCurrent(false);
  });

  function afterRender(view) {
    if (view === 'login') {
      var params = new URLSearchParams(location.search);
      var ret = q('input[name="return_url"]');
      if (ret) ret.value = params.get('return_url') || '';
      if (params.get('replica_error')) {
        var err = q('.login--error--1Yw3sKd');
        if (err) err.classList.add('login--show--3Jr8wPe');
      }
    }
  }

  // ---- header account item + popover --------------------------------------------------------------------
  var trigger = q('.my-account--menuItem--1GDZChA');
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
      if (q('template[data-popover="account-menu"]')) location.href = '/p/account/index.html';
      else location.href = loginUrl();
    });
  }
  window.addEventListener('resize', closePopover);

  // ---- delegated clicks ---------------------------------------------------------------------------------
  document.addEventListener('click', function (event) {
    var t = event.target;
    if (!(t instanceof window.Element)) return;

    // signed-out popover
    if (closestClass(t, 'my-account--signin--') || closestClass(t, 'my-account--register--')) {
      location.href = loginUrl();
      return;
    }

    // help widget
    if (closestClass(t, 'xiaomi-dialog--bubble--') || closestClass(t, 'xiaomi-dialog--close--')) {
      var box = q('#J_xiaomi_dialog');
      if (box) box.classList.toggle('xiaomi-dialog--open--2dKs7Fh');
      return;
    }
    if (closestClass(t, 'xiaomi-dialog--quick--')) {
      toast('An agent will be with you shortly.');
      return;
    }

    // login page
    if (
      t.closest('.login--tabs--2Rf4wQc .comet-tabs-nav-item') &&
      !t.closest('.comet-tabs-nav-item-active')
    ) {
      toast(
        'New here? Registration is not available in this replica: sign in with any email and password.',
      );
      return;
    }
    if (closestClass(t, 'login--socialBtn--')) {
      toast('Third-party sign-in is not available in this replica.');
      return;
    }

    // deletion flow
    if (closestClass(t, 'account-delete--delete--')) {
      navigate('/p/account-delete/security');
      return;
    }
    if (closestClass(t, 'account-delete--cancel--')) {
      location.href = '/account/setting/index.html';
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
      toast('No eligible card payment was found. Please choose another verification method.');
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
        navigate('/p/account-delete/confirm');
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
    toast('A verification code has been sent to a***@example.com');
    var left = 60;
    var label = q('span', button) || button;
    button.disabled = true;
    label.textContent = 'Resend (' + left + 's)';
    clearInterval(countdown);
    countdown = setInterval(function () {
      left -= 1;
      if (!button.isConnected) {
        clearInterval(countdown);
        return;
      }
      if (left <= 0) {
        clearInterval(countdown);
        button.disabled = false;
        label.textContent = 'Get code';
      } else {
        label.textContent = 'Resend (' + left + 's)';
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
    var button = q('.verify-code--verify--3Rx0cYe');
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
    var submit = q('.delete-confirm--submit--1Lb4rWy');
    if (submit && !submit.classList.contains('comet-v2-btn-loading')) submit.disabled = !t.checked;
  });

  // ---- login form ---------------------------------------------------------------------------------------
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof window.HTMLFormElement) || !form.classList.contains('fm-login')) return;
    var id = q('#fm-login-id', form);
    var pw = q('#fm-login-password', form);
    if (!id || !pw || id.value.trim() === '' || pw.value === '') {
      event.preventDefault();
      var err = q('.login--error--1Yw3sKd');
      if (err) err.classList.add('login--show--3Jr8wPe');
    }
  });

  renderCurrent(false);
})();
