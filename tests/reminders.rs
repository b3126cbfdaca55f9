//! Daily reminders in the app: the settings in the Display dialog write the login reminder's
//! autostart entry (under a temporary config directory) and remove it again.

use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use skincare_guide::autostart;
use skincare_guide::content;
use skincare_guide::{AppConfig, GuideApp};

fn app_over(data_dir: &Path, config_dir: &Path) -> Harness<'static, GuideApp> {
    let config = AppConfig {
        content: content::load_embedded(jiff::civil::date(2026, 11, 25)),
        data_dir: data_dir.to_owned(),
        today: Some(jiff::civil::date(2026, 11, 25)),
    };
    let config_dir = config_dir.to_owned();
    let mut harness = Harness::builder()
        .with_max_steps(40)
        .with_size(egui::vec2(900.0, 700.0))
        .build_eframe(move |cc| GuideApp::new(cc, config).with_autostart_dir(config_dir));
    harness.run();
    harness
}

#[test]
fn turning_reminders_on_writes_the_autostart_entry_and_off_removes_it() {
    let data = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let entry = autostart::entry_path(config.path());
    {
        let mut harness = app_over(data.path(), config.path());
        harness.get_by_label("Display…").click();
        harness.run();
        harness
            .get_by_role_and_label(Role::CheckBox, "Remind me each day")
            .click();
        harness.run();
        assert!(harness.state().progress().reminders.daily);
        let text = std::fs::read_to_string(&entry).unwrap();
        assert!(text.contains("\"remind\"\n"), "{text}");
        assert!(
            text.contains(&format!("\"{}\"", data.path().display())),
            "{text}"
        );
        // The time fields are named for screen readers (the harness checks every input).
        harness.get_by_label("Reminder hour");
        harness.get_by_label("Reminder minute");
    }
    let mut harness = app_over(data.path(), config.path());
    assert!(
        harness.state().progress().reminders.daily,
        "kept across restarts"
    );
    harness.get_by_label("Display…").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Remind me each day")
        .click();
    harness.run();
    assert!(!harness.state().progress().reminders.daily);
    assert!(!entry.exists());
}
