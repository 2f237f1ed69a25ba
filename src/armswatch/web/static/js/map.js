/* Route maps: the world map (/map) and the small map of a case page.
 *
 * Offline: country shapes come from the vendored world-atlas TopoJSON (Natural Earth 1:110m),
 * drawn as SVG with d3-geo; no tile server. Each element with data-routes-url gets a map of
 * the routes that URL returns (/api/map). States are placed at the centroid of their largest
 * polygon (so France is not pulled towards French Guiana, nor the United States towards
 * Alaska); regions and armed groups come with approximate points from the API. */
(function () {
  "use strict";
  const aw = window.armswatch;
  const ROLE_COLOURS = { supplier: "#1a202c", via: "#718096", recipient: "#c05621" };

  function mainCentroid(feature) {
    const geometry = feature.geometry;
    if (!geometry) return null;
    if (geometry.type !== "MultiPolygon") return window.d3.geoCentroid(feature);
    let best = null;
    let bestArea = -1;
    for (const coordinates of geometry.coordinates) {
      const polygon = { type: "Polygon", coordinates: coordinates };
      const area = window.d3.geoArea(polygon);
      if (area > bestArea) {
        bestArea = area;
        best = polygon;
      }
    }
    return window.d3.geoCentroid(best);
  }

  function locate(point, countries, cache) {
    if (point.lon !== null && point.lat !== null) return [point.lon, point.lat];
    if (!point.iso_numeric) return null;
    if (!cache.has(point.iso_numeric)) {
      const feature = countries.get(point.iso_numeric);
      cache.set(point.iso_numeric, feature ? mainCentroid(feature) : null);
    }
    return cache.get(point.iso_numeric);
  }

  /** Points with a place, consecutive repeats dropped. */
  function placedPoints(route, countries, cache) {
    const placed = [];
    for (const point of route.points) {
      const coords = locate(point, countries, cache);
      if (!coords) continue;
      const last = placed[placed.length - 1];
      if (last && last.coords[0] === coords[0] && last.coords[1] === coords[1]) continue;
      placed.push({ point: point, coords: coords });
    }
    return placed;
  }

  /** Every placed point, padded by a few degrees, for fitting the projection to the routes. */
  function paddedMultiPoint(routes) {
    const coordinates = [];
    for (const route of routes) {
      for (const p of route.placed) {
        const [lon, lat] = p.coords;
        for (const [dx, dy] of [[-12, -8], [12, 8], [-12, 8], [12, -8]]) {
          coordinates.push([lon + dx, Math.max(-85, Math.min(85, lat + dy))]);
        }
      }
    }
    return { type: "MultiPoint", coordinates: coordinates };
  }

  async function draw(box) {
    const d3 = window.d3;
    if (!d3 || !d3.geoPath || !window.topojson) {
      aw.showMessage(box, "The map libraries did not load.");
      return;
    }
    let atlas;
    let data;
    try {
      [atlas, data] = await Promise.all([
        aw.fetchJSON(box.dataset.atlasUrl),
        aw.fetchJSON(box.dataset.routesUrl),
      ]);
    } catch (error) {
      aw.showMessage(box, "Could not load the map.");
      console.error(error);
      return;
    }
    const features = window.topojson.feature(atlas, atlas.objects.countries).features;
    const countries = new Map(features.filter((f) => f.id).map((f) => [String(f.id), f]));
    const cache = new Map();
    const routes = data.routes.map((r) => Object.assign({}, r, { placed: placedPoints(r, countries, cache) }));
    const drawable = routes.filter((r) => r.placed.length >= 1);

    const width = box.clientWidth || 960;
    const height = box.clientHeight || 500;
    const projection = d3.geoNaturalEarth1();
    const extent = [[10, 10], [width - 10, height - 10]];
    if (drawable.length) {
      // Frame the routes (with a margin): the case map closely, the world map more widely.
      const padded = paddedMultiPoint(drawable);
      if (box.dataset.fit !== "routes") {
        for (const [dx, dy] of [[-30, -15], [30, 15]]) {
          const lons = padded.coordinates.map((c) => c[0]);
          const lats = padded.coordinates.map((c) => c[1]);
          padded.coordinates.push([
            (dx < 0 ? Math.min(...lons) : Math.max(...lons)) + dx,
            Math.max(-60, Math.min(84, (dy < 0 ? Math.min(...lats) : Math.max(...lats)) + dy)),
          ]);
        }
      }
      projection.fitExtent(extent, padded);
    } else {
      projection.fitExtent(extent, { type: "Sphere" });
    }
    const path = d3.geoPath(projection);
    const involved = new Set();
    for (const r of routes) for (const p of r.points) if (p.iso_numeric) involved.add(p.iso_numeric);

    const root = aw.svg("svg", {
      viewBox: "0 0 " + width + " " + height,
      preserveAspectRatio: "xMidYMid meet",
      "aria-hidden": "true",
    });
    const defs = aw.svg("defs", {});
    root.appendChild(defs);
    root.appendChild(aw.svg("path", { class: "sphere", d: path({ type: "Sphere" }) }));
    root.appendChild(aw.svg("path", { class: "graticule", d: path(d3.geoGraticule10()) }));
    const land = aw.svg("g", { class: "countries" });
    for (const f of features) {
      const d = path(f);
      if (!d) continue;
      const cls = "country" + (f.id && involved.has(String(f.id)) ? " involved" : "");
      land.appendChild(
        aw.svg("path", { class: cls, d: d }, aw.svg("title", { text: (f.properties || {}).name || "" }))
      );
    }
    root.appendChild(land);

    const maxSources = Math.max(1, ...routes.map((r) => r.n_sources));
    const markers = new Set();
    const lines = aw.svg("g", { class: "routes" });
    let drawn = 0;
    // Widest first: routes along the same path stay visible (and clickable) on top of each other.
    const ordered = drawable.slice().sort((a, b) => b.n_sources - a.n_sources);
    for (const r of ordered) {
      if (r.placed.length < 2) continue;
      const marker = "arrow-" + r.category;
      if (!markers.has(marker)) {
        markers.add(marker);
        defs.appendChild(
          aw.svg(
            "marker",
            {
              id: marker,
              viewBox: "0 0 10 10",
              refX: 9,
              refY: 5,
              markerUnits: "userSpaceOnUse",
              markerWidth: 11,
              markerHeight: 11,
              orient: "auto-start-reverse",
            },
            aw.svg("path", { d: "M0,0 L10,5 L0,10 z", fill: r.colour })
          )
        );
      }
      const d = path({ type: "LineString", coordinates: r.placed.map((p) => p.coords) });
      if (!d) continue;
      const width = 1.5 + (4 * r.n_sources) / maxSources;
      const link = aw.svg(
        "a",
        { href: r.url, class: "route-link", "data-case": r.id },
        aw.svg(
          "path",
          {
            class: "route",
            d: d,
            stroke: r.colour,
            "stroke-width": width.toFixed(2),
            "stroke-dasharray": r.status === "planned" ? "6 4" : null,
            "marker-end": "url(#" + marker + ")",
          },
          aw.svg("title", { text: r.label + " — " + r.n_sources + " independent source(s)" })
        )
      );
      lines.appendChild(link);
      drawn += 1;
    }
    root.appendChild(lines);

    const seen = new Map();
    for (const r of drawable) {
      r.placed.forEach((p, i) => {
        if (!seen.has(p.point.id)) seen.set(p.point.id, { p: p, role: p.point.role });
      });
    }
    const dots = aw.svg("g", { class: "points" });
    for (const { p, role } of seen.values()) {
      const xy = projection(p.coords);
      if (!xy || !isFinite(xy[0]) || !isFinite(xy[1])) continue;
      dots.appendChild(
        aw.svg(
          "circle",
          {
            class: "point " + (p.point.kind || ""),
            cx: xy[0].toFixed(1),
            cy: xy[1].toFixed(1),
            r: role === "via" ? 3.5 : 4.5,
            fill: ROLE_COLOURS[role] || "#1a202c",
          },
          aw.svg("title", { text: p.point.label || p.point.name })
        )
      );
      dots.appendChild(
        aw.svg("text", { class: "label", x: (xy[0] + 6).toFixed(1), y: (xy[1] - 5).toFixed(1), text: p.point.name })
      );
    }
    root.appendChild(dots);
    if (!routes.length) {
      root.appendChild(aw.svg("text", { class: "message", x: 20, y: 30, text: "No route matches these filters." }));
    }
    box.textContent = "";
    box.appendChild(root);
    box.dataset.routesDrawn = String(drawn);
    box.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-routes-url]").forEach((box) => {
      draw(box);
    });
  });
})();
