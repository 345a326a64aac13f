// Article page: the text with entities, quotes (coloured by speaker), events and times highlighted.
// Clicking a highlight (or Enter on it) shows every record that covers it, with its evidence offsets.
import {el, clear, api, header, showError, actorUrl, safeHref, activatable, eventLabel, param, PALETTE_SIZE} from './common.js';

header('article');
const main = document.getElementById('main');
const id = param('id');
const at = param('at');

load();

async function load() {
  if (!id) {
    showError(main, new Error('no article id in the address (article.html?id=…)'));
    return;
  }
  try {
    render(await api('/api/articles/' + encodeURIComponent(id)));
  } catch (e) {
    showError(main, e);
  }
}

function render(a) {
  const art = a.article;
  document.title = (art.title || 'Article') + ' · Dragoman';
  const text = art.text;
  const speakers = speakerColours(a.quotes);

  // annotations: one per mention, quote, quote cue, event, time and removed part
  const anns = [];
  for (const e of a.entities) {
    for (const m of e.mentions) anns.push({kind: 'entity', start: m.start, end: m.end, record: e, mention: m});
  }
  for (const qt of a.quotes) {
    // a quotation interrupted by its attribution is one quote in several parts; the attribution is not highlighted
    const parts = qt.parts && qt.parts.length ? qt.parts : [{start: qt.start, end: qt.end}];
    for (const p of parts) {
      anns.push({kind: 'quote', start: p.start, end: p.end, record: qt, colour: speakers.get(speakerKey(qt))});
    }
    if (qt.cue_start !== null && qt.cue_end !== null) {
      anns.push({kind: 'cue', start: qt.cue_start, end: qt.cue_end, record: qt});
    }
  }
  for (const ev of a.events) anns.push({kind: 'event', start: ev.start, end: ev.end, record: ev});
  for (const t of a.times) anns.push({kind: 'time', start: t.start, end: t.end, record: t});
  for (const r of a.removed) anns.push({kind: 'removed', start: r.start, end: r.end, record: r});
  const valid = anns.filter((x) => x.start >= 0 && x.end <= text.length && x.start < x.end);

  const body = el('div', {class: 'article-text', id: 'article-text'});
  const details = el('section', {class: 'details', id: 'details', 'aria-live': 'polite'},
    el('h2', {}, 'Record'), el('p', {class: 'muted'}, 'Select a highlight (click, or Tab to it and press Enter) to see its record and evidence.'));
  renderText(body, text, valid, (covering, segStart) => showRecords(details, text, covering, segStart));

  const toggles = el('fieldset', {class: 'toggles'}, el('legend', {}, 'Show'),
    ['quote', 'entity', 'event', 'time'].map((k) => {
      const box = el('input', {type: 'checkbox', checked: true, id: 'show-' + k});
      box.addEventListener('change', () => body.classList.toggle('hide-' + k, !box.checked));
      return el('label', {class: 'toggle sw-' + k}, box, ' ' + (k === 'entity' ? 'entities' : k + 's'));
    }));

  const legend = el('ul', {class: 'legend', 'aria-label': 'Speakers'});
  for (const [key, colour] of speakers) {
    const qt = a.quotes.find((x) => speakerKey(x) === key);
    legend.append(el('li', {}, el('span', {class: 'swatch spk-' + colour}), ' ' + speakerName(qt),
      el('span', {class: 'muted small'}, ' ' + a.quotes.filter((x) => speakerKey(x) === key).length)));
  }

  const meta = el('div', {class: 'meta'},
    [art.source, art.published, art.author].filter(Boolean).join(' · ') || 'no outlet, date or author');
  const url = art.url && safeHref(art.url);
  const provenance = el('details', {class: 'provenance'}, el('summary', {}, 'Provenance (' + a.provenance.length + ') · id ' + art.id.slice(0, 12) + '…'),
    el('ul', {}, a.provenance.map((p) => el('li', {}, [p.outlet, p.source, p.locator].filter(Boolean).join(' · '),
      p.url && safeHref(p.url) ? [' ', el('a', {href: safeHref(p.url), rel: 'noopener noreferrer nofollow', target: '_blank'}, p.url)] : (p.url ? ' ' + p.url : '')))),
    el('p', {class: 'small muted'}, 'story cluster ' + a.cluster));

  main.append(
    el('article', {class: 'article'},
      el('h1', {}, art.title || '(untitled)'),
      meta,
      url ? el('p', {class: 'small'}, el('a', {href: url, rel: 'noopener noreferrer nofollow', target: '_blank'}, art.url))
        : (art.url ? el('p', {class: 'small muted'}, art.url) : null),
      provenance,
      body),
    el('aside', {class: 'sidebar'},
      toggles,
      el('section', {}, el('h2', {}, 'Speakers'), legend.childNodes.length ? legend : el('p', {class: 'muted small'}, 'No quotes.')),
      details,
      listSection('Quotes', a.quotes, (qt) => [el('span', {class: 'swatch spk-' + speakers.get(speakerKey(qt))}), ' ',
        el('strong', {}, speakerName(qt)), ': “' + clip(qt.text, 90) + '”'], body),
      listSection('Events', a.events, (ev) => [el('strong', {}, eventLabel(ev)), ' ' + ev.source.name +
        (ev.target ? ' → ' + ev.target.name : '')], body),
      listSection('Entities', a.entities, (en) => [el('a', {href: actorUrl(en.name)}, en.name),
        el('span', {class: 'muted small'}, ' ' + en.type.toLowerCase() + (en.actor ? ' · ' + en.actor : '') + ' · ' + en.mentions.length)], body, true)));
  main.classList.add('article-layout');

  if (at) {
    const [s] = at.split('-').map(Number);
    const seg = [...body.querySelectorAll('[data-start]')].find((x) => Number(x.dataset.start) <= s && s < Number(x.dataset.end));
    if (seg) {
      seg.scrollIntoView({block: 'center'});
      seg.classList.add('target');
      seg.focus();
      seg.click();
    }
  }
}

function speakerKey(q) {
  const s = q.speaker;
  return s ? (s.entity ? 'E:' + (s.name || s.entity) : 'N:' + (s.name || s.text || '?')) : 'none';
}

function speakerName(q) {
  const s = q && q.speaker;
  return s ? (s.name || s.text || 'unnamed speaker') : 'no speaker found';
}

function speakerColours(quotes) {
  const colours = new Map();
  for (const q of quotes) {
    const key = speakerKey(q);
    if (!colours.has(key)) colours.set(key, key === 'none' ? 'none' : colours.size % PALETTE_SIZE);
  }
  return colours;
}

/** Splits the text at every annotation boundary; each piece covered by annotations is a span with their classes. */
function renderText(container, text, anns, onSelect) {
  const cuts = new Set([0, text.length]);
  for (const a of anns) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const starts = new Set(anns.map((a) => a.start));
  let i = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const s = points[p];
    const e = points[p + 1];
    const covering = anns.filter((a) => a.start <= s && a.end >= e);
    const piece = text.slice(s, e);
    if (!covering.length) {
      container.appendChild(document.createTextNode(piece));
      continue;
    }
    const classes = new Set(['ann']);
    let label = [];
    for (const a of covering) {
      classes.add('k-' + a.kind);
      if (a.kind === 'quote') classes.add('spk-' + a.colour);
      if (a.kind === 'entity') classes.add('t-' + a.record.type.toLowerCase());
      if (a.kind === 'event' && (a.record.negated || a.record.hypothetical)) classes.add('k-event-unreal');
      label.push(describe(a));
    }
    const span = el('span', {class: [...classes].join(' '), dataset: {start: String(s), end: String(e)}}, piece);
    if (covering.some((a) => a.start === s && a.kind !== 'removed')) {
      // one tab stop where an annotation begins, not one per piece
      activatable(span, () => onSelect(covering, s));
      span.setAttribute('aria-label', label.join('; ') + ': ' + clip(piece, 40));
      span.id = 'seg-' + (i++);
    } else {
      span.addEventListener('click', () => onSelect(covering, s));
    }
    container.appendChild(span);
  }
}

function describe(a) {
  switch (a.kind) {
    case 'quote': return 'quote by ' + speakerName(a.record);
    case 'cue': return 'cue ' + (a.record.cue || '');
    case 'entity': return a.record.type.toLowerCase() + ' ' + a.record.name;
    case 'event': return 'event ' + eventLabel(a.record);
    case 'time': return 'time ' + a.record.value;
    default: return a.kind;
  }
}

function showRecords(details, text, covering, segStart) {
  clear(details).append(el('h2', {}, 'Record' + (covering.length > 1 ? 's here' : '')));
  document.querySelectorAll('.ann.selected').forEach((x) => x.classList.remove('selected'));
  for (const a of covering) {
    document.querySelectorAll('.ann').forEach((x) => {
      if (Number(x.dataset.start) >= a.start && Number(x.dataset.end) <= a.end && a.kind !== 'entity') x.classList.add('selected');
    });
    details.append(recordCard(a, text));
  }
  details.dataset.at = String(segStart);
}

function recordCard(a, text) {
  const r = a.record;
  const rows = [];
  const row = (k, v) => { if (v !== null && v !== undefined && v !== '') rows.push(el('dt', {}, k), el('dd', {}, v)); };
  let title;
  if (a.kind === 'quote' || a.kind === 'cue') {
    title = (a.kind === 'cue' ? 'Cue of quote ' : 'Quote ') + r.id + ' (' + r.kind + ')';
    row('speaker', r.speaker ? el('a', {href: actorUrl(speakerName(r))}, speakerName(r)) : 'none found');
    row('speaker as written', r.speaker && r.speaker.text ? '“' + r.speaker.text + '” at ' + r.speaker.start + '–' + r.speaker.end : null);
    row('addressee', r.addressee ? (r.addressee.name || r.addressee.text) : null);
    row('cue', r.cue ? r.cue + (r.cue_start !== null ? ' at ' + r.cue_start + '–' + r.cue_end : '') : null);
    row('source type', r.source_type);
    row('evidence', r.parts && r.parts.length > 1 ? r.parts.map((p) => p.start + '–' + p.end).join(', ') : r.start + '–' + r.end);
  } else if (a.kind === 'entity') {
    title = r.name;
    row('type', r.type.toLowerCase());
    row('CAMEO actor', r.actor);
    row('roles', r.roles.map((x) => x.title + ' (' + x.evidence.start + '–' + x.evidence.end + ')').join('; '));
    row('this mention', '“' + a.mention.text + '” at ' + a.mention.start + '–' + a.mention.end);
    row('mentions', String(r.mentions.length));
    row('actor page', el('a', {href: actorUrl(r.name)}, 'open ' + r.name));
  } else if (a.kind === 'event') {
    title = 'Event ' + r.id + ': ' + eventLabel(r);
    row('source', r.source.name + (r.source.actor ? ' (' + r.source.actor + ')' : ''));
    row('target', r.target ? r.target.name + (r.target.actor ? ' (' + r.target.actor + ')' : '') : null);
    row('PLOVER', r.plover ? r.plover.event + (r.plover.mode ? ' / ' + r.plover.mode : '') : null);
    row('date', r.date);
    row('location', r.location ? r.location.name : null);
    row('flags', [r.quoted && 'quoted', r.negated && 'negated', r.hypothetical && 'hypothetical'].filter(Boolean).join(', '));
    row('evidence', r.start + '–' + r.end + ' (sentence ' + r.sentence.start + '–' + r.sentence.end + ')');
  } else if (a.kind === 'time') {
    title = 'Time: ' + r.text;
    row('type', r.type);
    row('value', r.value);
    row('evidence', r.start + '–' + r.end);
  } else {
    title = 'Not analysed: ' + r.reason;
    row('evidence', r.start + '–' + r.end);
  }
  const evidence = el('blockquote', {class: 'evidence'}, clip(text.slice(a.start, a.end), 400));
  return el('div', {class: 'record rec-' + a.kind},
    el('h3', {}, title), el('dl', {}, rows), evidence,
    el('details', {}, el('summary', {}, 'JSON'), el('pre', {}, JSON.stringify(r, null, 2))));
}

function listSection(title, items, label, body, collapsed) {
  const list = el('ul', {class: 'records'});
  for (const item of items) {
    const start = item.start !== undefined ? item.start : (item.mentions && item.mentions.length ? item.mentions[0].start : null);
    const entry = el('li', {}, label(item));
    if (start !== null) {
      const jump = el('button', {type: 'button', class: 'jump', title: 'Show in the text', 'aria-label': 'Show in the text'}, '↧');
      jump.addEventListener('click', () => {
        const seg = [...body.querySelectorAll('[data-start]')].find((x) => Number(x.dataset.start) <= start && start < Number(x.dataset.end));
        if (seg) {
          seg.scrollIntoView({block: 'center', behavior: 'smooth'});
          seg.focus({preventScroll: true});
          seg.click();
        }
      });
      entry.prepend(jump, ' ');
    }
    list.append(entry);
  }
  const section = el('details', {class: 'list-section', open: !collapsed},
    el('summary', {}, el('h2', {class: 'inline'}, title + ' (' + items.length + ')')), items.length ? list : el('p', {class: 'muted small'}, 'None.'));
  return section;
}

function clip(s, n) {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
