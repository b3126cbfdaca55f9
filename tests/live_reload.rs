//! Live reload: saving the content file updates the open app within a second, keeping the
//! person's place and ticks; a broken edit keeps the last good guide and says what is wrong;
//! fixing it clears that.

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::date;
use skincare_guide::content::{self, EMBEDDED_CONTENT, Origin};
use skincare_guide::user_data::Scope;
use skincare_guide::user_data::tab::Tab;
use skincare_guide::{AppConfig, GuideApp};

fn app_over_file(path: &Path, data_dir: &Path) -> Harness<'static, GuideApp> {
    let today = date(2026, 11, 25);
    let config = AppConfig {
        content: content::load(&Origin::File(path.to_owned()), today),
        data_dir: data_dir.to_owned(),
        today: Some(today),
    };
    let mut harness = Harness::builder()
        // Pictures decode on a background thread; allow it time on a busy machine.
        .with_max_steps(40)
        .with_size(egui::vec2(900.0, 700.0))
        .build_eframe(move |cc| GuideApp::new(cc, config));
    harness.run();
    harness
}

/// Runs frames until `done` holds, for at most a second (the budget for showing an edit).
fn wait_until(harness: &mut Harness<'_, GuideApp>, done: impl Fn(&GuideApp) -> bool) {
    let started = Instant::now();
    while !done(harness.state()) {
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "the app did not follow the edit within a second"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.run();
    }
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
    let item = content::load_embedded(date(2026, 11, 25))
        .unwrap()
        .guide
        .before_checklist
        .items[0]
        .clone();
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
    wait_until(&mut harness, |app| {
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
    wait_until(&mut harness, |app| app.reload_error().is_some());
    assert_eq!(title(harness.state()), "Clinic Microneedling Guide");
    assert!(
        harness
            .query_by_label_contains("Your last edit of")
            .is_some(),
        "a banner says the edit has problems"
    );

    // Fixing it clears the banner and shows the fix.
    std::fs::write(&path, EMBEDDED_CONTENT).unwrap();
    wait_until(&mut harness, |app| app.reload_error().is_none());
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
    wait_until(&mut harness, |app| app.guide().is_some());
    assert_eq!(
        harness.state().guide().map(|loaded| &loaded.origin),
        Some(&Origin::File(path.clone()))
    );
}
