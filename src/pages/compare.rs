//! `/compare`: two to four options side by side, question by question. On a phone each question stacks the
//! options one under another; on wider screens they sit in columns. Icon arrays are drawn only where two or more
//! picked options show the same outcome, so no two pictures of different outcomes or times sit side by side.

use crate::components::callback;
use crate::components::choice::on_toggle;
use crate::components::glance::glance_grid;
use crate::components::icon_array::FigureView;
use crate::components::leaning::LeaningPicker;
use crate::components::{rich_text, AppLink};
use crate::content::Bundle;
use crate::i18n::use_bundle;
use crate::routes::Route;
use crate::session::{Action, Session, MAX_COMPARE};
use yew::prelude::*;

pub fn compare_page(bundle: &'static Bundle, session: &Session) -> Html {
    let ui = &bundle.ui;
    let session = session.clone();
    let picked: Vec<_> = session.compare.iter().filter_map(|id| bundle.option(id)).collect();
    let full = picked.len() >= MAX_COMPARE;
    // One tap to where and how to start, right after the short answers (or the request to pick two).
    let how_to_start = html! {
        <p class="how-to-start-link">
            <AppLink class="button" to={Route::HowToStart}>{ ui.nav_how_to_start() }</AppLink>
        </p>
    };
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
                        let onchange = on_toggle(&session, &option.id, Action::ToggleCompare);
                        html! {
                            <li class="check-item">
                                <input type="checkbox" id={id.clone()} {checked} disabled={full && !checked} {onchange} />
                                <span>
                                    <label for={id}>{ &option.name }</label>
                                    <span class="also-called">{ &option.also_called }</span>
                                </span>
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
                { how_to_start }
            } else {
                { glance_grid(bundle, &picked) }
                { how_to_start }
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
                <FullAnswers picked={picked.iter().map(|o| AttrValue::from(o.id.clone())).collect::<Vec<_>>()} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct FullAnswersProps {
    /// The picked options' ids, in the order the page shows them.
    picked: Vec<AttrValue>,
}

/// "Show the full answers…": every question's full answer for each picked option. Closed, it holds only its
/// summary: the cells (ten questions, up to four options, with their pictures) are built the first time it is
/// opened, so picking an option does not build hundreds of elements nobody sees (issue 26: an answer change on
/// /compare was about 75 ms of script at 4x throttling, most of it here). Once opened it keeps its cells.
#[component]
fn FullAnswers(props: &FullAnswersProps) -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let opened = use_state(|| false);
    // A click on the summary (also Enter or Space on it) opens or closes it; the first one builds the cells.
    let onclick = callback::set(&opened, true);
    let picked: Vec<_> = props.picked.iter().filter_map(|id| bundle.option(id)).collect();
    // Pictures sit side by side only when they show the same outcome (one outcome is one measure over one stretch of
    // time, with one denominator: outcomes.toml), so only outcomes that two or more picked options show are drawn
    // here; an option's other pictures stay on its own page.
    let shared: Vec<&str> = {
        let mut outcomes: Vec<&str> =
            picked.iter().flat_map(|o| o.figures.iter().map(|f| f.outcome.as_str())).collect();
        outcomes.sort_unstable();
        let mut shared: Vec<&str> = outcomes.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect();
        shared.dedup();
        shared
    };

    html! {
        <details class="compare-full">
            <summary {onclick}>{ ui.compare_full_summary() }</summary>
            if *opened {
                { for bundle.questions.iter().map(|question| html! {
                    <section class="compare-question" aria-labelledby={format!("cq-{}", question.id)}>
                        <h2 id={format!("cq-{}", question.id)}>{ &question.heading }</h2>
                        <div class={classes!("compare-row", format!("compare-row--{}", picked.len()))}>
                            { for picked.iter().map(|option| {
                                let answer = option.answers.get(&question.id).unwrap_or_default();
                                html! {
                                    <article class="compare-cell" aria-label={format!("{}: {}", option.name, question.heading)}>
                                        <h3 class="compare-cell__name">
                                            <AppLink to={Route::Option { id: option.id.clone() }} fragment={question.id.clone()}>{ &option.name }</AppLink>
                                        </h3>
                                        if question.id == "research" {
                                            { for option.figures.iter().enumerate().filter(|(_, f)| shared.contains(&f.outcome.as_str())).map(|(i, figure)| html! {
                                                <FigureView {figure} id={format!("cmp-{}-{i}", option.id)} />
                                            }) }
                                            if option.figures.iter().any(|f| !shared.contains(&f.outcome.as_str())) {
                                                <p class="compare-cell__note">
                                                    <AppLink to={Route::Option { id: option.id.clone() }} fragment="research">{ ui.compare_figures_elsewhere() }</AppLink>
                                                </p>
                                            }
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
        </details>
    }
}
