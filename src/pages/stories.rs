//! `/stories` and `/stories/<id>`: composite recovery stories from every pathway.

use crate::components::breadcrumb::breadcrumb;
use crate::components::{rich_text, AppLink};
use crate::content::Bundle;
use crate::i18n::use_bundle;
use crate::pages::not_found::not_found_body;
use crate::routes::Route;
use yew::prelude::*;

/// Reads the value of the `<select>` that fired an event.
fn select_value(e: &Event) -> String {
    e.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()).unwrap_or_default()
}

#[component]
pub fn StoriesPage() -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let option_filter = use_state(String::new);
    let experience_filter = use_state(String::new);

    let shown: Vec<_> = bundle
        .stories
        .iter()
        .filter(|s| option_filter.is_empty() || s.options.contains(&*option_filter))
        .filter(|s| experience_filter.is_empty() || s.experiences.contains(&*experience_filter))
        .collect();
    let count = ui
        .stories_count()
        .replace("{shown}", &shown.len().to_string())
        .replace("{total}", &bundle.stories.len().to_string());

    let on_option = {
        let option_filter = option_filter.clone();
        Callback::from(move |e: Event| option_filter.set(select_value(&e)))
    };
    let on_experience = {
        let experience_filter = experience_filter.clone();
        Callback::from(move |e: Event| experience_filter.set(select_value(&e)))
    };
    let clear = {
        let (option_filter, experience_filter) = (option_filter.clone(), experience_filter.clone());
        Callback::from(move |_| {
            option_filter.set(String::new());
            experience_filter.set(String::new());
        })
    };
    let filtered = !option_filter.is_empty() || !experience_filter.is_empty();

    html! {
        <>
            <h1>{ ui.stories_title() }</h1>
            <p class="lead">{ ui.stories_lead() }</p>
            <p class="composite-label">{ ui.story_composite_label() }</p>
            <div class="filters" role="group" aria-labelledby="filters-heading">
                <h2 id="filters-heading" class="filters__heading">{ ui.stories_filter_heading() }</h2>
                <div class="filters__fields">
                    <div class="field">
                        <label for="filter-option">{ ui.stories_filter_option() }</label>
                        <select id="filter-option" onchange={on_option}>
                            <option value="" selected={option_filter.is_empty()}>{ ui.stories_filter_any_option() }</option>
                            { for bundle.options.iter().map(|o| html! {
                                <option value={o.id.clone()} selected={*option_filter == o.id}>{ &o.name }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-experience">{ ui.stories_filter_experience() }</label>
                        <select id="filter-experience" onchange={on_experience}>
                            <option value="" selected={experience_filter.is_empty()}>{ ui.stories_filter_any_experience() }</option>
                            { for bundle.experiences.iter().map(|x| html! {
                                <option value={x.id.clone()} selected={*experience_filter == x.id}>{ &x.label }</option>
                            }) }
                        </select>
                    </div>
                </div>
                <p class="filters__status" role="status">
                    { count }
                    if filtered {
                        { " " }<button type="button" class="link-button" onclick={clear}>{ ui.stories_clear() }</button>
                    }
                </p>
            </div>
            if shown.is_empty() {
                <p class="callout">{ ui.stories_none() }</p>
            }
            <ul class="story-cards">
                { for shown.iter().map(|story| {
                    let paths: Vec<String> = story.options.iter()
                        .filter_map(|id| bundle.option(id))
                        .map(|o| o.name.clone())
                        .collect();
                    html! {
                        <li class="card story-card">
                            <h2 class="card__title">
                                <AppLink to={Route::Story { id: story.id.clone() }}>{ &story.title }</AppLink>
                            </h2>
                            <p>{ &story.summary }</p>
                            <p class="story-card__paths">{ format!("{} {}", ui.story_paths_label(), paths.join(", ")) }</p>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

/// One story. (A plain function: each component type costs about 1 KB of wasm.)
pub fn story_detail(bundle: &'static Bundle, id: &str) -> Html {
    let ui = &bundle.ui;
    let Some(story) = bundle.story(id) else {
        return not_found_body(bundle, ui.story_not_found_title(), ui.story_not_found_body());
    };
    html! {
        <>
            { breadcrumb(bundle, (Route::Stories, ui.stories_title()), &story.title) }
            <h1>{ &story.title }</h1>
            <p class="composite-label">{ ui.story_composite_label() }</p>
            <div class="story-body">{ rich_text(bundle, &story.body, "") }</div>
            <div class="story-lists">
                <section aria-labelledby="helped">
                    <h2 id="helped">{ ui.story_helped_heading() }</h2>
                    <ul>{ for story.helped.iter().map(|h| html! { <li>{ h }</li> }) }</ul>
                </section>
                <section aria-labelledby="hard">
                    <h2 id="hard">{ ui.story_hard_heading() }</h2>
                    <ul>{ for story.hard.iter().map(|h| html! { <li>{ h }</li> }) }</ul>
                </section>
            </div>
            <aside class="safety-note" aria-labelledby="story-safety">
                <h2 id="story-safety">{ ui.story_safety_heading() }</h2>
                { rich_text(bundle, &story.safety, "") }
            </aside>
            <h2>{ ui.story_paths_heading() }</h2>
            <ul class="link-list">
                { for story.options.iter().filter_map(|id| bundle.option(id)).map(|o| html! {
                    <li><AppLink to={Route::Option { id: o.id.clone() }}>{ &o.name }</AppLink></li>
                }) }
            </ul>
        </>
    }
}
