//! `/stories` and `/stories/<id>`: composite recovery stories from every pathway.

use crate::components::{AppLink, RichText};
use crate::i18n::use_bundle;
use crate::pages::not_found::NotFoundBody;
use yew::prelude::*;

#[component]
pub fn StoriesPage() -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    html! {
        <>
            <h1>{ &ui.stories_title }</h1>
            <p class="lead">{ &ui.stories_lead }</p>
            <p class="muted">{ &ui.story_composite_label }</p>
            <ul class="story-cards">
                { for bundle.stories.iter().map(|story| {
                    let paths: Vec<String> = story.options.iter()
                        .filter_map(|id| bundle.option(id))
                        .map(|o| o.name.clone())
                        .collect();
                    html! {
                        <li class="card story-card">
                            <h2 class="card__title">
                                <AppLink href={format!("/stories/{}", story.id)}>{ &story.title }</AppLink>
                            </h2>
                            <p>{ &story.summary }</p>
                            <p class="story-card__paths">{ format!("{} {}", ui.story_paths_label, paths.join(", ")) }</p>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct StoryDetailProps {
    pub id: AttrValue,
}

#[component]
pub fn StoryDetail(props: &StoryDetailProps) -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let Some(story) = bundle.story(&props.id) else {
        return html! { <NotFoundBody title={ui.story_not_found_title.clone()} body={ui.story_not_found_body.clone()} /> };
    };
    html! {
        <>
            <nav class="breadcrumb" aria-label={ui.breadcrumb_label.clone()}>
                <ol>
                    <li><AppLink href="/stories">{ &ui.stories_title }</AppLink></li>
                    <li aria-current="page">{ &story.title }</li>
                </ol>
            </nav>
            <h1>{ &story.title }</h1>
            <p class="composite-label">{ &ui.story_composite_label }</p>
            <div class="story-body"><RichText text={story.body.clone()} /></div>
            <div class="story-lists">
                <section aria-labelledby="helped">
                    <h2 id="helped">{ &ui.story_helped_heading }</h2>
                    <ul>{ for story.helped.iter().map(|h| html! { <li>{ h }</li> }) }</ul>
                </section>
                <section aria-labelledby="hard">
                    <h2 id="hard">{ &ui.story_hard_heading }</h2>
                    <ul>{ for story.hard.iter().map(|h| html! { <li>{ h }</li> }) }</ul>
                </section>
            </div>
            <aside class="safety-note" aria-labelledby="story-safety">
                <h2 id="story-safety">{ &ui.story_safety_heading }</h2>
                <RichText text={story.safety.clone()} />
            </aside>
            <h2>{ &ui.story_paths_heading }</h2>
            <ul class="link-list">
                { for story.options.iter().filter_map(|id| bundle.option(id)).map(|o| html! {
                    <li><AppLink href={format!("/options/{}", o.id)}>{ &o.name }</AppLink></li>
                }) }
            </ul>
        </>
    }
}
