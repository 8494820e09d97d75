/* global PCR */
// The coordinator's page, computed in the page by dist/pcr.global.js (nothing leaves the machine). Two views:
// - one patient: the findings in plain words, a banner when the type's amounts are not official, what is still due
//   (by whom and by when, overdue first), a timeline with a legend, the séquences with their requirements told apart
//   by their windows, who pays (and why a séquence is not billed), the shares and the trace; the data below, as a
//   form (projet, team, patient, prestations) or as JSON;
// - a file active: an NDJSON file (chosen or pasted), one row per patient, sortable, filtered on overdue and on
//   findings; a click opens that patient's view.
(() => {
  const $ = (id) => document.getElementById(id);
  const catalog = PCR.shippedCatalog();
  const WORDS = {
    fr: {
      title: 'Parcours coordonné renforcé : parcours et quote-parts',
      intro: 'Tout est calculé dans la page : aucune donnée ne quitte le poste.',
      language: 'Langue',
      viewPatient: 'Un patient',
      viewFile: 'File active',
      tabForm: 'Formulaire',
      tabJson: 'JSON (avancé)',
      dataTitle: 'Données du parcours',
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
      employer: 'Employeur (nom et SIRET)',
      employerName: 'Nom de l’employeur',
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
      patientTitle: (ref, type) => `Patient ${ref} · ${type}`,
      notOfficial: (id, version, status) =>
        `Montants non officiels : le type « ${id} » version ${version} est ${status === 'draft' ? 'un projet (draft)' : 'illustratif (illustrative)'}, pas un arrêté publié. Ne facturez pas sur ces montants.`,
      findings: 'Constats',
      noFindings: 'Aucun constat.',
      severity: 'Gravité',
      finding: 'Constat',
      severities: { error: 'erreur', warning: 'avertissement', info: 'information' },
      worklist: 'Reste à faire',
      noWork: 'Rien n’est attendu à cette date.',
      when: 'Échéance',
      what: 'À faire',
      howMany: 'Combien',
      who: 'Qui',
      from: 'À partir du',
      until: 'Au plus tard le',
      overdue: 'en retard',
      upcoming: 'à venir',
      attestationTask: 'Attestation de fin de séquence à enregistrer',
      nobody: 'personne dans l’équipe',
      timeline: 'Frise du parcours',
      sequences: 'Où en est le parcours',
      sequence: 'Séquence',
      period: 'Période',
      requirement: 'Exigence',
      window: 'Fenêtre',
      doneExpected: 'Faites / attendues',
      toDo: 'Reste à faire',
      payers: 'Qui paie',
      billableOn: 'Facturable le',
      forfait: 'Forfait',
      patient: 'Patient',
      shares: 'Quote-parts',
      beneficiary: 'Bénéficiaire',
      paidTo: 'Versé à',
      amount: 'Montant',
      trace: 'Détail du calcul',
      today: 'évaluation',
      counted: 'comptée',
      prestationStatuses: { done: 'faite', missed: 'manquée (non venue)', cancelled: 'annulée' },
      exitReasons: {
        completed: 'parcours mené à son terme',
        withdrawal: 'retrait du patient',
        death: 'décès',
        moved: 'déménagement',
        ineligible: 'inéligible',
        other: 'autre motif',
      },
      notCounted: 'non comptée',
      due: 'échéance',
      anyIntervention: 'toute intervention',
      or: ' ou ',
      notBilled: (s, r) => `${s} non facturée : ${r}`,
      documentIssues: (n) => `${n} constat(s) dans les documents :`,
      issuesBelow: (n) =>
        `${n} constat${n > 1 ? 's' : ''} dans les documents, sous ${n > 1 ? 'leurs champs' : 'son champ'} dans « Données du parcours » ci-dessous.`,
      exampleUnreachable:
        'L’exemple n’a pas pu être lu (page ouverte en file:// ?). Servez le dépôt en local, ou collez vos documents dans l’onglet JSON.',
      legend: {
        counted: 'prestation comptée',
        notCounted: 'prestation non comptée (la raison au survol et dans les constats)',
        due: 'échéance d’une exigence',
        overdue: 'échéance dépassée',
        today: 'date d’évaluation',
        window: 'fenêtre de la séquence (couleur : son statut)',
      },
      statuses: {
        pending: 'à venir',
        'in-progress': 'en cours',
        completed: 'complète',
        incomplete: 'incomplète',
        'not-started': 'non commencée',
      },
      fileHelp:
        'Un parcours par ligne (NDJSON), évalué avec le projet du formulaire. Le fichier est lu dans la page : rien n’est envoyé.',
      fileChoose: 'Fichier NDJSON',
      pagePrev: '← Précédents',
      pageNext: 'Suivants →',
      pageInfo: (a, b, n) => `lignes ${a} à ${b} sur ${n}`,
      projectChoose: 'Projet (JSON ; sinon celui du formulaire)',
      projectInvalid: (text) => `Le projet n’est pas valable, aucun parcours n’est évalué : ${text}`,
      fileExample: 'Charger l’exemple (31 parcours)',
      filePaste: 'Ou coller les lignes',
      fileRead: 'Lire le texte collé',
      fileAsOf: 'Évalué le',
      periodFrom: 'Facturable du',
      periodTo: 'au',
      filterOverdue: 'En retard seulement',
      filterFindings: 'Avec constats seulement',
      colPatient: 'Patient',
      colType: 'Type et version',
      colSequences: 'Séquences',
      colNext: 'Prochaine échéance',
      colDue: 'Pour le',
      colOverdue: 'En retard',
      colBillable: 'Facturable sur la période',
      blocked: 'bloqué',
      fileSummary: (shown, total, overdue, findings, billable) =>
        `${shown} patient${shown > 1 ? 's' : ''} affiché${shown > 1 ? 's' : ''} sur ${total} · ${overdue} en retard · ${findings} avec constats · facturable sur la période : ${billable}`,
      lineRejected: (line, text) => `Ligne ${line} écartée : ${text}`,
      fileNotOfficial: (n, types) =>
        `Montants non officiels : ${n} parcours ${n > 1 ? 'sont évalués' : 'est évalué'} sur un type qui n’est pas un arrêté publié (${types.join(', ')}).`,
      notJson: (m) => `ligne illisible (${m})`,
      periodReversed: 'La période est à l’envers : « du » est après « au ».',
      openPatient: (ref) => `Ouvrir le parcours de ${ref}`,
      money: (a) => `${Number(a).toLocaleString('fr-FR', { minimumFractionDigits: 2 })}\u00a0€`,
    },
    en: {
      title: 'Coordinated care pathway: progress and shares',
      intro: 'Everything is computed in the page: no data leaves the computer.',
      language: 'Language',
      viewPatient: 'One patient',
      viewFile: 'Active file',
      tabForm: 'Form',
      tabJson: 'JSON (advanced)',
      dataTitle: 'The path’s data',
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
      employer: 'Employer (name and SIRET)',
      employerName: 'Employer’s name',
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
      patientTitle: (ref, type) => `Patient ${ref} · ${type}`,
      notOfficial: (id, version, status) =>
        `Amounts not official: type “${id}” version ${version} is ${status === 'draft' ? 'a draft' : 'illustrative'}, not a published order. Do not bill on these amounts.`,
      findings: 'Findings',
      noFindings: 'No finding.',
      severity: 'Severity',
      finding: 'Finding',
      severities: { error: 'error', warning: 'warning', info: 'information' },
      worklist: 'Still due',
      noWork: 'Nothing is due on this date.',
      when: 'Due',
      what: 'To do',
      howMany: 'How many',
      who: 'Who',
      from: 'From',
      until: 'At the latest on',
      overdue: 'overdue',
      upcoming: 'upcoming',
      attestationTask: 'End-of-sequence attestation to record',
      nobody: 'nobody in the team',
      timeline: 'Timeline of the path',
      sequences: 'Where the path stands',
      sequence: 'Sequence',
      period: 'Period',
      requirement: 'Requirement',
      window: 'Window',
      doneExpected: 'Done / expected',
      toDo: 'Left to do',
      payers: 'Who pays',
      billableOn: 'Billable on',
      forfait: 'Payment',
      patient: 'Patient',
      shares: 'Shares',
      beneficiary: 'Beneficiary',
      paidTo: 'Paid to',
      amount: 'Amount',
      trace: 'Computation',
      today: 'evaluation',
      counted: 'counted',
      prestationStatuses: { done: 'done', missed: 'missed (no-show)', cancelled: 'cancelled' },
      exitReasons: {
        completed: 'path completed',
        withdrawal: 'patient withdrew',
        death: 'death',
        moved: 'moved away',
        ineligible: 'ineligible',
        other: 'other reason',
      },
      notCounted: 'not counted',
      due: 'due',
      anyIntervention: 'any intervention',
      or: ' or ',
      notBilled: (s, r) => `${s} not billed: ${r}`,
      documentIssues: (n) => `${n} finding(s) in the documents:`,
      issuesBelow: (n) =>
        `${n} finding${n === 1 ? '' : 's'} in the documents, under ${n === 1 ? 'its field' : 'their fields'} in “The path’s data” below.`,
      exampleUnreachable:
        'The example could not be read (page opened as file://?). Serve the repository locally, or paste your documents in the JSON tab.',
      legend: {
        counted: 'service counted',
        notCounted: 'service not counted (the reason on hover and in the findings)',
        due: 'a requirement’s due date',
        overdue: 'due date passed',
        today: 'evaluation date',
        window: 'the sequence’s window (colour: its status)',
      },
      statuses: {
        pending: 'pending',
        'in-progress': 'in progress',
        completed: 'completed',
        incomplete: 'incomplete',
        'not-started': 'not started',
      },
      fileHelp:
        'One path per line (NDJSON), evaluated with the form’s project. The file is read in the page: nothing is sent.',
      fileChoose: 'NDJSON file',
      pagePrev: '← Previous',
      pageNext: 'Next →',
      pageInfo: (a, b, n) => `rows ${a} to ${b} of ${n}`,
      projectChoose: 'Project (JSON; else the form’s)',
      projectInvalid: (text) => `The project is not valid, no path is evaluated: ${text}`,
      fileExample: 'Load the example (31 paths)',
      filePaste: 'Or paste the lines',
      fileRead: 'Read the pasted text',
      fileAsOf: 'Evaluated on',
      periodFrom: 'Billable from',
      periodTo: 'to',
      filterOverdue: 'Overdue only',
      filterFindings: 'With findings only',
      colPatient: 'Patient',
      colType: 'Type and version',
      colSequences: 'Sequences',
      colNext: 'Next due',
      colDue: 'By',
      colOverdue: 'Overdue',
      colBillable: 'Billable in the period',
      blocked: 'blocked',
      fileSummary: (shown, total, overdue, findings, billable) =>
        `${shown} patient${shown === 1 ? '' : 's'} shown of ${total} · ${overdue} overdue · ${findings} with findings · billable in the period: ${billable}`,
      lineRejected: (line, text) => `Line ${line} left out: ${text}`,
      fileNotOfficial: (n, types) =>
        `Amounts not official: ${n} path${n === 1 ? ' is' : 's are'} evaluated on a type that is not a published order (${types.join(', ')}).`,
      notJson: (m) => `unreadable line (${m})`,
      periodReversed: 'The period is reversed: “from” is after “to”.',
      openPatient: (ref) => `Open the path of ${ref}`,
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
    const codeLabels = type ? type.prestations.map((p) => p.label || p.code) : [];
    const team = teamRows();
    const members = team.map((r) => r.id);
    const memberLabels = team.map((r) => (r.name ? `${r.name} (${r.id})` : r.id));
    for (const tr of $('prestations').tBodies[0].rows) {
      options(tr.querySelector('[data-col="code"]'), codes, codeLabels);
      options(tr.querySelector('[data-col="member"]'), members, memberLabels);
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
      cellInput('id', m.id, { size: 12 }),
      cellInput('name', m.name, { size: 24 }),
      profession,
      cellInput('rpps', m.rpps, { inputmode: 'numeric', size: 11 }),
      cellInput('adeli', m.adeli, { size: 9 }),
    ]) {
      const td = el('td');
      td.appendChild(input);
      tr.appendChild(td);
    }
    // The employer (paid instead of the professional): its name and SIRET, side by side in one cell.
    const employer = el('td', { class: 'employer' });
    employer.appendChild(cellInput('employer.name', m.employer?.name, { 'aria-label': w().employerName }));
    employer.appendChild(
      cellInput('employer.siret', m.employer?.siret, { inputmode: 'numeric', size: 14, 'aria-label': 'SIRET' }),
    );
    tr.appendChild(employer);
    const td = el('td');
    td.appendChild(removeButton(tr));
    tr.appendChild(td);
    // The whole member, so that what the form does not show (`from`, `to`, the CPAM number…) is kept.
    tr.dataset.extra = JSON.stringify(m);
    tr.addEventListener('change', refreshChoices);
    $('team').tBodies[0].appendChild(tr);
  }

  function addPrestation(p = {}) {
    const tr = el('tr');
    // The whole prestation, so that what the form does not show (its séquence…) is kept.
    tr.dataset.extra = JSON.stringify(p);
    const code = el('select', { 'data-col': 'code' });
    const member = el('select', { 'data-col': 'member' });
    const status = el('select', { 'data-col': 'status' });
    const statuses = ['done', 'cancelled', 'missed'];
    options(
      status,
      statuses,
      statuses.map((v) => w().prestationStatuses[v]),
    );
    const n = $('prestations').tBodies[0].rows.length + 1;
    for (const input of [
      cellInput('id', p.id ?? `p${String(n).padStart(2, '0')}`, { size: 6 }),
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

  /** The documents last put in the form: what the form does not show of them is kept as it was. */
  const loaded = { project: {}, path: {} };

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
      // What the form shows comes from the form; the rest of the member (`from`, `to`…) as it was loaded.
      const { id: _id, name: _name, rpps: _rpps, adeli: _adeli, profession: _p, employer: _e, ...kept } = extra;
      const m = put(put(put({ ...kept, id: r.id }, 'name', r.name), 'rpps', r.rpps), 'adeli', r.adeli);
      m.profession = r.profession;
      const employer =
        r['employer.name'] !== '' || r['employer.siret'] !== ''
          ? put({ ...extra.employer, name: r['employer.name'] }, 'siret', r['employer.siret'])
          : undefined;
      if (employer && r['employer.siret'] === '') delete employer.siret;
      return Object.assign(m, employer ? { employer } : {});
    });
    // The fields the form does not show (avenants, opposition…) as the documents were loaded.
    const {
      structure: _s,
      parcoursType: _t,
      sentToArs: _a,
      team: _m,
      distribution: _d,
      ...projectRest
    } = loaded.project;
    const project = {
      id: 'projet',
      ...projectRest,
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
    const {
      parcoursType: _pt,
      patient: loadedPatient,
      coverage: loadedCoverage,
      inclusion: loadedInclusion,
      prestations: _pr,
      profile: _pf,
      exit: _x,
      attestations: _at,
      ...pathRest
    } = loaded.path;
    const path = {
      ...pathRest,
      parcoursType: $('type').value,
      patient: put(
        { ...loadedPatient, ref: value('path:patient.ref'), birthDate: value('path:patient.birthDate') },
        'territory',
        value('path:patient.territory'),
      ),
      coverage: { ...loadedCoverage, complementary: value('path:coverage.complementary'), exemptions },
      inclusion: { ...loadedInclusion, date: value('path:inclusion.date') },
      prestations: [...$('prestations').tBodies[0].rows].map((tr) => {
        const r = rowValues(tr);
        const {
          id: _i,
          code: _c,
          date: _d,
          member: _m,
          status: _s,
          minutes: _n,
          ...kept
        } = JSON.parse(tr.dataset.extra || '{}');
        const p = { ...kept, id: r.id, code: r.code, date: r.date, member: r.member, status: r.status };
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
    loaded.project = typeof project === 'object' && project !== null && !Array.isArray(project) ? project : {};
    loaded.path = typeof path === 'object' && path !== null && !Array.isArray(path) ? path : {};
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

  // ── The results of one patient ──────────────────────────────────────────────────────────────────────────────
  function addRow(body, texts, amountFrom = 99, attrs = {}) {
    const tr = el('tr', attrs);
    texts.forEach((t, i) => {
      tr.appendChild(el('td', i >= amountFrom ? { class: 'amount' } : {}, t));
    });
    body.appendChild(tr);
    return tr;
  }

  const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

  /** A prestation's label in its type (its code when the type has no label for it). */
  const labelOf = (type, code) => type.prestations.find((p) => p.code === code)?.label || code;
  /** A team member's name (the id when the projet gives none). */
  const memberName = (project, id) => project.team.find((m) => m.id === id)?.name || id;
  /** What a requirement asks, in words: its label, else the labels of its prestations. */
  const requirementText = (type, r) =>
    r.label || (r.any ? w().anyIntervention : r.codes.map((c) => labelOf(type, c)).join(w().or));

  /**
   * The findings of a path: the report's and the settlement's issues, once each; the non-official type is left to
   * the banner.
   */
  function findingsOf(report, settlement) {
    const seen = new Set();
    const out = [];
    for (const i of [...report.issues, ...(settlement ? settlement.issues : [])]) {
      if (i.code === 'TYPE_NOT_OFFICIAL') continue;
      const key = `${i.code} ${i.document} ${i.path.join('.')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(i);
    }
    return out;
  }

  /** What is still due, overdue first, then by due date. */
  function workOf(type, project, path, asOf, report) {
    const items = PCR.worklist(type, project, path, { asOf, report });
    return items.sort(
      (a, b) => Number(b.overdue) - Number(a.overdue) || (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : 0),
    );
  }

  /** A work item in words: the attestation, or the requirement it stands for (its label). */
  function workText(type, report, item) {
    if (item.task === 'attestation') return w().attestationTask;
    const seq = report.sequences.find((s) => s.id === item.sequence);
    const r = seq?.requirements.find((q) => q.dueBy === item.dueBy && q.codes.join('|') === item.codes.join('|'));
    return r ? requirementText(type, r) : item.codes.map((c) => labelOf(type, c)).join(w().or);
  }

  /** Who can do it: the members whose profession may perform it; the patient signs an attestation. */
  const whoText = (project, item) =>
    item.task === 'attestation'
      ? w().patient
      : item.performers.length === 0
        ? w().nobody
        : item.performers.map((id) => memberName(project, id)).join(', ');

  function showBanner(type) {
    const banner = $('banner');
    banner.hidden = type.status === 'official';
    banner.textContent = type.status === 'official' ? '' : w().notOfficial(type.id, type.version, type.status);
  }

  function showFindings(type, project, report, findings) {
    const body = $('findings').tBodies[0];
    $('no-findings').hidden = findings.length > 0;
    $('findings').hidden = findings.length === 0;
    for (const i of findings) {
      const index = i.document === 'path' && i.path[0] === 'prestations' ? i.path[1] : undefined;
      const p = typeof index === 'number' ? report.prestations.find((q) => q.index === index) : undefined;
      addRow(
        body,
        [
          w().severities[i.severity] ?? i.severity,
          p ? p.date : '',
          p ? `${p.id} · ${labelOf(type, p.code)}` : '',
          p ? memberName(project, p.member) : '',
          PCR.issueMessage(i, lang()),
        ],
        99,
        { class: `finding ${i.severity}`, title: i.code },
      );
    }
  }

  function showWork(type, project, report, items) {
    const body = $('worklist').tBodies[0];
    $('no-work').hidden = items.length > 0;
    $('worklist').hidden = items.length === 0;
    for (const item of items)
      addRow(
        body,
        [
          item.overdue ? w().overdue : w().upcoming,
          item.sequence,
          workText(type, report, item),
          String(item.missing),
          whoText(project, item),
          item.dueFrom ?? '',
          item.dueBy,
        ],
        99,
        { class: item.overdue ? 'overdue' : '' },
      );
  }

  /** The path as a picture: séquence windows, one mark per prestation (counted or not, and why), due dates, today. */
  function timeline(type, project, report, asOf) {
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
    const W = 1200;
    const left = 190;
    const right = 40;
    const x = (iso) => left + ((dayOf(iso) - from) / Math.max(to - from, 1)) * (W - left - right);
    const top = 44;
    const rowH = 90;
    const H = top + Math.max(report.sequences.length, 1) * rowH + 10;
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
    // Months along the top: a tick each month, a name every other month, none past the right edge.
    const monthName = new Intl.DateTimeFormat(lang() === 'fr' ? 'fr-FR' : 'en-GB', {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const first = new Date(from * 86400000);
    let k = 0;
    for (
      let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
      d.getTime() / 86400000 <= to;
      d.setUTCMonth(d.getUTCMonth() + 1), k++
    ) {
      const iso = d.toISOString().slice(0, 10);
      svg.appendChild(svgEl('line', { x1: x(iso), x2: x(iso), y1: top - 14, y2: H - 6, class: 'grid' }));
      if (k % 2 === 0 && x(iso) < W - 60)
        svg.appendChild(
          svgEl('text', { x: x(iso), y: 18, class: 'month', 'text-anchor': 'middle' }, monthName.format(d)),
        );
    }
    report.sequences.forEach((s, n) => {
      const y = top + n * rowH + 14;
      svg.appendChild(svgEl('text', { x: 8, y: y + 12, class: 'label' }, s.id));
      svg.appendChild(svgEl('text', { x: 8, y: y + 30, class: 'sublabel' }, w().statuses[s.status]));
      const bar = svgEl('rect', {
        x: x(s.start),
        y,
        width: Math.max(x(s.deadline) - x(s.start), 2),
        height: 32,
        rx: 4,
        class: `window ${s.status}`,
      });
      bar.appendChild(
        svgEl(
          'title',
          {},
          `${s.id}${s.label ? ` (${s.label})` : ''} — ${w().statuses[s.status]} · ${s.start} → ${s.deadline}`,
        ),
      );
      svg.appendChild(bar);
      for (const r of s.requirements.filter((q) => q.missing > 0)) {
        const due = svgEl('path', {
          d: `M${x(r.dueBy)},${y - 2} l7,-11 h-14 z`,
          class: `due${r.overdue ? ' overdue' : ''}`,
        });
        due.appendChild(svgEl('title', {}, `${w().due} ${r.dueBy} : ${r.missing} × ${requirementText(type, r)}`));
        svg.appendChild(due);
      }
      let lastLabel;
      report.prestations
        .filter(
          (p) =>
            p.sequence === s.id ||
            (p.sequence === undefined &&
              (n === 0 ? !report.sequences.some((q) => q.start <= p.date && p.date <= q.deadline) : false)) ||
            (p.sequence === undefined && s.start <= p.date && p.date <= s.deadline),
        )
        .forEach((p) => {
          const cy = y + 16;
          const mark = svgEl('circle', {
            cx: x(p.date),
            cy,
            r: 7,
            class: `mark ${p.counted ? 'counted' : 'not-counted'}`,
            'data-id': p.id,
          });
          const why = p.counted
            ? w().counted
            : `${w().notCounted} — ${reasons.get(p.index) ?? w().prestationStatuses[p.status] ?? ''}`;
          mark.appendChild(
            svgEl(
              'title',
              {},
              `${p.id} · ${labelOf(type, p.code)} · ${p.date} · ${memberName(project, p.member)} : ${why}`,
            ),
          );
          svg.appendChild(mark);
          // A mark that does not count is named below the bar, so that the findings can be found without hovering.
          if (!p.counted) {
            // Two names close together are set on two lines.
            const near = lastLabel !== undefined && x(p.date) - lastLabel.x < 36;
            const ly = near && lastLabel.y === y + 50 ? y + 64 : y + 50;
            lastLabel = { x: x(p.date), y: ly };
            svg.appendChild(svgEl('text', { x: x(p.date), y: ly, class: 'mark-label', 'text-anchor': 'middle' }, p.id));
          }
        });
    });
    const tx = x(asOf);
    svg.appendChild(svgEl('line', { x1: tx, x2: tx, y1: top - 16, y2: H - 4, class: 'today' }));
    svg.appendChild(
      svgEl(
        'text',
        {
          x: tx > W - 160 ? tx - 4 : tx + 4,
          y: 36,
          class: 'today-label',
          'text-anchor': tx > W - 160 ? 'end' : 'start',
        },
        `${w().today} ${asOf}`,
      ),
    );
    $('timeline').innerHTML = '';
    $('timeline').appendChild(svg);
    // The legend, in words, under the picture.
    const legend = $('legend');
    legend.innerHTML = '';
    const L = w().legend;
    for (const [cls, text] of [
      ['counted', L.counted],
      ['not-counted', L.notCounted],
      ['due', L.due],
      ['due overdue', L.overdue],
      ['today', L.today],
      ['window', L.window],
    ]) {
      const li = el('li');
      li.appendChild(el('span', { class: `key ${cls}`, 'aria-hidden': 'true' }));
      li.appendChild(document.createTextNode(text));
      legend.appendChild(li);
    }
    for (const status of ['completed', 'in-progress', 'pending', 'incomplete']) {
      const li = el('li');
      li.appendChild(el('span', { class: `key window ${status}`, 'aria-hidden': 'true' }));
      li.appendChild(document.createTextNode(w().statuses[status]));
      legend.appendChild(li);
    }
  }

  function showReport(type, report) {
    const body = $('sequences').tBodies[0];
    report.sequences.forEach((s) => {
      const when = s.completedOn || s.endedOn;
      s.requirements.forEach((r, k) => {
        const expected = r.max !== undefined ? `${r.min}–${r.max}` : `≥ ${r.min}`;
        const due = r.missing > 0 ? `${r.missing} → ${r.dueBy}${r.overdue ? ` (${w().overdue})` : ''}` : '✓';
        const window = `${r.dueFrom ?? s.start} → ${r.dueBy}`;
        const what = requirementText(type, r);
        addRow(
          body,
          k > 0
            ? ['', '', '', what, window, `${r.done} / ${expected}`, due]
            : [
                s.id + (s.label ? ` (${s.label})` : ''),
                w().statuses[s.status] + (when ? ` · ${when}` : ''),
                `${s.start} → ${s.deadline}`,
                what,
                window,
                `${r.done} / ${expected}`,
                due,
              ],
          99,
          r.overdue && r.missing > 0 ? { class: 'overdue' } : {},
        );
      });
    });
  }

  function showSettlement(project, s) {
    for (const q of s.sequences) {
      addRow(
        $('payers').tBodies[0],
        [
          q.sequence,
          q.billableOn,
          w().money(q.forfait.amount),
          w().money(q.payers.amo),
          w().money(q.payers.amc),
          w().money(q.payers.patient),
        ],
        2,
      );
      for (const sh of q.shares)
        addRow(
          $('shares').tBodies[0],
          [
            q.sequence,
            sh.beneficiary.kind === 'structure' ? 'structure' : memberName(project, sh.beneficiary.id),
            `${sh.payee.name ? `${sh.payee.name} · ` : ''}${sh.payee.idType} ${sh.payee.id}`,
            w().money(sh.amount),
          ],
          3,
        );
      for (const t of q.trace) $('trace').appendChild(el('li', {}, `${q.sequence} — ${PCR.traceStepText(t, lang())}`));
    }
    // Each séquence not billed says why, whether or not another one is billed.
    for (const x of s.excluded)
      $('not-billed').appendChild(el('li', {}, w().notBilled(x.sequence, PCR.exclusionText(x.reason, lang()))));
  }

  function clearResults() {
    $('errors').innerHTML = '';
    for (const id of ['findings', 'worklist', 'sequences', 'payers', 'shares']) $(id).tBodies[0].innerHTML = '';
    for (const id of ['trace', 'not-billed', 'timeline', 'legend']) $(id).innerHTML = '';
    $('banner').hidden = true;
    $('results').hidden = true;
    $('no-findings').hidden = true;
    $('no-work').hidden = true;
  }

  function run() {
    clearIssues();
    clearResults();
    const docs = documentsOfForm();
    const options = { lang: lang() };
    const project = PCR.parseProject(docs.project, options);
    const path = PCR.parsePatientPath(docs.path, options);
    $('patient-title').textContent = w().patientTitle(
      value('path:patient.ref'),
      $('type').selectedOptions[0]?.text ?? '',
    );
    const left = [...showIssues('project', project.issues), ...showIssues('path', path.issues)];
    if (left.length > 0) {
      $('errors').appendChild(el('p', {}, w().documentIssues(left.length)));
      const ul = el('ul');
      for (const i of left)
        ul.appendChild(el('li', {}, `${i.code} @ ${i.path.join('.')} — ${PCR.issueMessage(i, lang())}`));
      $('errors').appendChild(ul);
    }
    const placed = project.issues.length + path.issues.length - left.length;
    if (placed > 0) $('errors').prepend(el('p', {}, w().issuesBelow(placed)));
    if (!project.ok || !path.ok) return;
    const type = catalog.resolve(path.value.parcoursType, path.value.inclusion.date);
    if (!type.ok) {
      $('errors').appendChild(el('p', {}, type.issues.map((i) => PCR.issueMessage(i, lang())).join(' · ')));
      return;
    }
    const asOf = $('asOf').value;
    const report = PCR.validatePath(type.value, project.value, path.value, { asOf, lang: lang() });
    const settlement = PCR.settle(type.value, project.value, path.value, { asOf, lang: lang(), report });
    showIssues(
      'path',
      report.issues.filter((i) => i.document === 'path' && i.path[0] !== 'prestations'),
    );
    $('patient-title').textContent = w().patientTitle(
      report.patientRef,
      `${type.value.title} ${type.value.version}${report.profile ? ` · ${w().profile} ${report.profile}` : ''}`,
    );
    $('results').hidden = false;
    showBanner(type.value);
    showFindings(type.value, project.value, report, findingsOf(report, settlement));
    showWork(type.value, project.value, report, workOf(type.value, project.value, path.value, asOf, report));
    timeline(type.value, project.value, report, asOf);
    showReport(type.value, report);
    showSettlement(project.value, settlement);
  }

  // ── The file active ─────────────────────────────────────────────────────────────────────────────────────────
  /** The NDJSON text being looked at (null before one is loaded), its rows, and the rows it left out. */
  const file = { text: null, rows: [], rejected: [], sort: null, dir: 1, page: 0 };
  /** Rows drawn at a time: a page of a hundred reads well, and a thousand rows would take longer to lay out. */
  const PAGE = 100;

  const escapeHtml = (t) =>
    String(t).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  /** An amount's cents, read from its decimal text ("1061.40"), without floating point. */
  const centsOf = (amount) => {
    const [units, decimals = ''] = String(amount).split('.');
    return Number(units) * 100 + Number(decimals.padEnd(2, '0').slice(0, 2));
  };
  const moneyOfCents = (cents) => w().money(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);

  /** Each path of the file settled once, on the evaluation date: one row per patient, the lines left out apart. */
  function evaluateFile() {
    if (file.text === null) return;
    const started = performance.now();
    const asOf = $('file-asOf').value;
    const from = $('from').value;
    const to = $('to').value;
    const reversed = from !== '' && to !== '' && from > to;
    const options = { lang: lang() };
    const project = PCR.parseProject(documentsOfForm().project, options);
    file.rows = [];
    file.rejected = [];
    if (!project.ok) {
      renderFile(reversed);
      $('file-summary').textContent = w().projectInvalid(
        project.issues.map((i) => `${i.path.join('.')} — ${PCR.issueMessage(i, lang())}`).join(' · '),
      );
      return;
    }
    const lines = file.text.split(/\r?\n/);
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k].trim();
      if (line === '') continue;
      let raw;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        file.rejected.push({ line: k + 1, text: w().notJson(e.message) });
        continue;
      }
      const path = PCR.parsePatientPath(raw, options);
      if (!path.ok) {
        const first = path.issues.find((i) => i.severity === 'error') ?? path.issues[0];
        const ref = typeof raw?.patient?.ref === 'string' ? `${raw.patient.ref} — ` : '';
        file.rejected.push({ line: k + 1, text: `${ref}${first ? PCR.issueMessage(first, lang()) : ''}` });
        continue;
      }
      const type = catalog.resolve(path.value.parcoursType, path.value.inclusion.date);
      if (!type.ok) {
        file.rejected.push({
          line: k + 1,
          text: `${path.value.patient.ref} — ${type.issues.map((i) => PCR.issueMessage(i, lang())).join(' · ')}`,
        });
        continue;
      }
      const t = type.value;
      const report = PCR.validatePath(t, project.value, path.value, { asOf, lang: lang() });
      const settlement = PCR.settle(t, project.value, path.value, { asOf, lang: lang(), report });
      const work = workOf(t, project.value, path.value, asOf, report);
      let billable = 0;
      if (!reversed)
        for (const q of settlement.sequences)
          if ((from === '' || q.billableOn >= from) && (to === '' || q.billableOn <= to))
            billable += centsOf(q.forfait.amount);
      const next = work[0];
      file.rows.push({
        line: k + 1,
        raw,
        ref: report.patientRef,
        type: `${t.id} ${t.version}`,
        typeStatus: t.status,
        profile: report.profile ?? '',
        blocked: report.blocked,
        sequences: report.sequences.map((s) => ({ id: s.id, status: s.status })),
        next: next ? `${next.sequence} · ${workText(t, report, next)}` : '',
        who: next ? whoText(project.value, next) : '',
        due: next ? next.dueBy : '',
        nextOverdue: next ? next.overdue : false,
        overdue: work.filter((i) => i.overdue).length,
        billable,
        findings: findingsOf(report, settlement).length,
      });
    }
    renderFile(reversed);
    // Timed up to the frame that shows the table (its layout included), for the measure in docs/coordinator-page.md.
    requestAnimationFrame(() =>
      setTimeout(() => {
        document.body.dataset.fileMs = String(Math.round(performance.now() - started));
        document.body.dataset.fileRuns = String(Number(document.body.dataset.fileRuns ?? 0) + 1);
      }),
    );
  }

  const SORTS = {
    ref: (r) => r.ref,
    type: (r) => r.type,
    profile: (r) => r.profile,
    sequences: (r) => r.sequences.map((s) => `${s.id}:${s.status}`).join(' '),
    next: (r) => r.next,
    who: (r) => r.who,
    due: (r) => r.due,
    overdue: (r) => r.overdue,
    billable: (r) => r.billable,
    findings: (r) => r.findings,
  };

  /** The table, filtered and sorted, built as one piece of HTML (a thousand rows in one go). */
  function renderFile(reversed = false) {
    let rows = file.rows.filter(
      (r) => (!$('filter-overdue').checked || r.overdue > 0) && (!$('filter-findings').checked || r.findings > 0),
    );
    if (file.sort) {
      const key = SORTS[file.sort];
      const dir = file.dir;
      rows = [...rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        // Empty texts go last whichever the direction.
        if (x === '' && y !== '') return 1;
        if (y === '' && x !== '') return -1;
        return (x < y ? -dir : x > y ? dir : 0) || a.line - b.line;
      });
    }
    for (const th of $('patients').tHead.rows[0].cells) {
      const b = th.querySelector('button');
      if (b && b.dataset.sort === file.sort) th.setAttribute('aria-sort', file.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const W = w();
    const pages = Math.max(1, Math.ceil(rows.length / PAGE));
    file.page = Math.min(file.page, pages - 1);
    const first = file.page * PAGE;
    $('pager').hidden = rows.length <= PAGE;
    $('page-info').textContent = W.pageInfo(first + 1, Math.min(first + PAGE, rows.length), rows.length);
    $('page-prev').disabled = file.page === 0;
    $('page-next').disabled = file.page >= pages - 1;
    const html = rows.slice(first, first + PAGE).map((r) => {
      const seqs = r.blocked
        ? `<span class="st blocked">${escapeHtml(W.blocked)}</span>`
        : r.sequences
            .map((s) => `<span class="st ${s.status}">${escapeHtml(`${s.id} ${W.statuses[s.status]}`)}</span>`)
            .join(' ');
      const [id, version] = r.type.split(' ');
      const type = `<span class="id">${escapeHtml(id)}</span> ${escapeHtml(version)}${r.typeStatus === 'official' ? '' : ` <span class="tag">${escapeHtml(r.typeStatus)}</span>`}`;
      return (
        `<tr data-line="${r.line}"${r.overdue > 0 ? ' class="overdue"' : ''}>` +
        `<td><button type="button" class="link" data-line="${r.line}" title="${escapeHtml(W.openPatient(r.ref))}">${escapeHtml(r.ref)}</button></td>` +
        `<td>${type}</td><td>${escapeHtml(r.profile)}</td><td>${seqs}</td>` +
        `<td>${escapeHtml(r.next)}</td><td>${escapeHtml(r.who)}</td>` +
        `<td${r.nextOverdue ? ' class="late"' : ''}>${escapeHtml(r.due)}</td>` +
        `<td class="amount${r.overdue > 0 ? ' late' : ''}">${r.overdue}</td>` +
        `<td class="amount">${escapeHtml(moneyOfCents(r.billable))}</td>` +
        `<td class="amount">${r.findings}</td></tr>`
      );
    });
    $('patients').tBodies[0].innerHTML = html.join('');
    const total = rows.reduce((n, r) => n + r.billable, 0);
    $('file-summary').textContent = reversed
      ? W.periodReversed
      : W.fileSummary(
          rows.length,
          file.rows.length,
          rows.filter((r) => r.overdue > 0).length,
          rows.filter((r) => r.findings > 0).length,
          moneyOfCents(total),
        );
    // Paths judged on a type whose amounts are not official: said once, above the table.
    const unofficial = file.rows.filter((r) => r.typeStatus !== 'official');
    $('file-banner').hidden = unofficial.length === 0;
    $('file-banner').textContent =
      unofficial.length === 0 ? '' : W.fileNotOfficial(unofficial.length, [...new Set(unofficial.map((r) => r.type))]);
    const rejected = $('file-rejected');
    rejected.innerHTML = '';
    for (const x of file.rejected) rejected.appendChild(el('li', {}, W.lineRejected(x.line, x.text)));
  }

  /** Opens one row's path in the patient view, evaluated on the file's date. */
  function openPatient(line) {
    const row = file.rows.find((r) => r.line === line);
    if (!row) return;
    fillForm(documentsOfForm().project, row.raw);
    $('json').value = JSON.stringify({ project: documentsOfForm().project, path: row.raw }, null, 2);
    $('asOf').value = $('file-asOf').value;
    view('patient');
    run();
    window.scrollTo(0, 0);
  }

  function loadFileText(text) {
    file.text = text;
    file.page = 0;
    evaluateFile();
  }

  // ── Language, views, tabs, JSON ─────────────────────────────────────────────────────────────────────────────
  function translate() {
    document.documentElement.lang = lang();
    for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = w()[e.dataset.i18n];
    for (const b of document.querySelectorAll('button.remove')) b.setAttribute('aria-label', w().remove);
    for (const i of document.querySelectorAll('[data-col="employer.name"]'))
      i.setAttribute('aria-label', w().employerName);
    // Words instead of codes in the choices whose values are codes.
    for (const o of document.querySelectorAll('[data-col="status"] option'))
      o.textContent = w().prestationStatuses[o.value] ?? o.value;
    for (const o of field('path:exit.reason').options) o.textContent = o.value === '' ? '' : w().exitReasons[o.value];
    refreshChoices();
  }

  function view(name) {
    $('view-patient-tab').setAttribute('aria-selected', String(name === 'patient'));
    $('view-file-tab').setAttribute('aria-selected', String(name === 'file'));
    $('view-patient').hidden = name !== 'patient';
    $('view-file').hidden = name !== 'file';
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
    evaluateFile();
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
  $('view-patient-tab').addEventListener('click', () => view('patient'));
  $('view-file-tab').addEventListener('click', () => view('file'));
  $('json-import').addEventListener('click', importJson);
  $('json-export').addEventListener('click', () => {
    $('json').value = JSON.stringify(documentsOfForm(), null, 2);
  });
  // The file active: read in the page (FileReader through Blob.text), never sent.
  $('file-input').addEventListener('change', () => {
    const f = $('file-input').files[0];
    if (f) f.text().then(loadFileText);
  });
  // A project of the disk: it fills the form's projet (the path in the form stays), then the file is evaluated again.
  $('project-input').addEventListener('change', () => {
    const f = $('project-input').files[0];
    if (!f) return;
    f.text().then((text) => {
      try {
        fillForm(JSON.parse(text), documentsOfForm().path);
      } catch (e) {
        $('file-summary').textContent = w().projectInvalid(e.message);
        return;
      }
      run();
      evaluateFile();
    });
  });
  $('file-read').addEventListener('click', () => loadFileText($('file-paste').value));
  for (const id of ['file-asOf', 'from', 'to']) $(id).addEventListener('change', evaluateFile);
  for (const id of ['filter-overdue', 'filter-findings'])
    $(id).addEventListener('change', () => {
      file.page = 0;
      renderFile();
    });
  $('page-prev').addEventListener('click', () => {
    file.page--;
    renderFile();
  });
  $('page-next').addEventListener('click', () => {
    file.page++;
    renderFile();
  });
  $('patients').tHead.addEventListener('click', (e) => {
    const b = e.target.closest('button[data-sort]');
    if (!b) return;
    file.dir = file.sort === b.dataset.sort ? -file.dir : 1;
    file.sort = b.dataset.sort;
    file.page = 0;
    renderFile();
  });
  $('patients').tBodies[0].addEventListener('click', (e) => {
    const tr = e.target.closest('tr[data-line]');
    if (tr) openPatient(Number(tr.dataset.line));
  });

  const params = new URLSearchParams(location.search);
  if (params.get('lang') === 'en') $('lang').value = 'en';
  translate();
  // Opened from the disk (file://), the browser lets no page read a neighbouring file: the examples are not asked for.
  const example = (name, how) =>
    location.protocol === 'file:'
      ? Promise.reject(new Error('file://'))
      : fetch(`../obesite/${name}`).then((r) => (r.ok ? r[how]() : Promise.reject(r.status)));
  $('file-example').addEventListener('click', () =>
    example('file-active.ndjson', 'text').then(loadFileText, () => {
      $('file-summary').textContent = w().exampleUnreachable;
    }),
  );
  Promise.all([example('project.json', 'json'), example('path.json', 'json')])
    .then(
      ([project, path]) => {
        fillForm(project, path);
        $('json').value = JSON.stringify({ project, path }, null, 2);
        run();
        if (params.get('view') === 'file') {
          view('file');
          $('file-example').click();
        }
      },
      () => {
        // Opened from the disk (file://): the browser does not let the page read the example; the rest works.
        $('errors').appendChild(el('p', {}, w().exampleUnreachable));
      },
    )
    .finally(() => {
      document.body.dataset.ready = 'true';
    });
})();
