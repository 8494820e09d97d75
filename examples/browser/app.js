/* global PCR */
// The browser example: pick a type, edit the projet and the path, see the report, the shares and the trace.
(() => {
  var $ = (id) => document.getElementById(id);
  var catalog = PCR.shippedCatalog();

  catalog.list().forEach((e) => {
    var o = document.createElement('option');
    o.value = `${e.id}@${e.version}`;
    o.textContent = `${e.title} — ${e.version} (${e.status})`;
    if (e.id === 'obesite-complexe-adulte') o.selected = true;
    $('type').appendChild(o);
  });

  function load(url, target) {
    return fetch(url)
      .then((r) => r.text())
      .then((t) => {
        $(target).value = t;
      });
  }

  // The report is data (PathReport): this page lays it out as a table, one row per requirement of each séquence.
  var STATUS = {
    fr: {
      pending: 'à venir',
      'in-progress': 'en cours',
      completed: 'complète',
      incomplete: 'incomplète',
      'not-started': 'non commencée',
    },
    en: {
      pending: 'pending',
      'in-progress': 'in progress',
      completed: 'completed',
      incomplete: 'incomplete',
      'not-started': 'not started',
    },
  };

  function addRow(body, texts, amountColumn) {
    var tr = document.createElement('tr');
    texts.forEach((text, i) => {
      var td = document.createElement('td');
      td.textContent = text;
      if (i === amountColumn) td.className = 'amount';
      tr.appendChild(td);
    });
    body.appendChild(tr);
  }

  function showReport(report, lang) {
    var body = $('sequences').querySelector('tbody');
    report.sequences.forEach((s) => {
      var when = s.completedOn || s.endedOn;
      s.requirements.forEach((r, k) => {
        var expected = r.max !== undefined ? `${r.min}–${r.max}` : `≥ ${r.min}`;
        var due = r.missing > 0 ? `${r.missing} → ${r.dueBy}${r.overdue ? ' (!)' : ''}` : '✓';
        addRow(
          body,
          k > 0
            ? ['', '', '', r.codes.join(' | '), `${r.done} / ${expected}`, due]
            : [
                s.id + (s.label ? ` (${s.label})` : ''),
                STATUS[lang][s.status] + (when ? ` · ${when}` : ''),
                `${s.start} → ${s.deadline}`,
                r.codes.join(' | '),
                `${r.done} / ${expected}`,
                due,
              ],
        );
      });
    });
    report.issues.forEach((i) => {
      var li = document.createElement('li');
      li.textContent = `${i.code} @ ${i.document}:${i.path.join('.')} — ${i.message}`;
      $('findings').appendChild(li);
    });
  }

  function issuesText(name, issues) {
    return `${name} :\n${issues.map((i) => `  ${i.code} @ ${i.path.join('.')} — ${i.message}`).join('\n')}`;
  }

  function run() {
    $('errors').textContent = '';
    $('sequences').querySelector('tbody').innerHTML = '';
    $('findings').innerHTML = '';
    $('trace').innerHTML = '';
    var body = $('shares').querySelector('tbody');
    body.innerHTML = '';
    var lang = $('lang').value;
    var parsed;
    try {
      parsed = { project: JSON.parse($('project').value), path: JSON.parse($('path').value) };
    } catch (e) {
      $('errors').textContent = `JSON illisible : ${e.message}`;
      return;
    }
    var project = PCR.parseProject(parsed.project, { lang: lang });
    var path = PCR.parsePatientPath(parsed.path, { lang: lang });
    var errors = [];
    if (!project.ok) errors.push(issuesText('Projet', project.issues));
    if (!path.ok) errors.push(issuesText('Parcours', path.issues));
    if (errors.length) {
      $('errors').textContent = errors.join('\n');
      return;
    }
    var choice = $('type').value.split('@');
    var type = catalog.get(choice[0], choice[1]);
    var asOf = $('asOf').value;
    showReport(PCR.validatePath(type, project.value, path.value, { asOf: asOf, lang: lang }), lang);
    var s = PCR.settle(type, project.value, path.value, { asOf: asOf, lang: lang });
    s.sequences.forEach((q) => {
      q.shares.forEach((sh) => {
        addRow(
          body,
          [
            q.sequence,
            sh.beneficiary.kind === 'structure' ? 'structure' : sh.beneficiary.id,
            `${(sh.payee.name ? `${sh.payee.name} · ` : '') + sh.payee.idType} ${sh.payee.id}`,
            `${sh.amount.replace('.', ',')} €`,
          ],
          3,
        );
      });
      q.trace.forEach((t) => {
        var li = document.createElement('li');
        li.textContent = `${q.sequence} — ${t.text}`;
        $('trace').appendChild(li);
      });
    });
    if (s.sequences.length === 0)
      $('errors').textContent = s.excluded.map((x) => `${x.sequence} : ${x.message}`).join('\n');
  }

  $('run').addEventListener('click', run);
  Promise.all([load('../obesite/project.json', 'project'), load('../obesite/path.json', 'path')]).then(run);
})();
