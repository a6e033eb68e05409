// OwnPath's offline copy, from the page's side (the worker itself is sw.js, written by the build). The app loads
// this file just after it starts (src/offline.rs) and talks to it through the document: it sends the events
// "ownpath-offline-take", "-remove" and "-check", and reads <html data-update> ("ready" when a new release waits)
// and <html data-offline> ("kept", "none", "removed", "failed"), told of changes by "ownpath-update" and
// "ownpath-offline". It only registers the worker, asks the server for sw.js, and empties OwnPath's own caches.
(function () {
  var d = document, root = d.documentElement, sw = navigator.serviceWorker;
  function say(state) {
    root.setAttribute("data-offline", state);
    d.dispatchEvent(new Event("ownpath-offline"));
  }
  if (!sw) return say("none");
  // A worker that has installed while another controls the page is a new release, waiting.
  function ready() {
    if (root.hasAttribute("data-update")) return;
    root.setAttribute("data-update", "ready");
    d.dispatchEvent(new Event("ownpath-update"));
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
  sw.register(new URL("sw.js", d.baseURI).href).then(function (reg) {
    // (A browser that blocks workers may answer with no registration.)
    if (!reg) return say("none");
    watch(reg);
    say("kept");
    // A page that is never reloaded (a kiosk) asks now and then whether there is a new release.
    setInterval(function () { check(reg); }, 30 * 60 * 1000);
  }, function () { say("none"); });
  d.addEventListener("ownpath-offline-check", function () { sw.getRegistration().then(check); });
  // The waiting release takes over, then the page loads again from it, at the address it is at.
  d.addEventListener("ownpath-offline-take", function () {
    if (root.getAttribute("data-update") !== "ready") return;
    root.setAttribute("data-update", "taking");
    sw.getRegistration().then(function (reg) {
      if (!reg || !reg.waiting) return;
      sw.addEventListener("controllerchange", function () { location.reload(); }, { once: true });
      reg.waiting.postMessage("ownpath-take-update");
    });
  });
  d.addEventListener("ownpath-offline-remove", function () {
    sw.getRegistration()
      .then(function (reg) { return reg && reg.unregister(); })
      .then(ours)
      .then(function (keys) { return Promise.all(keys.map(function (key) { return caches.delete(key); })); })
      .then(ours)
      .then(function (left) { say(left.length ? "failed" : "removed"); }, function () { say("failed"); });
  });
})();
