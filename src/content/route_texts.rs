//! What each page of the page table (`routes/table.rs`) takes from the content: its title, its name in the menus and
//! the parts of the content it shows (`parts.rs`), with what follows from them (the tab title, whether the page
//! can be drawn yet, every address the build prerenders). The same table gives the routes as plain data in
//! `routes/mod.rs`.

use crate::content::parts::Part;
use crate::content::{Bundle, Ui};
use crate::routes::{page_table, Route, PAGES};

macro_rules! route_table {
    ($($table:tt)*) => { page_table!(texts; $($table)*); };
}
include!("../routes/table.rs");

impl Route {
    /// The parts the page needs now: compare, once two options are picked to set side by side, their texts
    /// (and their figures' sources); every other page, its `parts`.
    pub fn waits_for(&self, picked: &[String]) -> Vec<Part> {
        match self {
            Route::Compare if picked.len() >= 2 => self
                .parts()
                .into_iter()
                .chain(picked.iter().filter_map(|id| Part::option(id)))
                .chain([Part::Sources])
                .collect(),
            _ => self.parts(),
        }
    }

    /// Whether every part the page needs now is in the bundle.
    pub fn is_ready(&self, bundle: &Bundle, picked: &[String]) -> bool {
        self.waits_for(picked).iter().all(|part| bundle.has(*part))
    }

    /// The full document title: "Methadone — OwnPath". The start page is the product name alone.
    pub fn document_title(&self, bundle: &Bundle) -> String {
        let ui = &bundle.ui;
        match self {
            Route::Start => ui.site_name().clone(),
            _ => format!("{}{}{}", self.title(bundle), ui.title_separator(), ui.site_name()),
        }
    }
}

/// An option's page shows its own texts and where their numbers come from; an unknown option's page, neither.
fn option_parts(id: &str) -> Vec<Part> {
    match Part::option(id) {
        Some(own) => vec![Part::Pages, own, Part::Sources],
        None => vec![Part::Pages],
    }
}

/// Every path the app can open directly: each page, each option and each story.
pub fn all_routes(bundle: &Bundle) -> Vec<Route> {
    let mut routes = Vec::new();
    for page in PAGES {
        match &page.route {
            Route::Option { .. } => routes.extend(bundle.options.iter().map(|o| Route::Option { id: o.id.clone() })),
            Route::Story { .. } => routes.extend(bundle.stories.iter().map(|s| Route::Story { id: s.id.clone() })),
            route => routes.push(route.clone()),
        }
    }
    routes
}
