/*
 * Demo Mosaic, the live application (tests/demo/live-app.ts): the shell's behaviour. The views are
 * the demo's own pages, fetched and drawn in the main area (or in an <iframe> with `frame=1`);
 * moving between them changes the address with history.pushState, never loading the page, and
 * the back button draws the view of the address again (popstate). Plain ES5-style script.
 *
 * It uses its own data- attributes (data-view, data-widget). The extension must never rely on
 * them: a real Mosaic page has none.
 */
(function () {
  'use strict';

  var VIEWS = JSON.parse(document.getElementById('app-views').textContent);
  var main = document.getElementById('app-main');
  var start = new URLSearchParams(location.search);
  var inFrame = start.get('frame') === '1';
  var widgets = start.get('widgets') === '1';
  var titled = start.get('title') !== 'never';
  var churn = start.get('churn') === '1';
  var pages = {};
  var drawing = 0;

  function viewOf(search) {
    var view = new URLSearchParams(search).get('view') || 'work';
    return view === 'work' || VIEWS[view] ? view : 'work';
  }

  /** The address of a view, keeping the shell's options (not `late`: that is for the first view). */
  function addressOf(view) {
    var q = new URLSearchParams(location.search);
    q.set('view', view);
    q.delete('late');
    return '?' + q.toString();
  }

  function fetchPage(file) {
    if (!pages[file]) {
      pages[file] = fetch(file)
        .then(function (r) {
          return r.text();
        })
        .then(function (html) {
          return new DOMParser().parseFromString(html, 'text/html');
        });
    }
    return pages[file];
  }

  function setTitle(text) {
    if (titled) document.title = text;
  }

  function showWorkView() {
    main.replaceChildren(document.getElementById('work-view').content.cloneNode(true));
    main.setAttribute('data-view', 'work');
    setTitle('Mosaic');
    if (churn) churnWorkView(main.querySelector('.work-view tbody'));
  }

  function showInFrame(view) {
    var frame = main.querySelector('iframe');
    if (!frame) {
      frame = document.createElement('iframe');
      frame.className = 'app-frame';
      frame.title = 'Workflow step';
      main.replaceChildren(frame);
    }
    frame.src = VIEWS[view];
    main.setAttribute('data-view', view);
    setTitle('Mosaic');
  }

  function draw(view) {
    var mine = ++drawing;
    if (view === 'work') return showWorkView();
    if (inFrame) return showInFrame(view);
    fetchPage(VIEWS[view]).then(function (doc) {
      if (mine !== drawing) return;
      var content = document.createElement('div');
      content.className = 'app-view ' + doc.body.className;
      Array.prototype.forEach.call(doc.body.childNodes, function (n) {
        // The shell has its own header.
        if (n.nodeType === 1 && n.classList.contains('app-header')) return;
        content.appendChild(document.importNode(n, true));
      });
      main.replaceChildren(content);
      main.setAttribute('data-view', view);
      if (widgets) drawWidgets(content);
      setTitle(doc.title);
    });
  }

  // ---- a busy work view (`churn=1`) ----------------------------------------------------------------

  // A large work view that keeps changing and never shows a step: 1,000 rows of five elements each
  // (5,000 elements). Every CHURN_EVERY_MS for CHURN_FOR_MS, the texts of CHURN_ROWS rows change
  // (rows taking turns: a status updated in place, as a live grid does). Marks in the page's
  // timeline say when it started and stopped changing (with the number of changes).
  var CHURN_ROWS_IN_VIEW = 1000;
  var CHURN_ROWS = 10;
  var CHURN_EVERY_MS = 50;
  var CHURN_FOR_MS = 10000;
  var CHURN_STEPS = ['Carers Review step', 'Carers Conversation step', 'RAS assessment step', 'Reablement review step'];
  var churning = false;

  function churnStep(i, tick) {
    return CHURN_STEPS[(i + tick) % CHURN_STEPS.length] + ' (updated ' + tick + ')';
  }

  function churnRow(i) {
    var tr = document.createElement('tr');
    var person = document.createElement('td');
    person.textContent = 'Person ' + i + ' (' + (5000000 + i) + ')';
    var step = document.createElement('td');
    var a = document.createElement('a');
    a.href = '?view=work';
    a.setAttribute('data-view', 'work');
    a.textContent = churnStep(i, 0);
    step.appendChild(a);
    var who = document.createElement('td');
    who.textContent = 'Jo Worker';
    tr.append(person, step, who);
    return tr;
  }

  function churnWorkView(body) {
    if (!body || churning) return;
    churning = true;
    var rows = [];
    for (var i = 0; i < CHURN_ROWS_IN_VIEW; i++) rows.push(churnRow(i));
    body.replaceChildren.apply(body, rows);
    performance.mark('mosaic-demo:churn-start');
    var tick = 0;
    var started = performance.now();
    var timer = setInterval(function () {
      tick++;
      var from = (tick * CHURN_ROWS) % CHURN_ROWS_IN_VIEW;
      for (var j = from; j < from + CHURN_ROWS; j++) {
        var cells = rows[j].children;
        cells[1].firstChild.firstChild.data = churnStep(j, tick);
        cells[2].firstChild.data = tick % 2 ? 'Jo Worker' : 'Duty team';
      }
      if (performance.now() - started >= CHURN_FOR_MS) {
        clearInterval(timer);
        performance.mark('mosaic-demo:churn-end', { detail: { ticks: tick } });
      }
    }, CHURN_EVERY_MS);
  }

  // ---- widgets drawn over the native controls ---------------------------------------------------

  function comboFor(select) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'combo';
    button.setAttribute('role', 'combobox');
    button.setAttribute('aria-haspopup', 'listbox');
    button.setAttribute('aria-expanded', 'false');
    var list = document.createElement('ul');
    list.className = 'combo-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    function sync() {
      var o = select.options[select.selectedIndex];
      button.textContent = o ? o.text : '';
    }
    Array.prototype.forEach.call(select.options, function (o, i) {
      var li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.textContent = o.text;
      li.addEventListener('click', function () {
        select.selectedIndex = i;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        list.hidden = true;
        button.setAttribute('aria-expanded', 'false');
      });
      list.appendChild(li);
    });
    button.addEventListener('click', function () {
      list.hidden = !list.hidden;
      button.setAttribute('aria-expanded', String(!list.hidden));
    });
    select.addEventListener('change', sync);
    sync();
    select.style.display = 'none';
    select.parentNode.insertBefore(list, select);
    select.parentNode.insertBefore(button, list);
  }

  function drawWidgets(root) {
    Array.prototype.forEach.call(root.querySelectorAll('select'), function (select) {
      if (select.hasAttribute('data-widget')) return;
      select.setAttribute('data-widget', 'combo');
      comboFor(select);
    });
    Array.prototype.forEach.call(
      root.querySelectorAll('input[type="radio"], input[type="checkbox"]'),
      function (input) {
        input.setAttribute('data-widget', 'choice');
        input.classList.add('widget-hidden');
        var label = (input.id && root.querySelector('label[for="' + input.id + '"]')) || input.closest('label');
        if (label) label.classList.add('widget-choice');
      }
    );
    markChoices(root);
  }

  function markChoices(root) {
    Array.prototype.forEach.call(root.querySelectorAll('input[data-widget="choice"]'), function (input) {
      var label = (input.id && root.querySelector('label[for="' + input.id + '"]')) || input.closest('label');
      if (label) label.classList.toggle('on', input.checked);
    });
  }

  // ---- navigation -------------------------------------------------------------------------------

  document.addEventListener('click', function (e) {
    var a = e.target instanceof Element ? e.target.closest('a[data-view]') : null;
    if (!a) return;
    e.preventDefault();
    var view = a.getAttribute('data-view');
    history.pushState(null, '', addressOf(view));
    draw(view);
  });
  document.addEventListener('change', function () {
    if (widgets) markChoices(main);
  });
  window.addEventListener('popstate', function () {
    draw(viewOf(location.search));
  });

  var late = Number(start.get('late') || 0);
  if (late > 0) {
    main.textContent = 'Loading…';
    setTimeout(function () {
      draw(viewOf(location.search));
    }, late);
  } else {
    draw(viewOf(location.search));
  }
})();
