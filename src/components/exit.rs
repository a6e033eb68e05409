//! Quick exit (the GOV.UK "Exit this page" pattern, and further): a red link that stays in view, a link right after
//! the skip link, and Shift pressed three times.
//!
//! It works from the first paint, before and without the wasm. Every page's HTML carries the red control outside
//! the app (written by the prerender step: a real link to the exit address, so it works with JavaScript off too)
//! and a small inline script, [`exit_script`], whose hash the page's CSP names. The script alone counts Shift
//! presses and handles clicks on the exit links: it wipes what OwnPath stored in this browser, tells every other
//! OwnPath tab to do the same (a same-origin `BroadcastChannel`; nothing leaves the device), hides the page and
//! replaces it in the history with the neutral page. It also keeps the red control inside any open dialog, so a
//! modal dialog never blocks it, and it stays on the crash screen, outside the app.
//!
//! It also asks the browser to warn before a reload loses answers that are not kept (in a session), while the app
//! marks the page so (`keeping::UNSAVED`), and never on the way out.
//!
//! The app takes over without handling anything twice: before leaving, the script sends the app an
//! [`EXIT_EVENT`]. The app drops the answers from memory (`keeping::exit`); on a kiosk it cancels the event and
//! resets to the start screen instead of leaving.

use crate::config::EARLY_SITE;
use crate::i18n::{use_bundle, use_language, Language};
use crate::router::use_navigator;
use crate::routes::Route;
use crate::session::keeping::{self, UNSAVED};
use crate::session::setting::{use_setting, SettingAction};
use crate::session::use_session_now;
use yew::prelude::*;

/// The box around the red control, outside the app.
pub const EXIT_BOX_ID: &str = "op-quick";
/// The red control: a link to the exit address.
pub const EXIT_ID: &str = "op-exit";
/// "In danger now?", in the same box: a real link to the help lines on /safety, so it is at the top of every page
/// from the first paint (a plain link before the wasm, and with JavaScript off). The app keeps its words and address
/// in step with the language and the setting, and follows it inside the app ([`use_quick_exit`]).
pub const DANGER_ID: &str = "op-danger";
/// Where it leads: the section of the safety page with the help lines.
pub const DANGER_FRAGMENT: &str = "help-now";
/// The polite live region that counts Shift presses (its texts in `data-1` and `data-2`).
pub const EXIT_STATUS_ID: &str = "op-exit-status";
/// Sent by the exit script to the app before leaving; cancelable.
pub const EXIT_EVENT: &str = "ownpath-exit";
/// The class on `<body>` that hides the page while the neutral page loads.
pub const EXITING: &str = "exiting";

/// Three separate Shift presses within this many milliseconds in all leave.
pub const SHIFT_WINDOW_MS: u32 = 3000;
/// A Shift press longer than this (held down) does not count.
pub const SHIFT_PRESS_MS: u32 = 600;

/// The script every page carries in its `<head>` (the CSP names its hash). It needs nothing from the page to be
/// loaded: it listens on the document and finds the red control when it acts.
///
/// It also reads `site.json` at once (before the wasm): a kiosk by the site file (or a file that fails closed, the
/// same rule as `config.rs` for the mode) exits to the start screen even before the wasm, and
/// `exit_removes_offline_copy` is honoured. The app takes its reading over.
pub fn exit_script() -> String {
    let known: Vec<String> = crate::config::FIELDS.iter().map(|f| format!("\"{}\"", f.name)).collect();
    let known = known.join(",");
    format!(
        "(function(){{var d=document,w=window,n=0,t=0,down=0,clean=0,box,bc,drop=0,K=[{known}],\
         kiosk=/[?&]mode=kiosk(&|$)/.test(location.search);\
         d.documentElement.classList.add(\"has-js\");\
         w.{EARLY_SITE}=fetch(\"site.json\").then(function(r){{return r.text().then(function(x){{return{{status:r.status,text:x}}}})}})\
         .catch(function(){{return{{status:0,text:\"\"}}}});\
         w.{EARLY_SITE}.then(function(a){{if(a.status==404)return;var j,m;try{{j=JSON.parse(a.text)}}catch(e){{}}\
         if(a.status<200||a.status>299||!j||typeof j!=\"object\"||Array.isArray(j)){{kiosk=1;return}}m=j.default_mode;\
         if(m!==undefined&&(typeof m!=\"string\"||(m=m.trim().toLowerCase())!=\"home\")||\
         Object.keys(j).some(function(k){{return K.indexOf(k)<0}}))kiosk=1;\
         drop=String(j.exit_removes_offline_copy).trim().toLowerCase()==\"true\";fill(j.contacts)}});\
         function el(t,c,x){{var e=d.createElement(t);e.className=c;if(x!=null)e.textContent=x;return e}}\
         function str(v){{return typeof v==\"string\"?v.trim():\"\"}}\
         function loc(v){{if(v&&typeof v==\"object\")v=v[d.documentElement.lang]||v[Object.keys(v)[0]];return str(v)}}\
         function fill(l){{if(!Array.isArray(l))return;l=l.filter(function(c){{return c&&typeof c==\"object\"&&str(c.name)&&/[0-9]/.test(str(c.phone))}});\
         if(!l.length)return;function go(){{var u=d.querySelector(\".contact-list\");if(!u)return;u.textContent=\"\";\
         l.forEach(function(c){{var li=el(\"li\",\"contact\");li.appendChild(el(\"p\",\"contact__name\",str(c.name)));\
         [[\"data-call\",\"tel\",c.phone],[\"data-text\",\"sms\",c.text_number]].forEach(function(q){{var n=str(q[2]),a;if(!n)return;\
         a=kiosk?el(\"p\",\"contact__phone contact__phone--text\"):el(\"a\",\"contact__phone button\");\
         a.textContent=u.getAttribute(q[0])+\" \"+n;if(!kiosk)a.href=q[1]+\":\"+n.replace(/ /g,\"\");li.appendChild(a)}});\
         li.appendChild(el(\"p\",\"contact__description\",loc(c.description)));\
         if(str(c.hours))li.appendChild(el(\"p\",\"contact__hours\",u.getAttribute(\"data-hours\")+\" \"+str(c.hours)));u.appendChild(li)}});\
         [].forEach.call(d.querySelectorAll(\".contacts__intro,.contacts__needs-js,.contacts__finders\"),function(p){{p.remove()}})}}\
         if(d.readyState==\"loading\")d.addEventListener(\"DOMContentLoaded\",go);else go()}}\
         function say(k){{var s=d.getElementById(\"{EXIT_STATUS_ID}\");if(s)s.textContent=k?s.getAttribute(\"data-\"+k)||\"\":\"\"}}\
         function wipe(){{[\"localStorage\",\"sessionStorage\"].forEach(function(k){{try{{var s=w[k];\
         for(var i=s.length;i--;){{var x=s.key(i);if(x&&x.indexOf(\"ownpath:\")==0)s.removeItem(x)}}}}catch(e){{}}}})}}\
         function offline(){{var p=[];try{{p.push(navigator.serviceWorker.getRegistrations().then(function(l){{\
         return Promise.all(l.map(function(g){{return g.unregister()}}))}}))}}catch(e){{}}\
         try{{p.push(caches.keys().then(function(l){{return Promise.all(l.map(function(c){{return caches.delete(c)}}))}}))}}catch(e){{}}\
         return Promise.race([Promise.all(p),new Promise(function(r){{setTimeout(r,800)}})]).catch(function(){{}})}}\
         function exit(send){{n=0;say();wipe();if(send&&bc)try{{bc.postMessage(\"exit\")}}catch(e){{}}\
         if(!d.dispatchEvent(new CustomEvent(\"{EXIT_EVENT}\",{{cancelable:true}})))return;\
         var a=d.getElementById(\"{EXIT_ID}\"),to=a?a.href:\"neutral.html\";\
         if(kiosk)to=d.baseURI.replace(/[?#].*/,\"\")+\"?mode=kiosk\";\
         if(d.body)d.body.classList.add(\"{EXITING}\");\
         if(drop&&!kiosk)offline().then(function(){{location.replace(to)}});else location.replace(to)}}\
         try{{bc=new BroadcastChannel(\"ownpath\");bc.onmessage=function(m){{if(m.data==\"exit\")exit()}}}}catch(e){{}}\
         d.addEventListener(\"click\",function(e){{var a=e.target.closest&&e.target.closest(\"[data-exit]\");\
         if(a){{e.preventDefault();e.stopPropagation();exit(1)}}}},true);\
         function reset(){{clean=0;if(n){{n=0;say()}}}}\
         w.addEventListener(\"keydown\",function(e){{if(e.key==\"Shift\"&&!e.ctrlKey&&!e.altKey&&!e.metaKey){{\
         if(!e.repeat){{clean=1;down=Date.now()}}}}else reset()}},true);\
         w.addEventListener(\"pointerdown\",reset,true);\
         w.addEventListener(\"beforeunload\",function(e){{if(d.documentElement.hasAttribute(\"{UNSAVED}\")&&\
         !d.body.classList.contains(\"{EXITING}\")){{e.preventDefault();e.returnValue=\"\"}}}});\
         w.addEventListener(\"keyup\",function(e){{if(e.key!=\"Shift\"||!clean)return;clean=0;var now=Date.now();\
         if(now-down>{SHIFT_PRESS_MS}){{reset();return}}if(!n||now-t>{SHIFT_WINDOW_MS}){{n=0;t=now}}n++;\
         if(n>2)exit(1);else say(n)}},true);\
         new MutationObserver(function(){{box=box||d.getElementById(\"{EXIT_BOX_ID}\");\
         var o=d.querySelector(\"dialog[open]\")||d.body;if(box&&o&&box.parentNode!=o)o.appendChild(box)}})\
         .observe(d.documentElement,{{subtree:true,childList:true,attributes:true,attributeFilter:[\"open\"]}})}})();"
    )
}

/// Clears everything and goes back to the kiosk start screen, as if nobody had been here.
#[hook]
pub fn use_kiosk_reset() -> Callback<()> {
    let session = use_session_now();
    let setting = use_setting();
    let navigator = use_navigator();
    let language = use_language();
    Callback::from(move |_| {
        keeping::kiosk_reset(&session.get(), &setting);
        if let Some(language) = &language {
            // Back to the language the kiosk was started in (its content is always loaded).
            language.set(Language::of(setting.own_language));
        }
        if let Some(navigator) = &navigator {
            navigator.replace(&Route::Start);
        }
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    })
}

/// The app's part of quick exit: answers the exit script's event, and keeps the red control's words and address
/// in step with the language and the site file; the same for "In danger now?", which it also follows in the app.
/// On a kiosk, the exit is `reset` (the frame's [`use_kiosk_reset`]).
#[hook]
pub fn use_quick_exit(reset: &Callback<()>) {
    let session = use_session_now();
    let setting = use_setting();
    let reset = reset.clone();
    let navigator = use_navigator();
    let ui = &use_bundle().ui;
    let resets = setting.policy().exit_resets();
    let texts = (ui.exit_button().clone(), ui.exit_shift_two().clone(), ui.exit_shift_one().clone());
    let danger = (
        ui.danger_link().clone(),
        crate::components::link::address(navigator.as_ref(), &Route::Safety, Some(DANGER_FRAGMENT)),
    );
    let starts_kiosk = setting.policy().shared_screen() && !setting.kiosk_started;
    // (Two effects for the red control and "In danger now?" together: each effect costs the wasm.)
    use_effect_with((texts, setting.config.exit_url.clone(), danger), |((button, two, one), href, danger)| {
        let document = gloo::utils::document();
        for (id, text, href) in [(EXIT_ID, button, href), (DANGER_ID, &danger.0, &danger.1)] {
            if let Some(link) = document.get_element_by_id(id) {
                link.set_text_content(Some(text));
                let _ = link.set_attribute("href", href);
            }
        }
        if let Some(status) = document.get_element_by_id(EXIT_STATUS_ID) {
            let _ = status.set_attribute("data-1", two);
            let _ = status.set_attribute("data-2", one);
        }
    });
    use_effect_with((resets, navigator, starts_kiosk), move |(resets, navigator, starts_kiosk)| {
        let (resets, starts_kiosk) = (*resets, *starts_kiosk);
        let options = gloo::events::EventListenerOptions::enable_prevent_default;
        let document = gloo::utils::document();
        // "In danger now?" moves inside the app, so answers in memory and a kiosk's setting stay; on the kiosk
        // start screen it starts the kiosk too.
        let danger = document.get_element_by_id(DANGER_ID).zip(navigator.clone()).map(|(link, nav)| {
            let setting = setting.clone();
            gloo::events::EventListener::new_with_options(&link, "click", options(), move |event| {
                if let Some(e) = wasm_bindgen::JsCast::dyn_ref::<web_sys::MouseEvent>(event) {
                    crate::components::link::follow(&nav, &Route::Safety, Some(DANGER_FRAGMENT), e);
                    if starts_kiosk && e.default_prevented() {
                        setting.dispatch(SettingAction::StartKiosk);
                    }
                }
            })
        });
        let listener = gloo::events::EventListener::new_with_options(&document, EXIT_EVENT, options(), move |event| {
            if resets {
                event.prevent_default();
                reset.emit(());
            } else {
                keeping::exit(&session.get(), &setting);
            }
        });
        move || drop((listener, danger))
    });
}

/// The secondary exit link, right after the skip link. A real link: the exit script handles it like the red one.
pub fn exit_link(ui: &crate::content::Ui, setting: &crate::session::setting::Setting) -> Html {
    html! {
        <a class="skip-link exit-link" href={setting.config.exit_url.clone()} data-exit="">{ ui.exit_link() }</a>
    }
}
