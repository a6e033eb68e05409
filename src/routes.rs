//! The app's pages and their stable paths (product.md's page table). Deep links must open directly, so the build
//! writes one HTML file per path listed by [`all_paths`].

use crate::content::Bundle;
use yew_router::prelude::*;

#[derive(Routable, Clone, PartialEq, Eq, Debug)]
pub enum Route {
    #[at("/")]
    Start,
    #[at("/options")]
    Options,
    #[at("/options/:id")]
    Option { id: String },
    #[at("/compare")]
    Compare,
    #[at("/matters")]
    Matters,
    #[at("/check")]
    Check,
    #[at("/sure")]
    Sure,
    #[at("/steps")]
    Steps,
    #[at("/summary")]
    Summary,
    #[at("/stories")]
    Stories,
    #[at("/stories/:id")]
    Story { id: String },
    #[at("/safety")]
    Safety,
    #[at("/professionals")]
    Professionals,
    #[at("/about")]
    About,
    #[at("/privacy")]
    Privacy,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// Recognizes an app path, with or without a trailing slash (static hosts add one to folder paths).
    pub fn from_path(path: &str) -> Route {
        let trimmed = if path.len() > 1 { path.trim_end_matches('/') } else { path };
        let trimmed = if trimmed.is_empty() { "/" } else { trimmed };
        Route::recognize(trimmed).unwrap_or(Route::NotFound)
    }

    /// The page's own name, as used in the tab title before the product name.
    pub fn title(&self, bundle: &Bundle) -> String {
        let pages = &bundle.pages;
        let ui = &bundle.ui;
        match self {
            Route::Start => pages.start.title.clone(),
            Route::Options => ui.options_title.clone(),
            Route::Option { id } => bundle
                .option(id)
                .map(|o| o.name.clone())
                .unwrap_or_else(|| ui.option_not_found_title.clone()),
            Route::Compare => ui.compare_title.clone(),
            Route::Matters => bundle.matters.title.clone(),
            Route::Check => bundle.check.title.clone(),
            Route::Sure => bundle.sure.title.clone(),
            Route::Steps => bundle.steps.title.clone(),
            Route::Summary => ui.summary_title.clone(),
            Route::Stories => ui.stories_title.clone(),
            Route::Story { id } => bundle
                .story(id)
                .map(|s| s.title.clone())
                .unwrap_or_else(|| ui.story_not_found_title.clone()),
            Route::Safety => pages.safety.title.clone(),
            Route::Professionals => pages.professionals.title.clone(),
            Route::About => pages.about.title.clone(),
            Route::Privacy => pages.privacy.title.clone(),
            Route::NotFound => ui.not_found_title.clone(),
        }
    }

    /// The full document title: "Methadone — OwnPath". The start page is the product name alone.
    pub fn document_title(&self, bundle: &Bundle) -> String {
        let ui = &bundle.ui;
        match self {
            Route::Start => ui.site_name.clone(),
            _ => format!("{}{}{}", self.title(bundle), ui.title_separator, ui.site_name),
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
