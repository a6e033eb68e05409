//! The interface words (`ui.ftl`): every short text of the interface by name, and which of them come in every
//! page's first file. Shared with `build.rs` (through `#[path]`).

use super::decode::{Decode, Reader};
use serde::{Deserialize, Serialize};

/// Declares the interface words: one accessor per text, so code names each text and a missing text fails the
/// build by name. They are kept as one list rather than ~200 fields: reading and dropping that many fields one by
/// one cost the wasm about 15 KB.
macro_rules! ui_texts {
    (first: [$( $first:ident ),* $(,)?], later: [$( $later:ident ),* $(,)?] $(,)?) => {
        ui_texts!(@all [$( $first ),*] [$( $first, )* $( $later ),*]);
    };
    (@all [$( $first:ident ),*] [$( $name:ident ),*]) => {
        /// Short interface words (`ui.ftl`), in the order of [`Ui::KEYS`].
        #[derive(Debug, Clone, PartialEq)]
        pub struct Ui {
            texts: Vec<String>,
        }

        #[allow(non_camel_case_types)]
        enum UiKey { $( $name ),* }

        impl Ui {
            /// Every text's name, as written in `ui.ftl`.
            pub const KEYS: &'static [&'static str] = &[ $( stringify!($name) ),* ];
            /// How many of [`Ui::KEYS`], from the first, come in every page's first file; the rest come with the
            /// "pages" part (`parts.rs`).
            pub const FIRST: usize = [$( stringify!($first) ),*].len();
            $( pub fn $name(&self) -> &String { self.text(UiKey::$name as usize) } )*
        }
    };
}

ui_texts! {
    // What the start page (and the frame of every page: header, exit, menus, notices, kiosk, session) uses: in
    // every page's first file.
    first: [
        site_name, title_separator, skip_link, nav_label, menu_button, nav_start, nav_options, nav_compare,
        nav_matters, nav_stories, nav_safety, nav_how_to_start, nav_summary, nav_check, nav_sure, nav_steps, nav_professionals,
        footer_label, footer_tools_heading, footer_about_heading, footer_privacy, footer_about,
        footer_note, options_title, option_not_found_title, stories_title, story_not_found_title, not_found_title,
        not_found_body, not_found_link_start, not_found_link_options, crash_title, crash_body, crash_link, noscript,
        cite_label, compare_title, summary_title, exit_button, exit_link, exit_shift_two, exit_shift_one,
        remember_heading, remember_body, remember_on, remember_off, remember_is_on, remember_is_off, no_history_label,
        no_history_hint, forget_button, forgotten, storage_set_aside, storage_blocked, storage_full,
        language_unavailable, notice_ok, loading_page, reading_unavailable, try_again, restored, session_badge,
        session_start, session_end, session_end_title, session_end_body, session_end_clear, session_end_keep,
        session_end_cancel, session_about, kiosk_title, kiosk_lead, kiosk_nothing_saved, kiosk_language, kiosk_touch,
        kiosk_idle_title, kiosk_idle_body, kiosk_idle_body_one, kiosk_still_here, kiosk_start_over, kiosk_finish,
        read_aloud, read_aloud_stop, site_problem, service_prefix, language_label, text_size_label,
        text_size_standard, text_size_large, text_size_larger, high_contrast, display_button, contrast_label,
        danger_link, journey_label, journey_step, journey_back, journey_next,
        // Issue 23: a site file that could not be trusted; printing off on a kiosk.
        site_closed, print_off,
        // The offline copy and updates (issue 22): the notice and the Display panel are on every page.
        update_ready, update_reload, offline_copy_heading, offline_copy_body, offline_copy_remove,
        offline_copy_removed, offline_copy_none, offline_copy_failed,
    ],
    // What only the other pages use: in the "pages" part.
    later: [
        about_version,
        // The quick exit's tip on the first page of a visit (not the start page, which has its own privacy note).
        exit_tip_text, exit_tip_more, exit_tip_done,
        leaning_not_for_me, leaning_not_sure, leaning_maybe, leaning_towards, summary_made_on,
        summary_leanings_heading, summary_no_leanings, summary_matters_heading, summary_no_matters,
        summary_sure_heading, summary_sure_result, summary_sure_unsure, summary_sure_sure, summary_no_sure,
        summary_check_heading, summary_check_result, summary_questions_heading, summary_no_questions,
        summary_steps_heading, summary_no_steps, summary_file_note, breadcrumb_label, options_lead, options_combine,
        options_read_more, option_other_names, options_first_heading, options_first, option_on_this_page, option_sources_heading,
        option_sources_intro, option_other_options, option_previous, option_next, option_stories_heading,
        stories_lead, story_composite_label, stories_filter_heading, stories_filter_option, stories_filter_experience,
        stories_filter_any_option, stories_filter_any_experience, stories_count, stories_none, stories_clear,
        story_paths_label, story_paths_heading, story_helped_heading, story_hard_heading, story_safety_heading,
        story_not_found_body, option_not_found_body, safety_contacts_heading, contact_call, contact_text,
        contact_hours, about_references_heading, about_references_intro, about_service_heading, about_service_intro,
        // Issue 23: the service's review on /about; what quick exit wipes, on /privacy; contacts without JavaScript.
        about_reviewed, privacy_exit_wipes, contacts_noscript, summary_lead_print_only, summary_lead_scan_only,
        check_settings_title, check_settings_lead, check_settings_home, check_settings_kiosk, check_settings_closed,
        check_settings_kiosk_does, check_settings_print_on, check_settings_print_off, check_settings_refused_heading,
        check_settings_nothing_refused, check_settings_applies_heading, check_settings_how, check_settings_none,
        check_settings_shipped_contacts, check_settings_kiosk_only, check_settings_failed_closed,
        leaning_legend, leaning_hint, question_pick_hint, compare_lead, compare_pick_legend,
        compare_picked, compare_need_two, compare_your_leaning, compare_figures_elsewhere, compare_full_summary,
        glance_full_answer, starting_heading, starting_first_days, starting_withdrawal, starting_fentanyl,
        starting_more, check_true, check_false, check_not_sure, check_right, check_not_quite, check_unsure,
        check_answer_true, check_answer_false, check_progress, sure_yes, sure_no, sure_answer_all, steps_add,
        steps_remove, steps_yours_heading, summary_lead, summary_own_question_label,
        summary_add_question, summary_actions_heading, summary_print, summary_save, summary_save_note, summary_saved,
        summary_qr_show, summary_qr_hide, summary_qr_intro, summary_qr_label, summary_qr_shortened,
        summary_reopen_label, summary_reopened, summary_kept, summary_clear, summary_clear_title, summary_clear_body,
        summary_clear_yes, summary_clear_no, summary_cleared, summary_file_name, file_too_large, file_not_ours,
        file_unknown_version, file_truncated, file_tampered, file_read_failed, file_empty, file_replace_title,
        file_replace_body, file_replace_yes, file_replace_no, kiosk_no_download, kiosk_no_print,
        pro_belief_label, pro_research_label, pro_instead_of, pro_say, figure_count, figure_per, figure_source,
        figure_how_sure, figure_key, research_gaps_heading, tolerance_note_heading, tolerance_note,
        summary_reopen_none, summary_reopen_chosen, summary_save_failed,
    ],
}

impl Ui {
    // Not inlined: one shared copy instead of one per text used.
    #[inline(never)]
    fn text(&self, index: usize) -> &String {
        // A text of the "pages" part before it has arrived reads as empty (pages that show them wait for it).
        static NOT_YET: String = String::new();
        self.texts.get(index).unwrap_or(&NOT_YET)
    }

    /// Takes out the texts that come with the "pages" part.
    pub fn take_later(&mut self) -> Vec<String> {
        self.texts.split_off(Self::FIRST.min(self.texts.len()))
    }

    /// Puts back the texts of the "pages" part; false when they do not fit.
    pub fn put_later(&mut self, later: Vec<String>) -> bool {
        let fits = self.texts.len() == Self::FIRST && later.len() == Self::KEYS.len() - Self::FIRST;
        if fits {
            self.texts.extend(later);
        }
        fits
    }

    /// Each text with its name, in the order of [`Ui::KEYS`].
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, &String)> {
        Self::KEYS.iter().copied().zip(&self.texts)
    }
}

/// Written as the plain list of texts, in key order.
impl Serialize for Ui {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.texts.serialize(serializer)
    }
}

/// Read from `ui.ftl`'s messages by name: every key must be there, and no other.
impl<'de> Deserialize<'de> for Ui {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let mut messages = std::collections::BTreeMap::<String, String>::deserialize(deserializer)?;
        if let Some(unknown) = messages.keys().find(|key| !Self::KEYS.contains(&key.as_str())) {
            return Err(D::Error::unknown_field(unknown, Self::KEYS));
        }
        let texts = Self::KEYS
            .iter()
            .map(|key| messages.remove(*key).ok_or_else(|| D::Error::missing_field(key)))
            .collect::<Result<_, _>>()?;
        Ok(Self { texts })
    }
}

impl Decode for Ui {
    fn decode(r: &mut Reader) -> Self {
        let texts = Vec::<String>::decode(r);
        // A first file has the first texts only; a whole bundle (compiled in) has them all.
        if texts.len() != Self::FIRST && texts.len() != Self::KEYS.len() {
            r.fail();
        }
        Self { texts }
    }
}
