// nonji serves its graph read-only: Fuseki's UI keeps its query editor and dataset info, and loses the controls
// that would only ever answer 405 (dataset management, upload, edit). Loaded by /sparql-ui/index.html.
(function () {
  'use strict';
  var WRITE_ROUTES = /^#\/(manage(\/.*)?|dataset\/[^/]+\/(upload|edit))$/;
  var WRITE_ICONS = ['upload', 'pen-to-square'];

  function prune(root) {
    root.querySelectorAll('a[href]').forEach(function (a) {
      if (WRITE_ROUTES.test(a.getAttribute('href'))) {
        (a.closest('li') || a).remove();
      }
    });
    WRITE_ICONS.forEach(function (icon) {
      root.querySelectorAll('button svg[data-icon="' + icon + '"]').forEach(function (svg) {
        svg.closest('button').remove();
      });
    });
  }

  function away() {
    if (WRITE_ROUTES.test(location.hash)) {
      location.replace('#/dataset/kg/query');
    }
  }

  away();
  window.addEventListener('hashchange', away);
  document.addEventListener('DOMContentLoaded', function () {
    prune(document);
    new MutationObserver(function () { prune(document); })
        .observe(document.body, { childList: true, subtree: true });
  });
})();
