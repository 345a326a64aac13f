// Network page: actors as nodes, event counts as edges, filtered by CAMEO root, dates and a minimum count.
import {el, clear, api, header, showError, actorUrl, pageUrl, param, ECHARTS} from './common.js';

header('network');
const main = document.getElementById('main');
const state = {root: param('root') || '', from: param('from') || '', to: param('to') || '', min: param('min') || '1'};

const root = el('select', {id: 'root', name: 'root', 'aria-label': 'CAMEO root'}, el('option', {value: ''}, 'all event types'));
const from = el('input', {type: 'date', id: 'from', name: 'from', value: state.from});
const to = el('input', {type: 'date', id: 'to', name: 'to', value: state.to});
const min = el('input', {type: 'number', id: 'min', name: 'min', min: '1', value: state.min, class: 'narrow'});
const form = el('form', {class: 'filters'},
  el('label', {}, 'Event type ', root), el('label', {}, 'from ', from), el('label', {}, 'to ', to),
  el('label', {}, 'at least ', min, ' events'), el('button', {type: 'submit', class: 'primary'}, 'Apply'));
const chart = el('div', {class: 'chart tall', id: 'network-chart', role: 'img', 'aria-label': 'Actor network graph'});
const table = el('section', {class: 'card'});
main.append(el('h1', {}, 'Who does what to whom'), form, el('section', {class: 'card'}, chart), table);

form.addEventListener('submit', (e) => {
  e.preventDefault();
  window.location.assign(pageUrl('/network.html', {root: root.value, from: from.value, to: to.value, min: min.value}));
});

load();

async function load() {
  try {
    const cameo = await api('/api/cameo');
    for (const r of cameo.roots) {
      root.append(el('option', {value: r.code, selected: r.code === state.root}, r.code + ' ' + r.name));
    }
    const net = await api('/api/network', {root: state.root, from: state.from, to: state.to, min: state.min});
    renderTable(net);
    if (!net.edges.length) {
      chart.append(el('p', {class: 'muted'}, 'No events between actors for these filters.'));
      return;
    }
    await renderGraph(net);
  } catch (e) {
    showError(chart, e);
  }
}

function renderTable(net) {
  clear(table).append(el('h2', {}, net.edges.length + ' links between ' + net.nodes.length + ' actors'));
  if (!net.edges.length) return;
  table.append(el('table', {class: 'edges'},
    el('thead', {}, el('tr', {}, ['Source', 'Target', 'Event type', 'Events'].map((h) => el('th', {}, h)))),
    el('tbody', {}, net.edges.map((e) => el('tr', {},
      el('td', {}, el('a', {href: actorUrl(e.source)}, e.source)),
      el('td', {}, el('a', {href: actorUrl(e.target)}, e.target)),
      el('td', {}, e.root + ' ' + (e.root_name || '')),
      el('td', {class: 'num'}, String(e.events)))))));
}

async function renderGraph(net) {
  const echarts = await import(ECHARTS);
  const g = echarts.init(chart);
  const weight = new Map(net.nodes.map((n) => [n.id, n.events_as_source + n.events_as_target]));
  const max = Math.max(...weight.values());
  const pairs = new Map();
  for (const e of net.edges) {
    const k = e.source + '\u0000' + e.target;
    pairs.set(k, (pairs.get(k) || 0) + e.events);
  }
  g.setOption({
    animation: false,
    tooltip: {renderMode: 'richText'},
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: {repulsion: 260, edgeLength: [80, 180]},
      label: {show: true, position: 'right', fontSize: 12},
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
      lineStyle: {color: '#8a94a6', opacity: 0.8, curveness: 0.15},
      data: net.nodes.map((n) => ({id: n.id, name: n.id, value: weight.get(n.id),
        symbolSize: 10 + 30 * Math.sqrt(weight.get(n.id) / max)})),
      links: [...pairs].map(([k, v]) => {
        const [source, target] = k.split('\u0000');
        return {source, target, value: v, lineStyle: {width: 1 + Math.min(8, v)}};
      }),
    }],
  });
  g.on('click', (p) => {
    if (p.dataType === 'node') window.location.assign(actorUrl(p.data.id));
  });
  chart.dataset.rendered = 'true';
  window.addEventListener('resize', () => g.resize());
}
