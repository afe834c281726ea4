// The home page's search box: entity names as you type, from /suggest (same origin; the CSP allows no other).
// Built with DOM nodes and textContent only: labels come from essays and gazetteers and are never parsed as HTML.
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('suggestions');
  if (!input || !list) {
    return;
  }
  var timer = null;
  var asked = '';

  function clear() {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
  }

  function show(items) {
    clear();
    items.forEach(function (it) {
      if (!it.path) {
        return;
      }
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = it.path;
      a.textContent = it.label;
      li.appendChild(a);
      var more = [];
      if (it.labelEn && it.labelEn !== it.label) {
        more.push(it.labelEn);
      }
      if (it.matched && it.matched !== it.label && it.matched !== it.labelEn) {
        more.push('“' + it.matched + '”');
      }
      more.push(it.kind);
      var small = document.createElement('small');
      small.textContent = ' ' + more.join(' · ');
      li.appendChild(small);
      list.appendChild(li);
    });
    document.body.setAttribute('data-suggestions', String(list.children.length));
  }

  function ask() {
    var q = input.value.trim();
    if (q === asked) {
      return;
    }
    asked = q;
    if (q === '') {
      clear();
      return;
    }
    fetch('/suggest?q=' + encodeURIComponent(q), {headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (items) {
        if (q === asked) {
          show(items);
        }
      })
      .catch(function () { clear(); });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  // arrow down moves from the box into the suggestions, arrow keys move between them, Escape returns
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' && list.querySelector('a')) {
      e.preventDefault();
      list.querySelector('a').focus();
    }
  });
  list.addEventListener('keydown', function (e) {
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    var i = links.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && i < links.length - 1) {
      e.preventDefault();
      links[i + 1].focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i > 0 ? links[i - 1] : input).focus();
    } else if (e.key === 'Escape') {
      input.focus();
    }
  });
  // a value already in the box (back button, ?q= in the address) gets its suggestions too
  var given = new URLSearchParams(window.location.search).get('q');
  if (given) {
    input.value = given;
  }
  if (input.value) {
    ask();
  }
})();
