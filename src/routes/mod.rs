//! The app's pages and their stable paths: one list, `table.rs`. This module reads it as plain data (it depends on
//! nothing else, so build.rs includes it as it is): the `Route` type, each page's path, the menus, the "Start here"
//! path, the paths content may link to and the worker's prompts each page needs. Each page's title, menu label and
//! content parts come from the same table in `content/route_texts.rs`; what draws each page is `pages::switch`.
//!
//! A page's address is its path, after a language prefix for every language but the default: `/options/taper` in
//! English, `/es/options/taper` in Spanish (`platform::address::split_language`).

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
}

/// The page table's grammar, written once. Each reader of `table.rs` defines a local `route_table!` that forwards
/// here with its mode: `data` (this module: the routes as plain data) or `texts` (`content/route_texts.rs`: each
/// page's title, menu label and content parts, which need the content's types).
macro_rules! page_table {
    (
        $mode:ident; $bundle:ident;
        $( $name:ident $({ $id:ident })? = $path:literal, in [$($place:ident),*], label $label:ident,
           prompts $prompts:ident, parts $parts:expr, title $title:expr; )*
    ) => {
        page_table!(@$mode $bundle; $( $name $({ $id })? = $path, [$($place),*], $label, $prompts, $parts, $title; )*);
    };
    (@data $bundle:ident; $( $name:ident $({ $id:ident })? = $path:literal, [$($place:ident),*], $label:ident,
        $prompts:ident, $parts:expr, $title:expr; )*) => {
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
                    $( Route::$name $({ $id: _ })? => page_table!(@has_id $($id)?), )*
                    Route::NotFound => false,
                }
            }

            /// The page's app path, such as "/options/taper".
            pub fn to_path(&self) -> String {
                match self {
                    $( Route::$name $({ $id })? => page_table!(@path $path $(, $id)?), )*
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
        }
    };
    (@texts $bundle:ident; $( $name:ident $({ $id:ident })? = $path:literal, [$($place:ident),*], $label:ident,
        $prompts:ident, $parts:expr, $title:expr; )*) => {
        impl Route {
            /// The parts of the content (files of their own, see `content/parts.rs`) the page shows when first
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

            /// The page's name in the menus (and in the steps' Back and Next).
            pub fn label<'a>(&self, ui: &'a Ui) -> &'a String {
                match self {
                    $( Route::$name $({ $id: _ })? => ui.$label(), )*
                    Route::NotFound => ui.nav_start(),
                }
            }
        }
    };
    (@has_id) => { false };
    (@has_id $id:ident) => { true };
    (@path $path:literal) => { $path.to_string() };
    (@path $path:literal, $id:ident) => { format!("{}{}", $path, $id) };
}
pub(crate) use page_table;

macro_rules! route_table {
    ($($table:tt)*) => { page_table!(data; $($table)*); };
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

/// Every page's path without an id (the end-to-end tests' list of pages).
pub fn static_paths() -> impl Iterator<Item = &'static str> {
    PAGES.iter().filter(|page| !page.route.has_id()).map(|page| page.path)
}
