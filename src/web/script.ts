/**
 * The dashboard's only script, progressive enhancement: everything works with plain form posts.
 * It submits filter menus on change, sends simulator messages without reloading the page, asks
 * before buttons marked `data-confirm`, and refreshes live parts (`data-poll`) in place.
 */
export const SCRIPT = `
(function () {
  // On a laptop the message box is ready to type in; on a phone focusing it would pop up the keyboard.
  function focusChat() {
    var input = document.querySelector('#sim input[name="text"]');
    if (input && document.activeElement === document.body && window.matchMedia('(min-width: 900px)').matches) input.focus();
  }
  document.addEventListener('change', function (e) {
    var el = e.target;
    if (el && el.matches && el.matches('select[data-autosubmit]') && el.form) el.form.submit();
  });
  document.addEventListener('click', function (e) {
    var button = e.target && e.target.closest ? e.target.closest('[data-confirm]') : null;
    if (button && !window.confirm(button.getAttribute('data-confirm'))) e.preventDefault();
  });
  // A live part of the page (a broadcast being sent) is fetched again until it stops asking.
  function poll() {
    var el = document.querySelector('[data-poll]');
    if (!el || !el.id || !window.fetch || !window.DOMParser) return;
    var id = el.id;
    setTimeout(function () {
      fetch(window.location.href, { credentials: 'same-origin' })
        .then(function (res) { return res.ok ? res.text() : Promise.reject(new Error(String(res.status))); })
        .then(function (text) {
          var next = new DOMParser().parseFromString(text, 'text/html').getElementById(id);
          var current = document.getElementById(id);
          if (next && current) current.replaceWith(next);
          poll();
        })
        .catch(function () { setTimeout(poll, 10000); });
    }, Number(el.getAttribute('data-poll')) || 3000);
  }
  document.addEventListener('DOMContentLoaded', poll);
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form.matches || !form.matches('form[data-sim]') || !window.fetch || !window.DOMParser) return;
    e.preventDefault();
    var data = new URLSearchParams(new FormData(form, e.submitter || undefined));
    var panel = document.getElementById('sim');
    // One message at a time: a second tap while the reply is on its way is ignored.
    if (panel && panel.getAttribute('aria-busy') === 'true') return;
    if (panel) panel.setAttribute('aria-busy', 'true');
    fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin', headers: { 'content-type': 'application/x-www-form-urlencoded' } })
      .then(function (res) { return res.text().then(function (text) { return { res: res, text: text }; }); })
      .then(function (r) {
        var next = new DOMParser().parseFromString(r.text, 'text/html').getElementById('sim');
        var current = document.getElementById('sim');
        if (!r.res.ok || !next || !current) { window.location.reload(); return; }
        current.replaceWith(next);
        var input = next.querySelector('input[name="text"]');
        if (input && form.querySelector('input[name="text"]')) input.focus();
      })
      // Network trouble: fall back to the plain form post.
      .catch(function () { form.submit(); });
  });
  document.addEventListener('DOMContentLoaded', focusChat);
})();
`;
