//! Two windows on one data folder, and data from a newer version: nothing is lost, and the
//! person is told what is going on.

use std::path::Path;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use skincare_guide::GuideApp;
use skincare_guide::user_data::Scope;
use skincare_guide::user_data::store::{DATA_FILE_NAME, ReadOnly, Store};
use skincare_guide::user_data::tab::Tab;

use crate::common::app::{self, click_in_view, open_tab, run_until, shows_text};
use crate::common::shipped_guide;

/// The app over `data_dir`, on the Checklist tab.
fn app_over(data_dir: &Path) -> Harness<'static, GuideApp> {
    let mut harness = app::app_over(data_dir);
    open_tab(&mut harness, Tab::Checklist);
    harness
}

fn item_text(index: usize) -> (String, String) {
    let item = &shipped_guide().before_checklist.items[index];
    (item.id.clone(), item.text.clone())
}

fn tick(harness: &mut Harness<'_, GuideApp>, label: &str) {
    click_in_view(harness, Role::CheckBox, label);
}

/// Runs frames until `done` holds, for at most a few seconds (the follower looks every 0.5 s).
fn follow(harness: &mut Harness<'static, GuideApp>, what: &str, done: impl Fn(&GuideApp) -> bool) {
    run_until(harness, Duration::from_secs(4), what, |harness| {
        done(harness.state())
    });
}

#[test]
fn a_second_window_is_read_only_says_so_and_follows_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = app_over(dir.path());
    let mut second = app_over(dir.path());
    assert!(first.state().writable());
    assert!(!second.state().writable());
    assert!(shows_text(
        &second,
        "already open with your data in another window"
    ));

    let (id, text) = item_text(1);
    // The second window's checkbox is greyed: a click changes nothing.
    tick(&mut second, &text);
    assert!(!second.state().progress().is_ticked(Scope::Unscheduled, &id));

    tick(&mut first, &text);
    follow(&mut second, "the first window's tick", |app| {
        app.progress().is_ticked(Scope::Unscheduled, &id)
    });
    assert!(
        second.state().progress().is_ticked(Scope::Unscheduled, &id),
        "the second window shows the first one's tick"
    );
}

#[test]
fn when_the_first_window_closes_the_second_takes_over_and_no_tick_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = app_over(dir.path());
    let mut second = app_over(dir.path());
    let (first_id, first_text) = item_text(0);
    let (second_id, second_text) = item_text(1);

    tick(&mut first, &first_text);
    drop(first);
    follow(
        &mut second,
        "the second window to take over",
        GuideApp::writable,
    );
    assert!(second.state().writable(), "the second window took over");
    assert!(!shows_text(&second, "already open with your data"));
    tick(&mut second, &second_text);
    drop(second);

    let on_disk = Store::new(dir.path()).load().progress;
    assert!(on_disk.is_ticked(Scope::Unscheduled, &first_id));
    assert!(on_disk.is_ticked(Scope::Unscheduled, &second_id));
}

#[test]
fn export_works_while_the_app_is_open() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_over(dir.path());
    let (_, text) = item_text(0);
    tick(&mut app, &text);
    let out = dir.path().join("plan.md");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_skincare-guide"))
        .args(["--data-dir", dir.path().to_str().unwrap()])
        .args(["export", "--format", "md", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let markdown = std::fs::read_to_string(&out).unwrap();
    assert!(markdown.contains(&format!(
        "- [x] {}",
        skincare_guide::output::export::md_text(&text)
    )));
    assert!(app.state().writable(), "the app still owns its data");
}

/// A data file written by a future version, with a field this one does not know.
const FROM_THE_FUTURE: &str = r#"(
    format_version: 99,
    ticked: ["stop-retinoids"],
    sessions: [],
    next_session_id: 1,
    mood_diary: [(day: "2026-11-20", mood: 7)],
)"#;

#[test]
fn a_data_file_from_a_newer_version_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATA_FILE_NAME);
    std::fs::write(&path, FROM_THE_FUTURE).unwrap();

    let mut app = app_over(dir.path());
    assert!(!app.state().writable());
    assert!(shows_text(
        &app,
        "made by a newer version of Skincare Guide"
    ));
    assert!(
        app.state()
            .progress()
            .is_ticked(Scope::Unscheduled, "stop-retinoids"),
        "its data is shown"
    );
    let (_, text) = item_text(1);
    tick(&mut app, &text);
    // Changing tab would save in a writable window.
    app.get_by_role_and_label(Role::Tab, Tab::Faq.label())
        .click();
    app.run();
    drop(app);

    assert_eq!(std::fs::read_to_string(&path).unwrap(), FROM_THE_FUTURE);
}

#[test]
fn a_store_over_a_newer_file_refuses_to_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATA_FILE_NAME);
    std::fs::write(&path, FROM_THE_FUTURE).unwrap();
    let mut store = Store::open(dir.path());
    let loaded = store.load();
    assert_eq!(
        store.read_only(),
        Some(&ReadOnly::NewerVersion { version: 99 })
    );
    assert!(store.save(&loaded.progress).is_err());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), FROM_THE_FUTURE);
}

#[test]
fn repeated_session_ids_are_repaired_on_load_and_the_person_is_told() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(DATA_FILE_NAME),
        r#"(
            format_version: 2,
            sessions: [
                (id: 5, date: "2026-12-01", ticked: ["stop-retinoids"]),
                (id: 5, date: "2027-01-12", ticked: []),
                (id: 18446744073709551615, date: "2027-02-23", ticked: []),
            ],
            next_session_id: 18446744073709551615,
        )"#,
    )
    .unwrap();
    let mut app = app_over(dir.path());
    assert!(shows_text(
        &app,
        "Your saved progress had mistakes, which were mended"
    ));
    let mut ids: Vec<u64> = app
        .state()
        .progress()
        .sessions
        .iter()
        .map(|session| session.id)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 3, "every session has its own id: {ids:?}");

    // Deleting the second session deletes it alone.
    click_in_view(
        &mut app,
        Role::Tab,
        "Session 2: Tue\u{a0}12\u{a0}Jan\u{a0}2027",
    );
    click_in_view(&mut app, Role::Button, "Delete this session…");
    app.get_by_role_and_label(Role::Button, "Delete session")
        .click();
    app.run();
    let dates: Vec<_> = app
        .state()
        .progress()
        .sessions
        .iter()
        .map(|session| session.date.to_string())
        .collect();
    assert_eq!(dates, ["2026-12-01", "2027-02-23"]);
}

#[test]
fn a_newer_data_file_this_version_cannot_read_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATA_FILE_NAME);
    let newer = r#"(format_version: 99, sessions: {"a": 1}, future_field: [1, 2, 3])"#;
    std::fs::write(&path, newer).unwrap();
    let mut store = Store::open(dir.path());
    let loaded = store.load();
    assert_eq!(
        store.read_only(),
        Some(&ReadOnly::NewerVersion { version: 99 })
    );
    assert!(
        loaded
            .notice
            .unwrap()
            .message()
            .contains("made by a newer version")
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing set aside"
    );
}

#[test]
fn the_data_folder_itself_is_locked_so_no_lock_file_can_be_deleted_or_blocked() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where an old lock file would go does not stop locking, nor a second owner.
    std::fs::create_dir(dir.path().join("progress.lock")).unwrap();
    let first = Store::open(dir.path());
    let second = Store::open(dir.path());
    assert_eq!(first.read_only(), None);
    assert_eq!(second.read_only(), Some(&ReadOnly::OtherWindow));
}
