//! Where OwnPath is being used — at home, in a session with a worker, or on a waiting-room kiosk — and the one
//! place that decides, from that, what may be stored, downloaded, printed or followed, and how exit works.

use crate::config::{DefaultMode, SiteConfig};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Home,
    Session,
    Kiosk,
}

impl Mode {
    /// From a `?mode=` address parameter.
    pub fn from_param(value: &str) -> Option<Mode> {
        match value {
            "home" => Some(Mode::Home),
            "session" => Some(Mode::Session),
            "kiosk" => Some(Mode::Kiosk),
            _ => None,
        }
    }
}

/// What the setting allows. Every page asks this, never the mode directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    mode: Mode,
    remember: bool,
    kiosk_print: bool,
}

impl Policy {
    pub fn new(mode: Mode, remember: bool, config: &SiteConfig) -> Self {
        Self { mode, remember, kiosk_print: config.kiosk_print }
    }
    /// Answers are kept in this browser only when the person opted in, and never on a kiosk.
    pub fn may_store(&self) -> bool {
        self.remember && self.mode != Mode::Kiosk
    }
    /// A kiosk is shared by strangers: no "remember" offer at all.
    pub fn may_offer_remember(&self) -> bool {
        self.mode != Mode::Kiosk
    }
    /// A kiosk never downloads files; the take-away is the QR code.
    pub fn may_download(&self) -> bool {
        self.mode != Mode::Kiosk
    }
    pub fn may_print(&self) -> bool {
        self.mode != Mode::Kiosk || self.kiosk_print
    }
    /// Phone and outside links are followed everywhere but on a kiosk, where they are shown as text.
    pub fn follows_outside_links(&self) -> bool {
        self.mode != Mode::Kiosk
    }
    /// On a kiosk, quick exit resets to the start screen instead of leaving.
    pub fn exit_resets(&self) -> bool {
        self.mode == Mode::Kiosk
    }
    pub fn shows_worker_prompts(&self) -> bool {
        self.mode == Mode::Session
    }
    pub fn mode(&self) -> Mode {
        self.mode
    }
}

/// A one-line message about storage, shown once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    Restored,
    SetAside,
    Blocked,
    Full,
    Forgotten,
    /// A language the person chose could not be fetched; the page stays in the language it was in.
    LanguageUnavailable,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Setting {
    pub mode: Mode,
    /// Whether the mode came from the address (it then wins over the site file's default).
    pub mode_from_address: bool,
    pub remember: bool,
    /// On a kiosk: whether someone has touched "start" since the last reset.
    pub kiosk_started: bool,
    /// Counts kiosk resets, so screens can start afresh.
    pub resets: u32,
    pub config: Rc<SiteConfig>,
    pub config_problem: Option<String>,
    pub notice: Option<StorageNotice>,
    /// Reading comfort: text size step (0 standard, 1 large, 2 larger) and high contrast.
    pub text_size: u8,
    pub high_contrast: bool,
}

/// Text size steps offered.
pub const TEXT_SIZES: u8 = 3;

impl Setting {
    pub fn new(address_mode: Option<Mode>) -> Self {
        Self {
            mode: address_mode.unwrap_or(Mode::Home),
            mode_from_address: address_mode.is_some(),
            remember: false,
            kiosk_started: false,
            resets: 0,
            config: Rc::new(SiteConfig::default()),
            config_problem: None,
            notice: None,
            text_size: 0,
            high_contrast: false,
        }
    }

    pub fn policy(&self) -> Policy {
        Policy::new(self.mode, self.remember, &self.config)
    }
}

pub enum SettingAction {
    SetMode(Mode),
    SetRemember(bool),
    StartKiosk,
    /// Back to the kiosk start screen.
    ResetKiosk,
    ConfigLoaded(SiteConfig, Option<String>),
    Notice(Option<StorageNotice>),
    SetTextSize(u8),
    SetContrast(bool),
}

impl Reducible for Setting {
    type Action = SettingAction;

    fn reduce(self: Rc<Self>, action: SettingAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SettingAction::SetMode(mode) => {
                next.mode = mode;
                next.kiosk_started = false;
                if mode == Mode::Kiosk {
                    next.remember = false;
                }
            }
            SettingAction::SetRemember(on) => next.remember = on && next.mode != Mode::Kiosk,
            SettingAction::StartKiosk => next.kiosk_started = true,
            SettingAction::ResetKiosk => {
                next.kiosk_started = false;
                next.text_size = 0;
                next.high_contrast = false;
                next.resets += 1;
                next.notice = None;
            }
            SettingAction::ConfigLoaded(config, problem) => {
                if !next.mode_from_address && config.default_mode == DefaultMode::Kiosk {
                    next.mode = Mode::Kiosk;
                    next.remember = false;
                }
                next.config = Rc::new(config);
                next.config_problem = problem;
            }
            SettingAction::Notice(notice) => next.notice = notice,
            SettingAction::SetTextSize(size) => next.text_size = size.min(TEXT_SIZES - 1),
            SettingAction::SetContrast(on) => next.high_contrast = on,
        }
        Rc::new(next)
    }
}

pub type SettingHandle = UseReducerHandle<Setting>;

#[hook]
pub fn use_setting() -> SettingHandle {
    use_context::<SettingHandle>().expect("the app provides the setting")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kiosk_never_stores_downloads_or_follows_links() {
        let config = SiteConfig::default();
        let kiosk = Policy::new(Mode::Kiosk, true, &config);
        assert!(!kiosk.may_store() && !kiosk.may_download() && !kiosk.follows_outside_links());
        assert!(!kiosk.may_offer_remember() && !kiosk.may_print() && kiosk.exit_resets());
        let printing = SiteConfig { kiosk_print: true, ..SiteConfig::default() };
        assert!(Policy::new(Mode::Kiosk, false, &printing).may_print());
    }

    #[test]
    fn home_and_session_store_only_after_opting_in() {
        let config = SiteConfig::default();
        for mode in [Mode::Home, Mode::Session] {
            assert!(!Policy::new(mode, false, &config).may_store());
            assert!(Policy::new(mode, true, &config).may_store());
            assert!(Policy::new(mode, false, &config).may_download());
        }
        assert!(Policy::new(Mode::Session, false, &config).shows_worker_prompts());
    }

    #[test]
    fn the_site_default_does_not_override_the_address() {
        let kiosk_site = SiteConfig { default_mode: DefaultMode::Kiosk, ..SiteConfig::default() };
        let s = Rc::new(Setting::new(None)).reduce(SettingAction::ConfigLoaded(kiosk_site.clone(), None));
        assert_eq!(s.mode, Mode::Kiosk);
        let s = Rc::new(Setting::new(Some(Mode::Home))).reduce(SettingAction::ConfigLoaded(kiosk_site, None));
        assert_eq!(s.mode, Mode::Home);
    }

    #[test]
    fn remember_cannot_be_turned_on_in_a_kiosk() {
        let s = Rc::new(Setting::new(Some(Mode::Kiosk))).reduce(SettingAction::SetRemember(true));
        assert!(!s.remember);
    }
}
