//! What the test binaries share: the day they run "on", the shipped guide as of that day, the
//! whole app in a headless window over a data folder of the test's own, ways to find text in it,
//! act in it and wait for it, and the recovery diary the report is made from.
//!
//! Each test binary (`tests/<subject>/main.rs`) includes it with
//! `#[path = "../common/mod.rs"] mod common;`. A binary that uses only part of it says so with
//! `#[expect(dead_code, …)]` on that line.

pub mod app;
pub mod report_fixture;

use jiff::civil::{Date, date};
use skincare_guide::content;

/// The day the tests run "on": a Wednesday, three days after the diary tests' session.
pub const TODAY: Date = date(2026, 11, 25);

/// The day the shipped content was last reviewed (its `last_reviewed`), the day after [`TODAY`].
/// The content and report tests run "as of" then, so the review date is never in the future.
pub const REVIEW_DAY: Date = date(2026, 11, 26);

/// The shipped guide, loaded as the app loads it on [`TODAY`].
pub fn shipped_guide() -> content::Guide {
    match content::load_embedded(TODAY) {
        Ok(loaded) => loaded.guide,
        Err(err) => panic!("the shipped guide loads (content_file proves it): {err}"),
    }
}
