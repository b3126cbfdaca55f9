//! The content file and its checker: the shipped guide is valid, every rule rejects a bad
//! example at the right place, hostile content is refused or made harmless, and `check` says so
//! as a person running it would read it.

#[path = "../common/mod.rs"]
#[expect(dead_code, reason = "these tests use no app window and no diary")]
mod common;

mod check_command;
mod content_file;
mod content_review;
mod hostile_content;

use skincare_guide::content::{self, EMBEDDED_CONTENT, Guide, Problem, Severity};

use crate::common::REVIEW_DAY;

/// Parses `text` as a content file as of the content's review day.
pub(crate) fn parse(text: &str) -> Result<(Guide, Vec<Problem>), Vec<Problem>> {
    content::parse(text, REVIEW_DAY)
}

/// Parses `text`, expecting errors; returns them.
pub(crate) fn errors_of(text: &str) -> Vec<Problem> {
    match parse(text) {
        Ok(_) => panic!("expected errors"),
        Err(problems) => problems
            .into_iter()
            .filter(|problem| problem.severity == Severity::Error)
            .collect(),
    }
}

/// The shipped content with `from` replaced by `to` (exactly once).
pub(crate) fn shipped_with(from: &str, to: &str) -> String {
    assert_eq!(
        EMBEDDED_CONTENT.matches(from).count(),
        1,
        "{from:?} must occur once in content.ron"
    );
    EMBEDDED_CONTENT.replacen(from, to, 1)
}
