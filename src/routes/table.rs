// The app's pages, in the order the menus list them: the one list. Adding a page means a row here, its page
// component and its content files. Each row says:
// - the page's name (`Route::…`), with `{ id }` when its path ends in an option's or a story's id;
// - its path (for a page with an id, the path before the id);
// - where the menus list it: `Step` (a step of the "Start here" path: the header menu, the footer's tools, Back
//   and Next), `Menu` (the header menu), `About` (the footer's second group), and the label there;
// - its worker's prompts in session mode (the key under `[pages]` in prompts.toml; the build requires them);
// - the parts of the content it shows when first opened (`content/parts.rs`): what its prerendered HTML holds and
//   what the app fetches before taking it over;
// - its title, from the content (`bundle`).
// What draws each page is `pages::switch`. Three readers include this file, each with its own `route_table!`
// (all three forward to `routes::page_table!`): `routes/mod.rs` for the pages as plain data, `content/route_texts.rs`
// for their titles, labels and parts, and build.rs (through `routes/mod.rs`) for the paths content may link to and
// the prompts each page needs.
route_table! {
    bundle;

    Start = "/", in [], label nav_start, prompts start,
        parts vec![],
        title bundle.pages.start.title.clone();
    Options = "/options", in [Step], label nav_options, prompts options,
        parts vec![Part::Pages],
        title bundle.ui.options_title().clone();
    // Each option's page shows its own texts and where their numbers come from (an unknown option's, neither).
    Option { id } = "/options/", in [], label nav_options, prompts option,
        parts option_parts(id),
        title bundle.option(id).map(|o| o.name.clone()).unwrap_or_else(|| bundle.ui.option_not_found_title().clone());
    // Opened with nothing picked (a first visit), compare shows only the picker; see `Route::waits_for`.
    Compare = "/compare", in [Step], label nav_compare, prompts compare,
        parts vec![Part::Pages],
        title bundle.ui.compare_title().clone();
    // Issue 25: what matters comes after the short answers (the path answers first).
    Matters = "/matters", in [Step], label nav_matters, prompts matters,
        parts vec![Part::Pages, Part::Tools],
        title bundle.matters.title.clone();
    Check = "/check", in [Step], label nav_check, prompts check,
        parts vec![Part::Pages, Part::Tools],
        title bundle.check.title.clone();
    Sure = "/sure", in [Step], label nav_sure, prompts sure,
        parts vec![Part::Pages, Part::Tools],
        title bundle.sure.title.clone();
    Steps = "/steps", in [Step], label nav_steps, prompts steps,
        parts vec![Part::Pages, Part::Tools],
        title bundle.steps.title.clone();
    Summary = "/summary", in [Step], label nav_summary, prompts summary,
        parts vec![Part::Pages, Part::Tools],
        title bundle.ui.summary_title().clone();
    // The stories' list filters by experience, which comes with the stories' texts.
    Stories = "/stories", in [Menu, About], label nav_stories, prompts stories,
        parts vec![Part::Pages, Part::Stories],
        title bundle.ui.stories_title().clone();
    Story { id } = "/stories/", in [], label nav_stories, prompts stories,
        parts vec![Part::Pages, Part::Stories],
        title bundle.story(id).map(|s| s.title.clone()).unwrap_or_else(|| bundle.ui.story_not_found_title().clone());
    Safety = "/safety", in [Menu, About], label nav_safety, prompts safety,
        parts vec![Part::Pages, Part::Articles],
        title bundle.pages.safety.title.clone();
    // Where and how to start each path: who to call first (a service's own contacts, then the national finders).
    HowToStart = "/how-to-start", in [Menu, About], label nav_how_to_start, prompts steps,
        parts vec![Part::Pages, Part::Articles, Part::Starting],
        title bundle.pages.how_to_start.title.clone();
    Privacy = "/privacy", in [About], label footer_privacy, prompts privacy,
        parts vec![Part::Pages, Part::Articles],
        title bundle.pages.privacy.title.clone();
    // About lists every reference.
    About = "/about", in [About], label footer_about, prompts about,
        parts vec![Part::Pages, Part::About, Part::Sources],
        title bundle.pages.about.title.clone();
    Professionals = "/professionals", in [About], label nav_professionals, prompts professionals,
        parts vec![Part::Pages, Part::Workers],
        title bundle.pages.professionals.title.clone();
    // For the staff who set up a copy (issue 23): what this copy made of its site.json. In no menu.
    CheckSettings = "/check-settings", in [], label footer_about, prompts about,
        parts vec![Part::Pages],
        title bundle.ui.check_settings_title().clone();

    // For a service's review panel: not in the client's menus; every claim with a figure, built from all content.
    Review = "/review", in [], label footer_about, prompts review,
        parts vec![Part::Pages, Part::Review],
        title bundle.review.title.clone();
}
