// SVG of what the /graph page shows: the shown nodes and edges where the layout put them, in their colours and
// sizes, labels as text. Built as DOM nodes and serialised, so labels from essays are escaped by the serialiser.
// Straight edges with an arrowhead stand for Cytoscape's curves: the file is for papers and slides, not a replica.
var nonjiSvg = (function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';

  function el(doc, name, attrs) {
    var e = doc.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }

  function px(v) {
    return parseFloat(v) || 0;
  }

  // cy: the Cytoscape instance; shown: which elements count as shown. Returns the SVG document as a string.
  function render(cy, shown) {
    var nodes = cy.nodes().filter(shown);
    var edges = cy.edges().filter(shown);
    var box = nodes.boundingBox({ includeLabels: true });
    var pad = 20;
    var doc = document.implementation.createDocument(NS, 'svg', null);
    var svg = doc.documentElement;
    var w = Math.max(1, Math.round(box.w + 2 * pad));
    var h = Math.max(1, Math.round(box.h + 2 * pad));
    svg.setAttribute('width', w);
    svg.setAttribute('height', h);
    svg.setAttribute('viewBox', [Math.floor(box.x1 - pad), Math.floor(box.y1 - pad), w, h].join(' '));
    svg.setAttribute('font-family', 'sans-serif');
    var title = el(doc, 'title', {});
    title.textContent = 'nonji graph: ' + nodes.length + ' nodes, ' + edges.length + ' edges';
    svg.appendChild(title);
    svg.appendChild(el(doc, 'rect', { x: Math.floor(box.x1 - pad), y: Math.floor(box.y1 - pad), width: w, height: h,
      fill: '#ffffff' }));
    var defs = el(doc, 'defs', {});
    svg.appendChild(defs);
    var markers = {};
    function marker(colour) {
      if (!markers[colour]) {
        var id = 'arrow' + Object.keys(markers).length;
        // sized in user units: an arrowhead the same on thin and thick edges
        var m = el(doc, 'marker', { id: id, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9,
          markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' });
        m.appendChild(el(doc, 'path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: colour }));
        defs.appendChild(m);
        markers[colour] = id;
      }
      return markers[colour];
    }
    var edgeGroup = el(doc, 'g', { 'class': 'edges' });
    svg.appendChild(edgeGroup);
    edges.forEach(function (e) {
      var s = e.source().position();
      var t = e.target().position();
      var r = e.target().width() / 2;
      var len = Math.max(1, Math.hypot(t.x - s.x, t.y - s.y));
      var colour = e.style('line-color');
      var line = el(doc, 'line', { x1: s.x.toFixed(1), y1: s.y.toFixed(1),
        x2: (t.x - (t.x - s.x) * r / len).toFixed(1), y2: (t.y - (t.y - s.y) * r / len).toFixed(1),
        stroke: colour, 'stroke-width': px(e.style('width')).toFixed(1), 'stroke-opacity': e.style('opacity') });
      var dash = e.style('line-style');
      if (dash === 'dashed' || dash === 'dotted') {
        line.setAttribute('stroke-dasharray', dash === 'dashed' ? '6 4' : '2 3');
      }
      if (e.style('target-arrow-shape') !== 'none') {
        line.setAttribute('marker-end', 'url(#' + marker(colour) + ')');
      }
      var tip = el(doc, 'title', {});
      tip.textContent = (e.data('label') || e.data('type') || '') + ': ' + (e.source().data('label') || '')
        + ' → ' + (e.target().data('label') || '');
      line.appendChild(tip);
      edgeGroup.appendChild(line);
    });
    var nodeGroup = el(doc, 'g', { 'class': 'nodes' });
    svg.appendChild(nodeGroup);
    nodes.forEach(function (n) {
      var p = n.position();
      var g = el(doc, 'g', { 'data-id': n.id() });
      g.appendChild(el(doc, 'circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: (n.width() / 2).toFixed(1),
        fill: n.style('background-color'), stroke: '#ffffff', 'stroke-width': 1 }));
      var label = el(doc, 'text', { x: p.x.toFixed(1), y: (p.y + n.height() / 2 + 12).toFixed(1),
        'text-anchor': 'middle', 'font-size': 11, fill: '#222222', stroke: '#ffffff', 'stroke-width': 3,
        'paint-order': 'stroke' });
      label.textContent = n.data('label') || n.id();
      g.appendChild(label);
      nodeGroup.appendChild(g);
    });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
  }

  return { render: render };
}());
