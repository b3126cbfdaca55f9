//! Live reload: saving the content file updates the open app within a second, keeping the
//! person's place and ticks; a broken edit keeps the last good guide and says what is wrong;
//! fixing it clears that.

use std::path::Path;
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use skincare_guide::GuideApp;
use skincare_guide::content::{self, EMBEDDED_CONTENT, Origin};
use skincare_guide::user_data::Scope;
use skincare_guide::user_data::tab::Tab;

use crate::common::app::{App, run_until};
use crate::common::{TODAY, shipped_guide};

fn app_over_file(path: &Path, data_dir: &Path) -> Harness<'static, GuideApp> {
    App::over(data_dir)
        .content(content::load(&Origin::File(path.to_owned()), TODAY))
        .build()
}

/// Runs frames until `done` holds, for at most a second (the budget for showing an edit).
fn wait_until(
    harness: &mut Harness<'static, GuideApp>,
    what: &str,
    done: impl Fn(&GuideApp) -> bool,
) {
    run_until(harness, Duration::from_secs(1), what, |harness| {
        done(harness.state())
    });
}

fn title(app: &GuideApp) -> &str {
    app.guide().map_or("", |loaded| loaded.guide.title.as_str())
}

#[test]
fn saved_edits_show_at_once_and_broken_ones_keep_the_last_good_guide() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("content.ron");
    std::fs::write(&path, EMBEDDED_CONTENT).unwrap();
    let mut harness = app_over_file(&path, dir.path());
    harness
        .get_by_role_and_label(egui::accesskit::Role::Tab, "Checklist")
        .click();
    harness.run();
    let item = shipped_guide().before_checklist.items[0].clone();
    harness
        .get_by_role_and_label(egui::accesskit::Role::CheckBox, &item.text)
        .click();
    harness.run();

    // A good edit.
    let renamed = EMBEDDED_CONTENT.replacen(
        "title: \"Microneedling Guide\"",
        "title: \"Clinic Microneedling Guide\"",
        1,
    );
    std::fs::write(&path, &renamed).unwrap();
    wait_until(&mut harness, "the new title", |app| {
        title(app) == "Clinic Microneedling Guide"
    });
    assert_eq!(
        harness.state().tab(),
        Tab::Checklist,
        "the person's place stays"
    );
    assert!(
        harness
            .state()
            .progress()
            .is_ticked(Scope::Unscheduled, &item.id)
    );

    // A broken edit: the last good guide stays, with the problem shown.
    std::fs::write(
        &path,
        renamed.replacen("    tagline:", "    titel: \"x\",\n    tagline:", 1),
    )
    .unwrap();
    wait_until(&mut harness, "the broken edit's error", |app| {
        app.reload_error().is_some()
    });
    assert_eq!(title(harness.state()), "Clinic Microneedling Guide");
    assert!(
        harness
            .query_by_label_contains("Your last edit of")
            .is_some(),
        "a banner says the edit has problems"
    );

    // Fixing it clears the banner and shows the fix.
    std::fs::write(&path, EMBEDDED_CONTENT).unwrap();
    wait_until(&mut harness, "the fix", |app| app.reload_error().is_none());
    assert_eq!(title(harness.state()), "Microneedling Guide");
    assert!(
        harness
            .query_by_label_contains("Your last edit of")
            .is_none()
    );
}

#[test]
fn fixing_a_file_that_was_broken_at_start_shows_the_guide() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("content.ron");
    std::fs::write(&path, "(title: ").unwrap();
    let mut harness = app_over_file(&path, dir.path());
    assert!(harness.state().guide().is_none(), "the error screen is up");

    std::fs::write(&path, EMBEDDED_CONTENT).unwrap();
    wait_until(&mut harness, "the guide", |app| app.guide().is_some());
    assert_eq!(
        harness.state().guide().map(|loaded| &loaded.origin),
        Some(&Origin::File(path.clone()))
    );
}
