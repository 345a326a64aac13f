// Search page: full-text search with date range, facets by outlet, month and actor; the archive's overview
// when there is no query.
import {el, clear, api, header, showError, articleUrl, actorUrl, pageUrl} from './common.js';

header('search');
const main = document.getElementById('main');
const state = readState();

const q = el('input', {type: 'search', id: 'q', name: 'q', value: state.q || '', placeholder: 'Search articles and quotes (Lucene syntax: "exact phrase", NATO AND sanctions)', 'aria-label': 'Search text', autocomplete: 'off'});
const from = el('input', {type: 'date', id: 'from', name: 'from', value: state.from || '', 'aria-label': 'Published from'});
const to = el('input', {type: 'date', id: 'to', name: 'to', value: state.to || '', 'aria-label': 'Published to'});
const form = el('form', {class: 'searchbar', role: 'search'},
  q, el('label', {class: 'inline'}, 'from ', from), el('label', {class: 'inline'}, 'to ', to),
  el('button', {type: 'submit', class: 'primary'}, 'Search'));
const facets = el('aside', {class: 'facets', 'aria-label': 'Filters'});
const results = el('section', {class: 'results', 'aria-live': 'polite'});
main.append(form, el('div', {class: 'two-col'}, facets, results));

form.addEventListener('submit', (e) => {
  e.preventDefault();
  go({q: q.value.trim(), from: from.value, to: to.value, page: 1, outlet: state.outlet, actor: state.actor});
});
window.addEventListener('popstate', () => window.location.reload());

render();

function readState() {
  const p = new URLSearchParams(window.location.search);
  return {q: p.get('q'), from: p.get('from'), to: p.get('to'), page: Number(p.get('page') || 1),
    outlet: p.get('outlet'), actor: p.get('actor')};
}

function go(next) {
  window.location.assign(pageUrl('/', {q: next.q, from: next.from, to: next.to,
    page: next.page > 1 ? next.page : null, outlet: next.outlet, actor: next.actor}));
}

async function render() {
  if (!state.q) {
    await overview();
    q.focus();
    return;
  }
  results.append(el('p', {class: 'muted'}, 'Searching…'));
  try {
    const r = await api('/api/search', {q: state.q, from: state.from, to: state.to, page: state.page,
      outlet: state.outlet, actor: state.actor});
    clear(results);
    renderFacets(r.facets);
    const filters = [state.outlet && ['outlet', state.outlet], state.actor && ['actor', state.actor]].filter(Boolean);
    results.append(el('h1', {class: 'results-title'}, r.total + (r.total === 1 ? ' article' : ' articles') + ' for ',
      el('q', {}, r.query)));
    if (filters.length) {
      results.append(el('p', {class: 'active-filters'}, 'Filtered by ', filters.map(([k, v]) =>
        el('button', {type: 'button', class: 'chip', title: 'Remove this filter'}, k + ': ' + v + ' ×'))));
      results.querySelectorAll('.chip').forEach((chip, i) => chip.addEventListener('click', () =>
        go({...state, page: 1, [filters[i][0]]: null})));
    }
    if (r.hits.length === 0) {
      results.append(el('p', {class: 'muted'}, 'No article matches.'));
      return;
    }
    const list = el('ol', {class: 'hits', start: (r.page - 1) * r.size + 1});
    for (const hit of r.hits) {
      list.append(el('li', {class: 'hit'},
        el('a', {href: articleUrl(hit.id), class: 'hit-title'}, hit.title || '(untitled) ' + hit.id.slice(0, 12)),
        el('div', {class: 'meta'}, [hit.outlet, hit.published].filter(Boolean).join(' · ') || 'no outlet or date'),
        snippet(hit)));
    }
    results.append(list);
    const pages = Math.ceil(r.total / r.size);
    if (pages > 1) {
      const pager = el('nav', {class: 'pager', 'aria-label': 'Pages'});
      if (r.page > 1) pager.append(el('a', {href: pageUrl('/', {...state, page: r.page - 1}), rel: 'prev'}, '← Previous'));
      pager.append(el('span', {class: 'muted'}, ' page ' + r.page + ' of ' + pages + ' '));
      if (r.page < pages) pager.append(el('a', {href: pageUrl('/', {...state, page: r.page + 1}), rel: 'next'}, 'Next →'));
      results.append(pager);
    }
  } catch (e) {
    showError(results, e);
  }
}

/** The snippet as text, its matches in <mark> elements (offsets from the API; no markup is parsed). */
function snippet(hit) {
  const p = el('p', {class: 'snippet'});
  let at = 0;
  for (const [s, e] of hit.highlights || []) {
    if (s < at || e > hit.snippet.length) continue;
    p.append(hit.snippet.slice(at, s), el('mark', {}, hit.snippet.slice(s, e)));
    at = e;
  }
  p.append(hit.snippet.slice(at));
  return p;
}

function renderFacets(f) {
  clear(facets);
  facets.append(el('h2', {}, 'Refine'), el('p', {class: 'muted small'}, 'over the best ' + f.over + ' results'));
  facetGroup('Outlet', f.outlet, (v) => ({...state, page: 1, outlet: v}), state.outlet);
  facetGroup('Month', f.month, (v) => ({...state, page: 1, from: v + '-01', to: monthEnd(v)}), null);
  facetGroup('Actor', f.actor, (v) => ({...state, page: 1, actor: v}), state.actor);
}

function facetGroup(title, values, next, active) {
  const list = el('ul', {class: 'facet-list'});
  for (const {value, count} of values) {
    const item = el('li', {}, el('a', {href: pageUrl('/', next(value)), class: value === active ? 'active' : null},
      el('span', {class: 'facet-value', title: value}, value), el('span', {class: 'count'}, String(count))));
    list.append(item);
  }
  if (!values.length) list.append(el('li', {class: 'muted small'}, 'none'));
  facets.append(el('section', {class: 'facet'}, el('h3', {}, title), list));
}

function monthEnd(ym) {
  const [y, m] = ym.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return ym + '-' + String(last).padStart(2, '0');
}

async function overview() {
  try {
    const [stats, actors] = await Promise.all([api('/api/stats'), api('/api/actors', {top: 24})]);
    facets.append(el('h2', {}, 'The archive'), el('dl', {class: 'stats'},
      ['articles', 'distinct_texts', 'story_clusters', 'entities', 'quotes', 'events', 'errors'].map((k) =>
        [el('dt', {}, k.replace('_', ' ')), el('dd', {}, String(stats[k]))])),
      el('p', {class: 'muted small'}, stats.writable ? 'Accepting articles (POST /api/articles with the token).'
        : 'Read-only: started without a token.'));
    results.append(el('h1', {class: 'results-title'}, 'Actors in the news'));
    const grid = el('ul', {class: 'actor-grid'});
    for (const a of actors.actors) {
      grid.append(el('li', {}, el('a', {href: actorUrl(a.name)}, el('strong', {}, a.name),
        el('span', {class: 'muted small'}, ' ' + [a.actor, a.articles + ' art.', a.quotes + ' quotes',
          (a.events_as_source + a.events_as_target) + ' events'].filter(Boolean).join(' · ')))));
    }
    if (!actors.actors.length) grid.append(el('li', {class: 'muted'}, 'The store is empty: ingest some articles.'));
    results.append(grid);
  } catch (e) {
    showError(results, e);
  }
}

