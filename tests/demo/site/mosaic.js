/*
 * Demo Mosaic: behaviour of the demo pages (tabs, conditional questions, computed values, Find,
 * Add, bin, the Next actions dialog, Save and Finish). Plain ES5-style script, no libraries.
 *
 * It uses its own data- attributes (data-f, data-show-when, data-compute, data-grid, data-action,
 * data-tab, data-demo-months). The extension must never rely on them: a real Mosaic page has none.
 *
 * Computed values (Decision, Suggested budget, "unable to achieve") are recomputed when an answer
 * changes, not when the page loads, so a page can show a stale value as Mosaic would before a
 * refresh. All people and workers are fictional.
 */
(function () {
  'use strict';

  var TEAMS = [
    'Access and Response',
    'ASC St Pancras Rehab Hospital',
    'Assessment and Care Management RFH Team',
    'Assessment and Care Management UCH Team',
    'Camden Carers Service',
    'Camden Substance Misuse Services',
    'CLDS Integrated Team - Health Funded',
    'CLDS Integrated Team - In Borough Communities',
    'CLDS Integrated Team - In Borough Supported Living',
    'CLDS Integrated Team - Out of Borough',
    'Virtual Carer Reviews - Central Neighbourhood',
    'Virtual Carer Reviews - North Neighbourhood',
    'Virtual Carer Reviews - North/East Neighbourhood',
    'Virtual Carer Reviews - South Neighbourhood',
    'Virtual Carer Reviews - West Neighbourhood'
  ];
  var ACTIONS = ['Carers Review', 'Purchase Service (Personal Budget)', 'No Further Action'];
  var REASONS = [
    'Carer declined further involvement',
    'Other (Please specify below)',
    'Person deceased',
    'Referral made to ASC for cared-for person',
    'Respite provided only',
    'Signposting/Information and advice provided'
  ];
  var WORKERS = [
    { name: 'Jo Worker', team: 'Camden Carers Service' },
    { name: 'Sam Colleague', team: 'Camden Carers Service' },
    { name: 'Priya Manager', team: 'Access and Response' },
    { name: 'Lee Practitioner', team: 'Virtual Carer Reviews - Central Neighbourhood' }
  ];
  var PEOPLE = [
    { fullName: 'Alice Trainee', dob: '01/06/1955', address: '10 Endsleigh Gardens London WC1H 0EH', gender: 'Female', id: '2204455', rel: 'Friend' },
    { fullName: 'Henry Sample', dob: '12/02/1952', address: '14 Sample Terrace London NW5 9ZZ', gender: 'Male', id: '2204468', rel: 'Husband' },
    { fullName: 'Bernard Example', dob: '23/11/1948', address: '7 Example Close London N19 9ZZ', gender: 'Male', id: '2204470', rel: 'Father' },
    { fullName: 'Eve Example', dob: '30/04/1981', address: '3 Example Mews London NW1 9ZZ', gender: 'Female', id: '2204461', rel: 'Daughter' }
  ];
  /** The example budget table of forms.md: rows = level of the caring role, columns = impact. */
  var BUDGET = [
    [0, 0, 0, 0],
    [0, 150, 300, 450],
    [0, 300, 600, 750],
    [0, 450, 750, 900]
  ];
  var OUTCOMES = [
    'outcome.childCare', 'outcome.otherCare', 'outcome.home', 'outcome.nutrition',
    'outcome.relationships', 'outcome.work', 'outcome.community', 'outcome.recreation'
  ];
  var NONE = 'None of these options apply';

  function all(sel, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(sel));
  }
  function clean(s) {
    return String(s || '').replace(/[\s\u00a0]+/g, ' ').trim();
  }
  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  function isLegacy() {
    return document.body.classList.contains('legacy');
  }
  function show(el, on) {
    el.hidden = !on;
    el.style.display = on ? '' : 'none';
  }
  function notify(el) {
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ---- dates ----------------------------------------------------------------------------------

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function fmt(d) {
    return pad(d.getDate()) + '/' + pad(d.getMonth() + 1) + '/' + d.getFullYear();
  }
  function plusMonths(months) {
    var now = new Date();
    var y = now.getFullYear();
    var m = now.getMonth() + months;
    var last = new Date(y, m + 1, 0).getDate();
    return new Date(y, m, Math.min(now.getDate(), last));
  }

  // ---- reading answers --------------------------------------------------------------------------

  /** The visible caption of a radio button or tick box, however the page labels it. */
  function captionOf(input) {
    var lab = input.closest('label');
    if (lab) return clean(lab.textContent);
    if (input.id) {
      var byFor = document.querySelector('label[for="' + input.id + '"]');
      if (byFor) return clean(byFor.textContent);
    }
    var n = input.nextSibling;
    while (n && n.nodeType === 3 && !clean(n.textContent)) n = n.nextSibling;
    if (n && n.nodeType === 3) return clean(n.textContent);
    return input.value;
  }
  function controls(f) {
    return all('[data-f]').filter(function (e) {
      return e.getAttribute('data-f') === f;
    });
  }
  /** A question's answer: option text, typed text, or (tick boxes) the ticked texts. */
  function val(f) {
    var els = controls(f);
    if (!els.length) return null;
    var first = els[0];
    if (first.type === 'checkbox') {
      return els.filter(function (e) { return e.checked; }).map(captionOf);
    }
    if (first.type === 'radio') {
      var c = els.filter(function (e) { return e.checked; })[0];
      return c ? captionOf(c) : null;
    }
    if (first.tagName === 'SELECT') {
      return first.selectedIndex > 0 ? clean(first.options[first.selectedIndex].text) : null;
    }
    return first.value;
  }
  function levelOf(f) {
    var el = controls(f)[0];
    if (!el || el.tagName !== 'SELECT' || el.selectedIndex <= 0) return null;
    var n = Number(el.value);
    return isNaN(n) ? el.selectedIndex - 1 : n;
  }

  // ---- conditional questions -------------------------------------------------------------------

  function holds(expr) {
    return expr.split('&&').every(function (part) {
      var m = /^([^=~]+)([=~])(.*)$/.exec(part);
      if (!m) return true;
      var v = val(m[1]);
      if (m[2] === '~') return Array.isArray(v) && v.indexOf(m[3]) >= 0;
      return v === m[3];
    });
  }
  function applyConditions() {
    // Closed questions the legacy page leaves out: open their template in place.
    for (var round = 0; round < 5; round++) {
      var opened = false;
      all('template[data-show-when]').forEach(function (t) {
        if (!holds(t.getAttribute('data-show-when'))) return;
        t.parentNode.insertBefore(t.content.cloneNode(true), t.nextSibling);
        t.removeAttribute('data-show-when');
        opened = true;
      });
      if (!opened) break;
    }
    all('[data-show-when]').forEach(function (el) {
      if (el.tagName !== 'TEMPLATE') show(el, holds(el.getAttribute('data-show-when')));
    });
  }

  // ---- computed values (Mosaic's own rules) --------------------------------------------------------

  function compute() {
    var answers = OUTCOMES.map(val);
    var anyNo = answers.indexOf('No') >= 0;
    var allYes = answers.every(function (a) { return a === 'Yes'; });
    all('[data-compute="unable"]').forEach(function (el) { el.textContent = anyNo ? 'Yes' : ''; });
    all('[data-compute-row="unable"]').forEach(function (el) { show(el, anyNo); });

    var health = val('healthDeteriorating');
    var areas = val('wellbeingImpact') || [];
    var real = areas.filter(function (a) { return a !== NONE; });
    var decision = '';
    if (allYes || health === 'No' || (health === 'Yes' && areas.length > 0 && real.length === 0)) {
      decision = 'Eligibility not indicated';
    } else if (anyNo && health === 'Yes' && real.length > 0) {
      decision = 'Eligibility indicated';
    }
    all('[data-compute="decision"]').forEach(function (el) { el.textContent = decision; });

    var level = levelOf('caringLevel');
    var impact = levelOf('wellbeingImpactLevel');
    var budget = level !== null && impact !== null && val('fundsRequired') === 'Yes' ? String(BUDGET[level][impact]) : '';
    all('[data-compute="budget"]').forEach(function (el) { el.textContent = budget; });
  }

  // ---- tabs --------------------------------------------------------------------------------------

  function showTab(tab) {
    var id = tab.getAttribute('data-tab');
    all('[data-tab]').forEach(function (t) {
      var on = t.getAttribute('data-tab') === id;
      t.classList.toggle('active', on);
      t.classList.toggle('on', on);
      if (t.getAttribute('role') === 'tab') t.setAttribute('aria-selected', String(on));
    });
    all('[data-tab-panel]').forEach(function (p) { show(p, p.id === id); });
  }

  // ---- status messages and the Finish message -------------------------------------------------------

  function status(text) {
    all('[data-status]').forEach(function (el) { el.textContent = text; });
  }
  function finished() {
    var old = document.getElementById('demo-finished');
    if (old) old.remove();
    var wrap = document.createElement('div');
    wrap.id = 'demo-finished';
    wrap.className = 'demo-overlay';
    wrap.innerHTML =
      '<div class="dlg-window small" role="alertdialog" aria-modal="true" aria-labelledby="demo-finished-title">' +
      '<div class="dlg-title" id="demo-finished-title">Step finished</div>' +
      '<div class="dlg-body"><p>Step finished. This is the demo: in Mosaic the step would now close and its next actions would be sent on. Nothing has been saved.</p></div>' +
      '<div class="dlg-buttons"><button type="button" class="btn" data-dlg="ok">OK</button></div></div>';
    document.body.appendChild(wrap);
    wrap.querySelector('[data-dlg="ok"]').addEventListener('click', function () { wrap.remove(); });
    wrap.querySelector('button').focus();
  }

  // ---- repeating tables --------------------------------------------------------------------------

  function gridTable(name) {
    return all('table[data-grid]').filter(function (t) { return t.getAttribute('data-grid') === name; })[0] || null;
  }
  function bodyOf(table) {
    return table.tBodies[0] || table;
  }
  function binCell() {
    var td = document.createElement('td');
    if (isLegacy()) {
      td.innerHTML = '<a href="#" data-action="delete-row" title="Delete"><img src="bin.svg" alt="" width="14" height="14"></a>';
    } else {
      td.className = 'bin-col';
      td.innerHTML = '<button type="button" class="bin" data-action="delete-row" title="Delete row" aria-label="Delete row"></button>';
    }
    return td;
  }
  function textRow(table, cells) {
    var tr = document.createElement('tr');
    cells.forEach(function (c) {
      var td = document.createElement('td');
      td.textContent = c;
      if (!c && isLegacy()) td.innerHTML = '&nbsp;';
      tr.appendChild(td);
    });
    tr.appendChild(binCell());
    bodyOf(table).appendChild(tr);
    notify(table);
    return tr;
  }
  function headerCells(table) {
    var row = table.tHead ? table.tHead.rows[0] : table.rows[0];
    return Array.prototype.slice.call(row.cells);
  }
  function addPlanRow(table) {
    var heads = headerCells(table).filter(function (h) { return clean(h.textContent); });
    var tr = document.createElement('tr');
    heads.forEach(function (h, i) {
      var td = document.createElement('td');
      var last = i === heads.length - 1;
      var ctl = document.createElement(last ? 'input' : 'textarea');
      if (last) {
        ctl.type = 'text';
        ctl.className = 'cost';
      } else {
        ctl.rows = 2;
      }
      if (h.id) ctl.setAttribute('aria-labelledby', h.id);
      else if (!isLegacy()) ctl.setAttribute('aria-label', clean(h.textContent));
      td.appendChild(ctl);
      tr.appendChild(td);
    });
    tr.appendChild(binCell());
    bodyOf(table).appendChild(tr);
    notify(table);
    var first = tr.querySelector('textarea, input');
    if (first) first.focus();
  }

  // ---- dialogs -------------------------------------------------------------------------------------

  function dialog(id, title, bodyHtml, buttonsHtml) {
    var old = document.getElementById(id);
    if (old) old.remove();
    var wrap = document.createElement('div');
    wrap.id = id;
    wrap.className = 'demo-overlay';
    wrap.innerHTML =
      '<div class="dlg-window" role="dialog" aria-modal="true" aria-labelledby="' + id + '-title">' +
      '<div class="dlg-title" id="' + id + '-title">' + esc(title) + '</div>' +
      '<div class="dlg-body">' + bodyHtml + '</div>' +
      '<div class="dlg-buttons">' + buttonsHtml + '</div></div>';
    document.body.appendChild(wrap);
    return wrap;
  }

  function findPerson() {
    var table = gridTable('caredFor');
    if (!table) return;
    var wrap = dialog(
      'demo-find-person',
      'Find person',
      '<div class="dlg-row"><label for="fp-q">Name or Mosaic ID</label> <input type="search" id="fp-q" size="24"> ' +
        '<button type="button" class="btn" data-dlg="search">Search</button></div>' +
        '<table class="grid"><thead><tr><th>Name</th><th>Mosaic ID</th><th>Date of birth</th><th>Relationship</th><th></th></tr></thead><tbody data-results></tbody></table>',
      '<button type="button" class="btn" data-dlg="close">Close</button>'
    );
    var q = wrap.querySelector('#fp-q');
    var results = wrap.querySelector('[data-results]');
    function search() {
      var term = clean(q.value).toLowerCase();
      results.innerHTML = '';
      PEOPLE.filter(function (p) {
        return !term || p.fullName.toLowerCase().indexOf(term) >= 0 || p.id.indexOf(term) >= 0;
      }).forEach(function (p) {
        var tr = document.createElement('tr');
        tr.innerHTML = '<td>' + esc(p.fullName) + '</td><td>' + p.id + '</td><td>' + p.dob + '</td><td>' + esc(p.rel) +
          '</td><td><button type="button" class="btn">Select</button></td>';
        tr.querySelector('button').addEventListener('click', function () {
          textRow(table, [p.fullName, p.dob, p.address, p.gender, p.id, p.rel]);
          wrap.remove();
        });
        results.appendChild(tr);
      });
      if (!results.rows.length) results.innerHTML = '<tr><td colspan="5">No people found.</td></tr>';
    }
    wrap.querySelector('[data-dlg="search"]').addEventListener('click', search);
    q.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); search(); }
    });
    wrap.querySelector('[data-dlg="close"]').addEventListener('click', function () { wrap.remove(); });
    search();
    q.focus();
  }

  function loggedIn() {
    var el = document.querySelector('[data-logged-in]');
    return el ? el.getAttribute('data-logged-in') : '';
  }

  function nextActionsDialog() {
    var table = gridTable('nextActions');
    if (!table) return;
    var opt = function (list, first) {
      return '<option value="">' + first + '</option>' + list.map(function (x) { return '<option>' + esc(x) + '</option>'; }).join('');
    };
    var wrap = dialog(
      'demo-next-actions',
      'Next actions',
      '<table class="dlg-form">' +
        '<tr><td><label for="na-action">Select action:</label></td><td><select id="na-action">' + opt(ACTIONS, '-- Please select --') + '</select> <span class="dlg-error" data-error></span></td></tr>' +
        '<tr data-for="No Further Action" hidden><td><label for="na-reason">Reason:</label></td><td><select id="na-reason">' + opt(REASONS, '-- Please Select --') + '</select></td></tr>' +
        '<tr><td><label for="na-send">Send Immediately?</label></td><td><input type="checkbox" id="na-send"></td></tr>' +
        '<tr data-for="Carers Review" hidden><td><label for="na-date">Scheduled Date:</label></td><td><input type="text" id="na-date" size="12" placeholder="dd/mm/yyyy"> <span class="cal" aria-hidden="true"></span></td></tr>' +
        '<tr><td><label for="na-worker">Pass to worker:</label></td><td><input type="text" id="na-worker" size="22" readonly> ' +
        '<button type="button" class="btn" data-dlg="find">Find</button> <button type="button" class="btn" data-dlg="clear">Clear</button> ' +
        '<button type="button" class="btn" data-dlg="me">Assign To Me</button><div class="worker-list" data-workers hidden></div></td></tr>' +
        '<tr><td><label for="na-team">Pass to team:</label></td><td><select id="na-team">' + opt(TEAMS, '-- Please select --') + '</select></td></tr>' +
        '<tr><td><label for="na-note">Note:</label></td><td><textarea id="na-note" rows="3" cols="44"></textarea></td></tr>' +
        '<tr><td><span id="na-priority-label"><b>Priority</b></span></td><td role="radiogroup" aria-labelledby="na-priority-label">' +
        '<label><input type="radio" name="na-priority" value="Urgent">Urgent</label> ' +
        '<label><input type="radio" name="na-priority" value="Normal" checked>Normal</label> ' +
        '<label><input type="radio" name="na-priority" value="Low">Low</label></td></tr>' +
        '</table>',
      '<button type="button" class="btn" data-dlg="add">Add</button> <button type="button" class="btn" data-dlg="add-close">Add and close</button> ' +
        '<button type="button" class="btn" data-dlg="close">Close</button>'
    );
    var $ = function (sel) { return wrap.querySelector(sel); };
    var action = $('#na-action');
    function sync() {
      all('[data-for]', wrap).forEach(function (row) { row.hidden = row.getAttribute('data-for') !== action.value; });
      if (action.value === 'Carers Review' && !$('#na-date').value) $('#na-date').value = fmt(plusMonths(12));
    }
    action.addEventListener('change', sync);
    $('[data-dlg="me"]').addEventListener('click', function () { $('#na-worker').value = loggedIn(); });
    $('[data-dlg="clear"]').addEventListener('click', function () { $('#na-worker').value = ''; });
    $('[data-dlg="find"]').addEventListener('click', function () {
      var list = $('[data-workers]');
      list.innerHTML = WORKERS.map(function (w) {
        return '<button type="button" class="link" data-name="' + esc(w.name) + '">' + esc(w.name) + ' (' + esc(w.team) + ')</button>';
      }).join('');
      list.hidden = false;
      all('button', list).forEach(function (b) {
        b.addEventListener('click', function () {
          $('#na-worker').value = b.getAttribute('data-name');
          list.hidden = true;
        });
      });
    });
    function add() {
      var a = action.value;
      if (!a) {
        $('[data-error]').textContent = 'Please select an action.';
        return false;
      }
      $('[data-error]').textContent = '';
      var priority = wrap.querySelector('input[name="na-priority"]:checked');
      textRow(table, [
        a,
        a === 'No Further Action' && $('#na-reason').selectedIndex > 0 ? $('#na-reason').value : '',
        a === 'Carers Review' ? clean($('#na-date').value) : '',
        clean($('#na-worker').value),
        $('#na-team').selectedIndex > 0 ? $('#na-team').value : '',
        priority ? priority.value : '',
        clean($('#na-note').value)
      ]);
      action.selectedIndex = 0;
      $('#na-reason').selectedIndex = 0;
      $('#na-date').value = '';
      $('#na-worker').value = '';
      $('#na-team').selectedIndex = 0;
      $('#na-note').value = '';
      $('#na-send').checked = false;
      sync();
      status('Next action added');
      return true;
    }
    $('[data-dlg="add"]').addEventListener('click', add);
    $('[data-dlg="add-close"]').addEventListener('click', function () {
      if (add()) wrap.remove();
    });
    $('[data-dlg="close"]').addEventListener('click', function () { wrap.remove(); });
    action.focus();
  }

  // ---- wiring ------------------------------------------------------------------------------------

  function onAction(name, el) {
    switch (name) {
      case 'save':
        status('Saved at ' + new Date().toTimeString().slice(0, 5) + ' (demo: nothing is stored)');
        break;
      case 'finish':
        finished();
        break;
      case 'refresh':
        status('Refreshed');
        break;
      case 'print':
        status('Printing is not available in the demo');
        break;
      case 'delete-row': {
        var tr = el.closest('tr');
        var table = el.closest('table');
        if (tr) tr.remove();
        if (table) notify(table);
        break;
      }
      case 'add-row': {
        var t = gridTable(el.getAttribute('data-grid'));
        if (t) addPlanRow(t);
        break;
      }
      case 'find-person':
        findPerson();
        break;
      case 'add-action':
        nextActionsDialog();
        break;
      default:
        break;
    }
  }

  document.addEventListener('click', function (e) {
    var target = e.target;
    if (!(target instanceof Element)) return;
    var tab = target.closest('[data-tab]');
    if (tab) {
      e.preventDefault();
      showTab(tab);
      return;
    }
    var act = target.closest('[data-action]');
    if (act) {
      e.preventDefault();
      onAction(act.getAttribute('data-action'), act);
    }
  });

  function onAnswer() {
    applyConditions();
    compute();
  }
  document.addEventListener('change', onAnswer);
  document.addEventListener('input', onAnswer);

  // Relative dates (next actions scheduled about a year ahead) follow today's date.
  all('[data-demo-months]').forEach(function (el) {
    el.textContent = fmt(plusMonths(Number(el.getAttribute('data-demo-months'))));
  });
})();
