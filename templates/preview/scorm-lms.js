// The simulated SCORM LMS of `cease preview`: holds the learner's data
// between launches the way an LMS does, hands each launch a fresh
// scorm-again API, and shows every call and the resulting data model.
// inspector.js starts it; plain browser script served as is.
'use strict';
(window.ceasePreviewSimulators = window.ceasePreviewSimulators || {}).scorm = function (config, $) {
  // Per standard: the API's window name and calls, the data model fields worth
  // watching, and the suspend_data limit (SCORM 1.2 RTE §3.4.2: 4096
  // characters; SCORM 2004 RTE §4.2.23: 64000).
  const STANDARDS = {
    scorm12: {
      apiName: 'API',
      calls: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
      initialize: 'LMSInitialize', lastError: 'LMSGetLastError', errorString: 'LMSGetErrorString', read: 'LMSGetValue',
      suspendLimit: 4096,
      fields: [
        ['Status', 'core.lesson_status'], ['Score', 'core.score.raw'], ['Location', 'core.lesson_location'],
        ['Entry', 'core.entry'], ['Exit', 'core.exit'], ['Session time', 'core.session_time'],
      ],
      response: 'student_response',
      launchData(previous) {
        const core = (previous && previous.core) || {};
        return {
          core: {
            student_id: 'preview-learner', student_name: 'Author, Preview', lesson_mode: 'normal', credit: 'credit',
            // RTE §3.4.4.2: "resume" only after the SCO exited with "suspend".
            entry: previous ? (core.exit === 'suspend' ? 'resume' : '') : 'ab-initio',
            lesson_location: core.lesson_location || '',
            lesson_status: core.lesson_status || 'not attempted',
            score: core.score || {},
          },
          suspend_data: (previous && previous.suspend_data) || '',
        };
      },
    },
    scorm2004: {
      apiName: 'API_1484_11',
      calls: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
      initialize: 'Initialize', lastError: 'GetLastError', errorString: 'GetErrorString', read: 'GetValue',
      suspendLimit: 64000,
      fields: [
        ['Completion', 'completion_status'], ['Success', 'success_status'], ['Score (scaled)', 'score.scaled'],
        ['Location', 'location'], ['Entry', 'entry'], ['Exit', 'exit'], ['Session time', 'session_time'],
      ],
      response: 'learner_response',
      launchData(previous) {
        const p = previous || {};
        return {
          learner_id: 'preview-learner', learner_name: 'Author, Preview', mode: 'normal', credit: 'credit',
          entry: previous ? (p.exit === 'suspend' ? 'resume' : '') : 'ab-initio',
          location: p.location || '', completion_status: p.completion_status || 'unknown',
          success_status: p.success_status || 'unknown', score: p.score || {}, suspend_data: p.suspend_data || '',
        };
      },
    },
  };
  const standard = STANDARDS[config.standard];
  const storageKey = 'cease-preview-learner:' + config.format;
  const MAX_CALLS = 500;

  const frame = $('course');
  let session = null; // { api, initialized }
  let launches = 0;
  let calls = [];
  let renderPending = false;

  function stored() {
    try { return JSON.parse(sessionStorage.getItem(storageKey) || 'null'); } catch { return null; }
  }
  function store(cmi) {
    try {
      if (cmi) sessionStorage.setItem(storageKey, JSON.stringify(cmi));
      else sessionStorage.removeItem(storageKey);
    } catch { /* storage off: the learner lasts until the page closes */ }
  }
  function cmiOf(api) { return JSON.parse(JSON.stringify(api.cmi)); }
  function lookup(cmi, path) {
    return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), cmi);
  }

  // A wrapper rather than scorm-again's listeners: it sees what every call
  // returned and the error code the LMS set, which is what the author needs.
  function recorder(api) {
    const wrapped = {};
    for (const name of standard.calls) {
      wrapped[name] = function (...args) {
        const result = api[name](...args);
        if (name === standard.initialize && String(result) === 'true') session.initialized = true;
        if (!/Error|Diagnostic/.test(name)) {
          const code = String(api[standard.lastError]());
          const error = code === '0' ? '' : String(api[standard.errorString](code));
          calls.push({ name, args: args.map(String), result: String(result), code, error });
          if (calls.length > MAX_CALLS) calls = calls.slice(-MAX_CALLS);
          scheduleRender();
        }
        return result;
      };
    }
    return wrapped;
  }

  function unloadCourse() {
    return new Promise((done) => {
      if (!frame.src || frame.src === 'about:blank') return done();
      frame.addEventListener('load', () => done(), { once: true });
      frame.src = 'about:blank'; // the player finishes its session on unload
    });
  }

  async function launch(mode) {
    await unloadCourse();
    if (session && session.initialized) store(cmiOf(session.api));
    if (mode === 'fresh') store(null);
    const previous = stored();
    const api = new window[config.apiClass]({ autocommit: false, logLevel: 5 });
    api.loadFromJSON(standard.launchData(previous));
    session = { api, initialized: false };
    window[standard.apiName] = recorder(api);
    calls.push({ name: '— launch ' + (++launches) + (previous ? ' (resume)' : ' (new learner)') + ' —', args: [], result: '', code: '0' });
    scheduleRender();
    frame.src = config.courseUrl + '?launch=' + launches;
  }

  function scheduleRender() {
    if (renderPending) return;
    renderPending = true;
    requestAnimationFrame(() => { renderPending = false; render(); });
  }

  function render() {
    if (!session) return;
    const cmi = cmiOf(session.api);
    const model = $('model');
    model.replaceChildren();
    for (const [label, path] of standard.fields) {
      const dt = document.createElement('dt'); dt.textContent = label;
      const dd = document.createElement('dd'); dd.textContent = String(lookup(cmi, path) ?? '') || '—';
      model.append(dt, dd);
    }
    const size = String(cmi.suspend_data || '').length;
    const meter = $('suspend-meter');
    meter.max = standard.suspendLimit;
    meter.high = standard.suspendLimit * 0.8;
    meter.value = Math.min(size, standard.suspendLimit);
    const text = size + ' of ' + standard.suspendLimit + ' characters';
    $('suspend-text').textContent = size > standard.suspendLimit ? text + ': over the limit, the LMS may cut it' : text;
    renderInteractions(cmi.interactions || {});
    renderCalls();
  }

  function renderInteractions(interactions) {
    const body = $('interactions').tBodies[0];
    body.replaceChildren();
    for (const key of Object.keys(interactions).filter((k) => /^\d+$/.test(k))) {
      const item = interactions[key];
      const row = body.insertRow();
      const responses = item.correct_responses || {};
      // Every correct pattern as the LMS holds it (a short answer has one per accepted answer; a survey none).
      const patterns = Object.keys(responses).filter((k) => /^\d+$/.test(k)).map((k) => responses[k].pattern).join(' | ');
      for (const value of [key, item.id, item.type, item[standard.response], patterns, item.result, item.weighting]) {
        row.insertCell().textContent = value == null ? '' : String(value);
      }
    }
  }

  function renderCalls() {
    const hideReads = $('hide-reads').checked;
    const list = $('calls');
    const atBottom = list.parentElement.scrollTop + list.parentElement.clientHeight >= list.parentElement.scrollHeight - 4;
    list.replaceChildren();
    for (const call of calls) {
      if (hideReads && call.name === standard.read) continue;
      const item = document.createElement('li');
      const args = call.args.map((arg) => JSON.stringify(arg)).join(', ');
      item.textContent = call.args.length || call.result ? call.name + '(' + args + ') → ' + JSON.stringify(call.result) : call.name;
      if (call.code !== '0') {
        item.className = 'refused';
        item.append(' error ' + call.code + ': ' + call.error);
      }
      list.append(item);
    }
    if (atBottom) list.parentElement.scrollTop = list.parentElement.scrollHeight;
  }

  $('clear-calls').addEventListener('click', () => { calls = []; scheduleRender(); });
  $('hide-reads').addEventListener('change', scheduleRender);

  return { launch };
};
