//! The rules a content file must follow beyond its syntax, as loading and `check` apply them:
//! the guide's structure (here and in [`checker`]), its characters, the evidence behind its
//! numbers, plain language, the diary settings, and (for `check` only) its pictures.

mod chars;
mod checker;
pub mod day_overlap;
mod diary;
mod evidence;
mod number_words;
mod pictures;
pub mod readability;

pub(super) use chars::forbidden_characters;
pub use checker::MAX_TEXT_CHARS;
pub use pictures::picture_warnings;

use checker::{Checker, did_you_mean};

use crate::content::locate::Anchor;
use crate::content::problem::Finding;
use crate::content::{ChecklistKind, Guide};

/// Content whose `last_reviewed` date is older than this gets a warning.
const REVIEW_MAX_AGE_MONTHS: i64 = 12;

/// Checks every rule, returning what it finds in no particular order.
pub(super) fn validate(guide: &Guide, today: jiff::civil::Date) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut check = Checker::new(guide, &mut out);
    check_header(guide, today, &mut check);
    // Sources first, so their ids are claimed before anything else uses them.
    check_sources(guide, &mut check);
    for (field, page) in guide.pages() {
        check.page(field, page);
    }
    check_faq(guide, &mut check);
    check_checklists(guide, &mut check);
    check_plan(guide, &mut check);
    check_glossary_citations(guide, &mut check);
    evidence::check(guide, &mut out);
    readability::check(guide, &mut out);
    diary::check(guide, &mut out);
    day_overlap::check(guide, &mut out);
    out
}

/// The title, tagline and disclaimer have text, and `last_reviewed` is a date neither in the
/// future nor more than a year old.
fn check_header(guide: &Guide, today: jiff::civil::Date, check: &mut Checker<'_>) {
    check.text(&guide.title, Anchor::field("title"), "the guide's title");
    check.text(&guide.tagline, Anchor::field("tagline"), "the tagline");
    check.text(
        &guide.disclaimer,
        Anchor::field("disclaimer"),
        "the disclaimer",
    );
    match jiff::civil::Date::strptime("%Y-%m-%d", &guide.last_reviewed) {
        Ok(reviewed) => {
            let due = reviewed.saturating_add(jiff::Span::new().months(REVIEW_MAX_AGE_MONTHS));
            // A day ahead is a time zone away (the author's "today" can be the reader's
            // tomorrow); more is a mistake.
            if reviewed > today.saturating_add(jiff::Span::new().days(1)) {
                check.warning(
                    Anchor::field("last_reviewed"),
                    format!(
                        "last_reviewed is {reviewed}, which is after today ({today}); expected the date the content was last checked"
                    ),
                );
            } else if due < today {
                check.warning(
                    Anchor::field("last_reviewed"),
                    format!(
                        "last_reviewed is {reviewed}, more than a year ago; check the content against its sources and update the date"
                    ),
                );
            }
        }
        Err(_) => check.error(
            Anchor::field("last_reviewed"),
            format!(
                "last_reviewed is {:?}; expected a date like \"2026-11-25\"",
                guide.last_reviewed
            ),
        ),
    }
}

/// At least one source; each with a unique id, a title, a publisher and a web address.
fn check_sources(guide: &Guide, check: &mut Checker<'_>) {
    if guide.sources.is_empty() {
        check.error(
            Anchor::field("sources"),
            "sources is empty; expected at least one source",
        );
    }
    for source in &guide.sources {
        check.id(&source.id, "source");
        let at = Anchor::id(&source.id);
        check.text(&source.title, at.clone(), "the source's title");
        check.text(&source.publisher, at.clone(), "the source's publisher");
        if !crate::content::is_web_address(&source.url) {
            check.error(
                at.then_field("url"),
                format!(
                    "source {:?}: url {:?} is not a web address; expected one starting with https:// or http://",
                    source.id, source.url
                ),
            );
        }
    }
}

/// At least one question; each with a unique id, a question, an answer and citations.
fn check_faq(guide: &Guide, check: &mut Checker<'_>) {
    if guide.faq.is_empty() {
        check.error(
            Anchor::field("faq"),
            "faq is empty; expected at least one question",
        );
    }
    for entry in &guide.faq {
        check.id(&entry.id, "question");
        let at = Anchor::id(&entry.id);
        check.text(&entry.question, at.clone(), "the question");
        check.blocks(&entry.answer, at.clone(), "the answer");
        check.citations(&entry.sources, at, &format!("question {:?}", entry.id));
    }
}

/// Both checklists have a title and items; each item a unique id, a window on its side of the
/// treatment day, text and citations.
fn check_checklists(guide: &Guide, check: &mut Checker<'_>) {
    for (field, list) in [
        ("before_checklist", &guide.before_checklist),
        ("after_checklist", &guide.after_checklist),
    ] {
        let at = Anchor::field(field);
        check.text(
            &list.title,
            at.clone().then_field("title"),
            "the list's title",
        );
        if list.items.is_empty() {
            check.error(
                at.then_field("items"),
                format!("{field} has no items; expected at least one"),
            );
        }
        let kind = if field == "before_checklist" {
            ChecklistKind::Before
        } else {
            ChecklistKind::After
        };
        for item in &list.items {
            check.id(&item.id, "checklist item");
            let at = Anchor::field(field).then_id(&item.id);
            check.window(item.window, kind, at.clone().then_field("window"), &item.id);
            check.text(&item.text, at.clone(), "the item's text");
            if let Some(short) = &item.short {
                check.short_label(short, at.clone().then_field("short"), &item.id);
            }
            if let Some(detail) = &item.detail {
                check.text(detail, at.clone(), "the item's detail");
            }
            check.citations(&item.sources, at, &format!("checklist item {:?}", item.id));
        }
    }
}

/// Checks the plan settings, after the pages so that section ids are known.
fn check_plan(guide: &Guide, check: &mut Checker<'_>) {
    let plan = &guide.plan;
    let spacing = plan.spacing_weeks;
    if spacing.min == 0 || spacing.min > spacing.max || spacing.max > 52 {
        check.error(
            Anchor::field("plan").then_field("spacing_weeks"),
            format!(
                "spacing_weeks is (min: {}, max: {}); expected 1 <= min <= max <= 52",
                spacing.min, spacing.max
            ),
        );
    }
    let section_exists = guide
        .aftercare
        .sections
        .iter()
        .any(|section| section.id == plan.warning_signs_section);
    if !section_exists {
        let known = guide
            .aftercare
            .sections
            .iter()
            .map(|section| section.id.as_str());
        check.error_with_hint(
            Anchor::field("plan").then_field("warning_signs_section"),
            format!(
                "warning_signs_section is {:?}, which is not a section of the aftercare page",
                plan.warning_signs_section
            ),
            did_you_mean(&plan.warning_signs_section, known),
        );
    }
    if plan.warning_signs_days > 90 {
        check.error(
            Anchor::field("plan").then_field("warning_signs_days"),
            format!(
                "warning_signs_days is {}; expected at most 90",
                plan.warning_signs_days
            ),
        );
    }
}

/// Every glossary entry's citations name listed sources.
fn check_glossary_citations(guide: &Guide, check: &mut Checker<'_>) {
    for entry in &guide.glossary {
        let at = Anchor::field("glossary").then_literal(&entry.term);
        check.citations(
            &entry.sources,
            at,
            &format!("glossary term {:?}", entry.term),
        );
    }
}
