// The simulated LMS of `cease preview` for xAPI and cmi5: asks the preview
// server for each launch (Tin Can or cmi5 parameters, same preview learner,
// the registration kept between launches), opens the course with them, and
// shows what the preview's LRS received. inspector.js starts it; plain
// browser script served as is.
'use strict';
(window.ceasePreviewSimulators = window.ceasePreviewSimulators || {}).lrs = function (config, $, events) {
  const storageKey = 'cease-preview-registration:' + config.format;
  const frame = $('course');
  const open = new Set(); // statement ids whose JSON is unfolded
  let registration = null;
  let report = null;
  let shown = []; // keys of the statement list's items, in order
  let loading = false;
  let again = false;

  function stored() {
    try { return sessionStorage.getItem(storageKey); } catch { return null; }
  }
  function store(value) {
    try { sessionStorage.setItem(storageKey, value); } catch { /* storage off: a reload starts a new registration */ }
  }

  // An LMS opens each session as a new window would: the course's
  // sessionStorage starts empty, so a cmi5 AU fetches its new session's token
  // (cmi5 §8.2) instead of carrying on with the last, terminated, session.
  function freshWindowStorage() {
    try {
      for (const key of Object.keys(sessionStorage)) if (!key.startsWith('cease-preview-')) sessionStorage.removeItem(key);
    } catch { /* storage off: nothing kept to clear */ }
  }

  function unloadCourse() {
    return new Promise((done) => {
      if (!frame.src || frame.src === 'about:blank') return done();
      frame.addEventListener('load', () => done(), { once: true });
      frame.src = 'about:blank'; // the player sends terminated and its bookmark on pagehide
    });
  }

  async function launch(mode) {
    await unloadCourse();
    const response = await fetch('/preview/launch/' + config.format, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ registration: mode === 'fresh' ? null : stored() }),
    });
    const ticket = await response.json();
    if (!response.ok) {
      frame.src = config.courseUrl; // the course has errors: the frame shows them
      return;
    }
    registration = ticket.registration;
    store(registration);
    freshWindowStorage();
    frame.src = config.courseUrl + '?' + ticket.query;
    refresh();
  }

  async function refresh() {
    if (!registration) return;
    if (loading) { again = true; return; }
    loading = true;
    try {
      const response = await fetch('/preview/lrs/' + registration + '.json', { cache: 'no-store' });
      if (response.ok) report = await response.json();
      render();
    } finally {
      loading = false;
      if (again) { again = false; refresh(); }
    }
  }

  function render() {
    if (!report) return;
    const s = report.status;
    const last = report.launches[report.launches.length - 1];
    const fields = [
      ['Completion', s.completion], ['Success', s.success], ['Score', s.score === null ? '' : s.score + '%'],
      ['Progress', s.progress === null ? '' : s.progress + '%'],
    ];
    if (s.moveOn) fields.push(['Move on', s.moveOn], ['Satisfied', s.satisfied ? 'yes' : 'not yet']);
    fields.push(['Registration', report.registration], ['Launch', last ? last.launch + (last.session ? ', session ' + last.session : '') : '']);
    const model = $('model');
    model.replaceChildren();
    for (const [label, value] of fields) {
      const dt = document.createElement('dt'); dt.textContent = label;
      const dd = document.createElement('dd'); dd.textContent = String(value) || '—';
      model.append(dt, dd);
    }
    const body = $('documents').tBodies[0];
    body.replaceChildren();
    for (const doc of report.documents) {
      const row = body.insertRow();
      for (const value of [doc.id, doc.bytes + ' bytes', localTime(doc.updated)]) row.insertCell().textContent = value;
    }
    renderStatements();
  }

  // Statements only ever arrive after those shown, so new ones are appended:
  // rebuilding the list would take focus from the statement being read.
  function renderStatements() {
    const hidePages = $('hide-pages').checked;
    const list = $('statements');
    const box = list.parentElement;
    const atBottom = box.scrollTop + box.clientHeight >= box.scrollHeight - 4;
    const launches = report.launches.slice();
    const items = [];
    const marker = (record) => items.push({ key: 'launch ' + record.launch, make: () => markerItem(record) });
    for (const { stored, statement } of report.statements) {
      while (launches.length && launches[0].launchedAt <= stored) marker(launches.shift());
      if (hidePages && verbOf(statement) === 'experienced') continue;
      items.push({ key: statement.id, make: () => statementItem(statement, stored) });
    }
    launches.forEach(marker);
    const keys = items.map((item) => item.key);
    const prefix = shown.length <= keys.length && shown.every((key, index) => keys[index] === key);
    if (!prefix) list.replaceChildren();
    for (const item of items.slice(prefix ? shown.length : 0)) list.append(item.make());
    shown = keys;
    if (atBottom) box.scrollTop = box.scrollHeight;
  }

  function markerItem(record) {
    const item = document.createElement('li');
    item.className = 'marker';
    item.textContent = '— launch ' + record.launch + (record.launch > 1 ? ' (resume)' : ' (new learner)') + ' —';
    return item;
  }

  function statementItem(statement, stored) {
    const item = document.createElement('li');
    const details = document.createElement('details');
    details.open = open.has(statement.id);
    details.addEventListener('toggle', () => (details.open ? open.add(statement.id) : open.delete(statement.id)));
    const summary = document.createElement('summary');
    const verb = document.createElement('strong');
    verb.textContent = verbOf(statement);
    summary.append(localTime(stored) + ' ', verb, ' ' + objectOf(statement));
    const result = resultOf(statement.result);
    if (result) summary.append(' → ' + result);
    const json = document.createElement('pre');
    json.textContent = JSON.stringify(statement, null, 2);
    details.append(summary, json);
    item.append(details);
    return item;
  }

  function localTime(iso) {
    return new Date(iso).toTimeString().slice(0, 8);
  }

  function verbOf(statement) {
    const display = statement.verb && statement.verb.display;
    return (display && (display['en-US'] || Object.values(display)[0])) || String(statement.verb.id).replace(/^.*\//, '');
  }

  function objectOf(statement) {
    const object = statement.object || {};
    const name = object.definition && object.definition.name;
    const type = object.definition && object.definition.interactionType;
    const patterns = object.definition && object.definition.correctResponsesPattern;
    const label = (name && Object.values(name)[0]) || object.id || '';
    if (!type) return label;
    return label + ' (' + type + (patterns ? ', correct ' + patterns.map((pattern) => JSON.stringify(pattern)).join(' or ') : '') + ')';
  }

  function resultOf(result) {
    if (!result) return '';
    const parts = [];
    if (result.response !== undefined) parts.push('response ' + JSON.stringify(result.response));
    if (result.success !== undefined) parts.push(result.success ? 'success' : 'no success');
    if (result.score && typeof result.score.scaled === 'number') parts.push('score ' + Math.round(result.score.scaled * 100) + '%');
    if (result.completion) parts.push('completion');
    const progress = result.extensions && result.extensions['https://w3id.org/xapi/cmi5/result/extensions/progress'];
    if (progress !== undefined) parts.push('progress ' + progress + '%');
    if (result.duration) parts.push(result.duration);
    return parts.join(', ');
  }

  events.addEventListener('lrs', (event) => {
    const change = JSON.parse(event.data);
    if (!change.registration || change.registration === registration) refresh();
  });
  $('hide-pages').addEventListener('change', () => report && renderStatements());

  return { launch };
};
