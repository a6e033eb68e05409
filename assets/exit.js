// The quick exit, inline in every page's <head> (see src/components/exit.rs, which fills in the @NAMES@ below
// from the same constants the app uses, drops these comment lines and the indentation, and whose hash the page's
// CSP names). It needs nothing from the page to be loaded and works before and without the wasm.
(function () {
  var d = document, w = window, n = 0, t = 0, down = 0, clean = 0, box, bc, drop = 0, K = [@SITE_FIELDS@],
    kiosk = /[?&]@MODE_PARAM@=@KIOSK@(&|$)/.test(location.search);
  d.documentElement.classList.add("has-js");
  // site.json, read at once: the app takes this reading over (config::EARLY_SITE).
  w.@EARLY_SITE@ = fetch("site.json").then(function (r) { return r.text().then(function (x) { return { status: r.status, text: x }; }); })
    .catch(function () { return { status: 0, text: "" }; });
  // A kiosk by the site file, or a file that fails closed (the same rule as config.rs for the mode), exits to the
  // start screen; exit_removes_offline_copy is honoured; a service's own contacts replace the shipped ones.
  w.@EARLY_SITE@.then(function (a) {
    if (a.status == 404) return;
    var j, m;
    try { j = JSON.parse(a.text); } catch (e) {}
    if (a.status < 200 || a.status > 299 || !j || typeof j != "object" || Array.isArray(j)) { kiosk = 1; return; }
    m = j.default_mode;
    if (m !== undefined && (typeof m != "string" || (m = m.trim().toLowerCase()) != "home") ||
      Object.keys(j).some(function (k) { return K.indexOf(k) < 0; })) kiosk = 1;
    drop = String(j.exit_removes_offline_copy).trim().toLowerCase() == "true";
    fill(j.contacts);
  });
  function el(t, c, x) { var e = d.createElement(t); e.className = c; if (x != null) e.textContent = x; return e; }
  function str(v) { return typeof v == "string" ? v.trim() : ""; }
  function loc(v) { if (v && typeof v == "object") v = v[d.documentElement.lang] || v[Object.keys(v)[0]]; return str(v); }
  function fill(l) {
    if (!Array.isArray(l)) return;
    l = l.filter(function (c) { return c && typeof c == "object" && str(c.name) && /[0-9]/.test(str(c.phone)); });
    if (!l.length) return;
    function go() {
      var u = d.querySelector(".contact-list");
      if (!u) return;
      u.textContent = "";
      l.forEach(function (c) {
        var li = el("li", "contact");
        li.appendChild(el("p", "contact__name", str(c.name)));
        [["data-call", "tel", c.phone], ["data-text", "sms", c.text_number]].forEach(function (q) {
          var n = str(q[2]), a;
          if (!n) return;
          a = kiosk ? el("p", "contact__phone contact__phone--text") : el("a", "contact__phone button");
          a.textContent = u.getAttribute(q[0]) + " " + n;
          if (!kiosk) a.href = q[1] + ":" + n.replace(/ /g, "");
          li.appendChild(a);
        });
        li.appendChild(el("p", "contact__description", loc(c.description)));
        if (str(c.hours)) li.appendChild(el("p", "contact__hours", u.getAttribute("data-hours") + " " + str(c.hours)));
        u.appendChild(li);
      });
      [].forEach.call(d.querySelectorAll(".contacts__intro,.contacts__needs-js,.contacts__finders"), function (p) { p.remove(); });
    }
    if (d.readyState == "loading") d.addEventListener("DOMContentLoaded", go); else go();
  }
  // The live region that counts Shift presses.
  function say(k) { var s = d.getElementById("@EXIT_STATUS_ID@"); if (s) s.textContent = k ? s.getAttribute("data-" + k) || "" : ""; }
  // Everything OwnPath stored in this browser (its keys start with the app's storage prefix).
  function wipe() {
    ["localStorage", "sessionStorage"].forEach(function (k) {
      try {
        var s = w[k];
        for (var i = s.length; i--;) { var x = s.key(i); if (x && x.indexOf("@STORAGE_PREFIX@") == 0) s.removeItem(x); }
      } catch (e) {}
    });
  }
  // The offline copy, when the site file asks for it to go too (at most 0.8 s).
  function offline() {
    var p = [];
    try { p.push(navigator.serviceWorker.getRegistrations().then(function (l) { return Promise.all(l.map(function (g) { return g.unregister(); })); })); } catch (e) {}
    try { p.push(caches.keys().then(function (l) { return Promise.all(l.map(function (c) { return caches.delete(c); })); })); } catch (e) {}
    return Promise.race([Promise.all(p), new Promise(function (r) { setTimeout(r, 800); })]).catch(function () {});
  }
  function exit(send) {
    n = 0; say(); wipe();
    if (send && bc) try { bc.postMessage("exit"); } catch (e) {}
    // The app answers this event (a kiosk cancels it and resets instead of leaving).
    if (!d.dispatchEvent(new CustomEvent("@EXIT_EVENT@", { cancelable: true }))) return;
    var a = d.getElementById("@EXIT_ID@"), to = a ? a.href : "neutral.html";
    if (kiosk) to = d.baseURI.replace(/[?#].*/, "") + "?@MODE_PARAM@=@KIOSK@";
    if (d.body) d.body.classList.add("@EXITING@");
    if (drop && !kiosk) offline().then(function () { location.replace(to); }); else location.replace(to);
  }
  // Every other OwnPath tab leaves too (same origin only; nothing leaves the device).
  try { bc = new BroadcastChannel("ownpath"); bc.onmessage = function (m) { if (m.data == "exit") exit(); }; } catch (e) {}
  d.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("[data-exit]");
    if (a) { e.preventDefault(); e.stopPropagation(); exit(1); }
  }, true);
  // Shift three times: separate presses (not held, nothing else between), within the window.
  function reset() { clean = 0; if (n) { n = 0; say(); } }
  w.addEventListener("keydown", function (e) {
    if (e.key == "Shift" && !e.ctrlKey && !e.altKey && !e.metaKey) { if (!e.repeat) { clean = 1; down = Date.now(); } } else reset();
  }, true);
  w.addEventListener("pointerdown", reset, true);
  // A warning before a reload loses answers that are not kept, never on the way out.
  w.addEventListener("beforeunload", function (e) {
    if (d.documentElement.hasAttribute("@UNSAVED@") && !d.body.classList.contains("@EXITING@")) { e.preventDefault(); e.returnValue = ""; }
  });
  w.addEventListener("keyup", function (e) {
    if (e.key != "Shift" || !clean) return;
    clean = 0;
    var now = Date.now();
    if (now - down > @SHIFT_PRESS_MS@) { reset(); return; }
    if (!n || now - t > @SHIFT_WINDOW_MS@) { n = 0; t = now; }
    n++;
    if (n > 2) exit(1); else say(n);
  }, true);
  // The red control stays inside any open dialog, so a modal dialog never blocks it.
  new MutationObserver(function () {
    box = box || d.getElementById("@EXIT_BOX_ID@");
    var o = d.querySelector("dialog[open]") || d.body;
    if (box && o && box.parentNode != o) o.appendChild(box);
  }).observe(d.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["open"] });
})();
