/* The case timeline (/cases/{id}): claims, denials and planned / reported changes on a time
 * axis, one lane per kind. The entries come from the page's JSON block; each dot opens its
 * entry (with the evidence sentences) in the list below. */
(function () {
  "use strict";
  const aw = window.armswatch;
  const LANES = ["reported", "planned", "claim", "denial"];
  const DAY = 86400000;
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  /** "2022", "2022-11" or "2022-11-02" → a UTC timestamp (first day of the period). */
  function parseDate(value) {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value || "");
    if (!m) return NaN;
    return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  }

  function ticks(t0, t1) {
    const out = [];
    const start = new Date(t0);
    const years = (t1 - t0) / (365 * DAY);
    if (years > 3) {
      for (let y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y += 1) {
        const t = Date.UTC(y, 0, 1);
        if (t >= t0) out.push([t, String(y)]);
      }
      return out;
    }
    const months = (t1 - t0) / (30 * DAY);
    if (months < 4) {
      // Weekly ticks, on Mondays, for short cases.
      const first = new Date(t0);
      let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
      while (new Date(t).getUTCDay() !== 1) t += DAY;
      const step = months < 1.5 ? 7 : 14;
      for (; t <= t1; t += step * DAY) {
        const d = new Date(t);
        out.push([t, d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear()]);
      }
      return out;
    }
    const step = months > 24 ? 6 : months > 12 ? 3 : months > 6 ? 2 : 1;
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth();
    for (;;) {
      const t = Date.UTC(y, m, 1);
      if (t > t1) break;
      if (t >= t0) out.push([t, MONTHS[m] + " " + y]);
      m += step;
      while (m > 11) {
        m -= 12;
        y += 1;
      }
    }
    return out;
  }

  function openEntry(index) {
    const item = document.getElementById("entry-" + index);
    if (!item) return;
    const details = item.querySelector("details");
    if (details) details.open = true;
    item.classList.add("flash");
    item.scrollIntoView({ block: "nearest" });
    window.setTimeout(() => item.classList.remove("flash"), 1200);
  }

  function draw() {
    const box = document.getElementById("timeline");
    if (!box) return;
    const entries = aw.readJSON("timeline-data") || [];
    const dated = [];
    for (const e of entries) {
      const t = parseDate(e.date);
      if (!isNaN(t)) dated.push(Object.assign({ t: t }, e));
    }
    if (!dated.length) {
      aw.showMessage(box, "No dated entry: see the list below.");
      box.dataset.ready = "true";
      return;
    }
    let t0 = Math.min(...dated.map((e) => e.t));
    let t1 = Math.max(...dated.map((e) => e.t));
    const pad = Math.max(15 * DAY, (t1 - t0) * 0.06);
    t0 -= pad;
    t1 += pad;

    const width = Math.max(480, box.clientWidth || 900);
    const left = 84;
    const right = 24;
    const top = 14;
    const laneHeight = 30;
    const axisY = top + LANES.length * laneHeight;
    const height = axisY + 34;
    const x = (t) => left + ((t - t0) / (t1 - t0)) * (width - left - right);
    const laneY = (kind) => top + (Math.max(0, LANES.indexOf(kind)) + 0.5) * laneHeight;

    const root = aw.svg("svg", { viewBox: "0 0 " + width + " " + height, height: height });
    for (const kind of LANES) {
      const y = laneY(kind);
      root.appendChild(aw.svg("line", { class: "lane", x1: left, x2: width - right, y1: y, y2: y }));
      root.appendChild(aw.svg("text", { class: "lane-label", x: 8, y: y + 4, text: kind }));
    }
    root.appendChild(aw.svg("line", { class: "axis", x1: left, x2: width - right, y1: axisY, y2: axisY }));
    for (const [t, label] of ticks(t0, t1)) {
      const tx = x(t);
      root.appendChild(aw.svg("line", { class: "axis", x1: tx, x2: tx, y1: axisY, y2: axisY + 5 }));
      root.appendChild(aw.svg("text", { class: "tick", x: tx, y: axisY + 18, "text-anchor": "middle", text: label }));
    }
    const stacked = new Map();
    for (const e of dated) {
      const key = e.kind + "|" + e.t;
      const n = stacked.get(key) || 0;
      stacked.set(key, n + 1);
      const who = e.actor ? e.actor.name + " " : "";
      const dot = aw.svg(
        "circle",
        {
          class: "dot",
          cx: (x(e.t) + n * 9).toFixed(1),
          cy: laneY(e.kind).toFixed(1),
          r: 6,
          fill: e.colour,
          "data-entry": e.index,
        },
        aw.svg("title", {
          text: e.date + " · " + e.kind + " · " + who + "· " + (e.outlet || e.source) + " · " + (e.lang || "?"),
        })
      );
      dot.addEventListener("click", () => openEntry(e.index));
      root.appendChild(dot);
    }
    box.textContent = "";
    box.appendChild(root);
    box.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", draw);
})();
