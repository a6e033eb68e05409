// OwnPath's offline copy, from the page's side (the worker itself is sw.js, written by the build). The app loads
// this file just after it starts (src/offline.rs). It says what it knows on <html>: data-update="ready" when a new
// release waits, data-offline="kept", "none", "removed" or "failed" for the copy (the stylesheet shows the update
// notice and the remove button from these). It answers the buttons marked data-offline-do="take" or "remove"
// (components/offline.rs) and the app's events "ownpath-offline-take" and "-check" (a kiosk's idle reset), and
// fills each status line from its data-none, data-removed and data-failed texts. It only registers the worker,
// asks the server for sw.js, tells the worker the language being read, and empties OwnPath's own caches.
(function () {
  var d = document, root = d.documentElement, sw = navigator.serviceWorker;
  function say(state) {
    root.setAttribute("data-offline", state);
    var lines = d.querySelectorAll(".offline-copy__status");
    for (var i = 0; i < lines.length; i++) lines[i].textContent = lines[i].getAttribute("data-" + state) || "";
  }
  if (!sw) return say("none");
  // A worker that has installed while another controls the page is a new release, waiting.
  function ready() {
    if (root.hasAttribute("data-update")) return;
    root.setAttribute("data-update", "ready");
  }
  function watch(reg) {
    if (reg.waiting && sw.controller) ready();
    reg.addEventListener("updatefound", function () {
      var worker = reg.installing;
      if (worker) worker.addEventListener("statechange", function () {
        if (worker.state === "installed" && sw.controller) ready();
      });
    });
  }
  function check(reg) {
    if (reg) reg.update().catch(function () {});
  }
  function ours() {
    return caches.keys().then(function (keys) {
      return keys.filter(function (key) { return key.indexOf("ownpath-") === 0; });
    });
  }
  // The copy keeps the content of the languages read here (sw.js): tell the worker which one this is, now and
  // whenever the reader switches (the app sets <html lang>).
  function keep() {
    sw.ready.then(function (reg) {
      if (reg.active) reg.active.postMessage({ keep: root.getAttribute("lang") });
    });
  }
  sw.register(new URL("sw.js", d.baseURI).href).then(function (reg) {
    // (A browser that blocks workers may answer with no registration.)
    if (!reg) return say("none");
    watch(reg);
    say("kept");
    keep();
    new MutationObserver(keep).observe(root, { attributes: true, attributeFilter: ["lang"] });
    // A page that is never reloaded (a kiosk) asks now and then whether there is a new release.
    setInterval(function () { check(reg); }, 30 * 60 * 1000);
  }, function () { say("none"); });
  d.addEventListener("ownpath-offline-check", function () { sw.getRegistration().then(check); });
  // The waiting release takes over, then the page loads again from it, at the address it is at.
  function take() {
    if (root.getAttribute("data-update") !== "ready") return;
    root.setAttribute("data-update", "taking");
    sw.getRegistration().then(function (reg) {
      if (!reg || !reg.waiting) return;
      sw.addEventListener("controllerchange", function () { location.reload(); }, { once: true });
      reg.waiting.postMessage("ownpath-take-update");
    });
  }
  function remove() {
    sw.getRegistration()
      .then(function (reg) { return reg && reg.unregister(); })
      .then(ours)
      .then(function (keys) { return Promise.all(keys.map(function (key) { return caches.delete(key); })); })
      .then(ours)
      .then(function (left) { say(left.length ? "failed" : "removed"); }, function () { say("failed"); });
  }
  d.addEventListener("ownpath-offline-take", take);
  d.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-offline-do]");
    if (!button) return;
    if (button.getAttribute("data-offline-do") === "take") take();
    else remove();
  });
})();
