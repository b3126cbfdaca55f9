//! The Diary tab, driven headless through its accessibility tree with egui_kittest: check-ins,
//! charts as tables, warnings in the diary and in Today, photos, compare and delete.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use std::path::Path;
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use jiff::civil::{Date, date};
use skincare_guide::GuideApp;
use skincare_guide::user_data::UserData;
use skincare_guide::user_data::diary::{CheckIn, photos};
use skincare_guide::user_data::store::Store;
use skincare_guide::user_data::tab::Tab;

use crate::common::TODAY;
use crate::common::app::{App, open_tab, run_until, shows_text, type_into};

/// The session the tests' plan has: [`TODAY`] is day 3 after it.
const SESSION: Date = date(2026, 11, 22);

fn plan_with(check_ins: &[(Date, u8)]) -> UserData {
    let mut progress = UserData::default();
    progress.add_session(SESSION);
    for (day, redness) in check_ins {
        let mut check_in = CheckIn::default();
        check_in.ratings.insert("redness".to_owned(), *redness);
        progress.diary.set_check_in(*day, check_in);
    }
    progress
}

/// The app over `data_dir` with `progress` saved there first, in a window that shows the diary
/// whole.
fn app_over(data_dir: &Path, progress: &UserData) -> Harness<'static, GuideApp> {
    Store::new(data_dir).save(progress).unwrap();
    App::over(data_dir)
        .size(1000.0, 900.0)
        .autostart_dir(&std::env::temp_dir())
        .build()
}

/// Scrolls the widget named `label` into view and clicks it. Waits a few frames for it to appear,
/// as pictures decoded on another thread can change the frame it first shows in.
fn click(harness: &mut Harness<'_, GuideApp>, label: &str) {
    for _ in 0..50 {
        if harness.query_by_label(label).is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
        harness.run();
    }
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

fn set_slider(harness: &mut Harness<'_, GuideApp>, label: &str, value: f64) {
    harness
        .get_by_role_and_label(Role::Slider, label)
        .set_value_accesskit(value);
    harness.run();
}

#[test]
fn adding_a_check_in_shows_it_in_the_chart_and_its_table() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path(), &plan_with(&[]));
    open_tab(&mut harness, Tab::Diary);
    assert!(shows_text(&harness, "Session 1 · day 3"));
    set_slider(&mut harness, "Redness", 4.0);
    click(&mut harness, "Save check-in");
    let saved = harness
        .state()
        .progress()
        .diary
        .check_in(TODAY)
        .cloned()
        .unwrap();
    assert_eq!(saved.ratings.get("redness"), Some(&4));
    assert_eq!(
        saved.ratings.get("swelling"),
        None,
        "an untouched scale stays unrated"
    );

    click(&mut harness, "Charts");
    let figure = harness.get_by_role(Role::Figure);
    let description = figure.accesskit_node().label().unwrap_or_default();
    assert!(description.contains("Day 3: session 1 4."), "{description}");

    click(&mut harness, "Show as table");
    assert!(
        harness.query_by_role(Role::Figure).is_none(),
        "the table replaces the chart"
    );
    harness.get_by_label("Session 1");
    harness.get_by_label("Day 3");
    harness.get_by_label("4");
    // After a restart the check-in is still there.
    drop(harness);
    let reloaded = Store::new(dir.path()).load().progress;
    assert_eq!(reloaded.diary.check_in(TODAY), Some(&saved));
}

#[test]
fn a_rising_redness_curve_raises_the_care_card_in_the_diary_and_in_today() {
    let dir = tempfile::tempdir().unwrap();
    let progress = plan_with(&[
        (date(2026, 11, 22), 6),
        (date(2026, 11, 23), 5),
        (date(2026, 11, 24), 3),
    ]);
    let mut harness = app_over(dir.path(), &progress);
    open_tab(&mut harness, Tab::Diary);
    let reason = "Your redness went from 3 to 6 between day 2 and day 3.";
    assert!(
        !shows_text(&harness, reason),
        "no warning while healing follows the usual course"
    );
    assert!(
        harness
            .query_by_label("Your diary suggests getting advice")
            .is_none()
    );

    set_slider(&mut harness, "Redness", 6.0);
    click(&mut harness, "Save check-in");
    assert!(shows_text(&harness, reason));
    harness.get_by_role_and_label(Role::Heading, "Get medical advice today");
    assert!(
        shows_text(&harness, "call NHS 111"),
        "the card says whom to contact"
    );

    open_tab(&mut harness, Tab::Checklist);
    assert!(shows_text(&harness, reason), "Today shows the warning too");
    assert!(
        harness
            .query_all_by_role_and_label(Role::Heading, "Get medical advice today")
            .next()
            .is_some()
    );
}

#[test]
fn an_earlier_day_can_be_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path(), &plan_with(&[]));
    open_tab(&mut harness, Tab::Diary);
    click(&mut harness, "‹ Earlier day");
    assert!(shows_text(&harness, "Session 1 · day 2"));
    set_slider(&mut harness, "Swelling", 2.0);
    click(&mut harness, "Save check-in");
    let diary = &harness.state().progress().diary;
    assert_eq!(
        diary.check_in(date(2026, 11, 24)).unwrap().ratings["swelling"],
        2
    );
    assert!(diary.check_in(TODAY).is_none());

    type_into(&mut harness, "Go to day:", "2026-11-22");
    click(&mut harness, "Go");
    assert!(shows_text(&harness, "Session 1 · day 0"));
    type_into(&mut harness, "Note", "Treatment went fine");
    click(&mut harness, "Save check-in");
    let diary = &harness.state().progress().diary;
    assert_eq!(diary.check_in(SESSION).unwrap().note, "Treatment went fine");
}

#[test]
fn today_asks_for_today_s_check_in_until_it_is_done() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path(), &plan_with(&[]));
    open_tab(&mut harness, Tab::Checklist);
    harness.get_by_role_and_label(Role::Heading, "Today's check-in");
    click(&mut harness, "Open the diary");
    assert_eq!(harness.state().tab(), Tab::Diary);
    set_slider(&mut harness, "Pain or tenderness", 1.0);
    click(&mut harness, "Save check-in");
    open_tab(&mut harness, Tab::Checklist);
    assert!(harness.query_by_label("Today's check-in").is_none());
}

fn write_photo(path: &Path, colour: [u8; 3]) {
    image::RgbImage::from_pixel(60, 40, image::Rgb(colour))
        .save(path)
        .unwrap();
}

#[test]
fn a_photo_added_by_path_can_be_deleted_only_after_confirming() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let source = dir.path().join("face.jpg");
    write_photo(&source, [200, 120, 100]);
    let mut harness = app_over(&data, &plan_with(&[]));
    open_tab(&mut harness, Tab::Diary);
    click(&mut harness, "Photos");
    type_into(&mut harness, "Photo file:", source.to_str().unwrap());
    click(&mut harness, "Add photo");
    run_until(
        &mut harness,
        Duration::from_secs(20),
        "the import",
        |harness| harness.state().progress().diary.photos.len() == 1,
    );
    let id = harness.state().progress().diary.photos[0].id;
    let stored = photos::photos_dir(&data).join(photos::photo_file_name(id));
    assert!(stored.exists());
    assert!(source.exists(), "the original stays");

    let delete = "Delete the photo of 25 Nov 2026 · Session 1 · day 3";
    click(&mut harness, delete);
    harness.get_by_label("Delete this photo?");
    click(&mut harness, "Cancel");
    assert_eq!(harness.state().progress().diary.photos.len(), 1);
    assert!(stored.exists());

    click(&mut harness, delete);
    click(&mut harness, "Delete photo");
    assert!(harness.state().progress().diary.photos.is_empty());
    assert!(!stored.exists());
    assert!(
        !photos::photos_dir(&data)
            .join(photos::thumb_file_name(id))
            .exists()
    );
    assert!(Store::new(&data).load().progress.diary.photos.is_empty());
}

#[test]
fn compare_shows_two_photos_side_by_side_or_wiped_with_zoom_locked() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut progress = plan_with(&[]);
    for (day, colour) in [(date(2026, 11, 20), [200, 0, 0]), (TODAY, [0, 0, 200])] {
        let source = dir.path().join(format!("{day}.png"));
        write_photo(&source, colour);
        let id = progress.diary.take_photo_id();
        let record = photos::import(&source, &photos::photos_dir(&data), id, day).unwrap();
        progress.diary.add_photo(record);
    }
    let mut harness = app_over(&data, &progress);
    open_tab(&mut harness, Tab::Diary);
    click(&mut harness, "Compare photos");
    let before = "Photo of 20 Nov 2026 · before treatment at 100% zoom";
    let after = "Photo of 25 Nov 2026 · Session 1 · day 3 at 100% zoom";
    harness.get_by_role_and_label(Role::Image, before);
    harness.get_by_role_and_label(Role::Image, after);

    set_slider(&mut harness, "Zoom", 2.0);
    assert!(shows_text(
        &harness,
        "Photo of 20 Nov 2026 · before treatment at 200% zoom"
    ));
    assert!(shows_text(
        &harness,
        "Photo of 25 Nov 2026 · Session 1 · day 3 at 200% zoom"
    ));

    click(&mut harness, "Wipe");
    harness.get_by_role_and_label(Role::Slider, "Wipe position");
    let images: Vec<String> = harness
        .get_all_by_role(Role::Image)
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert_eq!(images.len(), 1, "{images:?}");
    assert!(images[0].contains("left of the wipe"), "{images:?}");
}

#[test]
fn a_photo_whose_file_is_gone_shows_a_placeholder() {
    let dir = tempfile::tempdir().unwrap();
    let mut progress = plan_with(&[]);
    let id = progress.diary.take_photo_id();
    progress
        .diary
        .add_photo(skincare_guide::user_data::diary::PhotoRecord {
            id,
            day: TODAY,
            width: 60,
            height: 40,
        });
    let mut harness = app_over(dir.path(), &progress);
    open_tab(&mut harness, Tab::Diary);
    click(&mut harness, "Photos");
    run_until(
        &mut harness,
        Duration::from_secs(20),
        "the placeholder",
        |harness| shows_text(harness, "its file is missing"),
    );
}
