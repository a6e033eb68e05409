//! The short layer: each option's short answers to the same nine questions ("In short" on its page, the grid on
//! /compare), and a medication's "Starting" box. Each short answer links to the long answer that gives the detail.

use crate::components::{rich_text, AppLink};
use crate::content::{Bundle, GlanceQuestion, OptionPage};
use crate::routes::Route;
use yew::prelude::*;

/// The link from a short answer to its long answer, named for screen readers by the option and the question (a
/// page of "Full answer" links would otherwise all sound the same).
fn full_answer_link(bundle: &Bundle, option: &OptionPage, question: &GlanceQuestion) -> Html {
    html! {
        <AppLink class="glance__more" to={Route::Option { id: option.id.clone() }} fragment={question.section.clone()}>
            { bundle.ui.glance_full_answer() }
            <span class="visually-hidden">{ format!(": {}, {}", option.name, question.heading) }</span>
        </AppLink>
    }
}

/// "In short": the option's nine short answers, before the long sections.
pub fn glance_list(bundle: &Bundle, option: &OptionPage) -> Html {
    let glance = &bundle.glance;
    html! {
        <section class="glance" aria-labelledby="glance-heading" id="in-short">
            <h2 id="glance-heading">{ &glance.heading }</h2>
            <p class="glance__intro">{ &glance.intro }</p>
            <dl class="glance__list">
                { for glance.question.iter().map(|question| html! {
                    <div class="glance__item">
                        <dt>{ &question.heading }</dt>
                        <dd>
                            { rich_text(bundle, option.glance.get(&question.id).unwrap_or_default(), "") }
                            { full_answer_link(bundle, option, question) }
                        </dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}

/// A medication's "Starting" box: the first days, whether withdrawal comes first, and what fentanyl changes.
pub fn starting_box(bundle: &Bundle, option: &OptionPage) -> Html {
    let ui = &bundle.ui;
    let Some(starting) = &option.starting else { return html! {} };
    html! {
        <section class="starting" aria-labelledby="starting-heading" id="starting">
            <h2 id="starting-heading">{ ui.starting_heading() }</h2>
            <h3>{ ui.starting_first_days() }</h3>
            { rich_text(bundle, &starting.first_days, "") }
            <h3>{ ui.starting_withdrawal() }</h3>
            { rich_text(bundle, &starting.withdrawal, "") }
            <h3>{ ui.starting_fentanyl() }</h3>
            { rich_text(bundle, &starting.fentanyl, "") }
            <p class="starting__more">
                <AppLink to={Route::Option { id: option.id.clone() }} fragment="start">{ ui.starting_more() }</AppLink>
            </p>
        </section>
    }
}

/// The names people use for an option ("Other names: subs, bupe, Suboxone"), beside its name wherever options are
/// listed or picked (issue 25).
pub fn other_names(bundle: &Bundle, option: &OptionPage) -> Html {
    if option.also_called.is_empty() {
        return html! {};
    }
    html! {
        <p class="also-called">
            <span class="also-called__label">{ bundle.ui.option_other_names() }{ ": " }</span>{ &option.also_called }
        </p>
    }
}

/// The grid on /compare: a row per question, a column per picked option. On a phone each row becomes the question
/// over the options' answers side by side (the stylesheet), and each answer names its option, since the column
/// headings are not in view there.
pub fn glance_grid(bundle: &Bundle, picked: &[&OptionPage]) -> Html {
    let glance = &bundle.glance;
    html! {
        <section class="glance-compare" aria-labelledby="glance-heading">
            <h2 id="glance-heading">{ &glance.heading }</h2>
            <p class="glance__intro">{ &glance.intro }</p>
            <table class={classes!("glance-grid", format!("glance-grid--{}", picked.len()))}>
                <thead>
                    <tr>
                        <td></td>
                        { for picked.iter().map(|option| html! {
                            <th scope="col">
                                <AppLink to={Route::Option { id: option.id.clone() }}>{ &option.name }</AppLink>
                                { other_names(bundle, option) }
                            </th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for glance.question.iter().map(|question| html! {
                        <tr>
                            <th scope="row">{ &question.heading }</th>
                            { for picked.iter().map(|option| html! {
                                <td>
                                    // On a phone the column headings are out of view: the option's name heads its
                                    // answer and leads to the full one (the stylesheet shows one link or the other).
                                    <AppLink class="glance-grid__name" to={Route::Option { id: option.id.clone() }} fragment={question.section.clone()}>
                                        { &option.name }
                                        <span class="visually-hidden">{ format!(": {}", bundle.ui.glance_full_answer()) }</span>
                                    </AppLink>
                                    { rich_text(bundle, option.glance.get(&question.id).unwrap_or_default(), "") }
                                    { full_answer_link(bundle, option, question) }
                                </td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
