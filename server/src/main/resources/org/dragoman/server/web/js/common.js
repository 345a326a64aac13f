// Shared helpers of the Dragoman web UI. Every value that comes from the store reaches the page as a text
// node or an attribute set through the DOM API: nothing here parses HTML, no data is ever handed to an API
// that parses markup, and no inline event handler is ever set.

export const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

/**
 * Builds an element: el('a', {href: '/x', class: 'y'}, 'text', child). Strings become text nodes; attributes
 * whose name starts with "on" are refused, and href only takes same-site paths or http(s) URLs.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error('event handler attributes are not allowed: ' + name);
    if (name === 'href') {
      const safe = safeHref(value);
      if (safe !== null) node.setAttribute('href', safe);
      continue;
    }
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

/** A same-site path ("/article.html?id=..") or an absolute http(s) URL; anything else (javascript:, data:) is null. */
export function safeHref(value) {
  const s = String(value);
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (e) {
    return null;
  }
}

/** Removes every child of node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A link to a page of this UI with query parameters, e.g. link('/actor.html', {id: 'Marco Rubio'}). */
export function pageUrl(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? path + '?' + s : path;
}

export const articleUrl = (id, at) => pageUrl('/article.html', {id, at});
export const actorUrl = (name) => pageUrl('/actor.html', {id: name});

/** Error from the API, with the problem document's title, detail and status. */
export class ApiError extends Error {
  constructor(problem, status) {
    super((problem && problem.detail) || ('HTTP ' + status));
    this.status = status;
    this.title = (problem && problem.title) || 'Error';
  }
}

/** GET a JSON resource of the API; throws ApiError with the problem document's detail on failure. */
export async function api(path, params = {}) {
  const response = await fetch(pageUrl(path, params), {headers: {Accept: 'application/json'}});
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) throw new ApiError(body, response.status);
  return body;
}

/** The page's header: the product name and the navigation, with the current page marked. */
export function header(current) {
  const nav = el('nav', {'aria-label': 'Main'},
    navLink('/', 'Search', current === 'search'),
    navLink('/network.html', 'Network', current === 'network'),
    el('a', {href: '/openapi.json', class: 'nav-link'}, 'API'));
  const bar = el('header', {class: 'topbar'},
    el('a', {href: '/', class: 'brand'}, 'Dragoman'),
    el('span', {class: 'tagline'}, 'news as evidence'),
    nav);
  document.body.prepend(bar);
}

function navLink(href, label, active) {
  return el('a', {href, class: 'nav-link' + (active ? ' active' : ''), 'aria-current': active ? 'page' : null}, label);
}

/** Shows an error message in place of a section's content. */
export function showError(container, error) {
  clear(container).appendChild(el('p', {class: 'error', role: 'alert'},
    (error.title ? error.title + ': ' : '') + (error.message || String(error))));
}

/** "2026-07-07" or an em dash. */
export function fmtDate(d) {
  return d || '—';
}

export const PALETTE_SIZE = 8;

/** Makes a clickable element usable from the keyboard: focusable, Enter and Space activate it. */
export function activatable(node, action) {
  node.setAttribute('tabindex', '0');
  if (!node.getAttribute('role')) node.setAttribute('role', 'button');
  node.addEventListener('click', action);
  node.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      action(e);
    }
  });
  return node;
}

/** A short description of a CAMEO event: "190 Fight". */
export function eventLabel(event) {
  return event.code + (event.root_name ? ' ' + event.root_name : '');
}

/** Read a query parameter of the page's URL. */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}
