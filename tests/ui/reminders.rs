//! Daily reminders in the app: the settings in the Display dialog write the login reminder's
//! autostart entry (under a temporary config directory) and remove it again.

use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use skincare_guide::GuideApp;
use skincare_guide::reminders::autostart;

use crate::common::app::{App, app_over};

/// The app over `data_dir`, writing its autostart entry under `config_dir`.
fn app_writing_to(data_dir: &Path, config_dir: &Path) -> Harness<'static, GuideApp> {
    App::over(data_dir).autostart_dir(config_dir).build()
}

/// Opens the Display… dialog and clicks "Remind me each day".
fn toggle_daily_reminder(harness: &mut Harness<'_, GuideApp>) {
    harness.get_by_label("Display…").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::CheckBox, "Remind me each day")
        .click();
    harness.run();
}

#[test]
fn turning_reminders_on_writes_the_autostart_entry_and_off_removes_it() {
    let data = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let entry = autostart::entry_path(config.path());
    {
        let mut harness = app_writing_to(data.path(), config.path());
        toggle_daily_reminder(&mut harness);
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
    let mut harness = app_writing_to(data.path(), config.path());
    assert!(
        harness.state().progress().reminders.daily,
        "kept across restarts"
    );
    toggle_daily_reminder(&mut harness);
    assert!(!harness.state().progress().reminders.daily);
    assert!(!entry.exists());
}

/// Set in the child process of the test below.
const CHILD_MARKER: &str = "SKINCARE_GUIDE_TEST_AUTOSTART_CHILD";

/// The app as started normally finds the autostart directory through `XDG_CONFIG_HOME`: this test
/// runs the one below in a child process with a temporary `XDG_CONFIG_HOME` (and `HOME`), where
/// turning reminders on writes the entry there and turning them off removes it.
#[test]
fn the_autostart_entry_follows_xdg_config_home() {
    let data = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "reminders::toggling_reminders_in_a_child_process",
            "--ignored",
            "--nocapture",
        ])
        .env(CHILD_MARKER, data.path())
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", config.path())
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{log}");
    assert!(log.contains("1 passed"), "the child test ran: {log}");
    assert!(
        log.contains(&format!(
            "entry at {}",
            autostart::entry_path(config.path()).display()
        )),
        "{log}"
    );
    assert!(!autostart::entry_path(config.path()).exists());
    assert!(
        !home.path().join(".config").join("autostart").exists(),
        "XDG_CONFIG_HOME wins over HOME"
    );
}

/// The child of the test above; does nothing when run by itself.
#[test]
#[ignore = "run by the_autostart_entry_follows_xdg_config_home with its own environment"]
fn toggling_reminders_in_a_child_process() {
    let Some(data_dir) = std::env::var_os(CHILD_MARKER) else {
        return;
    };
    let mut harness = app_over(Path::new(&data_dir));
    harness.get_by_label("Display…").click();
    harness.run();
    let checkbox = |harness: &mut Harness<'static, GuideApp>| {
        harness
            .get_by_role_and_label(Role::CheckBox, "Remind me each day")
            .click();
        harness.run();
    };
    checkbox(&mut harness);
    let config_home = std::env::var_os("XDG_CONFIG_HOME").unwrap();
    let entry = autostart::entry_path(Path::new(&config_home));
    assert!(entry.exists());
    println!("entry at {}", entry.display());
    checkbox(&mut harness);
    assert!(!entry.exists());
}
