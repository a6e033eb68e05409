//! `/review`: the review pack for a service's clinical lead and peer lead. Every claim with a figure, page by page
//! and option by option, with its source and how sure it is; the content's date and update policy; space to sign.
//! Built at build time as a page of sections (`content/review.rs`), so it is drawn like /safety and /about. Not
//! linked from the client's menus. Made for paper: see "Review pack" in assets/pages.css.

use crate::content::Bundle;
use crate::routes::Route;
use yew::prelude::*;

pub fn review_page(bundle: &Bundle) -> Html {
    crate::pages::article::article(bundle, &bundle.review, &Route::Review, None, Html::default())
}
