// The /graph page: fetches /graph/data.json (Cytoscape.js elements) and draws it. No inline script (the page's
// CSP forbids it); all text from essays reaches the DOM through textContent only.
(function () {
  'use strict';

  var BASE = 'https://w3id.org/nonji/id/';
  var KIND_COLOURS = {
    Actor: '#4e79a7', Asset: '#59a14f', Strategy: '#b07aa1', Risk: '#e15759', Policy: '#9c755f',
    Event: '#edc948', Candidate: '#bab0ac', Author: '#333333'
  };
  var POLARITY_COLOURS = { support: '#2ca02c', oppose: '#d62728', doubt: '#ff7f0e', neutral: '#7f7f7f' };

  var essaySelect = document.getElementById('essay');
  var kindBoxes = Array.prototype.slice.call(document.querySelectorAll('#kinds input'));
  var search = document.getElementById('search');
  var polarityBoxes = Array.prototype.slice.call(document.querySelectorAll('#polarities input'));
  var minWeight = document.getElementById('min-weight');
  var isolated = document.getElementById('isolated');
  var coMentions = document.getElementById('co-mentions');
  var status = document.getElementById('status');
  var info = document.getElementById('info');
  var cy = null;
  var essaysFilled = false;
  var initial = new URLSearchParams(window.location.search);

  function style() {
    var s = [
      { selector: 'node', style: {
        'label': 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'width': 'mapData(mentions, 0, 20, 14, 44)', 'height': 'mapData(mentions, 0, 20, 14, 44)',
        'background-color': '#999', 'color': '#222', 'text-outline-color': '#fff', 'text-outline-width': 2 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } },
      { selector: 'edge:selected', style: { 'width': 5, 'opacity': 1 } },
      { selector: 'edge', style: {
        'width': 'mapData(weight, 1, 5, 1.5, 6)', 'line-color': '#aaaaaa', 'target-arrow-color': '#aaaaaa',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'opacity': 0.85 } }
    ];
    Object.keys(KIND_COLOURS).forEach(function (k) {
      s.push({ selector: 'node[kind = "' + k + '"]', style: { 'background-color': KIND_COLOURS[k] } });
    });
    Object.keys(POLARITY_COLOURS).forEach(function (p) {
      s.push({ selector: 'edge[type = "stance"][polarity = "' + p + '"]',
        style: { 'line-color': POLARITY_COLOURS[p], 'target-arrow-color': POLARITY_COLOURS[p] } });
    });
    s.push({ selector: 'edge[type = "stance"][polarity = "neutral"]', style: { 'line-style': 'dashed' } });
    // association, not a claim: dotted, no direction
    s.push({ selector: 'edge[type = "coMention"]', style: { 'line-style': 'dotted', 'line-color': '#bbbbbb',
      'target-arrow-shape': 'none' } });
    return s;
  }

  // A minted IRI opens its card on this server; anything else is not a link.
  function localPath(iri) {
    return iri.indexOf(BASE) === 0 ? '/id/' + iri.substring(BASE.length) : null;
  }

  function params() {
    var p = new URLSearchParams();
    if (essaySelect.value) {
      p.set('essay', essaySelect.value);
    }
    var kinds = kindBoxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    if (coMentions.checked) {
      p.set('coMentions', 'true');
    }
    if (kinds.length < kindBoxes.length) {
      // an empty selection would mean "all" to the server: keep only authors instead
      p.set('kind', kinds.length ? kinds.join(',') : 'Author');
    }
    return p;
  }

  function fillEssays(essays, selected) {
    if (essaysFilled) {
      return;
    }
    essaysFilled = true;
    essays.forEach(function (e) {
      // the essay the page was opened for already has an option (named by its IRI until now): name it
      var o = Array.prototype.find.call(essaySelect.options, function (x) { return x.value === e.iri; });
      if (!o) {
        o = document.createElement('option');
        o.value = e.iri;
        essaySelect.appendChild(o);
      }
      o.textContent = e.title ? e.title : e.iri;
    });
    if (selected) {
      essaySelect.value = selected;
    }
  }

  // A button that does what a tap would: native buttons are reachable by Tab and pressed by Enter or Space.
  function button(text, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.addEventListener('click', action);
    return b;
  }

  function showInfo(title, lines, link, buttons) {
    info.replaceChildren();
    var h = document.createElement('h3');
    h.textContent = title;
    info.appendChild(h);
    lines.forEach(function (l) {
      var p = document.createElement('p');
      p.textContent = l;
      info.appendChild(p);
    });
    if (link) {
      var a = document.createElement('a');
      a.href = link;
      a.textContent = 'open the card →';
      info.appendChild(a);
    }
    if (buttons && buttons.length) {
      var ol = document.createElement('ol');
      ol.id = 'links';
      buttons.forEach(function (b) {
        var li = document.createElement('li');
        li.appendChild(b);
        ol.appendChild(li);
      });
      info.appendChild(ol);
    }
  }

  function shown(x) {
    return x.style('display') !== 'none';
  }

  // A node's facts, and each of its shown edges as a button that brings up that edge's evidence.
  function nodeInfo(n) {
    var d = n.data();
    var neighbours = n.neighborhood('node').filter(shown).map(function (x) { return x.data('label'); }).sort();
    var links = n.connectedEdges().filter(shown).sort(function (a, b) {
      return (b.data('weight') || 1) - (a.data('weight') || 1);
    }).map(function (e) {
      var other = e.source().id() === n.id() ? e.target() : e.source();
      var arrow = e.source().id() === n.id() ? '→ ' : '← ';
      return button(arrow + other.data('label') + ' (' + (e.data('polarity') || e.data('relation')
        || e.data('type')) + ', ' + (e.data('weight') || 1) + ')', function () { pick(e); });
    });
    showInfo(d.label, [d.labelKo, d.labelEn, d.kind + ' / ' + d.type, d.mentions + ' mention(s)',
      neighbours.length ? 'linked to: ' + neighbours.join(', ') : ''].filter(Boolean), localPath(n.id()), links);
  }

  function edgeInfo(e) {
    var d = e.data();
    var src = e.source();
    var tgt = e.target();
    showInfo(src.data('label') + ' → ' + tgt.data('label'), [(d.polarity || d.type) + ' (' + d.weight + ')',
      d.quote].filter(Boolean), null, [button('← ' + src.data('label'), function () { pick(src); }),
      button('→ ' + tgt.data('label'), function () { pick(tgt); })]);
  }

  // What a tap does, from a tap or a button: select it (a node with its neighbourhood) and show its facts.
  function pick(x) {
    cy.elements().unselect();
    if (x.isNode()) {
      x.closedNeighborhood().select();
      nodeInfo(x);
    } else {
      x.select();
      edgeInfo(x);
    }
    info.focus();
  }

  // The shown nodes as buttons, most mentioned first: the graph without a pointer.
  function listNodes(nodes) {
    var list = document.getElementById('nodes');
    list.replaceChildren();
    nodes.sort(function (a, b) {
      return (b.data('mentions') || 0) - (a.data('mentions') || 0) || (a.data('label') < b.data('label') ? -1 : 1);
    }).slice(0, 500).forEach(function (n) {
      var li = document.createElement('li');
      li.appendChild(button(n.data('label') + ' · ' + n.data('kind'), function () {
        pick(n);
        cy.center(n);
      }));
      list.appendChild(li);
    });
    document.body.dataset.listedNodes = String(list.children.length);
  }

  // A start position from the node's IRI alone, so the same graph is laid out the same on every load.
  function seedPosition(id, i, n) {
    var h = 0;
    for (var k = 0; k < id.length; k++) {
      h = (h * 31 + id.charCodeAt(k)) | 0;
    }
    var angle = 2 * Math.PI * (i / Math.max(n, 1)) + (h % 1000) / 1000;
    var radius = 200 + Math.abs(h % 300);
    return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
  }

  // Which edges and nodes the filters let through: polarity, minimum weight, unconnected nodes on demand.
  function applyFilters() {
    if (!cy) {
      return;
    }
    var wanted = {};
    polarityBoxes.forEach(function (b) { wanted[b.value] = b.checked; });
    var min = Math.max(1, parseInt(minWeight.value, 10) || 1);
    cy.batch(function () {
      cy.edges().forEach(function (e) {
        var kind = e.data('type') === 'stance' ? (e.data('polarity') || 'neutral') : 'relation';
        var visible = (wanted[kind] !== false) && (e.data('weight') || 1) >= min;
        e.style('display', visible ? 'element' : 'none');
      });
      cy.nodes().forEach(function (n) {
        var connected = n.connectedEdges().filter(function (e) { return e.style('display') !== 'none'; }).length > 0;
        n.style('display', connected || isolated.checked ? 'element' : 'none');
      });
    });
    var nodes = cy.nodes().filter(shown);
    var edges = cy.edges().filter(shown);
    listNodes(nodes);
    document.body.dataset.visibleNodes = String(nodes.length);
    status.textContent = nodes.length + ' of ' + cy.nodes().length + ' nodes, ' + edges.length + ' edges';
  }

  function draw(data) {
    var nodes = data.elements.nodes.slice().sort(function (a, b) {
      return a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0;
    });
    nodes.forEach(function (n, i) { n.position = seedPosition(n.data.id, i, nodes.length); });
    var elements = nodes.concat(data.elements.edges);
    var layout = data.elements.nodes.length > 400
      ? { name: 'concentric', animate: false, minNodeSpacing: 8,
          concentric: function (n) { return n.data('mentions'); } }
      : { name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 40000; },
          idealEdgeLength: function () { return 100; }, nodeOverlap: 40, componentSpacing: 100, padding: 40 };
    if (cy) {
      cy.destroy();
    }
    cy = cytoscape({
      container: document.getElementById('cy'), elements: elements, style: style(), layout: layout,
      wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4
    });
    // a tap (click or touch) stays on the page: the card's facts in the panel, the neighbourhood highlighted
    cy.on('tap', 'node, edge', function (evt) { pick(evt.target); });
    cy.on('mouseover', 'node', function (evt) { nodeInfo(evt.target); });
    cy.on('mouseover', 'edge', function (evt) { edgeInfo(evt.target); });
    // a fingerprint of where the nodes landed: the same graph must look the same on every load (tested)
    var fingerprint = 0;
    cy.nodes().sort(function (a, b) { return a.id() < b.id() ? -1 : 1; }).forEach(function (n) {
      fingerprint = (fingerprint * 31 + Math.round(n.position('x')) * 7 + Math.round(n.position('y'))) | 0;
    });
    document.body.dataset.layout = String(fingerprint);
    document.body.dataset.renderedNodes = String(cy.nodes().length);
    document.body.dataset.renderedEdges = String(cy.edges().length);
    applyFilters();
    cy.fit(cy.elements().filter(function (x) { return x.style('display') !== 'none'; }), 40);
    // a handful of nodes would otherwise be fitted at giant zoom, labels and all
    if (cy.zoom() > 1.2) {
      cy.zoom(1.2);
      cy.center();
    }
    if (search.value) {
      find();
    }
    // /graph?select=IRI (an entity card's link): that node picked, its card and links in the panel
    var selected = initial.get('select') ? cy.getElementById(initial.get('select')) : null;
    if (selected && selected.length && shown(selected)) {
      pick(selected);
      cy.center(selected);
    }
    // /graph?download=svg: a link that hands over the picture as SVG once it is drawn
    if (initial.get('download') === 'svg') {
      downloadSvg();
    }
  }

  function download(href, name) {
    var a = document.createElement('a');
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // The shown graph as SVG (graph-svg.js); its size is left on the page for whoever asked (and the tests).
  function downloadSvg() {
    if (!cy) {
      return;
    }
    var svg = nonjiSvg.render(cy, shown);
    document.body.dataset.svgBytes = String(svg.length);
    document.body.dataset.svgNodes = String((svg.match(/<circle /g) || []).length);
    download('data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg), 'nonji-graph.svg');
  }

  function load() {
    status.textContent = 'loading…';
    fetch('/graph/data.json?' + params().toString(), { headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      })
      .then(function (data) {
        fillEssays(data.essays || [], essaySelect.value);
        draw(data);
      })
      .catch(function (e) {
        status.textContent = 'could not load the graph: ' + e.message;
        document.body.dataset.error = e.message;
      });
  }

  function find() {
    if (!cy) {
      return;
    }
    var q = search.value.trim().toLowerCase();
    cy.nodes().unselect();
    if (!q) {
      return;
    }
    var hits = cy.nodes().filter(function (n) {
      return [n.data('labelKo'), n.data('labelEn'), n.data('label')].some(function (l) {
        return l && l.toLowerCase().indexOf(q) >= 0;
      });
    });
    hits.select();
    if (hits.length) {
      cy.fit(hits, 120);
      if (cy.zoom() > 1.5) {
        cy.zoom(1.5);
        cy.center(hits);
      }
    }
    status.textContent = hits.length + ' match(es)';
  }

  // /graph?essay=IRI&kind=Actor,Risk preselects the filters (the essay card links here)
  if (initial.get('essay')) {
    var o = document.createElement('option');
    o.value = initial.get('essay');
    o.textContent = initial.get('essay');
    essaySelect.appendChild(o);
    essaySelect.value = initial.get('essay');
  }
  if (initial.get('coMentions') === 'true') {
    coMentions.checked = true;
  }
  if (initial.get('kind')) {
    var wanted = initial.get('kind').split(',');
    kindBoxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) >= 0; });
  }
  essaySelect.addEventListener('change', load);
  kindBoxes.forEach(function (b) { b.addEventListener('change', load); });
  search.addEventListener('input', find);
  polarityBoxes.forEach(function (b) { b.addEventListener('change', applyFilters); });
  minWeight.addEventListener('input', applyFilters);
  isolated.addEventListener('change', applyFilters);
  coMentions.addEventListener('change', load);
  document.getElementById('png').addEventListener('click', function () {
    if (cy) {
      download(cy.png({ full: true, scale: 2, bg: '#ffffff' }), 'nonji-graph.png');
    }
  });
  document.getElementById('svg').addEventListener('click', downloadSvg);
  document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); find(); });
  load();
}());
