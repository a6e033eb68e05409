//! `/review`: the review pack for a service's clinical lead and peer lead. Every claim with a figure, page by page
//! and option by option, with its source and how sure it is; the content's date and update policy; space to sign.
//! Not linked from the client's menus. Built for paper: see `.review` in the print styles.

use crate::components::rich_text;
use crate::content::{Bundle, ReviewClaim};
use crate::platform;
use crate::session::setting::SettingHandle;
use yew::prelude::*;

pub fn review_page(bundle: &Bundle, setting: &SettingHandle) -> Html {
    let pack = &bundle.review;
    let page = &pack.page;
    let on_print = Callback::from(|_| platform::print());
    html! {
        <div class="review">
            <h1>{ &page.title }</h1>
            { rich_text(bundle, &page.lead, "lead") }
            if setting.policy().may_print() {
                <p class="no-print">
                    <button type="button" class="button" onclick={on_print}>{ &page.print }</button>
                </p>
            }

            <section aria-labelledby="review-claims">
                <h2 id="review-claims">{ &page.claims_heading }</h2>
                { rich_text(bundle, &page.claims_intro, "") }
                { for by_page(&pack.claims).into_iter().enumerate().map(|(i, (name, claims))| html! {
                    <section class="review-page" aria-labelledby={format!("review-page-{i}")}>
                        <h3 id={format!("review-page-{i}")}>{ name }</h3>
                        <ol class="review-claims">
                            { for claims.into_iter().map(|claim| claim_item(bundle, claim)) }
                        </ol>
                    </section>
                }) }
            </section>

            <section aria-labelledby="review-policy" class="review-policy">
                <h2 id="review-policy">{ &page.policy_heading }</h2>
                <h3>{ &pack.dates_heading }</h3>
                { rich_text(bundle, &pack.dates, "") }
            </section>

            <section aria-labelledby="review-sign" class="review-sign">
                <h2 id="review-sign">{ &page.sign_heading }</h2>
                { rich_text(bundle, &page.sign_intro, "") }
                { for page.sign_roles.iter().map(|role| html! {
                    <div class="review-sign__block">
                        <h3>{ role }</h3>
                        { for page.sign_fields.iter().map(|field| html! {
                            <p class="review-sign__line"><span>{ field }</span></p>
                        }) }
                    </div>
                }) }
            </section>
        </div>
    }
}

fn claim_item(bundle: &Bundle, claim: &ReviewClaim) -> Html {
    let page = &bundle.review.page;
    html! {
        <li class="review-claim">
            if !claim.section.is_empty() {
                <p class="review-claim__where">{ &claim.section }</p>
            }
            { rich_text(bundle, &claim.claim, "review-claim__text") }
            <dl class="review-claim__facts">
                <dt>{ &page.sources_label }</dt>
                <dd>{ claim.sources.join("; ") }</dd>
                <dt>{ &page.certainty_label }</dt>
                <dd>{ &claim.certainty }</dd>
            </dl>
        </li>
    }
}

/// The claims grouped by page, in the order they first appear.
fn by_page(claims: &[ReviewClaim]) -> Vec<(&str, Vec<&ReviewClaim>)> {
    let mut groups: Vec<(&str, Vec<&ReviewClaim>)> = Vec::new();
    for claim in claims {
        match groups.iter_mut().find(|(name, _)| *name == claim.page) {
            Some((_, list)) => list.push(claim),
            None => groups.push((&claim.page, vec![claim])),
        }
    }
    groups
}
