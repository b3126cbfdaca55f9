//! The fixes from the clinical review (issue 28): numbers written as words are held to the same
//! evidence rule as digits, checklist items that contradict each other may not share a day,
//! `check --days` lists what applies on each day, and the triage of the warning signs in the
//! guide and in the diary agree.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use std::process::Command;

use skincare_guide::content::{Block, EMBEDDED_CONTENT, Guide, Problem, Urgency};

use crate::{errors_of, parse, shipped_with};

fn warnings_of(text: &str) -> Vec<Problem> {
    match parse(text) {
        Ok((_, warnings)) => warnings,
        Err(problems) => panic!("expected only warnings: {problems:#?}"),
    }
}

fn shipped() -> Guide {
    parse(EMBEDDED_CONTENT).unwrap().0
}

#[test]
fn the_shipped_guide_has_no_warnings() {
    let warnings = warnings_of(EMBEDDED_CONTENT);
    assert!(warnings.is_empty(), "{warnings:#?}");
}

#[test]
fn a_number_in_words_resting_only_on_a_clinic_warns() {
    let text = shipped_with(
        "detail: Some(\"Clinic advice; ask yours.\"),",
        "detail: Some(\"Clinic advice: stop two weeks before.\"),",
    );
    let warnings = warnings_of(&text);
    assert!(
        warnings.iter().any(|warning| warning
            .message
            .contains("checklist item \"pause-waxing\" gives numbers that rest only on clinic")),
        "{warnings:#?}"
    );
}

#[test]
fn a_number_in_words_without_a_located_citation_warns() {
    // "hands-off" cites its leaflet without saying where; a timing in words now counts.
    let text = shipped_with(
        "detail: Some(\"Let flakes come away by themselves to avoid scabs and marks.\"),",
        "detail: Some(\"Flakes come away within a day or two.\"),",
    );
    let warnings = warnings_of(&text);
    assert!(
        warnings.iter().any(|warning| warning.message.contains(
            "checklist item \"hands-off\" gives numbers, but none of its citations says where"
        )),
        "{warnings:#?}"
    );
}

#[test]
fn words_that_are_not_numbers_do_not_warn() {
    let text = shipped_with(
        "detail: Some(\"Let flakes come away by themselves to avoid scabs and marks.\"),",
        "detail: Some(\"Let flakes come away by themselves; this is one of several tips.\"),",
    );
    let warnings = warnings_of(&text);
    assert!(warnings.is_empty(), "{warnings:#?}");
}

#[test]
fn contradicting_items_that_share_a_day_warn_at_the_excludes_entry() {
    // "Only the clinic's gel" stretched into day 1, when "moisturise" starts.
    let text = shipped_with(
        "window: (from_day: 0, to_day: 0),\n                detail: Some(\"Count the 24 hours",
        "window: (from_day: 0, to_day: 1),\n                detail: Some(\"Count the 24 hours",
    );
    let warnings = warnings_of(&text);
    let contradictions: Vec<&Problem> = warnings
        .iter()
        .filter(|warning| warning.message.contains("contradict each other"))
        .collect();
    assert_eq!(contradictions.len(), 3, "{warnings:#?}");
    assert!(
        contradictions.iter().any(|warning| warning.message
            == "checklist items \"only-clinic-products\" and \"moisturise\" contradict each other, but both apply on day 1; change a window so that they share no day"),
        "{contradictions:#?}"
    );
    let excludes_line = text
        .lines()
        .position(|line| line.contains("excludes: [\"gentle-cleansing\""))
        .unwrap()
        + 1;
    assert!(
        contradictions
            .iter()
            .all(|warning| warning.line == excludes_line),
        "{contradictions:#?}"
    );
}

#[test]
fn an_exclusion_naming_no_item_is_an_error() {
    let text = shipped_with(
        "excludes: [\"gentle-cleansing\",",
        "excludes: [\"gentle-cleanser\",",
    );
    let errors = errors_of(&text);
    assert!(
        errors.iter().any(|error| error
            .message
            .contains("excludes \"gentle-cleanser\", which is not a checklist item")),
        "{errors:#?}"
    );
}

#[test]
fn an_after_item_for_the_treatment_day_alone_is_valid() {
    let guide = shipped();
    let only_gel = guide
        .after_checklist
        .items
        .iter()
        .find(|item| item.id == "only-clinic-products")
        .unwrap();
    assert_eq!((only_gel.window.from_day, only_gel.window.to_day), (0, 0));
}

fn check_days(path: &std::path::Path) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_skincare-guide"))
        .args(["check", "--days"])
        .arg(path)
        .output()
        .unwrap();
    (
        output.status.success(),
        String::from_utf8(output.stdout).unwrap(),
    )
}

#[test]
fn check_days_lists_each_days_rules_and_tasks() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (ok, stdout) = check_days(&root.join("content.ron"));
    assert!(ok, "{stdout}");
    let day = |n: i32| {
        stdout
            .lines()
            .find(|line| line.starts_with(&format!("day {n}:")))
            .unwrap_or_else(|| panic!("no day {n} in {stdout}"))
            .to_owned()
    };
    let treatment_day = day(0);
    assert!(
        treatment_day.contains("rules: ") && treatment_day.contains("only-clinic-products"),
        "{treatment_day}"
    );
    assert!(!treatment_day.contains("moisturise"), "{treatment_day}");
    assert!(day(1).contains("moisturise"), "{}", day(1));
    assert!(
        day(-28).contains("tasks: book-consultation"),
        "{}",
        day(-28)
    );
    assert!(!stdout.contains("CONTRADICTS"), "{stdout}");
}

#[test]
fn check_days_marks_a_contradiction() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("content.ron");
    let text = shipped_with(
        "window: (from_day: 0, to_day: 0),\n                detail: Some(\"Count the 24 hours",
        "window: (from_day: 0, to_day: 1),\n                detail: Some(\"Count the 24 hours",
    );
    std::fs::write(&path, text).unwrap();
    // The file loads (with warnings), so the listing shows the shared day.
    let (_, stdout) = check_days(&path);
    let day1 = stdout
        .lines()
        .find(|line| line.starts_with("day 1:"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(
        day1.contains("CONTRADICTS: only-clinic-products and moisturise"),
        "{day1}"
    );
}

/// The signs on the care card of `urgency` in the warning-signs section.
fn card_signs(guide: &Guide, urgency: Urgency) -> Vec<String> {
    guide
        .aftercare
        .sections
        .iter()
        .find(|section| section.id == guide.plan.warning_signs_section)
        .unwrap()
        .body
        .iter()
        .filter_map(|block| match block {
            Block::CareCard(card) if card.urgency == urgency => Some(card.signs.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

#[test]
fn fever_and_eye_signs_are_emergencies_in_the_guide_and_the_diary() {
    let guide = shipped();
    let emergency = card_signs(&guide, Urgency::Emergency).join(" ");
    assert!(emergency.contains("high temperature"), "{emergency}");
    assert!(emergency.contains("double vision"), "{emergency}");
    let same_day = card_signs(&guide, Urgency::SameDay).join(" ");
    assert!(!same_day.contains("high temperature"), "{same_day}");

    let urgency_of = |id: &str| {
        guide
            .diary
            .warning_signs
            .iter()
            .find(|sign| sign.id == id)
            .unwrap_or_else(|| panic!("no diary sign {id}"))
            .urgency
    };
    assert_eq!(urgency_of("sign-fever"), Urgency::Emergency);
    assert_eq!(urgency_of("sign-eye"), Urgency::Emergency);
    assert_eq!(urgency_of("sign-cold-sore-eye"), Urgency::SameDay);
}

#[test]
fn the_emergency_card_says_what_to_do_first_in_anaphylaxis() {
    let guide = shipped();
    let section = guide
        .aftercare
        .sections
        .iter()
        .find(|section| section.id == guide.plan.warning_signs_section)
        .unwrap();
    let action = section
        .body
        .iter()
        .find_map(|block| match block {
            Block::CareCard(card) if card.urgency == Urgency::Emergency => Some(&card.action),
            _ => None,
        })
        .unwrap();
    for words in [
        "adrenaline pen",
        "Lie down",
        "sit up",
        "Do not stand up or walk",
    ] {
        assert!(action.contains(words), "{words:?} in {action:?}");
    }
}
