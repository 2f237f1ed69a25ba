/* armswatch web app: helpers shared by the page scripts.
 *
 * Data from the store is only ever put into the page as text (textContent) or as plain
 * attribute values: never as HTML. Links are only built to this app's own paths.
 */
(function () {
  "use strict";

  const SVG_NS = "http://www.w3.org/2000/svg";

  /** An internal link ("/cases/…"), or "#" for anything else (javascript:, //host, …). */
  function safeHref(url) {
    return typeof url === "string" && url.startsWith("/") && !url.startsWith("//") ? url : "#";
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      const name = key.toLowerCase();
      if (name.startsWith("on") || name === "style" || name === "srcdoc") {
        throw new Error("refusing to set the attribute " + key);
      }
      if (key === "text") node.textContent = String(value);
      else if (name === "href") node.setAttribute("href", safeHref(String(value)));
      else node.setAttribute(key, String(value));
    }
  }

  function append(node, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
  }

  /** An HTML element: el("a", {href: "/cases/x", text: "label"}, child…). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  /** An SVG element, same calling convention. */
  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    append(node, children);
    return node;
  }

  /** The JSON of a <script type="application/json" id="…"> block, or null. */
  function readJSON(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  async function fetchJSON(url) {
    const response = await fetch(url, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) throw new Error(url + " answered " + response.status);
    return response.json();
  }

  function showMessage(container, message) {
    container.textContent = "";
    container.appendChild(el("p", { class: "muted message", text: message }));
  }

  window.armswatch = { el, svg, safeHref, readJSON, fetchJSON, showMessage };
})();
