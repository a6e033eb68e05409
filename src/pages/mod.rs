//! One module per page of product.md's page table.

pub mod article;
pub mod check;
pub mod check_settings;
pub mod compare;
pub mod matters;
pub mod not_found;
pub mod option;
pub mod options;
pub mod professionals;
pub mod review;
pub mod start;
pub mod steps;
pub mod stories;
pub mod summary;
pub mod sure;

use crate::components::page::PageArgs;
use crate::routes::Route;
use yew::{html, Html};

/// Draws the page at a route: what `Layout` shows in its main landmark (as in Yew's `function_router`, the switch
/// lives with the pages, so the page table below stays plain data).
pub fn switch(page: PageArgs) -> Html {
    let bundle = page.bundle;
    match &page.route {
        Route::Start => start::start_page(bundle, &page.setting),
        Route::Options => options::options_page(bundle),
        Route::Option { id } => html! { <option::OptionDetail id={id.clone()} /> },
        Route::Compare => compare::compare_page(bundle, &page.session),
        Route::Matters => matters::matters_page(bundle, &page.session),
        Route::Check => check::check_page(bundle, &page.session),
        Route::Sure => sure::sure_page(bundle, &page.session),
        Route::Steps => steps::steps_page(bundle, &page.session),
        Route::Summary => html! { <summary::SummaryPage /> },
        Route::Stories => html! { <stories::StoriesPage /> },
        Route::Story { id } => stories::story_detail(bundle, id),
        Route::Safety => article::safety_page(bundle, &page.setting),
        Route::HowToStart => article::how_to_start_page(bundle, &page.setting),
        Route::Privacy => article::privacy_page(bundle, &page.setting, &page.session),
        Route::About => article::about_page(bundle, &page.setting),
        Route::Professionals => professionals::professionals_page(bundle),
        Route::CheckSettings => check_settings::check_settings_page(bundle, &page.setting),
        Route::Review => review::review_page(bundle),
        Route::NotFound => not_found::not_found(bundle),
    }
}
