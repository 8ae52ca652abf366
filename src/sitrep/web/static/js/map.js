// Map page: offline boundaries (no tile server) and event points, clustered on a pixel grid.
(function () {
  "use strict";
  var el = document.getElementById("map");
  var status = document.getElementById("map-status");
  var palette = JSON.parse(document.getElementById("palette").textContent);
  var CELL = 44;  // px: points closer than this at the current zoom are drawn as one cluster

  var map = SitrepMap.createMap(el);
  var points = [];
  var layer = L.layerGroup().addTo(map);

  function tooltip(p) {
    var div = document.createElement("div");  // text only: names from articles never become HTML
    var b = document.createElement("strong");
    b.textContent = p[3];
    div.appendChild(b);
    div.appendChild(document.createElement("br"));
    div.appendChild(document.createTextNode((p[5] || "undated") + " · " + (p[6] || "unknown place") +
                                            " · " + p[4] + " fatalities"));
    return div;
  }

  function pointMarker(p) {
    var m = SitrepMap.eventCircle(palette, {lat: p[1], lon: p[2], type: p[3], fatalities: p[4]},
                                  tooltip(p));
    m.on("click", function () { window.location.href = "/events/" + encodeURIComponent(p[0]); });
    m.on("add", function () {  // names the point for assistive tools and tests
      var path = m.getElement();
      path.setAttribute("data-event-id", p[0]);
      path.setAttribute("aria-label", p[3] + ", " + (p[6] || "unknown place") + ", " + (p[5] || "undated"));
    });
    return m;
  }

  function clusterMarker(cell) {
    var n = cell.items.length, size = Math.min(26 + 6 * Math.log(n), 56);
    var icon = L.divIcon({className: "cluster-icon", html: String(n), iconSize: [size, size]});
    var m = L.marker([cell.lat / n, cell.lon / n], {icon: icon, keyboard: true,
                                                    title: n + " events: click to zoom in"});
    m.on("click", function () {
      var bounds = L.latLngBounds(cell.items.map(function (p) { return [p[1], p[2]]; }));
      map.fitBounds(bounds.pad(0.3), {maxZoom: Math.max(map.getZoom() + 2, 9)});
    });
    return m;
  }

  function draw() {
    layer.clearLayers();
    var zoom = map.getZoom(), cells = {};
    points.forEach(function (p) {
      var px = map.project([p[1], p[2]], zoom);
      var key = Math.floor(px.x / CELL) + ":" + Math.floor(px.y / CELL);
      var c = cells[key] || (cells[key] = {lat: 0, lon: 0, items: []});
      c.lat += p[1]; c.lon += p[2]; c.items.push(p);
    });
    Object.keys(cells).forEach(function (key) {
      var c = cells[key];
      layer.addLayer(c.items.length === 1 || zoom >= 14 ?
        L.featureGroup(c.items.map(pointMarker)) : clusterMarker(c));
    });
  }

  function getJSON(url) {
    return fetch(url, {credentials: "same-origin"}).then(function (r) {
      if (!r.ok) { throw new Error(url + ": HTTP " + r.status); }
      return r.json();
    });
  }

  var boundaries = getJSON(el.getAttribute("data-boundaries-url")).then(function (index) {
    // Fetch in parallel, draw in the index's order: countries first, provinces over them.
    return Promise.all(index.layers.map(function (l) { return getJSON(l.url); })).then(function (all) {
      all.forEach(function (data, i) { SitrepMap.addBoundary(map, data, index.layers[i].level); });
    });
  }).catch(function (err) { status.textContent = "Boundaries not drawn: " + err.message; });

  getJSON(el.getAttribute("data-points-url")).then(function (data) {
    points = data.points;
    var text = data.total + " events match; " + data.shown + " with coordinates shown.";
    if (data.total > data.shown && data.shown === data.limit) { text += " (The map shows the deadliest " + data.limit + ".)"; }
    status.textContent = text;
    SitrepMap.fitPoints(map, points.map(function (p) { return [p[1], p[2]]; }), 0.2);
    boundaries.then(function () { draw(); el.setAttribute("data-ready", "1"); });
    map.on("zoomend", draw);
  }).catch(function (err) { status.textContent = "Events not loaded: " + err.message; });
})();
