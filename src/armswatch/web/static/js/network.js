/* The actor network (/network): cytoscape over /api/network.
 * Nodes: actors, sized by reports. Edges: one per case, supplier → recipient, coloured by
 * category, width by independent sources; dashed when only planned. Click an edge → its case;
 * click an actor → its cases. */
(function () {
  "use strict";
  const aw = window.armswatch;

  async function init() {
    const box = document.getElementById("network");
    if (!box) return;
    if (typeof window.cytoscape !== "function") {
      aw.showMessage(box, "The network library did not load.");
      return;
    }
    let data;
    try {
      data = await aw.fetchJSON(box.dataset.src);
    } catch (error) {
      aw.showMessage(box, "Could not load the network.");
      console.error(error);
      return;
    }
    if (!data.edges.length) {
      aw.showMessage(box, "No case matches these filters.");
      box.dataset.ready = "true";
      return;
    }
    const maxReports = Math.max(1, ...data.nodes.map((n) => n.n_reports));
    const maxSources = Math.max(1, ...data.edges.map((e) => e.n_sources));
    const elements = [];
    for (const n of data.nodes) {
      elements.push({
        group: "nodes",
        data: { id: n.id, label: n.name, kind: n.kind, n_reports: n.n_reports, url: n.url },
      });
    }
    for (const e of data.edges) {
      elements.push({
        group: "edges",
        data: {
          id: "case:" + e.id,
          case_id: e.id,
          source: e.source,
          target: e.target,
          colour: e.colour,
          status: e.status,
          category: e.category,
          n_sources: e.n_sources,
          label: e.label,
          url: e.url,
        },
      });
    }
    const cy = window.cytoscape({
      container: box,
      elements: elements,
      layout: { name: "circle", padding: 40 },
      minZoom: 0.2,
      maxZoom: 4,
      style: [
        {
          selector: "node",
          style: {
            "background-color": "#2d3748",
            label: "data(label)",
            "font-size": 12,
            color: "#1a202c",
            "text-valign": "bottom",
            "text-margin-y": 4,
            "text-outline-color": "#ffffff",
            "text-outline-width": 2,
            width: "mapData(n_reports, 0, " + maxReports + ", 16, 56)",
            height: "mapData(n_reports, 0, " + maxReports + ", 16, 56)",
          },
        },
        {
          selector: 'node[kind = "group"]',
          style: { "background-color": "#805ad5", shape: "round-rectangle" },
        },
        {
          selector: 'node[kind = "org"], node[kind = "other"], node[kind = "unknown"]',
          style: { "background-color": "#718096", shape: "diamond" },
        },
        {
          selector: "edge",
          style: {
            "curve-style": "bezier",
            "control-point-step-size": 28,
            "line-color": "data(colour)",
            "target-arrow-color": "data(colour)",
            "target-arrow-shape": "triangle",
            "arrow-scale": 1.2,
            width: "mapData(n_sources, 0, " + maxSources + ", 1.5, 9)",
            opacity: 0.85,
          },
        },
        { selector: 'edge[status = "planned"]', style: { "line-style": "dashed" } },
        { selector: 'edge[status = "denied_only"]', style: { "line-style": "dotted" } },
        {
          selector: "edge.hover",
          style: {
            opacity: 1,
            "z-index": 10,
            label: "data(label)",
            "font-size": 11,
            "text-rotation": "autorotate",
            "text-background-color": "#ffffff",
            "text-background-opacity": 0.9,
            "text-background-padding": 2,
          },
        },
        { selector: "node.hover", style: { "border-width": 3, "border-color": "#f6ad55" } },
      ],
    });
    cy.layout({
      name: "cose",
      randomize: false,
      animate: false,
      fit: true,
      padding: 40,
      nodeRepulsion: function () {
        return 120000;
      },
      idealEdgeLength: function () {
        return 150;
      },
      edgeElasticity: function () {
        return 300;
      },
      nodeOverlap: 40,
      gravity: 0.3,
      componentSpacing: 160,
      numIter: 1500,
    }).run();
    // A small graph fitted to the box would be drawn huge: keep it at most life-size.
    if (cy.zoom() > 1.25) {
      cy.zoom(1.25);
      cy.center();
    }

    const go = (event) => window.location.assign(aw.safeHref(event.target.data("url")));
    cy.on("tap", "edge", go);
    cy.on("tap", "node", go);
    cy.on("mouseover", "edge, node", (event) => {
      event.target.addClass("hover");
      box.classList.add("pointing");
    });
    cy.on("mouseout", "edge, node", (event) => {
      event.target.removeClass("hover");
      box.classList.remove("pointing");
    });
    window.armswatchNetwork = cy; // for the browser tests and the console
    box.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", init);
})();
