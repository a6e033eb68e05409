//! `/check`: true-or-false statements. After each answer, what the research says and where to read more.
//! Nothing is scored or graded.

use crate::components::choice::{choice_group, on_pick, Choice};
use crate::components::link::content_link;
use crate::components::rich_text;
use crate::content::Bundle;
use crate::session::{Action, CheckAnswer, Session};
use yew::prelude::*;

pub fn check_page(bundle: &'static Bundle, session: &Session) -> Html {
    let ui = &bundle.ui;
    let content = &bundle.check;
    let session = session.clone();
    let answered = content.question.iter().filter(|q| session.check.contains_key(&q.id)).count();
    let choices: Vec<Choice> = CheckAnswer::ALL
        .iter()
        .map(|answer| Choice {
            value: answer.code().to_string(),
            label: match answer {
                CheckAnswer::True => ui.check_true().clone(),
                CheckAnswer::False => ui.check_false().clone(),
                CheckAnswer::NotSure => ui.check_not_sure().clone(),
            },
        })
        .collect();

    html! {
        <>
            <h1>{ &content.title }</h1>
            { rich_text(bundle, &content.lead, "lead") }
            <ol class="check-questions">
                { for content.question.iter().map(|question| {
                    let given = session.check.get(&question.id).copied();
                    let correct = question.answer == "true";
                    let onpick =
                        on_pick(&session, &question.id, |id, code| Some(Action::AnswerCheck(id, CheckAnswer::from_code(code)?)));
                    html! {
                        <li class="card check-question">
                            { choice_group(format!("c-{}", question.id), html! { &question.statement }, &choices,
                                           given.map(|g| g.code().to_string()), onpick, Classes::new(), None) }
                            <div class="feedback" aria-live="polite">
                                if let Some(given) = given {
                                    <p class="feedback__verdict">
                                        <strong>{ match given {
                                            CheckAnswer::NotSure => ui.check_unsure(),
                                            CheckAnswer::True if correct => ui.check_right(),
                                            CheckAnswer::False if !correct => ui.check_right(),
                                            _ => ui.check_not_quite(),
                                        } }</strong>
                                        { " " }{ if correct { ui.check_answer_true() } else { ui.check_answer_false() } }
                                    </p>
                                    { rich_text(bundle, &question.explanation, "") }
                                    <p>{ content_link(&question.link, &question.link_text) }</p>
                                }
                            </div>
                        </li>
                    }
                }) }
            </ol>
            <p class="muted" role="status">
                { ui.check_progress().replace("{count}", &answered.to_string()).replace("{total}", &content.question.len().to_string()) }
            </p>
        </>
    }
}
