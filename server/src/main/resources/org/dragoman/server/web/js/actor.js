// Actor page: names, roles over time, a timeline of events (as source and as target) and quotes, the events
// themselves, and the actor's quotes newest first with a filter.
import {el, clear, api, header, showError, actorUrl, articleUrl, eventLabel, param, ECHARTS} from './common.js';

header('actor');
const main = document.getElementById('main');
const id = param('id');

load();

async function load() {
  if (!id) {
    showError(main, new Error('no actor in the address (actor.html?id=NAME or CAMEO code)'));
    return;
  }
  let profile;
  try {
    profile = await api('/api/actors/' + encodeURIComponent(id));
  } catch (e) {
    showError(main, e);
    return;
  }
  document.title = profile.name + ' · Dragoman';
  const chart = el('div', {class: 'chart', id: 'timeline-chart', role: 'img', 'aria-label': 'Timeline of events and quotes by day'});
  const timelineTable = el('details', {class: 'small'}, el('summary', {}, 'Timeline as a table'));
  const events = el('section', {class: 'card', id: 'events'}, el('h2', {}, 'Events'));
  const quotes = el('section', {class: 'card', id: 'quotes'}, el('h2', {}, 'Quotes'));
  main.append(
    el('section', {class: 'card profile'},
      el('h1', {}, profile.name, profile.actor ? el('span', {class: 'code'}, profile.actor) : null),
      otherNames(profile).length ? el('p', {class: 'muted'}, 'Also: ' + otherNames(profile).join(' · ')) : null,
      el('ul', {class: 'counts'},
        count(profile.articles, 'articles'), count(profile.quotes, 'quotes'),
        count(profile.events_as_source, 'events as source'), count(profile.events_as_target, 'events as target')),
      roles(profile.roles)),
    el('section', {class: 'card'}, el('h2', {}, 'Timeline'), chart, timelineTable),
    el('div', {class: 'two-even'}, events, quotes));
  main.classList.add('actor-layout');
  timeline(profile.name, chart, timelineTable);
  eventList(profile.name, events);
  quoteList(profile.name, quotes);
}

const PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their', 'it', 'its', 'who',
  'whom', 'whose', 'which', 'that', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);

/** The other names the archive has for the actor, without pronouns and without repeats that differ in case. */
function otherNames(profile) {
  const seen = new Set([profile.name.toLowerCase()]);
  const names = [];
  for (const n of profile.names) {
    const key = n.toLowerCase();
    if (PRONOUNS.has(key) || seen.has(key)) continue;
    seen.add(key);
    names.push(n);
  }
  return names;
}

function count(n, label) {
  return el('li', {}, el('strong', {}, String(n)), ' ' + label);
}

function roles(list) {
  if (!list.length) return el('p', {class: 'muted small'}, 'No role stated in the archive.');
  return el('table', {class: 'roles'},
    el('caption', {}, 'Roles over time (dates of the articles that state them)'),
    el('thead', {}, el('tr', {}, el('th', {}, 'Role'), el('th', {}, 'First seen'), el('th', {}, 'Last seen'), el('th', {}, 'Articles'))),
    el('tbody', {}, list.map((r) => el('tr', {}, el('td', {}, r.title), el('td', {}, r.first_seen || '—'),
      el('td', {}, r.last_seen || '—'), el('td', {class: 'num'}, String(r.articles))))));
}

async function timeline(name, container, table) {
  let t;
  try {
    t = await api('/api/timeline', {actor: name});
  } catch (e) {
    showError(container, e);
    return;
  }
  table.append(el('table', {}, el('thead', {}, el('tr', {}, ['Day', 'As source', 'As target', 'Quotes'].map((h) => el('th', {}, h)))),
    el('tbody', {}, t.days.map((d) => el('tr', {}, el('td', {}, d.day), el('td', {class: 'num'}, String(d.events_as_source)),
      el('td', {class: 'num'}, String(d.events_as_target)), el('td', {class: 'num'}, String(d.quotes)))))));
  container.dataset.days = String(t.days.length);
  if (!t.days.length) {
    container.append(el('p', {class: 'muted'}, 'No dated events or quotes.'));
    container.classList.add('empty');
    return;
  }
  const echarts = await import(ECHARTS);
  const chart = echarts.init(container, null, {renderer: 'canvas'});
  chart.setOption({
    animation: false,
    // richText tooltips are drawn on the canvas: no HTML is built from the data
    tooltip: {trigger: 'axis', renderMode: 'richText'},
    legend: {top: 0},
    grid: {left: 40, right: 20, top: 36, bottom: 50},
    // one category per day with something on it: sparse archives stay readable (dates are the labels)
    xAxis: {type: 'category', data: t.days.map((d) => d.day)},
    yAxis: {type: 'value', minInterval: 1},
    dataZoom: [{type: 'slider', height: 18, bottom: 8}],
    series: [
      {name: 'events as source', type: 'bar', stack: 'events', color: '#2f6db5', barMaxWidth: 28, data: t.days.map((d) => d.events_as_source)},
      {name: 'events as target', type: 'bar', stack: 'events', color: '#d9822b', barMaxWidth: 28, data: t.days.map((d) => d.events_as_target)},
      {name: 'quotes', type: 'line', color: '#3a9a5b', symbolSize: 8, data: t.days.map((d) => d.quotes)},
    ],
  });
  container.dataset.rendered = 'true';
  window.addEventListener('resize', () => chart.resize());
}

async function eventList(name, section) {
  const body = el('div', {});
  const cluster = el('input', {type: 'checkbox', id: 'by-cluster'});
  section.append(el('label', {class: 'small'}, cluster, ' count each story once (by cluster)'), body);
  const show = async () => {
    clear(body).append(el('p', {class: 'muted small'}, 'Loading…'));
    try {
      const r = await api('/api/events', {actor: name, size: 100, cluster: cluster.checked});
      clear(body);
      if (!r.events.length) {
        body.append(el('p', {class: 'muted'}, 'No events with this actor.'));
        return;
      }
      body.append(el('table', {class: 'events'},
        el('thead', {}, el('tr', {}, ['Date', 'Role', 'Event', 'Counterpart', 'Article'].map((h) => el('th', {}, h)))),
        el('tbody', {}, r.events.map((row) => {
          const ev = row.event;
          const asSource = sameActor(ev.source, name);
          const other = asSource ? ev.target : ev.source;
          return el('tr', {},
            el('td', {}, ev.date || row.article.published || '—'),
            el('td', {}, el('span', {class: asSource ? 'role-source' : 'role-target'}, asSource ? 'source' : 'target')),
            el('td', {}, eventLabel(ev) + (ev.negated ? ' (negated)' : '') + (ev.hypothetical ? ' (hypothetical)' : '')),
            el('td', {}, other ? el('a', {href: actorUrl(other.name)}, other.name) : '—'),
            el('td', {}, el('a', {href: articleUrl(row.article.id, ev.start + '-' + ev.end)}, row.article.title || row.article.id.slice(0, 12)),
              row.reports > 1 ? el('span', {class: 'muted small'}, ' ×' + row.reports) : null));
        }))));
    } catch (e) {
      showError(body, e);
    }
  };
  cluster.addEventListener('change', show);
  show();
}

function sameActor(party, name) {
  return party && (party.name === name || party.actor === name);
}

async function quoteList(name, section) {
  const filter = el('input', {type: 'search', id: 'quote-filter', placeholder: 'Filter quotes by words', 'aria-label': 'Filter quotes'});
  const list = el('ol', {class: 'quotes'});
  section.append(filter, list);
  let timer = null;
  const show = async () => {
    try {
      const r = await api('/api/quotes', {speaker: name, q: filter.value.trim(), size: 100});
      clear(list);
      if (!r.quotes.length) list.append(el('li', {class: 'muted'}, filter.value ? 'No quote matches.' : 'No quotes.'));
      for (const row of r.quotes) {
        const q = row.quote;
        list.append(el('li', {class: 'quote-item'},
          el('blockquote', {class: 'kind-' + q.kind}, '“' + q.text + '”'),
          el('div', {class: 'meta small'}, [row.article.published || 'undated', row.article.outlet, q.kind, q.cue].filter(Boolean).join(' · '), ' · ',
            el('a', {href: articleUrl(row.article.id, q.start + '-' + q.end)}, row.article.title || 'article'))));
      }
    } catch (e) {
      showError(list, e);
    }
  };
  filter.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(show, 250);
  });
  show();
}
