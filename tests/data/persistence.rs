//! The person's data on disk: round trips, atomic writes, and files that cannot be read.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use skincare_guide::user_data::store::{DATA_FILE_NAME, LoadNotice, Store};
use skincare_guide::user_data::tab::Tab;
use skincare_guide::user_data::{Scope, UserData};

fn file_names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn saved_progress_loads_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let mut progress = UserData::default();
    progress.set_ticked(Scope::Unscheduled, "avoid-sun-tan", true);
    progress.set_ticked(Scope::Unscheduled, "stop-retinoids", true);
    progress.set_last_tab(Tab::Checklist);

    Store::new(dir.path()).save(&progress).unwrap();
    let loaded = Store::new(dir.path()).load();

    assert_eq!(loaded.progress, progress);
    assert_eq!(loaded.notice, None);
}

#[test]
fn a_missing_file_is_a_fresh_start_without_a_notice() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = Store::new(dir.path().join("not-yet-created")).load();
    assert_eq!(loaded.progress, UserData::default());
    assert_eq!(loaded.notice, None);
}

#[test]
fn saving_creates_the_data_directory_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("nested").join("data");
    let mut store = Store::new(&data_dir);
    let mut progress = UserData::default();
    for id in ["a", "b", "c"] {
        progress.set_ticked(Scope::Unscheduled, id, true);
        store.save(&progress).unwrap();
    }
    assert_eq!(file_names(&data_dir), vec![DATA_FILE_NAME.to_owned()]);
}

#[test]
fn a_corrupt_file_is_set_aside_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATA_FILE_NAME);
    let garbage = "(ticked: [\"avoid-sun-tan\", oops";
    std::fs::write(&path, garbage).unwrap();

    let mut store = Store::new(dir.path());
    let loaded = store.load();

    assert_eq!(loaded.progress, UserData::default(), "a fresh start");
    let Some(LoadNotice::SetAside { moved_to, reason }) = loaded.notice else {
        panic!("expected a set-aside notice, got {:?}", loaded.notice);
    };
    assert!(reason.contains("line 1"), "{reason}");
    assert_eq!(std::fs::read_to_string(&moved_to).unwrap(), garbage);
    let moved_name = moved_to.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        moved_name.starts_with("progress.ron.corrupt-"),
        "{moved_name}"
    );

    // The next save writes a new file beside the kept one.
    let mut progress = UserData::default();
    progress.set_ticked(Scope::Unscheduled, "moisturise", true);
    store.save(&progress).unwrap();
    assert_eq!(std::fs::read_to_string(&moved_to).unwrap(), garbage);
    assert_eq!(Store::new(dir.path()).load().progress, progress);
}

#[test]
fn a_file_that_is_not_text_is_set_aside_too() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(DATA_FILE_NAME), [0xff, 0xfe, 0x00, 0x80]).unwrap();
    let loaded = Store::new(dir.path()).load();
    assert!(matches!(loaded.notice, Some(LoadNotice::SetAside { .. })));
    assert_eq!(
        file_names(dir.path()).len(),
        1,
        "only the set-aside file remains"
    );
}

#[test]
fn two_corrupt_files_in_the_same_second_get_different_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut moved = Vec::new();
    for _ in 0..2 {
        std::fs::write(dir.path().join(DATA_FILE_NAME), "not ron").unwrap();
        let Some(LoadNotice::SetAside { moved_to, .. }) = Store::new(dir.path()).load().notice
        else {
            panic!("expected a set-aside notice");
        };
        moved.push(moved_to);
    }
    assert_ne!(moved[0], moved[1]);
    assert!(moved.iter().all(|path| path.exists()));
}

#[test]
fn ticks_of_items_no_longer_in_the_content_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(DATA_FILE_NAME),
        "(format_version: 1, ticked: [\"an-item-since-removed\"])",
    )
    .unwrap();
    let mut store = Store::new(dir.path());
    let mut progress = store.load().progress;
    progress.set_ticked(Scope::Unscheduled, "moisturise", true);
    store.save(&progress).unwrap();

    let reloaded = Store::new(dir.path()).load().progress;
    assert!(reloaded.is_ticked(Scope::Unscheduled, "an-item-since-removed"));
    assert!(reloaded.is_ticked(Scope::Unscheduled, "moisturise"));
}

#[test]
fn a_failed_save_reports_the_path_and_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the data directory should be: nothing can be created inside it.
    let blocker = dir.path().join("data");
    std::fs::write(&blocker, "I am a file").unwrap();
    let err = Store::new(&blocker).save(&UserData::default()).unwrap_err();
    assert!(err.to_string().contains("data"), "{err}");
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "I am a file");
}

/// A write step that puts half the bytes down and then fails, as a full disk does.
fn failing_halfway() -> skincare_guide::user_data::store::WriteStep {
    Box::new(|file, bytes| {
        use std::io::Write as _;
        file.write_all(&bytes[..bytes.len() / 2])?;
        Err(std::io::Error::other("No space left on device"))
    })
}

#[test]
fn a_write_that_fails_midway_leaves_the_old_file_intact_and_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::new(dir.path());
    let mut progress = UserData::default();
    progress.set_ticked(Scope::Unscheduled, "avoid-sun-tan", true);
    store.save(&progress).unwrap();
    let before = std::fs::read(dir.path().join(DATA_FILE_NAME)).unwrap();

    store.set_write_step(failing_halfway());
    progress.set_ticked(Scope::Unscheduled, "stop-retinoids", true);
    let err = store.save(&progress).unwrap_err();
    assert!(err.to_string().contains("No space left on device"), "{err}");
    assert_eq!(
        std::fs::read(dir.path().join(DATA_FILE_NAME)).unwrap(),
        before
    );
    assert_eq!(file_names(dir.path()), vec![DATA_FILE_NAME.to_owned()]);

    // Once the disk has room again, the next save writes everything.
    store.set_write_step(Box::new(|file, bytes| {
        use std::io::Write as _;
        file.write_all(bytes)
    }));
    store.save(&progress).unwrap();
    assert_eq!(Store::new(dir.path()).load().progress, progress);
}

#[test]
fn temporary_files_left_by_a_killed_process_are_removed_at_load() {
    let dir = tempfile::tempdir().unwrap();
    let mut progress = UserData::default();
    progress.set_ticked(Scope::Unscheduled, "moisturise", true);
    Store::new(dir.path()).save(&progress).unwrap();
    std::fs::write(
        dir.path().join(".progress.ron.a1B2c3.tmp"),
        "(ticked: [\"half",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();

    let loaded = Store::new(dir.path()).load();

    assert_eq!(loaded.progress, progress);
    assert_eq!(
        file_names(dir.path()),
        vec!["notes.txt".to_owned(), DATA_FILE_NAME.to_owned()]
    );
}
