// The page around the course in `cease preview`: the build panel, the
// learner controls and live reload, shared by every format. The simulated
// LMS itself (scorm-lms.js for SCORM, lrs-lms.js for xAPI and cmi5) is
// loaded before this script and started here. Plain browser script served
// as is.
'use strict';
(function () {
  const config = JSON.parse(document.getElementById('preview-config').textContent);
  const $ = (id) => document.getElementById(id);
  const factory = config.simulator && (window.ceasePreviewSimulators || {})[config.simulator];
  const events = new EventSource('/preview/events');
  const simulator = factory ? factory(config, $, events) : null;
  const launch = (mode) => (simulator ? simulator.launch(mode) : undefined);

  async function refreshBuild() {
    const response = await fetch('/preview/status/' + config.format + '.json', { cache: 'no-store' });
    renderBuild(await response.json());
  }

  function countOf(n, word) {
    return n + ' ' + (n === 1 ? word : word + 's');
  }

  function renderBuild(build) {
    const box = $('build');
    box.replaceChildren();
    const summary = document.createElement('p');
    const errors = build.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = build.diagnostics.filter((d) => d.severity === 'warning').length;
    summary.textContent = 'Build ' + build.number + ' (' + build.format + '): ' +
      (build.ok ? countOf(build.files.length, 'file') + ', ' : 'failed, ') + countOf(errors, 'error') + ', ' + countOf(warnings, 'warning') + '.';
    box.append(summary);
    if (build.diagnostics.length) {
      const list = document.createElement('ul');
      list.className = 'diagnostics';
      for (const d of build.diagnostics) {
        const item = document.createElement('li');
        item.className = d.severity;
        item.textContent = d.where + '  ' + d.severity + '  ' + d.message + (d.hint ? ' ' + d.hint : '') + '  (' + d.ruleId + ')';
        list.append(item);
      }
      box.append(list);
    }
    const descriptor = ['imsmanifest.xml', 'tincan.xml', 'cmi5.xml'].find((name) => build.ok && build.files.includes(name));
    if (descriptor) {
      const link = document.createElement('a');
      link.href = '/course/' + build.format + '/' + descriptor;
      link.textContent = 'Open ' + descriptor;
      box.append(link);
    }
  }

  function announce(text) { $('announce').textContent = text; }

  $('relaunch').addEventListener('click', () => { announce('Relaunched with the saved learner data.'); launch('resume'); });
  $('reset').addEventListener('click', () => { announce('Learner reset: launched as a new learner.'); launch('fresh'); });

  events.addEventListener('reload', async (event) => {
    const change = JSON.parse(event.data);
    await refreshBuild();
    announce(change.ok ? 'Rebuilt after a change; relaunched where you were.' : 'The course has errors; see the build panel.');
    launch('resume');
  });
  events.addEventListener('failure', (event) => announce('Rebuild failed: ' + JSON.parse(event.data).message));

  renderBuild(config.build);
  launch('resume');
})();
