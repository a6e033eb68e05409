//! Content quality over the real files: balance between options, plain language, every source cited, a story for
//! every option. Each check is also shown to fail on content made worse on purpose.
#![cfg(not(target_arch = "wasm32"))]

use ownpath::content::quality::*;
use ownpath::content::source::{load_dir, read_dir};
use ownpath::content::{Bundle, Library, OPTION_IDS};
use std::path::Path;

/// The grade level no page may pass (about grade 6–8 is the goal).
const MAX_GRADE: f64 = 8.0;
/// How far "helps" and "downsides" may stray from the average across options.
const BALANCE_TOLERANCE: f64 = 0.25;

fn library() -> Library {
    load_dir(Path::new("assets/content")).expect("content loads")
}

fn english(library: &Library) -> &Bundle {
    &library.bundles[0]
}

fn too_hard(bundle: &Bundle) -> Vec<(String, f64)> {
    grades(bundle).into_iter().filter(|(_, g)| *g > MAX_GRADE).collect()
}

#[test]
fn helps_and_downsides_are_balanced_across_options() {
    let library = library();
    let bundle = english(&library);
    let off = unbalanced(bundle, BALANCE_TOLERANCE);
    assert!(off.is_empty(), "unbalanced (option, answer, words, average): {off:?}\nall: {:?}", balance(bundle));
}

#[test]
fn helps_and_downsides_are_balanced_in_every_language() {
    let library = library();
    for bundle in &library.bundles {
        let off = unbalanced(bundle, BALANCE_TOLERANCE);
        assert!(off.is_empty(), "{}: unbalanced {off:?}", bundle.lang);
    }
}

/// How much longer one option's short answers may run than another's, in total.
const GLANCE_MAX_RATIO: f64 = 1.3;

#[test]
fn short_answers_are_balanced_across_options_in_every_language() {
    let library = library();
    for bundle in &library.bundles {
        let off = glance_imbalance(bundle, GLANCE_MAX_RATIO);
        assert!(
            off.is_none(),
            "{}: (longest, words, shortest, words) {off:?}\nall: {:?}",
            bundle.lang,
            glance_totals(bundle)
        );
    }
}

#[test]
fn thin_short_answers_for_one_option_are_caught() {
    let mut library = library();
    let bundle = &mut library.bundles[0];
    let harm_reduction = bundle.options.iter_mut().find(|o| o.id == "harm-reduction").unwrap();
    harm_reduction.glance.hard = "Not much.".into();
    harm_reduction.glance.life = "Yes.".into();
    harm_reduction.glance.stop = "Yes.".into();
    let off = glance_imbalance(bundle, GLANCE_MAX_RATIO);
    assert!(off.as_ref().is_some_and(|(_, _, shortest, _)| shortest == "harm-reduction"), "{off:?}");
}

#[test]
fn unbalanced_content_is_caught() {
    let mut library = library();
    let bundle = &mut library.bundles[0];
    let taper = bundle.options.iter_mut().find(|o| o.id == "taper").unwrap();
    taper.answers.downsides = "It is hard.".into();
    let off = unbalanced(bundle, BALANCE_TOLERANCE);
    assert!(off.iter().any(|(id, answer, ..)| id == "taper" && *answer == "downsides"), "{off:?}");

    let mut library = self::library();
    let bundle = &mut library.bundles[0];
    let methadone = bundle.options.iter_mut().find(|o| o.id == "methadone").unwrap();
    methadone.answers.helps = methadone.answers.helps.repeat(2);
    assert!(unbalanced(bundle, BALANCE_TOLERANCE)
        .iter()
        .any(|(id, answer, ..)| id == "methadone" && *answer == "helps"));
}

#[test]
fn every_page_reads_at_grade_eight_or_below() {
    let library = library();
    let bundle = english(&library);
    let hard = too_hard(bundle);
    let all = grades(bundle);
    eprintln!("hardest pages (Flesch-Kincaid grade): {:?}", &all[..5.min(all.len())]);
    assert!(
        hard.is_empty(),
        "pages above grade {MAX_GRADE} (hardest first): {hard:?}\nworst five overall: {:?}",
        &all[..5.min(all.len())]
    );
    // Every page was measured.
    assert_eq!(all.len(), 1 + bundle.options.len() + 5 + bundle.stories.len());
}

#[test]
fn hard_text_is_caught_and_the_worst_pages_named() {
    let mut library = library();
    let bundle = &mut library.bundles[0];
    let option = bundle.options.iter_mut().find(|o| o.id == "naltrexone").unwrap();
    let dense = "Pharmacological antagonism notwithstanding, extended-release formulations necessitate comprehensive \
                 detoxification, considerable institutional coordination, and individualized therapeutic monitoring \
                 considerations throughout administration. ";
    for question in ["what", "day", "helps", "downsides", "research", "safety", "start", "stop", "who"] {
        let answer = match question {
            "what" => &mut option.answers.what,
            "day" => &mut option.answers.day,
            "helps" => &mut option.answers.helps,
            "downsides" => &mut option.answers.downsides,
            "research" => &mut option.answers.research,
            "safety" => &mut option.answers.safety,
            "start" => &mut option.answers.start,
            "stop" => &mut option.answers.stop,
            _ => &mut option.answers.who,
        };
        *answer = dense.repeat(3);
    }
    let hard = too_hard(bundle);
    assert_eq!(hard.first().map(|(p, _)| p.as_str()), Some("/options/naltrexone"), "{hard:?}");
}

#[test]
fn grade_levels_follow_flesch_kincaid() {
    // Short plain sentences score low; long words and sentences score high.
    assert!(flesch_kincaid_grade("You can stop. You can start again. It is your choice.") < 3.0);
    assert!(
        flesch_kincaid_grade(
            "Comprehensive pharmacological interventions necessitate individualized multidisciplinary considerations."
        ) > 16.0
    );
    assert_eq!(syllables("medication"), 4);
    assert_eq!(syllables("take"), 1);
    assert_eq!(syllables("little"), 2);
    assert_eq!(syllables("used"), 1);
    assert_eq!(syllables("started"), 2);
}

/// References that no content file cites, and citations that name no reference.
fn uncited_and_unresolved(loaded: &ownpath::content::source::Loaded) -> (Vec<String>, Vec<String>) {
    let cited = cited_anywhere(&loaded.files);
    let keys: Vec<&str> = loaded.library.references.iter().map(|r| r.key.as_str()).collect();
    let uncited = keys.iter().filter(|k| !cited.contains(**k)).map(|k| k.to_string()).collect();
    let unresolved = cited.iter().filter(|c| !keys.contains(&c.as_str())).cloned().collect();
    (uncited, unresolved)
}

#[test]
fn every_reference_is_cited_somewhere_and_every_citation_resolves() {
    let loaded = read_dir(Path::new("assets/content")).expect("content reads");
    assert_eq!(uncited_and_unresolved(&loaded), (vec![], vec![]));
}

#[test]
fn an_uncited_reference_is_caught() {
    let mut loaded = read_dir(Path::new("assets/content")).expect("content reads");
    // Take every citation of sordo2017 out of the files (both the [@key] marks and `source` fields): the reference
    // list still has it, and it alone is named as cited nowhere.
    for (_, value) in loaded.files.iter_mut() {
        let text = toml::to_string(value).unwrap().replace("[@sordo2017]", "").replace("\"sordo2017\"", "\"\"");
        *value = toml::from_str(&text).unwrap();
    }
    assert_eq!(uncited_and_unresolved(&loaded).0, vec!["sordo2017".to_string()]);
}

#[test]
fn every_option_has_at_least_one_story() {
    let library = library();
    assert_eq!(options_without_stories(english(&library)), Vec::<String>::new());

    let mut library = self::library();
    library.bundles[0].stories.retain(|s| !s.options.contains(&"naltrexone".to_string()));
    assert_eq!(options_without_stories(&library.bundles[0]), vec!["naltrexone".to_string()]);
}

#[test]
fn stories_are_composites_of_the_right_length_covering_every_experience() {
    let library = library();
    let bundle = english(&library);
    assert!(bundle.stories.len() >= 12, "at least 12 stories");
    for story in &bundle.stories {
        let words = word_count(&story.body);
        assert!((150..=300).contains(&words), "{}: {words} words", story.id);
        assert!(
            !story.helped.is_empty() && !story.hard.is_empty(),
            "{}: names what helped and what was hard",
            story.id
        );
        assert!(!story.safety.trim().is_empty(), "{}: has a safety point", story.id);
    }
    for experience in &bundle.experiences {
        assert!(
            bundle.stories.iter().any(|s| s.experiences.contains(&experience.id)),
            "no story covers {}",
            experience.id
        );
    }
}

/// How far apart two options' counts of "tends to help" (or of "can make harder") on /matters may be: a quarter of
/// the statements (three of thirteen or fourteen). Some gaps are real (buprenorphine fits more of these statements
/// than naltrexone does); a gap wider than this means the mappings lean one way.
fn matters_spread(bundle: &Bundle) -> usize {
    bundle.matters.statement.len() / 4
}

/// How far apart two options' leanings ("tends to help" minus "can make harder") may be: two fifths of the
/// statements (five of thirteen or fourteen). Under that, no path is favoured by the mapping as a whole.
fn matters_leaning_spread(bundle: &Bundle) -> i64 {
    (bundle.matters.statement.len() * 2 / 5) as i64
}

/// The widest gap between two options' leanings on /matters, with the two options.
fn widest_leaning_gap(bundle: &Bundle) -> (i64, &'static str, &'static str) {
    let rows = matters_leaning(bundle);
    let max = rows.iter().max_by_key(|r| r.1).unwrap();
    let min = rows.iter().min_by_key(|r| r.1).unwrap();
    (max.1 - min.1, max.0, min.0)
}

#[test]
fn no_path_is_favoured_by_the_what_matters_mapping_as_a_whole() {
    let library = library();
    for bundle in &library.bundles {
        let (gap, most, least) = widest_leaning_gap(bundle);
        assert!(
            gap <= matters_leaning_spread(bundle),
            "{}: {most} leans {gap} statements above {least} (at most {} allowed): {:?}",
            bundle.lang,
            matters_leaning_spread(bundle),
            matters_leaning(bundle)
        );
    }
}

#[test]
fn a_mapping_that_favours_one_path_is_caught() {
    use ownpath::content::Effect;
    let mut library = library();
    // Buprenorphine made to "tend to help" with three more statements where it now depends.
    let mut changed = 0;
    for statement in &mut library.bundles[0].matters.statement {
        if let Some(mut relation) = statement.relations.remove("buprenorphine") {
            if relation.effect == Effect::Depends && changed < 3 {
                relation.effect = Effect::Supports;
                changed += 1;
            }
            statement.relations.insert("buprenorphine".into(), relation);
        }
    }
    assert_eq!(changed, 3);
    let bundle = &library.bundles[0];
    let (gap, most, _) = widest_leaning_gap(bundle);
    assert_eq!(most, "buprenorphine");
    assert!(gap > matters_leaning_spread(bundle), "{:?}", matters_leaning(bundle));
}

#[test]
fn the_knowledge_check_corrects_myths_both_ways_for_every_path() {
    let library = library();
    for bundle in &library.bundles {
        assert_eq!(check_one_sided(bundle), Vec::<String>::new(), "{}", bundle.lang);
    }
}

#[test]
fn a_knowledge_check_that_only_favours_medication_is_caught() {
    let mut library = library();
    // Keep only the statements that warn about paths without medication and defend medication.
    library.bundles[0].check.question.retain(|q| {
        q.myth_against.iter().all(|o| o == "methadone" || o == "buprenorphine")
            && q.myth_for.iter().all(|o| o != "methadone" && o != "buprenorphine")
    });
    let off = check_one_sided(&library.bundles[0]);
    assert!(off.contains(&"abstinence: no statement corrects a myth against it".to_string()), "{off:?}");
    assert!(off.contains(&"methadone: no statement corrects a myth in its favour".to_string()), "{off:?}");
}
/// Every path gets at least this many steps toward it on /steps, and no path more than one step above another.
const MIN_STEPS_TOWARD_EACH_PATH: usize = 4;

#[test]
fn what_matters_mappings_are_balanced_across_options() {
    let library = library();
    for bundle in &library.bundles {
        let off = matters_imbalance(bundle, matters_spread(bundle));
        assert!(off.is_empty(), "{}: {off:?}\nall: {:?}", bundle.lang, matters_effects(bundle));
    }
}

#[test]
fn a_one_sided_what_matters_mapping_is_caught() {
    use ownpath::content::Effect;
    let mut library = library();
    // Abstinence made to "make harder" everything: nothing it helps with, and far from the others.
    for statement in &mut library.bundles[0].matters.statement {
        let relations = std::mem::take(&mut statement.relations);
        statement.relations = relations
            .iter()
            .map(|(k, r)| {
                let mut r = r.clone();
                if k == "abstinence" {
                    r.effect = Effect::Against;
                }
                (k.clone(), r)
            })
            .collect();
    }
    let bundle = &library.bundles[0];
    let off = matters_imbalance(bundle, matters_spread(bundle));
    assert!(off.iter().any(|p| p.starts_with("abstinence: 0 \"tends to help\"")), "{off:?}");
    let all = bundle.matters.statement.len();
    assert!(off.iter().any(|p| p.contains(&format!("\"can make harder\": abstinence has {all}"))), "{off:?}");
}

#[test]
fn steps_lead_toward_every_path_in_comparable_number() {
    let library = library();
    for bundle in &library.bundles {
        let counts = steps_toward(bundle);
        let min = counts.iter().map(|c| c.1).min().unwrap();
        let max = counts.iter().map(|c| c.1).max().unwrap();
        assert!(min >= MIN_STEPS_TOWARD_EACH_PATH && max - min <= 1, "{}: {counts:?}", bundle.lang);
    }
}

#[test]
fn steps_that_leave_out_a_path_are_caught() {
    let mut library = library();
    // Drop every step toward staying safer that is not for every path.
    library.bundles[0]
        .steps
        .step
        .retain(|s| s.options.len() == OPTION_IDS.len() || !s.options.contains(&"harm-reduction".into()));
    let counts = steps_toward(&library.bundles[0]);
    assert_eq!(counts.iter().find(|c| c.0 == "harm-reduction").unwrap().1, 0, "{counts:?}");
    assert!(counts.iter().map(|c| c.1).min().unwrap() < MIN_STEPS_TOWARD_EACH_PATH);
}

/// The verdicts that open every answer on /professionals, per language: one scale whichever way a belief leans.
const VERDICTS: [(&str, [&str; 4]); 2] = [
    ("en", ["Supported:", "Partly supported:", "Not supported:", "Not tested:"]),
    ("es", ["Respaldada:", "En parte respaldada:", "No respaldada:", "No estudiada:"]),
];

fn beliefs_without_a_verdict(bundle: &Bundle) -> Vec<String> {
    let verdicts =
        VERDICTS.iter().find(|(lang, _)| *lang == bundle.lang).map(|(_, v)| v).expect("verdicts for language");
    bundle
        .pages
        .professionals
        .beliefs
        .item
        .iter()
        .filter(|b| !verdicts.iter().any(|v| b.short_answer.starts_with(v)))
        .map(|b| b.belief.clone())
        .collect()
}

#[test]
fn every_belief_is_judged_on_the_same_scale() {
    let library = library();
    for bundle in &library.bundles {
        assert_eq!(beliefs_without_a_verdict(bundle), Vec::<String>::new(), "{}", bundle.lang);
    }
    let mut library = self::library();
    library.bundles[0].pages.professionals.beliefs.item[0].short_answer = "Too strong: a softer word".into();
    assert_eq!(beliefs_without_a_verdict(&library.bundles[0]).len(), 1);
}

/// Every option summary on /options follows one pattern: what it is, one main benefit, one main catch.
const SUMMARY_LABELS: [(&str, [&str; 2]); 2] = [
    ("en", ["**Main benefit:**", "**Main catch:**"]),
    ("es", ["**Su principal beneficio:**", "**Su principal desventaja:**"]),
];

fn summaries_off_pattern(bundle: &Bundle) -> Vec<String> {
    let labels = SUMMARY_LABELS.iter().find(|(lang, _)| *lang == bundle.lang).map(|(_, l)| l).expect("labels");
    bundle
        .options
        .iter()
        .filter(|o| {
            let at: Vec<Option<usize>> = labels.iter().map(|l| o.summary.find(l)).collect();
            labels.iter().any(|l| o.summary.matches(l).count() != 1) || at[0] > at[1]
        })
        .map(|o| o.id.clone())
        .collect()
}

#[test]
fn every_option_summary_has_one_main_benefit_and_one_main_catch() {
    let library = library();
    for bundle in &library.bundles {
        assert_eq!(summaries_off_pattern(bundle), Vec::<String>::new(), "{}", bundle.lang);
    }
    let mut library = self::library();
    let taper = library.bundles[0].options.iter_mut().find(|o| o.id == "taper").unwrap();
    taper.summary = taper.summary.split("**Main catch:**").next().unwrap().to_string();
    assert_eq!(summaries_off_pattern(&library.bundles[0]), vec!["taper".to_string()]);
}
