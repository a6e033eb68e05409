//! `/compare`: two to four options side by side, question by question. On a phone each question stacks the
//! options one under another; on wider screens they sit in columns. Icon arrays line up where outcomes match.

use crate::components::icon_array::FigureView;
use crate::components::leaning::LeaningPicker;
use crate::components::{rich_text, AppLink};
use crate::content::Bundle;
use crate::session::{Action, Session, MAX_COMPARE};
use yew::prelude::*;

pub fn compare_page(bundle: &'static Bundle, session: &Session) -> Html {
    let ui = &bundle.ui;
    let session = session.clone();
    let picked: Vec<_> = session.compare.iter().filter_map(|id| bundle.option(id)).collect();
    let full = picked.len() >= MAX_COMPARE;

    html! {
        <>
            <h1>{ ui.compare_title() }</h1>
            <p class="lead">{ ui.compare_lead() }</p>
            <fieldset class="choice-group compare-pick">
                <legend>{ ui.compare_pick_legend() }</legend>
                <ul class="check-list compare-pick__list">
                    { for bundle.options.iter().map(|option| {
                        let checked = session.compare.contains(&option.id);
                        let id = format!("compare-{}", option.id);
                        let onchange = {
                            let session = session.clone();
                            let option = option.id.clone();
                            Callback::from(move |_: Event| session.dispatch(Action::ToggleCompare(option.clone())))
                        };
                        html! {
                            <li class="check-item">
                                <input type="checkbox" id={id.clone()} {checked} disabled={full && !checked} {onchange} />
                                <label for={id}>{ &option.name }</label>
                            </li>
                        }
                    }) }
                </ul>
                <p class="choice-group__hint" role="status">
                    { ui.compare_picked().replace("{count}", &picked.len().to_string()) }
                </p>
            </fieldset>

            if picked.len() < 2 {
                <p class="callout">{ ui.compare_need_two() }</p>
            } else {
                <section aria-labelledby="compare-leanings">
                    <h2 id="compare-leanings">{ ui.compare_your_leaning() }</h2>
                    <div class={classes!("compare-row", format!("compare-row--{}", picked.len()))}>
                        { for picked.iter().map(|option| html! {
                            <div class="compare-cell">
                                <LeaningPicker option_id={option.id.clone()} compact=true />
                            </div>
                        }) }
                    </div>
                </section>
                { for bundle.questions.iter().map(|question| html! {
                    <section class="compare-question" aria-labelledby={format!("cq-{}", question.id)}>
                        <h2 id={format!("cq-{}", question.id)}>{ &question.heading }</h2>
                        <div class={classes!("compare-row", format!("compare-row--{}", picked.len()))}>
                            { for picked.iter().map(|option| {
                                let answer = option.answers.get(&question.id).unwrap_or_default();
                                html! {
                                    <article class="compare-cell" aria-label={format!("{}: {}", option.name, question.heading)}>
                                        <h3 class="compare-cell__name">
                                            <AppLink href={format!("/options/{}#{}", option.id, question.id)}>{ &option.name }</AppLink>
                                        </h3>
                                        if question.id == "research" {
                                            { for option.figures.iter().enumerate().map(|(i, figure)| html! {
                                                <FigureView {figure} id={format!("cmp-{}-{i}", option.id)} />
                                            }) }
                                        }
                                        { rich_text(bundle, answer, "") }
                                        if question.id == "ask" {
                                            <ul>{ for option.questions.iter().map(|q| html! { <li>{ q }</li> }) }</ul>
                                        }
                                    </article>
                                }
                            }) }
                        </div>
                    </section>
                }) }
            }
        </>
    }
}
