//! The app's pages and their stable paths: one list, `table.rs`. From it come the `Route` type, each page's path,
//! title, content parts and drawing, the menus, the "Start here" path, the paths content may link to, the build's
//! one HTML file per path and language ([`all_routes`]), and the end-to-end tests' list of pages.
//!
//! A page's address is its path, after a language prefix for every language but the default: `/options/taper` in
//! English, `/es/options/taper` in Spanish ([`split_language`]).

use crate::content::reading::Part;
use crate::content::{Bundle, Ui};
use yew::Html;

/// Where the menus list a page (a row's `in [...]` in `table.rs`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Place {
    /// A step of the "Start here" path: the header menu, the footer's tools and the steps' Back and Next.
    Step,
    /// The header menu.
    Menu,
    /// The footer's "About this guide" group.
    About,
}

/// One row of the page table.
pub struct Page {
    /// The page (for a page with an id, with an empty one).
    pub route: Route,
    /// Its path; for a page with an id, the path before the id.
    pub path: &'static str,
    pub places: &'static [Place],
    /// Its name in the menus.
    pub label: fn(&Ui) -> &String,
}

macro_rules! route_table {
    (
        $bundle:ident, $page:ident;
        $( $name:ident $({ $id:ident })? = $path:literal, in [$($place:ident),*], label $label:ident,
           prompts $prompts:ident, parts $parts:expr, title $title:expr, shows $shows:expr; )*
    ) => {
        /// A page of the app (see `table.rs`).
        #[derive(Clone, PartialEq, Eq, Debug)]
        pub enum Route {
            $( $name $({ $id: String })?, )*
            /// Any path the table does not know.
            NotFound,
        }

        /// Every row of the page table, in its order.
        pub const PAGES: &[Page] = &[
            $( Page {
                route: Route::$name $({ $id: String::new() })?,
                path: $path,
                places: &[$(Place::$place),*],
                label: Ui::$label,
            }, )*
        ];

        /// The pages' keys in prompts.toml's `[pages]`: each needs the worker's prompts.
        pub fn prompt_keys() -> Vec<&'static str> {
            vec![$( stringify!($prompts) ),*]
        }

        impl Route {
            /// Whether the page's path ends in an id.
            fn has_id(&self) -> bool {
                match self {
                    $( Route::$name $({ $id: _ })? => route_table!(@has_id $($id)?), )*
                    Route::NotFound => false,
                }
            }

            /// The page's app path, such as "/options/taper".
            pub fn to_path(&self) -> String {
                match self {
                    $( Route::$name $({ $id })? => route_table!(@path $path $(, $id)?), )*
                    Route::NotFound => "/not-found".to_string(),
                }
            }

            /// The page's key in prompts.toml's `[pages]`, for the worker's prompts in session mode.
            pub fn prompts_key(&self) -> Option<&'static str> {
                match self {
                    $( Route::$name $({ $id: _ })? => Some(stringify!($prompts)), )*
                    Route::NotFound => None,
                }
            }

            /// The parts of the content (files of their own, see `content/reading.rs`) the page shows when first
            /// opened: what its prerendered HTML holds, and what the app fetches before taking it over.
            #[allow(unused_variables)]
            pub fn parts(&self) -> Vec<Part> {
                match self {
                    $( Route::$name $({ $id })? => $parts, )*
                    Route::NotFound => vec![],
                }
            }

            /// The page's own name, as used in the tab title before the product name.
            #[allow(unused_variables)]
            pub fn title(&self, bundle: &Bundle) -> String {
                let $bundle = bundle;
                match self {
                    $( Route::$name $({ $id })? => $title, )*
                    Route::NotFound => $bundle.ui.not_found_title().clone(),
                }
            }

            /// Draws the page.
            #[allow(unused_variables)]
            pub fn show(&self, page: crate::components::layout::PageArgs) -> Html {
                let $page = page;
                match self {
                    $( Route::$name $({ $id })? => $shows, )*
                    Route::NotFound => crate::pages::not_found::not_found($page.bundle),
                }
            }
        }
    };
    (@has_id) => { false };
    (@has_id $id:ident) => { true };
    (@path $path:literal) => { $path.to_string() };
    (@path $path:literal, $id:ident) => { format!("{}{}", $path, $id) };
}

include!("table.rs");

impl Route {
    /// The page's place on the "Start here" path (0 for the first step), if it is on it.
    pub fn journey_step(&self) -> Option<usize> {
        journey().position(|step| step == *self)
    }

    /// Recognizes an app path (without a language prefix), with or without a trailing slash (static hosts add one
    /// to folder paths) or the folder's `index.html`.
    pub fn from_path(path: &str) -> Route {
        let path = path.strip_suffix("index.html").filter(|p| p.is_empty() || p.ends_with('/')).unwrap_or(path);
        let trimmed = path.trim_end_matches('/');
        let trimmed = if trimmed.is_empty() { "/" } else { trimmed };
        for page in PAGES {
            if !page.route.has_id() {
                if page.path == trimmed {
                    return page.route.clone();
                }
            } else if let Some(id) = trimmed.strip_prefix(page.path).filter(|id| !id.is_empty() && !id.contains('/')) {
                let mut route = page.route.clone();
                if let Route::Option { id: own } | Route::Story { id: own } = &mut route {
                    *own = id.to_string();
                }
                return route;
            }
        }
        Route::NotFound
    }

    /// The row of the page table this page comes from.
    pub fn page(&self) -> Option<&'static Page> {
        PAGES.iter().find(|page| std::mem::discriminant(&page.route) == std::mem::discriminant(self))
    }

    /// The page's name in the menus (and in the steps' Back and Next).
    pub fn label<'a>(&self, ui: &'a Ui) -> &'a String {
        self.page().map_or_else(|| ui.nav_start(), |page| (page.label)(ui))
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

/// The pages listed in a place of the menus, in the table's order.
pub fn pages_in(place: Place) -> impl Iterator<Item = &'static Page> {
    PAGES.iter().filter(move |page| page.places.contains(&place))
}

/// The "Start here" path, in order. Each of its pages shows "Step N of 7" and Back/Next links
/// (`components/journey.rs`). Plain links: any step can be skipped.
pub fn journey() -> impl Iterator<Item = Route> {
    pages_in(Place::Step).map(|page| page.route.clone())
}

/// The paths content may link to: every page without an id (build.rs checks content links against them).
pub fn static_paths() -> impl Iterator<Item = &'static str> {
    PAGES.iter().filter(|page| !page.route.has_id()).map(|page| page.path)
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

/// Splits an address's path into its language and its app path: "/es/options/taper" is Spanish at
/// "/options/taper"; a path without a language prefix is in the default language. Only languages this build has
/// count (any other first segment is part of the path).
pub fn split_language(path: &str) -> (&'static str, &str) {
    let default = crate::content::default_language();
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let (first, rest) = match trimmed.find('/') {
        Some(at) => (&trimmed[..at], &trimmed[at..]),
        None => (trimmed, "/"),
    };
    match crate::content::languages().into_iter().find(|lang| *lang == first && *lang != default) {
        Some(lang) => (lang, rest),
        None => (default, path),
    }
}

/// The prefix a language's addresses carry: "" for the default language, "/es" for Spanish.
pub fn language_prefix(lang: &str) -> String {
    if lang == crate::content::default_language() {
        String::new()
    } else {
        format!("/{lang}")
    }
}
