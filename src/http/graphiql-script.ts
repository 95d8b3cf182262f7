/**
 * The GraphiQL page's own script, served as /graphiql/assets/page.js so the page runs under a
 * Content-Security-Policy without 'unsafe-inline' scripts (no inline script, no inline handlers).
 * It reads its setup (saved tabs, CSV reports, the sign-in document) from the page's
 * <script type="application/json" id="graphiql-setup">, which a browser never executes.
 *
 * - Sign-in bar: email and password -> the Login operation; the token is kept for this browser
 *   tab's session (sessionStorage), the signed-in name is shown, Sign out forgets it.
 * - Every request GraphiQL sends carries the token; a saved tab left unchanged is sent as its
 *   exact trusted document, so it also runs on a server with TRUSTED_DOCUMENTS.
 * - Subscriptions (notificationAdded) run over a graphql-ws socket at /graphql, signed in by the
 *   same token in connection_init's payload; signing in or out makes a new fetcher (a new socket).
 * - CSV: fetches /reports/<name>.csv with the token and saves the file.
 * - Tabs are not kept between page loads: each load starts from the server's saved operations.
 */
export const GRAPHIQL_PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var setup = JSON.parse(document.getElementById('graphiql-setup').textContent);
  var SESSION_KEY = 'market-department-session';
  var byEditorText = {};
  setup.tabs.forEach(function (t) { byEditorText[t.query] = t.document; });

  function $(id) { return document.getElementById(id); }

  function readSession() {
    try {
      var s = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      if (s && s.token && (!s.expiresAt || Date.parse(s.expiresAt) > Date.now())) return s;
    } catch (e) { /* a damaged entry is no session */ }
    sessionStorage.removeItem(SESSION_KEY);
    return null;
  }
  var session = readSession();

  function authHeaders() {
    return session ? { Authorization: 'Bearer ' + session.token } : {};
  }

  function postGraphql(body) {
    return fetch('/graphql', {
      method: 'POST',
      headers: Object.assign({ 'Content-Type': 'application/json' }, authHeaders()),
      body: JSON.stringify(body),
    }).then(function (res) { return res.json(); });
  }

  // GraphiQL keeps nothing between loads (an in-memory store): the saved tabs are always the server's.
  var memory = {};
  var storage = {
    getItem: function (k) { return Object.prototype.hasOwnProperty.call(memory, k) ? memory[k] : null; },
    setItem: function (k, v) { memory[k] = String(v); },
    removeItem: function (k) { delete memory[k]; },
    clear: function () { memory = {}; },
    get length() { return Object.keys(memory).length; },
  };

  // Subscriptions go over a graphql-ws socket on the same path; its token travels in connection_init.
  var subscriptionUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql';

  function makeFetcher() {
    return GraphiQL.createFetcher({
      url: '/graphql',
      subscriptionUrl: subscriptionUrl,
      wsConnectionParams: session ? { authorization: 'Bearer ' + session.token } : {},
      fetch: function (url, init) {
        var headers = Object.assign({}, init && init.headers, authHeaders());
        var body = init && init.body;
        if (typeof body === 'string') {
          var parsed = JSON.parse(body);
          var trusted = typeof parsed.query === 'string' ? byEditorText[parsed.query] : undefined;
          if (trusted) {
            parsed.query = trusted;
            body = JSON.stringify(parsed);
          }
        }
        return fetch(url, Object.assign({}, init, { headers: headers, body: body }));
      },
    });
  }

  var root = ReactDOM.createRoot($('graphiql'));
  var first = setup.tabs[0] || { query: '', variables: '' };
  function render() {
    root.render(React.createElement(GraphiQL, {
      // A new fetcher after signing in or out makes GraphiQL fetch the schema again as that caller.
      fetcher: makeFetcher(),
      storage: storage,
      defaultTabs: setup.tabs.map(function (t) { return { query: t.query, variables: t.variables }; }),
      // GraphiQL 3 fills the variables editor from this prop, not from the first tab.
      query: first.query,
      variables: first.variables || '',
      defaultEditorToolsVisibility: 'variables',
    }));
  }

  function showSession() {
    $('signin').hidden = !!session;
    $('session').hidden = !session;
    $('who').textContent = session ? session.name : '';
  }

  function say(id, text) { $(id).textContent = text || ''; }

  $('signin').addEventListener('submit', function (event) {
    event.preventDefault();
    say('signin-error', '');
    var email = $('email').value.trim();
    var password = $('password').value;
    postGraphql({ query: setup.login, operationName: 'Login', variables: { email: email, password: password } })
      .then(function (result) {
        var login = result && result.data && result.data.login;
        if (!login) {
          var error = result && result.errors && result.errors[0];
          say('signin-error', error ? error.message : 'Sign-in failed.');
          return;
        }
        session = { token: login.token, expiresAt: login.expiresAt, name: login.staff.name, roles: login.staff.roles };
        sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
        $('password').value = '';
        showSession();
        render();
      })
      .catch(function () { say('signin-error', 'The server could not be reached.'); });
  });

  $('signout').addEventListener('click', function () {
    session = null;
    sessionStorage.removeItem(SESSION_KEY);
    showSession();
    render();
  });

  // CSV downloads: a plain link cannot send the Authorization header, so fetch and save.
  var reportSelect = $('csv-report');
  setup.csvReports.forEach(function (r) {
    var option = document.createElement('option');
    option.value = r.name;
    option.textContent = r.name + '.csv';
    reportSelect.appendChild(option);
  });
  $('csv-month').value = setup.lastMonth;
  function chosenReport() {
    return setup.csvReports.filter(function (r) { return r.name === reportSelect.value; })[0];
  }
  function showParameter() {
    var r = chosenReport();
    $('csv-month-label').hidden = !r || r.parameter !== 'month';
    $('csv-asof-label').hidden = !r || r.parameter !== 'asOf';
  }
  reportSelect.addEventListener('change', showParameter);
  showParameter();

  function fileName(res, fallback) {
    var header = res.headers.get('Content-Disposition') || '';
    var utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header);
    if (utf8) return decodeURIComponent(utf8[1]);
    var plain = /filename="([^"]+)"/i.exec(header);
    return plain ? plain[1] : fallback;
  }

  $('csv').addEventListener('submit', function (event) {
    event.preventDefault();
    var r = chosenReport();
    if (!r) return;
    if (!session) { say('csv-status', 'Sign in first.'); return; }
    var value = r.parameter === 'month' ? $('csv-month').value : $('csv-asof').value;
    var query = value ? '?' + r.parameter + '=' + encodeURIComponent(value) : '';
    say('csv-status', 'Downloading...');
    fetch('/reports/' + r.name + '.csv' + query, { headers: authHeaders() })
      .then(function (res) {
        if (!res.ok) {
          return res.json().then(
            function (body) { say('csv-status', (body.message || body.error || ('HTTP ' + res.status))); },
            function () { say('csv-status', 'HTTP ' + res.status); },
          );
        }
        return res.blob().then(function (blob) {
          var link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = fileName(res, r.name + '.csv');
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
          say('csv-status', 'Saved ' + link.download);
        });
      })
      .catch(function () { say('csv-status', 'The server could not be reached.'); });
  });

  showSession();
  render();
  if (session) {
    // A kept token may have been revoked (staff deactivated): check it once, forget it if refused.
    postGraphql({ query: setup.me, operationName: 'Me' }).then(function (result) {
      var code = result && result.errors && result.errors[0] && result.errors[0].extensions && result.errors[0].extensions.code;
      if (code === 'UNAUTHENTICATED') {
        session = null;
        sessionStorage.removeItem(SESSION_KEY);
        showSession();
        render();
      }
    }, function () { /* offline: keep the session, requests will say */ });
  }
})();
`;
