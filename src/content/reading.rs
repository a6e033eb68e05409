//! Splits a language's long texts ([`Reading`]) from the rest of its content at build time, and puts them back
//! in the browser once their file has arrived. The two functions walk the same fields in the same order; a native
//! test checks that splitting and merging gives back the bundle the build checked. Shared with `build.rs`.

use super::model::*;
use std::mem::take;

/// Takes the long texts out of a bundle, leaving empty strings and lists in their place.
pub fn split(bundle: &mut Bundle) -> Reading {
    bundle.complete = false;
    Reading {
        answers: bundle.options.iter_mut().map(|o| take(&mut o.answers)).collect(),
        stories: bundle
            .stories
            .iter_mut()
            .map(|s| StoryText {
                body: take(&mut s.body),
                helped: take(&mut s.helped),
                hard: take(&mut s.hard),
                safety: take(&mut s.safety),
            })
            .collect(),
        sections: article_bodies(&mut bundle.pages).map(take).collect(),
        professionals: professional_texts(&mut bundle.pages.professionals).map(take).collect(),
    }
}

/// Puts the long texts back. False, with the bundle unchanged, when they do not fit it (another version's file).
pub fn merge(bundle: &mut Bundle, reading: Reading) -> bool {
    let fits = reading.answers.len() == bundle.options.len()
        && reading.stories.len() == bundle.stories.len()
        && reading.sections.len() == article_bodies(&mut bundle.pages).count()
        && reading.professionals.len() == professional_texts(&mut bundle.pages.professionals).count();
    if !fits {
        return false;
    }
    for (option, answers) in bundle.options.iter_mut().zip(reading.answers) {
        option.answers = answers;
    }
    for (story, text) in bundle.stories.iter_mut().zip(reading.stories) {
        story.body = text.body;
        story.helped = text.helped;
        story.hard = text.hard;
        story.safety = text.safety;
    }
    for (slot, text) in article_bodies(&mut bundle.pages).zip(reading.sections) {
        *slot = text;
    }
    for (slot, text) in professional_texts(&mut bundle.pages.professionals).zip(reading.professionals) {
        *slot = text;
    }
    bundle.complete = true;
    true
}

fn article_bodies(pages: &mut Pages) -> impl Iterator<Item = &mut String> {
    [&mut pages.safety, &mut pages.privacy, &mut pages.about]
        .into_iter()
        .flat_map(|page| page.sections.iter_mut().map(|section| &mut section.body))
}

fn professional_texts(page: &mut ProfessionalsPage) -> impl Iterator<Item = &mut String> {
    page.beliefs
        .item
        .iter_mut()
        .map(|belief| &mut belief.evidence)
        .chain(page.self_check.item.iter_mut().map(|item| &mut item.why))
        .chain([&mut page.in_session.body])
}
