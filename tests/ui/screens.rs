//! The screens of the design issue: the first start, the sidebar and the tab strip, dialogs in
//! one style, toasts, and the export dialog's way in when no system file dialog answers.

use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use skincare_guide::GuideApp;
use skincare_guide::user_data::store::Store;
use skincare_guide::user_data::tab::Tab;

use crate::common::app::{App, click_in_view, replace_text, shows_text, type_into};

/// The app in a window `width` points wide, with the first start's welcome if `welcome`.
fn app(dir: &Path, width: f32, welcome: bool) -> Harness<'static, GuideApp> {
    let app = App::over(dir).size(width, 700.0);
    if welcome { app.welcome() } else { app }.build()
}

fn selected_tabs(harness: &Harness<'_, GuideApp>) -> usize {
    harness
        .query_all_by_role(Role::Tab)
        .filter(|tab| tab.accesskit_node().is_selected() == Some(true))
        .count()
}

#[test]
fn the_first_start_asks_for_the_date_then_opens_the_checklist_and_never_asks_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), 960.0, true);
    harness.get_by_role_and_label(Role::Heading, "Welcome");
    assert_eq!(
        selected_tabs(&harness),
        0,
        "no section looks open behind it"
    );

    type_into(&mut harness, "Date:", "2026-12-01");
    harness.get_by_label("Continue").click();
    harness.run();

    assert_eq!(harness.state().tab(), Tab::Checklist);
    let saved = Store::new(dir.path()).load().progress;
    assert_eq!(saved.sessions.len(), 1);
    assert_eq!(saved.sessions[0].date, jiff::civil::date(2026, 12, 1));
    assert!(
        shows_text(&harness, "Your treatment date is set"),
        "a toast says so"
    );
    drop(harness);

    let harness = app(dir.path(), 960.0, true);
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Welcome")
            .is_none(),
        "asked once"
    );
}

#[test]
fn a_damaged_data_file_is_announced_above_the_first_start_question() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("progress.ron"),
        "(format_version: 3, sessions: [ (id: 1, date: \"2026-1",
    )
    .unwrap();
    let harness = app(dir.path(), 960.0, true);
    assert!(shows_text(&harness, "When is your treatment?"));
    assert!(
        shows_text(&harness, "Your saved progress could not be read"),
        "the person is told, before answering, that their data was set aside"
    );
}

#[test]
fn just_reading_opens_the_overview_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), 960.0, true);
    harness.get_by_label("I am just reading").click();
    harness.run();
    harness.get_by_label("Continue").click();
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Overview);
    assert!(harness.state().progress().sessions.is_empty());
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Welcome")
            .is_none()
    );
    drop(harness);
    let harness = app(dir.path(), 960.0, true);
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "Welcome")
            .is_none()
    );
}

#[test]
fn a_treatment_already_had_cannot_be_in_the_future_and_a_bad_date_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), 960.0, true);
    harness.get_by_label("I have already had it").click();
    harness.run();
    type_into(&mut harness, "On:", "2027-01-10");
    harness.get_by_label("Continue").click();
    harness.run();
    assert!(shows_text(&harness, "That day is still to come"));
    assert!(harness.state().progress().sessions.is_empty());

    replace_text(&mut harness, "On:", "2026-11-20");
    harness.get_by_label("Continue").click();
    harness.run();
    assert_eq!(
        harness.state().progress().sessions[0].date,
        jiff::civil::date(2026, 11, 20)
    );
}

#[test]
fn a_wide_window_lists_the_sections_down_a_sidebar_and_a_narrow_one_across() {
    for (width, down) in [(1000.0, true), (600.0, false)] {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = app(dir.path(), width, false);
        harness.get_by_role_and_label(Role::TabList, "Sections");
        let first = harness.get_by_role_and_label(Role::Tab, "Overview").rect();
        let second = harness.get_by_role_and_label(Role::Tab, "Benefits").rect();
        let stacked = second.top() >= first.bottom() && second.left() == first.left();
        assert_eq!(
            stacked, down,
            "at {width} points: {first:?} then {second:?}"
        );
        assert_eq!(harness.query_all_by_role(Role::Tab).count(), Tab::ALL.len());
        harness
            .get_by_role_and_label(Role::Tab, Tab::Faq.label())
            .click();
        harness.run();
        assert_eq!(harness.state().tab(), Tab::Faq);
        assert_eq!(selected_tabs(&harness), 1);
        let faq = harness.get_by_role_and_label(Role::Tab, Tab::Faq.label());
        assert_eq!(faq.accesskit_node().is_selected(), Some(true));
    }
}

#[test]
fn a_destructive_question_has_cancel_first_and_the_red_action_rightmost_and_escape_cancels() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("progress.ron"),
        r#"(format_version: 2, last_tab: Some("checklist"), sessions: [(id: 1, date: "2026-12-01")], next_session_id: 2)"#,
    )
    .unwrap();
    let mut harness = app(dir.path(), 960.0, false);
    click_in_view(&mut harness, Role::Button, "Delete this session…");
    let cancel = harness.get_by_role_and_label(Role::Button, "Cancel").rect();
    let delete = harness
        .get_by_role_and_label(Role::Button, "Delete session")
        .rect();
    assert!(cancel.right() < delete.left(), "{cancel:?} then {delete:?}");

    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Delete session")
            .is_none()
    );
    assert_eq!(
        harness.state().progress().sessions.len(),
        1,
        "Escape cancels"
    );

    click_in_view(&mut harness, Role::Button, "Delete this session…");
    harness
        .get_by_role_and_label(Role::Button, "Delete session")
        .click();
    harness.run();
    assert!(harness.state().progress().sessions.is_empty());
    assert!(
        shows_text(&harness, "The session is deleted"),
        "a toast says so"
    );
}

#[test]
fn export_by_typed_path_saves_offers_the_folder_and_says_so_in_a_toast() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("progress.ron"),
        r#"(format_version: 2, last_tab: Some("checklist"), sessions: [(id: 1, date: "2026-12-01")], next_session_id: 2)"#,
    )
    .unwrap();
    let mut harness = app(dir.path(), 960.0, false);
    click_in_view(&mut harness, Role::Button, "Export plan…");
    harness.get_by_role_and_label(Role::Button, "Choose…");
    let path = out.path().join("plan.ics");
    replace_text(&mut harness, "Save to:", &path.display().to_string());
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    harness.run();
    assert!(path.is_file());
    harness.get_by_role_and_label(Role::Button, "Open folder");
    assert!(shows_text(&harness, "Exported plan.ics"));
}
