//! The app shell: language context, router, and the page chosen by the current path.

use crate::components::layout::Layout;
use crate::i18n::Language;
use crate::pages;
use crate::routes::Route;
use crate::session::{Session, SessionState};
use yew::prelude::*;
use yew_router::prelude::*;

#[component]
pub fn App() -> Html {
    let language = use_state(Language::default_language);
    let session = use_reducer(SessionState::default);
    html! {
        <ContextProvider<Language> context={(*language).clone()}>
        <ContextProvider<Session> context={session}>
            // The router reads the base path from <base href>, so the app works under any sub-path.
            <BrowserRouter>
                <Layout render={Callback::from(render_page)} />
            </BrowserRouter>
        </ContextProvider<Session>>
        </ContextProvider<Language>>
    }
}

/// The page for a route.
pub fn render_page(route: Route) -> Html {
    match route {
        Route::Start => html! { <pages::start::StartPage /> },
        Route::Options => html! { <pages::options::OptionsPage /> },
        Route::Option { id } => html! { <pages::option::OptionDetail {id} /> },
        Route::Compare => html! { <pages::compare::ComparePage /> },
        Route::Matters => html! { <pages::matters::MattersPage /> },
        Route::Check => html! { <pages::check::CheckPage /> },
        Route::Sure => html! { <pages::sure::SurePage /> },
        Route::Steps => html! { <pages::steps::StepsPage /> },
        Route::Summary => html! { <pages::summary::SummaryPage /> },
        Route::Professionals => html! { <pages::professionals::ProfessionalsPage /> },
        Route::Stories => html! { <pages::stories::StoriesPage /> },
        Route::Story { id } => html! { <pages::stories::StoryDetail {id} /> },
        Route::Safety => html! { <pages::article::SafetyPage /> },
        Route::Privacy => html! { <pages::article::PrivacyPage /> },
        Route::About => html! { <pages::article::AboutPage /> },
        Route::NotFound => html! { <pages::not_found::NotFound /> },
    }
}
