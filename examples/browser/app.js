/* global PCR */
// The coordinator's page: a form for the projet, the team, the patient and the prestations; the parcours computed in
// the page by dist/pcr.global.js (nothing leaves the machine); a timeline of the path, the séquences, the payers, the
// shares and the trace. The JSON of both documents stays available in an advanced tab.
(() => {
  const $ = (id) => document.getElementById(id);
  const catalog = PCR.shippedCatalog();
  const WORDS = {
    fr: {
      title: 'Parcours coordonné renforcé : parcours et quote-parts',
      intro: 'Tout est calculé dans la page : aucune donnée ne quitte le poste.',
      language: 'Langue',
      tabForm: 'Formulaire',
      tabJson: 'JSON (avancé)',
      typeLegend: 'Type de parcours',
      type: 'Type',
      asOf: 'Date d’évaluation',
      version: (v) => `Version en vigueur à la date d’inclusion : ${v}`,
      noVersion: 'Aucune version en vigueur à la date d’inclusion.',
      projectLegend: 'Projet',
      structureName: 'Structure',
      category: 'Catégorie',
      sentToArs: 'Transmis à l’ARS le',
      key: 'Clé de répartition (JSON ; vide : celle du type)',
      teamLegend: 'Équipe',
      memberId: 'Identifiant',
      memberName: 'Nom',
      profession: 'Profession',
      addMember: 'Ajouter un membre',
      patientLegend: 'Patient',
      ref: 'Référence (pseudonyme)',
      birthDate: 'Date de naissance',
      territory: 'Département',
      inclusion: 'Date d’inclusion',
      profile: 'Profil',
      complementary: 'Complémentaire',
      none: 'aucune',
      exemptions: 'Exonérations',
      exitDate: 'Date de sortie',
      exitReason: 'Motif de sortie',
      attestations: 'Attestations (séquence et date)',
      prestationsLegend: 'Prestations',
      code: 'Prestation',
      date: 'Date',
      member: 'Intervenant',
      minutes: 'Minutes',
      status: 'Statut',
      addPrestation: 'Ajouter une prestation',
      remove: 'Retirer',
      compute: 'Calculer',
      jsonHelp: 'Le projet et le parcours en JSON : importer remplit le formulaire, exporter l’écrit ici.',
      jsonImport: 'Importer dans le formulaire',
      jsonExport: 'Exporter le formulaire',
      unreadable: (m) => `JSON illisible : ${m}`,
      timeline: 'Frise du parcours',
      sequences: 'Où en est le parcours',
      sequence: 'Séquence',
      period: 'Période',
      requirement: 'Exigence',
      doneExpected: 'Faites / attendues',
      toDo: 'Reste à faire',
      payers: 'Qui paie',
      forfait: 'Forfait',
      patient: 'Patient',
      shares: 'Quote-parts',
      beneficiary: 'Bénéficiaire',
      paidTo: 'Versé à',
      amount: 'Montant',
      trace: 'Détail du calcul',
      today: 'évaluation',
      counted: 'comptée',
      notCounted: 'non comptée',
      due: 'échéance',
      anyIntervention: 'toute intervention',
      notBilled: (s, r) => `${s} non facturée : ${r}`,
      documentIssues: (n) => `${n} constat(s) dans les documents :`,
      statuses: {
        pending: 'à venir',
        'in-progress': 'en cours',
        completed: 'complète',
        incomplete: 'incomplète',
        'not-started': 'non commencée',
      },
      money: (a) => `${Number(a).toLocaleString('fr-FR', { minimumFractionDigits: 2 })}\u00a0€`,
    },
    en: {
      title: 'Coordinated care pathway: progress and shares',
      intro: 'Everything is computed in the page: no data leaves the computer.',
      language: 'Language',
      tabForm: 'Form',
      tabJson: 'JSON (advanced)',
      typeLegend: 'Pathway type',
      type: 'Type',
      asOf: 'Evaluation date',
      version: (v) => `Version in force on the inclusion date: ${v}`,
      noVersion: 'No version in force on the inclusion date.',
      projectLegend: 'Project',
      structureName: 'Structure',
      category: 'Category',
      sentToArs: 'Sent to the ARS on',
      key: 'Distribution key (JSON; empty: the type’s)',
      teamLegend: 'Team',
      memberId: 'Id',
      memberName: 'Name',
      profession: 'Profession',
      addMember: 'Add a member',
      patientLegend: 'Patient',
      ref: 'Reference (pseudonym)',
      birthDate: 'Birth date',
      territory: 'Département',
      inclusion: 'Inclusion date',
      profile: 'Profile',
      complementary: 'Complementary',
      none: 'none',
      exemptions: 'Exemptions',
      exitDate: 'Exit date',
      exitReason: 'Exit reason',
      attestations: 'Attestations (sequence and date)',
      prestationsLegend: 'Services',
      code: 'Service',
      date: 'Date',
      member: 'Professional',
      minutes: 'Minutes',
      status: 'Status',
      addPrestation: 'Add a service',
      remove: 'Remove',
      compute: 'Compute',
      jsonHelp: 'The project and the path as JSON: import fills the form, export writes it here.',
      jsonImport: 'Import into the form',
      jsonExport: 'Export the form',
      unreadable: (m) => `Unreadable JSON: ${m}`,
      timeline: 'Timeline of the path',
      sequences: 'Where the path stands',
      sequence: 'Sequence',
      period: 'Period',
      requirement: 'Requirement',
      doneExpected: 'Done / expected',
      toDo: 'Left to do',
      payers: 'Who pays',
      forfait: 'Payment',
      patient: 'Patient',
      shares: 'Shares',
      beneficiary: 'Beneficiary',
      paidTo: 'Paid to',
      amount: 'Amount',
      trace: 'Computation',
      today: 'evaluation',
      counted: 'counted',
      notCounted: 'not counted',
      due: 'due',
      anyIntervention: 'any intervention',
      notBilled: (s, r) => `${s} not billed: ${r}`,
      documentIssues: (n) => `${n} finding(s) in the documents:`,
      statuses: {
        pending: 'pending',
        'in-progress': 'in progress',
        completed: 'completed',
        incomplete: 'incomplete',
        'not-started': 'not started',
      },
      money: (a) => `€${Number(a).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`,
    },
  };
  const lang = () => $('lang').value;
  const w = () => WORDS[lang()];
  const el = (tag, attrs = {}, text) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const field = (name) => document.querySelector(`[data-field="${name}"]`);
  const value = (name) => field(name).value.trim();
  const setValue = (name, v) => {
    field(name).value = v === undefined || v === null ? '' : String(v);
  };

  // ── The form ────────────────────────────────────────────────────────────────────────────────────────────────
  function options(select, values, labels = values) {
    const keep = select.value;
    select.innerHTML = '';
    values.forEach((v, i) => {
      select.appendChild(el('option', { value: v }, labels[i]));
    });
    if (values.includes(keep)) select.value = keep;
  }

  function currentType() {
    const inclusion = value('path:inclusion.date');
    const r = catalog.resolve($('type').value, inclusion || '2100-01-01');
    return r.ok ? r.value : undefined;
  }

  /** The type's vocabulary in the form: its profiles, prestations, and the team in each prestation row. */
  function refreshChoices() {
    const type = currentType();
    $('version').textContent = type ? w().version(`${type.version} (${type.status})`) : w().noVersion;
    const profiles = type?.eligibility.profiles?.map((p) => p.id) ?? [];
    options(field('path:profile'), ['', ...profiles]);
    const codes = type ? type.prestations.map((p) => p.code) : [];
    const members = teamRows().map((r) => r.id);
    for (const tr of $('prestations').tBodies[0].rows) {
      options(tr.querySelector('[data-col="code"]'), codes);
      options(tr.querySelector('[data-col="member"]'), members);
    }
  }

  function removeButton(tr) {
    const b = el('button', { type: 'button', class: 'remove', 'aria-label': w().remove }, '×');
    b.addEventListener('click', () => {
      tr.remove();
      refreshChoices();
    });
    return b;
  }

  function cellInput(col, v, attrs = {}) {
    const input = el('input', { 'data-col': col, ...attrs });
    input.value = v ?? '';
    return input;
  }

  function addMember(m = {}) {
    const tr = el('tr');
    const profession = el('select', { 'data-col': 'profession' });
    options(profession, [...PCR.PROFESSIONS]);
    profession.value = m.profession ?? 'medecin';
    for (const input of [
      cellInput('id', m.id),
      cellInput('name', m.name),
      profession,
      cellInput('rpps', m.rpps, { inputmode: 'numeric', size: 11 }),
      cellInput('adeli', m.adeli, { size: 9 }),
    ]) {
      const td = el('td');
      td.appendChild(input);
      tr.appendChild(td);
    }
    const td = el('td');
    td.appendChild(removeButton(tr));
    tr.appendChild(td);
    tr.dataset.extra = JSON.stringify({ cpamNumber: m.cpamNumber, employer: m.employer });
    tr.addEventListener('change', refreshChoices);
    $('team').tBodies[0].appendChild(tr);
  }

  function addPrestation(p = {}) {
    const tr = el('tr');
    const code = el('select', { 'data-col': 'code' });
    const member = el('select', { 'data-col': 'member' });
    const status = el('select', { 'data-col': 'status' });
    options(status, ['done', 'cancelled', 'missed']);
    const n = $('prestations').tBodies[0].rows.length + 1;
    for (const input of [
      cellInput('id', p.id ?? `p${String(n).padStart(2, '0')}`, { size: 5 }),
      code,
      cellInput('date', p.date, { type: 'date' }),
      member,
      cellInput('minutes', p.minutes, { type: 'number', min: 0, step: 1, size: 4 }),
      status,
    ]) {
      const td = el('td');
      td.appendChild(input);
      tr.appendChild(td);
    }
    const td = el('td');
    td.appendChild(removeButton(tr));
    tr.appendChild(td);
    $('prestations').tBodies[0].appendChild(tr);
    refreshChoices();
    code.value = p.code ?? code.value;
    member.value = p.member ?? member.value;
    status.value = p.status ?? 'done';
  }

  const rowValues = (tr) =>
    Object.fromEntries([...tr.querySelectorAll('[data-col]')].map((i) => [i.dataset.col, i.value.trim()]));
  const teamRows = () => [...$('team').tBodies[0].rows].map(rowValues);
  const put = (o, k, v) => {
    if (v !== '' && v !== undefined) o[k] = v;
    return o;
  };

  /** The two documents as the form holds them (what is typed is kept as typed: the parser says what is wrong). */
  function documentsOfForm() {
    const keyText = value('project:distribution');
    let distribution = {};
    if (keyText !== '') {
      try {
        distribution = JSON.parse(keyText);
      } catch {
        distribution = keyText;
      }
    }
    const structure = put(
      put(
        { name: value('project:structure.name'), category: value('project:structure.category') },
        'siret',
        value('project:structure.siret'),
      ),
      'finess',
      value('project:structure.finess'),
    );
    const team = [...$('team').tBodies[0].rows].map((tr) => {
      const r = rowValues(tr);
      const extra = JSON.parse(tr.dataset.extra || '{}');
      const m = put(put(put({ id: r.id }, 'name', r.name), 'rpps', r.rpps), 'adeli', r.adeli);
      m.profession = r.profession;
      return Object.assign(
        m,
        extra.cpamNumber ? { cpamNumber: extra.cpamNumber } : {},
        extra.employer ? { employer: extra.employer } : {},
      );
    });
    const project = {
      id: 'projet',
      structure,
      parcoursType: $('type').value,
      sentToArs: value('project:sentToArs'),
      team,
      distribution,
    };
    const exemptions = value('path:coverage.exemptions')
      .split(/[\s,;]+/)
      .filter(Boolean);
    const attestations = value('path:attestations')
      .split(';')
      .map((x) => x.trim())
      .filter(Boolean)
      .map((x) => {
        const [sequence, date] = x.split(/\s+/);
        return { sequence, date };
      });
    const path = {
      parcoursType: $('type').value,
      patient: put(
        { ref: value('path:patient.ref'), birthDate: value('path:patient.birthDate') },
        'territory',
        value('path:patient.territory'),
      ),
      coverage: { complementary: value('path:coverage.complementary'), exemptions },
      inclusion: { date: value('path:inclusion.date') },
      prestations: [...$('prestations').tBodies[0].rows].map((tr) => {
        const r = rowValues(tr);
        const p = { id: r.id, code: r.code, date: r.date, member: r.member, status: r.status };
        if (r.minutes !== '') p.minutes = Number(r.minutes);
        return p;
      }),
    };
    put(path, 'profile', value('path:profile'));
    if (value('path:exit.date') !== '')
      path.exit = { date: value('path:exit.date'), reason: value('path:exit.reason') || 'other' };
    if (attestations.length > 0) path.attestations = attestations;
    return { project, path };
  }

  /** Fills the form from two documents (as far as they have the fields). */
  function fillForm(project, path) {
    const p = project || {};
    const x = path || {};
    if (typeof x.parcoursType === 'string') $('type').value = x.parcoursType;
    setValue('project:structure.name', p.structure?.name);
    setValue('project:structure.category', p.structure?.category);
    setValue('project:structure.siret', p.structure?.siret);
    setValue('project:structure.finess', p.structure?.finess);
    setValue('project:sentToArs', p.sentToArs);
    const key = p.distribution;
    setValue('project:distribution', key && Object.keys(key).length > 0 ? JSON.stringify(key) : '');
    $('team').tBodies[0].innerHTML = '';
    for (const m of Array.isArray(p.team) ? p.team : []) addMember(m);
    setValue('path:patient.ref', x.patient?.ref);
    setValue('path:patient.birthDate', x.patient?.birthDate);
    setValue('path:patient.territory', x.patient?.territory);
    setValue('path:inclusion.date', x.inclusion?.date);
    refreshChoices();
    setValue('path:profile', x.profile);
    setValue(
      'path:coverage.complementary',
      typeof x.coverage?.complementary === 'string' ? x.coverage.complementary : 'none',
    );
    setValue(
      'path:coverage.exemptions',
      (x.coverage?.exemptions || []).map((e) => (typeof e === 'string' ? e : e.kind)).join(', '),
    );
    setValue('path:exit.date', x.exit?.date);
    setValue('path:exit.reason', x.exit?.reason);
    setValue('path:attestations', (x.attestations || []).map((a) => `${a.sequence} ${a.date}`).join('; '));
    $('prestations').tBodies[0].innerHTML = '';
    for (const q of Array.isArray(x.prestations) ? x.prestations : []) addPrestation(q);
  }

  // ── Issues next to their fields ─────────────────────────────────────────────────────────────────────────────
  function clearIssues() {
    for (const e of document.querySelectorAll('.field-issue')) e.remove();
    for (const e of document.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
  }

  /** The form control an issue's path designates, if the form has it. */
  function controlOf(doc, path) {
    const [head, index, col] = path;
    if (doc === 'project' && head === 'team' && typeof index === 'number')
      return $('team').tBodies[0].rows[index]?.querySelector(`[data-col="${col ?? 'id'}"]`);
    if (doc === 'path' && head === 'prestations' && typeof index === 'number')
      return $('prestations').tBodies[0].rows[index]?.querySelector(`[data-col="${col ?? 'code'}"]`);
    for (let n = path.length; n > 0; n--) {
      const f = field(`${doc}:${path.slice(0, n).join('.')}`);
      if (f) return f;
    }
    return null;
  }

  /** Shows each issue under its field; returns those the form cannot place. */
  function showIssues(doc, issues) {
    const left = [];
    for (const i of issues) {
      const control = controlOf(doc, i.path);
      if (!control) {
        left.push(i);
        continue;
      }
      control.setAttribute('aria-invalid', 'true');
      control.insertAdjacentElement(
        'afterend',
        el('small', { class: 'field-issue' }, `${i.code} — ${PCR.issueMessage(i, lang())}`),
      );
    }
    return left;
  }

  // ── The results ─────────────────────────────────────────────────────────────────────────────────────────────
  function addRow(body, texts, amountFrom = 99) {
    const tr = el('tr');
    texts.forEach((t, i) => {
      tr.appendChild(el('td', i >= amountFrom ? { class: 'amount' } : {}, t));
    });
    body.appendChild(tr);
  }

  const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

  /** The path as a picture: séquence windows, one mark per prestation (counted or not, and why), due dates, today. */
  function timeline(report, asOf) {
    const NS = 'http://www.w3.org/2000/svg';
    const svgEl = (tag, attrs, text) => {
      const e = document.createElementNS(NS, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      if (text !== undefined) e.textContent = text;
      return e;
    };
    const dates = [
      report.inclusion,
      asOf,
      ...report.sequences.flatMap((s) => [s.start, s.deadline]),
      ...report.prestations.map((p) => p.date),
    ];
    const from = Math.min(...dates.map(dayOf));
    const to = Math.max(...dates.map(dayOf));
    const W = 1000;
    const left = 90;
    const x = (iso) => left + ((dayOf(iso) - from) / Math.max(to - from, 1)) * (W - left - 20);
    const rowH = 46;
    const H = 40 + report.sequences.length * rowH + 30;
    const svg = svgEl('svg', {
      viewBox: `0 0 ${W} ${H}`,
      width: '100%',
      role: 'img',
      'aria-label': w().timeline,
      id: 'timeline-svg',
    });
    const reasons = new Map();
    for (const i of report.issues)
      if (i.path[0] === 'prestations' && typeof i.path[1] === 'number' && !reasons.has(i.path[1]))
        reasons.set(i.path[1], PCR.issueMessage(i, lang()));
    // Months along the top.
    for (let d = new Date(from * 86400000); d.getTime() / 86400000 <= to; d.setUTCMonth(d.getUTCMonth() + 3, 1)) {
      const iso = d.toISOString().slice(0, 10);
      if (dayOf(iso) < from) continue;
      svg.appendChild(svgEl('line', { x1: x(iso), x2: x(iso), y1: 20, y2: H - 20, class: 'grid' }));
      svg.appendChild(svgEl('text', { x: x(iso) + 2, y: 14, class: 'month' }, iso.slice(0, 7)));
    }
    report.sequences.forEach((s, k) => {
      const y = 40 + k * rowH;
      svg.appendChild(svgEl('text', { x: 4, y: y + 16, class: 'label' }, s.id));
      const bar = svgEl('rect', {
        x: x(s.start),
        y,
        width: Math.max(x(s.deadline) - x(s.start), 2),
        height: 24,
        class: `window ${s.status}`,
      });
      bar.appendChild(svgEl('title', {}, `${s.id} — ${w().statuses[s.status]} · ${s.start} → ${s.deadline}`));
      svg.appendChild(bar);
      for (const r of s.requirements.filter((q) => q.missing > 0)) {
        const due = svgEl('path', {
          d: `M${x(r.dueBy)},${y - 2} l5,-7 h-10 z`,
          class: `due${r.overdue ? ' overdue' : ''}`,
        });
        due.appendChild(
          svgEl(
            'title',
            {},
            `${w().due} ${r.dueBy} : ${r.missing} × ${r.any ? w().anyIntervention : r.codes.join(' | ')}`,
          ),
        );
        svg.appendChild(due);
      }
      report.prestations
        .filter(
          (p) =>
            p.sequence === s.id ||
            (p.sequence === undefined && k === 0 && !report.sequences.some((q) => q.id === p.sequence)),
        )
        .forEach((p) => {
          const mark = svgEl('circle', {
            cx: x(p.date),
            cy: y + 12,
            r: 6,
            class: `mark ${p.counted ? 'counted' : 'not-counted'}`,
            'data-id': p.id,
          });
          const why = p.counted
            ? w().counted
            : `${w().notCounted}${reasons.has(p.index) ? ` — ${reasons.get(p.index)}` : ''}`;
          mark.appendChild(svgEl('title', {}, `${p.id} ${p.code} ${p.date} (${p.member}) : ${why}`));
          svg.appendChild(mark);
        });
    });
    svg.appendChild(svgEl('line', { x1: x(asOf), x2: x(asOf), y1: 20, y2: H - 16, class: 'today' }));
    svg.appendChild(svgEl('text', { x: x(asOf) + 3, y: H - 4, class: 'today-label' }, `${w().today} ${asOf}`));
    $('timeline').innerHTML = '';
    $('timeline').appendChild(svg);
  }

  function showReport(report) {
    const body = $('sequences').tBodies[0];
    report.sequences.forEach((s) => {
      const when = s.completedOn || s.endedOn;
      s.requirements.forEach((r, k) => {
        const expected = r.max !== undefined ? `${r.min}–${r.max}` : `≥ ${r.min}`;
        const due = r.missing > 0 ? `${r.missing} → ${r.dueBy}${r.overdue ? ' (!)' : ''}` : '✓';
        const what = r.any ? r.label || w().anyIntervention : r.codes.join(' | ');
        addRow(
          body,
          k > 0
            ? ['', '', '', what, `${r.done} / ${expected}`, due]
            : [
                s.id + (s.label ? ` (${s.label})` : ''),
                w().statuses[s.status] + (when ? ` · ${when}` : ''),
                `${s.start} → ${s.deadline}`,
                what,
                `${r.done} / ${expected}`,
                due,
              ],
        );
      });
    });
  }

  function showSettlement(s) {
    for (const q of s.sequences) {
      addRow(
        $('payers').tBodies[0],
        [
          q.sequence,
          w().money(q.forfait.amount),
          w().money(q.payers.amo),
          w().money(q.payers.amc),
          w().money(q.payers.patient),
        ],
        1,
      );
      for (const sh of q.shares)
        addRow(
          $('shares').tBodies[0],
          [
            q.sequence,
            sh.beneficiary.kind === 'structure' ? 'structure' : sh.beneficiary.id,
            `${sh.payee.name ? `${sh.payee.name} · ` : ''}${sh.payee.idType} ${sh.payee.id}`,
            w().money(sh.amount),
          ],
          3,
        );
      for (const t of q.trace) $('trace').appendChild(el('li', {}, `${q.sequence} — ${PCR.traceStepText(t, lang())}`));
    }
    const notBilled = s.excluded.map((x) => w().notBilled(x.sequence, PCR.exclusionText(x.reason, lang())));
    if (s.sequences.length === 0 && notBilled.length > 0) $('errors').appendChild(el('p', {}, notBilled.join(' · ')));
  }

  function clearResults() {
    $('errors').innerHTML = '';
    for (const id of ['sequences', 'payers', 'shares']) $(id).tBodies[0].innerHTML = '';
    $('trace').innerHTML = '';
    $('timeline').innerHTML = '';
  }

  function run() {
    clearIssues();
    clearResults();
    const docs = documentsOfForm();
    const options = { lang: lang() };
    const project = PCR.parseProject(docs.project, options);
    const path = PCR.parsePatientPath(docs.path, options);
    const left = [...showIssues('project', project.issues), ...showIssues('path', path.issues)];
    if (left.length > 0) {
      $('errors').appendChild(el('p', {}, w().documentIssues(left.length)));
      const ul = el('ul');
      for (const i of left)
        ul.appendChild(el('li', {}, `${i.code} @ ${i.path.join('.')} — ${PCR.issueMessage(i, lang())}`));
      $('errors').appendChild(ul);
    }
    if (!project.ok || !path.ok) return;
    const type = catalog.resolve(path.value.parcoursType, path.value.inclusion.date);
    if (!type.ok) {
      $('errors').appendChild(el('p', {}, type.issues.map((i) => PCR.issueMessage(i, lang())).join(' · ')));
      return;
    }
    const asOf = $('asOf').value;
    const report = PCR.validatePath(type.value, project.value, path.value, { asOf, lang: lang() });
    showIssues(
      'path',
      report.issues.filter((i) => i.document === 'path' && i.path[0] !== 'prestations'),
    );
    timeline(report, asOf);
    showReport(report);
    showSettlement(PCR.settle(type.value, project.value, path.value, { asOf, lang: lang(), report }));
  }

  // ── Language, tabs, JSON ────────────────────────────────────────────────────────────────────────────────────
  function translate() {
    document.documentElement.lang = lang();
    for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = w()[e.dataset.i18n];
    for (const b of document.querySelectorAll('button.remove')) b.setAttribute('aria-label', w().remove);
    refreshChoices();
  }

  function tab(json) {
    $('tab-form').setAttribute('aria-selected', String(!json));
    $('tab-json').setAttribute('aria-selected', String(json));
    $('panel-form').hidden = json;
    $('panel-json').hidden = !json;
  }

  function importJson() {
    $('json-error').textContent = '';
    let docs;
    try {
      docs = JSON.parse($('json').value);
    } catch (e) {
      // What was typed stays in the text box.
      $('json-error').textContent = w().unreadable(e.message);
      return;
    }
    fillForm(docs?.project, docs?.path);
    tab(false);
    run();
  }

  catalog.list().forEach((e) => {
    if ([...$('type').options].some((o) => o.value === e.id)) return;
    $('type').appendChild(el('option', { value: e.id }, e.title));
  });
  $('type').value = 'obesite-complexe-adulte';
  options(field('project:structure.category'), [...PCR.STRUCTURE_CATEGORIES]);
  $('lang').addEventListener('change', () => {
    translate();
    run();
  });
  $('type').addEventListener('change', refreshChoices);
  field('path:inclusion.date').addEventListener('change', refreshChoices);
  $('add-member').addEventListener('click', () => {
    addMember();
    refreshChoices();
  });
  $('add-prestation').addEventListener('click', () => addPrestation());
  $('run').addEventListener('click', run);
  $('tab-form').addEventListener('click', () => tab(false));
  $('tab-json').addEventListener('click', () => tab(true));
  $('json-import').addEventListener('click', importJson);
  $('json-export').addEventListener('click', () => {
    $('json').value = JSON.stringify(documentsOfForm(), null, 2);
  });
  if (new URLSearchParams(location.search).get('lang') === 'en') $('lang').value = 'en';
  translate();
  Promise.all([
    fetch('../obesite/project.json').then((r) => r.json()),
    fetch('../obesite/path.json').then((r) => r.json()),
  ]).then(([project, path]) => {
    fillForm(project, path);
    $('json').value = JSON.stringify({ project, path }, null, 2);
    run();
    document.body.dataset.ready = 'true';
  });
})();
