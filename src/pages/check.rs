//! `/check`: true-or-false statements. After each answer, what the research says and where to read more.
//! Nothing is scored or graded.

use crate::components::{AppLink, RichText};
use crate::i18n::use_bundle;
use crate::session::{use_session, Action, CheckAnswer};
use yew::prelude::*;

#[component]
pub fn CheckPage() -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let content = &bundle.check;
    let session = use_session();
    let answered = content.question.iter().filter(|q| session.check.contains_key(&q.id)).count();

    html! {
        <>
            <h1>{ &content.title }</h1>
            <RichText text={content.lead.clone()} class="lead" />
            <ol class="check-questions">
                { for content.question.iter().map(|question| {
                    let given = session.check.get(&question.id).copied();
                    let correct = question.answer == "true";
                    html! {
                        <li class="card check-question">
                            <fieldset class="choice-group">
                                <legend>{ &question.statement }</legend>
                                <div class="choice-group__choices">
                                    { for CheckAnswer::ALL.iter().map(|answer| {
                                        let answer = *answer;
                                        let id = format!("c-{}-{}", question.id, answer.code());
                                        let label = match answer {
                                            CheckAnswer::True => &ui.check_true,
                                            CheckAnswer::False => &ui.check_false,
                                            CheckAnswer::NotSure => &ui.check_not_sure,
                                        };
                                        let onchange = {
                                            let session = session.clone();
                                            let q = question.id.clone();
                                            Callback::from(move |_: Event| session.dispatch(Action::AnswerCheck(q.clone(), answer)))
                                        };
                                        html! {
                                            <span class="choice">
                                                <input type="radio" id={id.clone()} name={format!("c-{}", question.id)}
                                                       checked={given == Some(answer)} {onchange} />
                                                <label for={id}>{ label }</label>
                                            </span>
                                        }
                                    }) }
                                </div>
                            </fieldset>
                            <div class="feedback" aria-live="polite">
                                if let Some(given) = given {
                                    <p class="feedback__verdict">
                                        <strong>{ match given {
                                            CheckAnswer::NotSure => &ui.check_unsure,
                                            CheckAnswer::True if correct => &ui.check_right,
                                            CheckAnswer::False if !correct => &ui.check_right,
                                            _ => &ui.check_not_quite,
                                        } }</strong>
                                        { " " }{ if correct { &ui.check_answer_true } else { &ui.check_answer_false } }
                                    </p>
                                    <RichText text={question.explanation.clone()} />
                                    <p><AppLink href={question.link.clone()}>{ &question.link_text }</AppLink></p>
                                }
                            </div>
                        </li>
                    }
                }) }
            </ol>
            <p class="muted" role="status">
                { ui.check_progress.replace("{count}", &answered.to_string()).replace("{total}", &content.question.len().to_string()) }
            </p>
        </>
    }
}
