//! `/options/<id>`: one option answering the ten questions, with its stories and sources.

use crate::components::breadcrumb::breadcrumb;
use crate::components::choice::on_toggle;
use crate::components::glance::{glance_list, other_names, starting_box};
use crate::components::icon_array::FigureView;
use crate::components::leaning::LeaningPicker;
use crate::components::read_aloud::ReadAloud;
use crate::components::reference::{reference_line, reference_link};
use crate::components::{rich_text, section_nav, AppLink};
use crate::content::{cited_keys, Bundle, OptionPage};
use crate::i18n::use_bundle;
use crate::pages::not_found::not_found_body;
use crate::routes::Route;
use crate::session::{use_session, Action};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OptionDetailProps {
    pub id: AttrValue,
}

#[component]
pub fn OptionDetail(props: &OptionDetailProps) -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let Some(option) = bundle.option(&props.id) else {
        return not_found_body(bundle, ui.option_not_found_title(), ui.option_not_found_body());
    };
    let page = Route::Option { id: option.id.clone() };
    let sections = bundle.questions.iter().map(|q| (q.id.as_str(), q.heading.as_str()));

    html! {
        <>
            { breadcrumb(bundle, (Route::Options, ui.options_title()), &option.name) }
            <h1>{ &option.name }</h1>
            { other_names(bundle, option) }
            // One tap from the top of the page to where and how to start this path.
            <p class="how-to-start-link">
                <AppLink class="button" to={Route::HowToStart} fragment={option.id.clone()}>
                    { ui.nav_how_to_start() }
                </AppLink>
            </p>
            { rich_text(bundle, &option.summary, "lead") }
            { glance_list(bundle, option) }
            { starting_box(bundle, option) }
            <LeaningPicker option_id={option.id.clone()} />
            { section_nav(bundle, &page, sections) }
            { for bundle.questions.iter().map(|question| {
                let answer = option.answers.get(&question.id).unwrap_or_default();
                html! {
                    <section class="answer" aria-labelledby={question.id.clone()} id={format!("sec-{}", question.id)}>
                        <h2 id={question.id.clone()}>{ &question.heading }</h2>
                        <ReadAloud target={format!("sec-{}", question.id)} />
                        if question.id == "research" {
                            { for option.figures.iter().enumerate().map(|(i, figure)| html! {
                                <FigureView {figure} id={format!("{}-fig-{i}", option.id)} />
                            }) }
                        }
                        { rich_text(bundle, answer, "") }
                        if question.id == "research" {
                            if let Some(gaps) = &option.research_gaps {
                                <div class="research-gaps">
                                    <h3>{ ui.research_gaps_heading() }</h3>
                                    { rich_text(bundle, gaps, "") }
                                </div>
                            }
                        }
                        if question.id == "safety" && option.tolerance_drops {
                            <aside class="safety-note" aria-label={ui.tolerance_note_heading().clone()}>
                                <h3>{ ui.tolerance_note_heading() }</h3>
                                { rich_text(bundle, ui.tolerance_note(), "") }
                            </aside>
                        }
                        if question.id == "ask" {
                            <AskList option_id={option.id.clone()} />
                        }
                    </section>
                }
            }) }
            { related_stories(bundle, option) }
            { sources(bundle, option) }
            { option_pager(bundle, option) }
        </>
    }
}

/// Stories from people who took this path.
fn related_stories(bundle: &Bundle, option: &OptionPage) -> Html {
    let ui = &bundle.ui;
    let stories: Vec<_> = bundle.stories.iter().filter(|s| s.options.contains(&option.id)).collect();
    if stories.is_empty() {
        return html! {};
    }
    html! {
        <section class="related" aria-labelledby="stories-heading">
            <h2 id="stories-heading">{ ui.option_stories_heading() }</h2>
            <p class="muted">{ ui.story_composite_label() }</p>
            <ul class="link-list">
                { for stories.iter().map(|story| html! {
                    <li>
                        <AppLink to={Route::Story { id: story.id.clone() }}>{ &story.title }</AppLink>
                        <span class="link-list__note">{ &story.summary }</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// Every reference the page cites, in full.
fn sources(bundle: &Bundle, option: &OptionPage) -> Html {
    let ui = &bundle.ui;
    let answers = &option.answers;
    let starting =
        option.starting.iter().flat_map(|s| [s.first_days.as_str(), s.withdrawal.as_str(), s.fentanyl.as_str()]);
    let short = option.glance.entries().map(|(_, answer)| answer);
    let keys = cited_keys(
        answers.entries().map(|(_, answer)| answer).chain(short).chain(starting).chain([option.summary.as_str()]),
    );
    if keys.is_empty() {
        return html! {};
    }
    html! {
        <section class="sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{ ui.option_sources_heading() }</h2>
            <p>{ ui.option_sources_intro() }</p>
            <ul class="reference-list">
                { for keys.iter().filter_map(|key| bundle.reference(key)).map(|r| html! {
                    <li>{ reference_link(r) }{ ": " }{ reference_line(r) }</li>
                }) }
            </ul>
        </section>
    }
}

/// Links to the options before and after this one, so every option is one step from another.
fn option_pager(bundle: &Bundle, option: &OptionPage) -> Html {
    let ui = &bundle.ui;
    let options = &bundle.options;
    let index = options.iter().position(|o| o.id == option.id).unwrap_or(0);
    let previous = &options[(index + options.len() - 1) % options.len()];
    let next = &options[(index + 1) % options.len()];
    html! {
        <nav class="pager" aria-label={ui.option_other_options().clone()}>
            <AppLink class="pager__link" to={Route::Option { id: previous.id.clone() }}>
                <span class="pager__label">{ ui.option_previous() }</span>
                <span class="pager__name">{ &previous.name }</span>
            </AppLink>
            <AppLink class="pager__link pager__link--next" to={Route::Option { id: next.id.clone() }}>
                <span class="pager__label">{ ui.option_next() }</span>
                <span class="pager__name">{ &next.name }</span>
            </AppLink>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct AskListProps {
    option_id: AttrValue,
}

/// The option's questions to ask, each with a box to put it into the summary.
#[component]
fn AskList(props: &AskListProps) -> Html {
    let bundle = use_bundle();
    let session = use_session();
    let Some(option) = bundle.option(&props.option_id) else { return html! {} };
    html! {
        <>
            <p class="choice-group__hint">{ bundle.ui.question_pick_hint() }</p>
            <ul class="ask-list">
                { for option.questions.iter().enumerate().map(|(i, question)| {
                    let key = format!("{}:{i}", option.id);
                    let id = format!("ask-{}-{i}", option.id);
                    let onchange = on_toggle(&session, &key, Action::ToggleQuestion);
                    html! {
                        <li class="check-item">
                            <input type="checkbox" id={id.clone()} checked={session.questions.contains(&key)} {onchange} />
                            <label for={id}>{ question }</label>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
