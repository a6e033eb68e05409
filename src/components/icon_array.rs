//! Research numbers as pictures (evidence.md, "Risk pictures"): 100 or 1,000 icons, the affected ones grouped and
//! filled in reading order, told apart by shape as well as colour, with the numbers also in words and a text
//! alternative for screen readers.

use crate::components::reference::reference_link;
use crate::components::rich_text;
use crate::content::{Figure, Outcome};
use crate::i18n::{format_count, use_bundle};
use yew::prelude::*;

/// Size of one icon cell, in SVG units.
const CELL: u32 = 10;
/// Icons are drawn in blocks of 10 × 10, so 1,000 icons read as ten countable hundreds.
const BLOCK: u32 = 10;
/// Blocks per row for 1,000 icons.
const BLOCKS_PER_ROW: u32 = 5;
/// Blocks per row for 1,000 icons on a phone: three, so each icon is drawn about half again as large in the same
/// width (10 px instead of 6 px on a 390 px screen). The numbers and their order are the same; only the rows wrap.
pub const BLOCKS_PER_ROW_NARROW: u32 = 3;

/// Where icon number `index` (0-based, in reading order) sits: block by block, each filled row by row.
pub fn icon_position(index: u32) -> (u32, u32) {
    icon_position_in(index, BLOCKS_PER_ROW)
}

/// [`icon_position`] with `per_row` blocks of 100 in each row.
pub fn icon_position_in(index: u32, per_row: u32) -> (u32, u32) {
    let per_block = BLOCK * BLOCK;
    let block = index / per_block;
    let within = index % per_block;
    let (block_col, block_row) = (block % per_row, block / per_row);
    // One empty cell between blocks keeps the pattern of empty icons aligned with the grid.
    let x = block_col * (BLOCK + 1) * CELL + (within % BLOCK) * CELL;
    let y = block_row * (BLOCK + 1) * CELL + (within / BLOCK) * CELL;
    (x, y)
}

/// Width and height of the drawing for a denominator.
pub fn drawing_size(denominator: u32) -> (u32, u32) {
    drawing_size_in(denominator, BLOCKS_PER_ROW)
}

/// [`drawing_size`] with `per_row` blocks of 100 in each row.
pub fn drawing_size_in(denominator: u32, per_row: u32) -> (u32, u32) {
    let blocks = denominator.div_ceil(BLOCK * BLOCK);
    let cols = blocks.min(per_row);
    let rows = blocks.div_ceil(per_row);
    (cols * (BLOCK + 1) * CELL - CELL, rows * (BLOCK + 1) * CELL - CELL)
}

/// "About 11 out of 1,000 people in one year", with numbers written the language's way.
pub fn count_in_words(template: &str, count: u32, outcome: &Outcome, lang: &str) -> String {
    template
        .replace("{count}", &format_count(count, lang))
        .replace("{denominator}", &format_count(outcome.denominator, lang))
        .replace("{per}", &outcome.per)
}

/// One icon array. Empty icons are small rings (an SVG pattern, so 1,000 icons stay light); affected icons are
/// solid squares drawn over them. `label` is the text alternative (the numbers in words); `id` is unique on the
/// page and names the SVG pattern. (A function, not a component: [`FigureView`] already skips unchanged figures.)
///
/// More than three blocks of 100 (1,000 icons) are drawn twice: five blocks to a row, and three to a row for
/// phones, where the stylesheet shows that one instead (the other is `display: none`, so a screen reader meets
/// one picture). Same icons, same order, same words; only the rows wrap sooner, so each icon is larger.
pub fn icon_array(count: u32, denominator: u32, label: String, id: &str) -> Html {
    let wide = icon_array_drawing(count, denominator, &label, id, BLOCKS_PER_ROW, None);
    if denominator.div_ceil(BLOCK * BLOCK) <= BLOCKS_PER_ROW_NARROW {
        return wide;
    }
    let narrow = icon_array_drawing(
        count,
        denominator,
        &label,
        &format!("{id}-n"),
        BLOCKS_PER_ROW_NARROW,
        Some("icon-array--narrow"),
    );
    html! { <>{ wide }{ narrow }</> }
}

fn icon_array_drawing(
    count: u32,
    denominator: u32,
    label: &str,
    id: &str,
    per_row: u32,
    variant: Option<&'static str>,
) -> Html {
    let (width, height) = drawing_size_in(denominator, per_row);
    let pattern_id = format!("ring-{id}");
    let blocks = denominator.div_ceil(BLOCK * BLOCK);
    let wraps = variant.is_none() && blocks > BLOCKS_PER_ROW_NARROW;
    html! {
        <svg class={classes!("icon-array", (denominator <= 100).then_some("icon-array--100"),
                             wraps.then_some("icon-array--wide"), variant)}
             viewBox={format!("0 0 {width} {height}")} role="img" aria-label={label.to_string()}
             focusable="false">
            <defs>
                <pattern id={pattern_id.clone()} width={CELL.to_string()} height={CELL.to_string()}
                         patternUnits="userSpaceOnUse">
                    <circle class="icon-array__empty" cx="5" cy="5" r="3" />
                </pattern>
            </defs>
            { for (0..blocks).map(|b| {
                let (x, y) = icon_position_in(b * BLOCK * BLOCK, per_row);
                let side = (BLOCK * CELL).to_string();
                html! { <rect x={x.to_string()} y={y.to_string()} width={side.clone()} height={side}
                              fill={format!("url(#{pattern_id})")} /> }
            }) }
            { for (0..count.min(denominator)).map(|i| {
                let (x, y) = icon_position_in(i, per_row);
                html! { <rect class="icon-array__filled" x={(x + 1).to_string()} y={(y + 1).to_string()} width="8" height="8" rx="1" /> }
            }) }
        </svg>
    }
}

#[derive(Properties)]
pub struct FigureViewProps {
    pub figure: &'static Figure,
    /// Unique on the page.
    pub id: AttrValue,
}

impl PartialEq for FigureViewProps {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.figure, other.figure) && self.id == other.id
    }
}

/// A research figure: caption, one icon array per group with its numbers in words, who was studied and for how long
/// (right under the pictures), a key, the source and how sure the evidence is.
#[component]
pub fn FigureView(props: &FigureViewProps) -> Html {
    let bundle = use_bundle();
    let ui = &bundle.ui;
    let figure = props.figure;
    let Some(outcome) = bundle.outcomes.iter().find(|o| o.id == figure.outcome) else { return html! {} };
    let source = bundle.reference(&figure.source);
    let caption_id = format!("{}-caption", props.id);
    html! {
        <figure class="figure" aria-labelledby={caption_id.clone()}>
            <figcaption id={caption_id}>
                <span class="figure__outcome">{ &outcome.label }</span>
                <span class="figure__per">{ format!(" — {}", count_in_words(ui.figure_per(), 0, outcome, &bundle.lang)) }</span>
            </figcaption>
            <div class="figure__groups">
                { for figure.groups.iter().enumerate().map(|(i, group)| {
                    let words = count_in_words(ui.figure_count(), group.count, outcome, &bundle.lang);
                    let label = format!("{}: {}", group.label, words);
                    html! {
                        <div class="figure__group">
                            <p class="figure__label">{ &group.label }</p>
                            { icon_array(group.count, outcome.denominator, label, &format!("{}-{i}", props.id)) }
                            <p class="figure__words" aria-hidden="true">{ words }</p>
                        </div>
                    }
                }) }
            </div>
            <div class="figure__context">{ rich_text(bundle, &figure.context, "") }</div>
            <p class="figure__key">
                <span class="figure__key-label">{ ui.figure_key() }</span>
                <span class="key-item">
                    <svg class="key-icon" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                        <rect class="icon-array__filled" x="1" y="1" width="8" height="8" rx="1" />
                    </svg>
                    { &outcome.affected }
                </span>
                <span class="key-item">
                    <svg class="key-icon" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                        <circle class="icon-array__empty" cx="5" cy="5" r="3" />
                    </svg>
                    { &outcome.unaffected }
                </span>
            </p>
            <p class="figure__source">
                { ui.figure_source() }{ " " }
                if let Some(source) = source {
                    { reference_link(source) }
                    { format!(", {}", source.published_in) }
                }
            </p>
            <div class="figure__certainty">
                <p class="figure__certainty-heading"><strong>{ ui.figure_how_sure() }</strong></p>
                { rich_text(bundle, &figure.certainty, "") }
            </div>
        </figure>
    }
}
