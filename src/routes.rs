//! The app's pages and their stable paths (product.md's page table). Deep links must open directly, so the build
//! writes one HTML file per path listed by [`all_paths`].

use crate::content::reading::Part;
use crate::content::Bundle;

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    Start,
    Options,
    Option { id: String },
    Compare,
    Matters,
    Check,
    Sure,
    Steps,
    Summary,
    Stories,
    Story { id: String },
    Safety,
    Professionals,
    About,
    Privacy,
    NotFound,
}

/// The pages with a fixed path. Options and stories add `/<id>` to their list page's path.
const FIXED: [(&str, Route); 14] = [
    ("/", Route::Start),
    ("/options", Route::Options),
    ("/compare", Route::Compare),
    ("/matters", Route::Matters),
    ("/check", Route::Check),
    ("/sure", Route::Sure),
    ("/steps", Route::Steps),
    ("/summary", Route::Summary),
    ("/stories", Route::Stories),
    ("/safety", Route::Safety),
    ("/professionals", Route::Professionals),
    ("/about", Route::About),
    ("/privacy", Route::Privacy),
    ("/not-found", Route::NotFound),
];

/// The "Start here" path, in order: its one home. Each of these pages shows "Step N of 7" and Back/Next links
/// (`components/journey.rs`), and the menu lists them in this order. Plain links: any step can be skipped.
pub const JOURNEY: [Route; 7] =
    [Route::Matters, Route::Options, Route::Compare, Route::Check, Route::Sure, Route::Steps, Route::Summary];

impl Route {
    /// The page's place on the "Start here" path (0 for the first step), if it is on it.
    pub fn journey_step(&self) -> Option<usize> {
        JOURNEY.iter().position(|step| step == self)
    }

    /// Recognizes an app path, with or without a trailing slash (static hosts add one to folder paths) or the
    /// folder's `index.html`.
    pub fn from_path(path: &str) -> Route {
        let path = path.strip_suffix("index.html").filter(|p| p.is_empty() || p.ends_with('/')).unwrap_or(path);
        let trimmed = path.trim_end_matches('/');
        let trimmed = if trimmed.is_empty() { "/" } else { trimmed };
        let id = |prefix: &str| {
            trimmed.strip_prefix(prefix).filter(|id| !id.is_empty() && !id.contains('/')).map(str::to_string)
        };
        if let Some(id) = id("/options/") {
            return Route::Option { id };
        }
        if let Some(id) = id("/stories/") {
            return Route::Story { id };
        }
        FIXED.into_iter().find(|(p, _)| *p == trimmed).map_or(Route::NotFound, |(_, route)| route)
    }

    /// The parts of the content (files of their own, see `content/reading.rs`) the page shows when first opened:
    /// what its prerendered HTML holds, and what the app fetches before taking it over.
    pub fn parts(&self) -> Vec<Part> {
        let mut parts = self.own_parts();
        // Every page but the start page (and the not-found page) shows texts of the "pages" part.
        if !matches!(self, Route::Start | Route::NotFound) {
            parts.insert(0, Part::Pages);
        }
        parts
    }

    fn own_parts(&self) -> Vec<Part> {
        match self {
            // An option's page shows its own texts, and where their numbers come from (an unknown option's page
            // shows neither); compare shows any options side by side; About lists every reference.
            Route::Option { id } => match Part::option(id) {
                Some(own) => vec![own, Part::Sources],
                None => Vec::new(),
            },
            // Opened with nothing picked (a first visit), compare shows only the picker; see `waits_for`.
            Route::Compare => Vec::new(),
            // The stories' list filters by experience, which comes with the stories' texts.
            Route::Story { .. } | Route::Stories => vec![Part::Stories],
            Route::About => vec![Part::About, Part::Sources],
            Route::Safety | Route::Privacy => vec![Part::Articles],
            Route::Professionals => vec![Part::Workers],
            Route::Matters | Route::Check | Route::Sure | Route::Steps | Route::Summary => vec![Part::Tools],
            Route::Start | Route::Options | Route::NotFound => Vec::new(),
        }
    }

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

    /// The page's app path, such as "/options/taper".
    pub fn to_path(&self) -> String {
        match self {
            Route::Option { id } => format!("/options/{id}"),
            Route::Story { id } => format!("/stories/{id}"),
            fixed => FIXED.into_iter().find(|(_, route)| route == fixed).map_or("/not-found", |(p, _)| p).to_string(),
        }
    }

    /// The page's own name, as used in the tab title before the product name.
    pub fn title(&self, bundle: &Bundle) -> String {
        let pages = &bundle.pages;
        let ui = &bundle.ui;
        match self {
            Route::Start => pages.start.title.clone(),
            Route::Options => ui.options_title().clone(),
            Route::Option { id } => {
                bundle.option(id).map(|o| o.name.clone()).unwrap_or_else(|| ui.option_not_found_title().clone())
            }
            Route::Compare => ui.compare_title().clone(),
            Route::Matters => bundle.matters.title.clone(),
            Route::Check => bundle.check.title.clone(),
            Route::Sure => bundle.sure.title.clone(),
            Route::Steps => bundle.steps.title.clone(),
            Route::Summary => ui.summary_title().clone(),
            Route::Stories => ui.stories_title().clone(),
            Route::Story { id } => {
                bundle.story(id).map(|s| s.title.clone()).unwrap_or_else(|| ui.story_not_found_title().clone())
            }
            Route::Safety => pages.safety.title.clone(),
            Route::Professionals => pages.professionals.title.clone(),
            Route::About => pages.about.title.clone(),
            Route::Privacy => pages.privacy.title.clone(),
            Route::NotFound => ui.not_found_title().clone(),
        }
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

/// Every path the app can open directly: each page, each option and each story.
pub fn all_routes(bundle: &Bundle) -> Vec<Route> {
    let mut routes = vec![
        Route::Start,
        Route::Options,
        Route::Compare,
        Route::Matters,
        Route::Check,
        Route::Sure,
        Route::Steps,
        Route::Summary,
        Route::Stories,
        Route::Safety,
        Route::Professionals,
        Route::About,
        Route::Privacy,
    ];
    routes.extend(bundle.options.iter().map(|o| Route::Option { id: o.id.clone() }));
    routes.extend(bundle.stories.iter().map(|s| Route::Story { id: s.id.clone() }));
    routes
}
