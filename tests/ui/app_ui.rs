//! The whole app, driven headless through its accessibility tree with egui_kittest: what a
//! person (or a screen reader) finds, clicks and gets back after a restart.

use egui::accesskit::{Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use skincare_guide::GuideApp;
use skincare_guide::content::{self, Origin};
use skincare_guide::user_data::Scope;
use skincare_guide::user_data::store::{DATA_FILE_NAME, Store};
use skincare_guide::user_data::tab::Tab;

use crate::common::app::{
    App, app_over, click_in_view, open_tab, replace_text, shows_text, type_into,
};
use crate::common::{TODAY, shipped_guide as guide};

#[test]
fn each_tab_opens_by_its_label_and_shows_its_heading() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    let guide = guide();
    for tab in Tab::ALL {
        open_tab(&mut harness, tab);
        assert_eq!(harness.state().tab(), tab);
        let heading = match tab {
            Tab::Overview => guide.overview.title.as_str(),
            Tab::Benefits => guide.benefits.title.as_str(),
            Tab::Preparation => guide.preparation.title.as_str(),
            Tab::Aftercare => guide.aftercare.title.as_str(),
            Tab::Faq => "Frequently asked questions",
            Tab::Checklist => "Checklist",
            Tab::Diary => "Recovery diary",
            Tab::Sources => "Sources",
        };
        let node = harness.get_by_role_and_label(Role::Heading, heading);
        assert_eq!(node.accesskit_node().level(), Some(1), "{heading}");
    }
}

#[test]
fn tabs_are_a_tab_list_with_exactly_one_selected_tab() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Aftercare);

    let list = harness.get_by_role(Role::TabList);
    assert_eq!(list.accesskit_node().label().as_deref(), Some("Sections"));
    let tabs: Vec<_> = harness.get_all_by_role(Role::Tab).collect();
    assert_eq!(tabs.len(), Tab::ALL.len());
    for node in tabs {
        let node = node.accesskit_node();
        let selected = node.label().as_deref() == Some("Aftercare");
        assert_eq!(node.is_selected(), Some(selected), "{:?}", node.label());
        assert_eq!(node.toggled(), None, "a tab is not a toggle button");
    }
}

#[test]
fn ctrl_and_a_number_switch_tabs() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num6);
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Checklist);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    harness.run();
    assert_eq!(harness.state().tab(), Tab::Benefits);
}

#[test]
fn section_titles_are_level_two_headings() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Benefits);
    for section in &guide().benefits.sections {
        let node = harness.get_by_role_and_label(Role::Heading, &section.title);
        assert_eq!(node.accesskit_node().level(), Some(2));
    }
}

#[test]
fn overview_shows_the_disclaimer() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app_over(dir.path());
    assert_eq!(harness.state().tab(), Tab::Overview);
    assert!(shows_text(&harness, "Medical disclaimer"));
    assert!(shows_text(&harness, &guide().disclaimer));
}

#[test]
fn a_faq_question_expands_to_its_answer() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Faq);
    let guide = guide();
    let entry = &guide.faq[0];
    let content::Block::Paragraph(answer) = &entry.answer[0] else {
        panic!("the first answer starts with a paragraph");
    };
    assert!(!shows_text(&harness, answer), "answers start collapsed");
    harness.get_by_label(&entry.question).click();
    harness.run();
    assert!(shows_text(&harness, answer));
}

#[test]
fn sources_tab_links_every_source() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Sources);
    for source in &guide().sources {
        // The glossary below the list links its own sources again.
        assert!(
            harness
                .query_all_by_role_and_label(Role::Link, &source.title)
                .next()
                .is_some(),
            "{} is linked",
            source.title
        );
    }
}

#[test]
fn ticking_an_item_by_label_saves_it_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Checklist);
    let item = &guide().before_checklist.items[2];

    click_in_view(&mut harness, Role::CheckBox, &item.text);

    assert!(
        harness
            .state()
            .progress()
            .is_ticked(Scope::Unscheduled, &item.id)
    );
    let on_disk = Store::new(dir.path()).load().progress;
    assert!(
        on_disk.is_ticked(Scope::Unscheduled, &item.id),
        "saved without waiting for exit"
    );
    let list = &guide().before_checklist;
    let tasks = list.items.iter().filter(|item| !item.is_rule()).count();
    let expected = format!("1 of {tasks} done");
    assert!(shows_text(&harness, &expected), "progress reads {expected}");
}

#[test]
fn a_new_app_over_the_same_data_shows_the_tick_and_the_last_tab() {
    let dir = tempfile::tempdir().unwrap();
    let guide = guide();
    let task = |list: &content::Checklist| {
        list.items
            .iter()
            .find(|item| !item.is_rule())
            .unwrap()
            .clone()
    };
    let item = task(&guide.after_checklist);
    {
        let mut harness = app_over(dir.path());
        open_tab(&mut harness, Tab::Checklist);
        click_in_view(&mut harness, Role::CheckBox, &item.text);
    }

    let harness = app_over(dir.path());
    assert_eq!(harness.state().tab(), Tab::Checklist, "last tab restored");
    let checkbox = harness.get_by_role_and_label(Role::CheckBox, &item.text);
    assert_eq!(checkbox.accesskit_node().toggled(), Some(Toggled::True));
    let other = task(&guide.before_checklist);
    let unticked = harness.get_by_role_and_label(Role::CheckBox, &other.text);
    assert_eq!(unticked.accesskit_node().toggled(), Some(Toggled::False));
}

#[test]
fn reset_list_asks_first_and_only_then_unticks() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Checklist);
    let guide = guide();
    let before = &guide.before_checklist;
    for item in &before.items[..2] {
        click_in_view(&mut harness, Role::CheckBox, &item.text);
    }
    let after_item = guide
        .after_checklist
        .items
        .iter()
        .find(|item| !item.is_rule())
        .unwrap();
    click_in_view(&mut harness, Role::CheckBox, &after_item.text);
    let reset_label = format!("Reset list ({})", before.title);

    // Cancel keeps the ticks.
    click_in_view(&mut harness, Role::Button, &reset_label);
    assert!(shows_text(&harness, "It cannot be undone"));
    click_in_view(&mut harness, Role::Button, "Cancel");
    assert_eq!(
        harness
            .state()
            .progress()
            .done_count(Scope::Unscheduled, before),
        2
    );

    // Confirming unticks this list only, and saves.
    click_in_view(&mut harness, Role::Button, &reset_label);
    click_in_view(&mut harness, Role::Button, "Untick all");
    assert_eq!(
        harness
            .state()
            .progress()
            .done_count(Scope::Unscheduled, before),
        0
    );
    assert!(
        harness
            .state()
            .progress()
            .is_ticked(Scope::Unscheduled, &after_item.id)
    );
    let on_disk = Store::new(dir.path()).load().progress;
    assert_eq!(on_disk.done_count(Scope::Unscheduled, before), 0);
    assert!(on_disk.is_ticked(Scope::Unscheduled, &after_item.id));
}

#[test]
fn broken_content_shows_the_error_and_offers_the_built_in_guide() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("content.ron");
    std::fs::write(&path, "(\n  title: \"Guide\",\n  oops\n)").unwrap();
    let error = content::load(&Origin::File(path.clone()), TODAY).unwrap_err();
    let mut harness = App::over(dir.path()).content(Err(error)).build();

    harness.get_by_role_and_label(Role::Heading, "The guide's content could not be loaded");
    let located = format!("{}:3:3:", path.display());
    assert!(shows_text(&harness, &located), "shows {located}");
    assert!(harness.query_by_role(Role::Tab).is_none(), "no guide yet");
    assert!(shows_text(
        &harness,
        &format!("run: skincare-guide check {}", path.display())
    ));
    harness.get_by_label("About Skincare Guide").click();
    harness.run();
    assert!(
        shows_text(&harness, "(has problems)"),
        "About names the content"
    );
    harness.get_by_label("Close").click();
    harness.run();

    harness.get_by_label("Open the built-in guide").click();
    harness.run();

    assert_eq!(
        harness.state().guide().map(|loaded| &loaded.origin),
        Some(&Origin::Embedded)
    );
    assert!(shows_text(&harness, "You are reading the built-in guide"));
    harness.get_by_role_and_label(Role::Tab, "Overview");
}

#[test]
fn a_corrupt_data_file_is_set_aside_and_the_person_is_told() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(DATA_FILE_NAME), "definitely not ron").unwrap();
    let mut harness = app_over(dir.path());
    assert!(shows_text(&harness, "could not be read"));
    assert!(shows_text(&harness, "progress.ron.corrupt-"));
    harness.get_by_label("Dismiss").click();
    harness.run();
    assert!(!shows_text(&harness, "could not be read"));
}

#[test]
fn a_failing_save_is_shown_and_the_tick_is_kept_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("data");
    std::fs::write(&blocker, "a file, not a directory").unwrap();
    let mut harness = app_over(&blocker);
    open_tab(&mut harness, Tab::Checklist);
    let item = &guide().before_checklist.items[0];
    click_in_view(&mut harness, Role::CheckBox, &item.text);
    assert!(
        harness
            .state()
            .progress()
            .is_ticked(Scope::Unscheduled, &item.id)
    );
    assert!(shows_text(&harness, "Changes can't be saved"));
}

#[test]
fn about_names_the_content_in_use_the_data_file_and_the_licences() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    assert!(
        !shows_text(&harness, &dir.path().display().to_string()),
        "the data file's path is not on the main window"
    );
    harness.get_by_label("About Skincare Guide").click();
    harness.run();
    harness.get_by_role_and_label(Role::Heading, "About Skincare Guide");
    assert!(shows_text(&harness, "Content: built-in guide"));
    assert!(shows_text(&harness, &dir.path().display().to_string()));
    assert!(shows_text(&harness, "SIL Open Font License 1.1"));
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, "About Skincare Guide")
            .is_none(),
        "Escape closes About"
    );
}

/// Opens the Checklist tab and sets the appointment date by typing it.
fn set_appointment(harness: &mut Harness<'_, GuideApp>, date: &str) {
    open_tab(harness, Tab::Checklist);
    type_into(harness, "Appointment date:", date);
    click_in_view(harness, Role::Button, "Set date");
}

#[test]
fn setting_a_date_shows_what_is_due_today() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    set_appointment(&mut harness, "2026-12-01");

    assert_eq!(harness.state().progress().sessions.len(), 1);
    assert_eq!(
        Store::new(dir.path()).load().progress.sessions[0].date,
        jiff::civil::date(2026, 12, 1),
        "saved at once"
    );
    harness.get_by_role_and_label(Role::Heading, "Today, Wednesday\u{a0}25\u{a0}November");
    assert!(shows_text(
        &harness,
        "Treatment in 6 days, on Tue\u{a0}1\u{a0}Dec."
    ));
    // Due today: the consultation runs from 28 days to 3 days before the treatment.
    let consultation = "Have a consultation with the practitioner who will treat you";
    harness.get_by_role_and_label(Role::CheckBox, consultation);
    assert!(shows_text(
        &harness,
        "Tue\u{a0}3\u{a0}Nov\u{a0}– Sat\u{a0}28\u{a0}Nov"
    ));
    assert!(shows_text(&harness, "· Due now"));
    // Not yet due: bare skin on the day.
    let bare = "Arrive with clean skin and no make-up on the area";
    harness.get_by_role_and_label(Role::CheckBox, bare);
    assert!(shows_text(&harness, "· Upcoming"));
    // The Today panel sums up, and links to the list.
    assert!(shows_text(&harness, "To do today (5 steps):"));
    harness.get_by_role_and_label(Role::Link, "Go to the step: Consultation visit");
}

#[test]
fn the_today_panel_does_not_repeat_the_lists() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    set_appointment(&mut harness, "2026-12-01");
    let guide = guide();
    let due = skincare_guide::plan::due_today(&guide, harness.state().progress(), TODAY);
    assert!(due.len() >= 5, "{}", due.len());
    for entry in due {
        let text = &entry.item.text;
        let times = harness
            .query_all_by(|node| {
                node.label()
                    .is_some_and(|label| label.contains(text.as_str()))
                    || node
                        .value()
                        .is_some_and(|value| value.contains(text.as_str()))
            })
            .count();
        assert_eq!(times, 1, "{text} shows once, in its list");
    }
}

#[test]
fn a_link_in_the_today_panel_goes_to_its_step_in_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    set_appointment(&mut harness, "2026-12-01");
    let plan_quiet = "Plan a few quiet days after the appointment";
    assert!(
        !harness
            .get_by_role_and_label(Role::CheckBox, plan_quiet)
            .accesskit_node()
            .is_focused()
    );
    harness
        .get_by_role_and_label(Role::Link, "Go to the step: Plan quiet days")
        .click();
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::CheckBox, plan_quiet)
            .accesskit_node()
            .is_focused(),
        "the step's box has the keyboard, ready to tick"
    );
}

#[test]
fn past_steps_are_asked_about_not_marked_missed() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    // Two days ago: every before-step is over.
    set_appointment(&mut harness, "2026-11-23");
    assert!(!shows_text(&harness, "Missed"));
    assert!(shows_text(&harness, "· Did you do this?"));
}

#[test]
fn marking_a_past_phase_done_ticks_exactly_its_past_tasks_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    set_appointment(&mut harness, "2026-11-23");
    let session = Scope::Session(harness.state().progress().sessions[0].id);

    click_in_view(
        &mut harness,
        Role::Button,
        "Mark all past before-treatment steps done",
    );

    let guide = guide();
    let before_tasks: std::collections::BTreeSet<String> = guide
        .before_checklist
        .items
        .iter()
        .filter(|item| !item.is_rule())
        .map(|item| item.id.clone())
        .collect();
    assert_eq!(before_tasks.len(), 7);
    assert_eq!(harness.state().progress().ticks(session), &before_tasks);
    let on_disk = Store::new(dir.path()).load().progress;
    assert_eq!(on_disk.ticks(session), &before_tasks, "saved at once");
    assert!(!shows_text(&harness, "· Did you do this?"));
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Mark all past before-treatment steps done")
            .is_none(),
        "nothing left to mark"
    );
}

#[test]
fn a_rule_counts_down_instead_of_having_a_box_to_tick() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    set_appointment(&mut harness, "2026-12-01");
    let sun = "Keep out of strong sun, sunbeds and fake tan for two weeks";
    assert!(
        harness
            .query_by_role_and_label(Role::CheckBox, sun)
            .is_none()
    );
    harness.get_by_label(sun);
    assert!(shows_text(&harness, "Keep doing until Tue\u{a0}1\u{a0}Dec"));
    assert!(shows_text(&harness, "· 6 days to go"));
}

#[test]
fn a_rule_ticked_by_an_older_build_loads_and_keeps_its_tick() {
    let dir = tempfile::tempdir().unwrap();
    let mut progress = skincare_guide::user_data::UserData::default();
    let id = progress.add_session(jiff::civil::date(2026, 12, 1));
    progress.set_ticked(Scope::Session(id), "avoid-sun-tan", true);
    Store::new(dir.path()).save(&progress).unwrap();

    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Checklist);
    let consultation = "Have a consultation with the practitioner who will treat you";
    click_in_view(&mut harness, Role::CheckBox, consultation);

    let on_disk = Store::new(dir.path()).load().progress;
    assert!(on_disk.is_ticked(Scope::Session(id), "book-consultation"));
    assert!(
        on_disk.is_ticked(Scope::Session(id), "avoid-sun-tan"),
        "the old tick is kept"
    );
    assert!(shows_text(&harness, "Keep doing until Tue\u{a0}1\u{a0}Dec"));
}

#[test]
fn the_timeline_reads_as_a_list_naming_each_step_with_its_days_then_its_dates() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    let guide = guide();
    open_tab(&mut harness, Tab::Preparation);
    harness.get_by_role_and_label(Role::List, "Timeline: Before treatment");
    let rows: Vec<String> = harness
        .get_all_by_role(Role::ListItem)
        .filter_map(|node| node.accesskit_node().label())
        .collect();
    assert_eq!(rows.len(), guide.before_checklist.items.len(), "{rows:#?}");
    assert!(rows.contains(
        &"Avoid sun and fake tan: keep doing from 14 days before to the treatment day".to_owned()
    ));
    assert!(rows.contains(&"Plan quiet days: from 7 days before to the day before".to_owned()));

    set_appointment(&mut harness, "2026-12-01");
    open_tab(&mut harness, Tab::Preparation);
    harness.get_by_role_and_label(
        Role::ListItem,
        "Avoid sun and fake tan: keep doing from 14 days before to the treatment day \
         (Tue\u{a0}17\u{a0}Nov\u{a0}– Tue\u{a0}1\u{a0}Dec)",
    );
    open_tab(&mut harness, Tab::Aftercare);
    harness.get_by_role_and_label(Role::List, "Timeline: After treatment");
    harness.get_by_role_and_label(
        Role::ListItem,
        "Book the next session: from 7 days after to 42 days after \
         (Tue\u{a0}8\u{a0}Dec\u{a0}– Tue\u{a0}12\u{a0}Jan\u{a0}2027)",
    );
}

#[test]
fn the_calendar_picks_a_day_of_the_next_month() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Checklist);
    click_in_view(
        &mut harness,
        Role::Button,
        "Pick the appointment date from a calendar",
    );
    // It opens on this month, with today marked for screen readers too.
    harness.get_by_label("November 2026");
    harness.get_by_role_and_label(Role::Button, "Wednesday 25 November 2026, today");
    harness
        .get_by_role_and_label(Role::Button, "Next month")
        .click();
    harness.run();
    harness.get_by_label("December 2026");
    harness
        .get_by_role_and_label(Role::Button, "Tuesday 1 December 2026")
        .click();
    harness.run();
    assert!(
        harness.query_by_label("Next month").is_none(),
        "a click picks and closes"
    );
    let field = harness.get_by_role_and_label(Role::TextInput, "Appointment date:");
    assert_eq!(field.value().as_deref(), Some("2026-12-01"));
    click_in_view(&mut harness, Role::Button, "Set date");
    assert_eq!(
        harness.state().progress().sessions[0].date,
        jiff::civil::date(2026, 12, 1)
    );
}

#[test]
fn escape_closes_the_calendar_without_picking() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Checklist);
    click_in_view(
        &mut harness,
        Role::Button,
        "Pick the appointment date from a calendar",
    );
    harness.get_by_label("Previous month");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Previous month").is_none());
    let field = harness.get_by_role_and_label(Role::TextInput, "Appointment date:");
    assert_eq!(field.value().as_deref(), Some(""));
}

#[test]
fn a_mistyped_date_is_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    set_appointment(&mut harness, "2026-02-30");
    assert!(shows_text(&harness, "2026-02-30 is not a real date"));
    assert!(harness.state().progress().sessions.is_empty());

    type_into(&mut harness, "Appointment date:", "x");
    click_in_view(&mut harness, Role::Button, "Set date");
    assert!(shows_text(&harness, "YYYY-MM-DD"));
}

#[test]
fn sessions_can_be_added_moved_and_deleted_after_confirmation() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    set_appointment(&mut harness, "2026-12-01");

    // Another session, at the suggested spacing of six weeks.
    click_in_view(&mut harness, Role::Button, "Add another session");
    click_in_view(&mut harness, Role::Button, "Add session");
    let dates: Vec<_> = harness
        .state()
        .progress()
        .sessions
        .iter()
        .map(|s| s.date)
        .collect();
    assert_eq!(
        dates,
        [
            jiff::civil::date(2026, 12, 1),
            jiff::civil::date(2027, 1, 12)
        ]
    );
    let tabs =
        harness.get_by_role_and_label(Role::Tab, "Session 2: Tue\u{a0}12\u{a0}Jan\u{a0}2027");
    assert_eq!(tabs.accesskit_node().is_selected(), Some(true));

    // Move it a week later.
    click_in_view(&mut harness, Role::Button, "Change this session's date");
    replace_text(&mut harness, "New date for this session:", "2027-01-19");
    click_in_view(&mut harness, Role::Button, "Move session");
    assert_eq!(
        harness.state().progress().sessions[1].date,
        jiff::civil::date(2027, 1, 19)
    );

    // Deleting asks first; cancelling keeps it.
    click_in_view(&mut harness, Role::Button, "Delete this session…");
    assert!(shows_text(&harness, "Delete session 2?"));
    click_in_view(&mut harness, Role::Button, "Cancel");
    assert_eq!(harness.state().progress().sessions.len(), 2);
    click_in_view(&mut harness, Role::Button, "Delete this session…");
    click_in_view(&mut harness, Role::Button, "Delete session");
    assert_eq!(harness.state().progress().sessions.len(), 1);
    assert_eq!(Store::new(dir.path()).load().progress.sessions.len(), 1);
}

#[test]
fn the_plan_can_be_exported_from_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    set_appointment(&mut harness, "2026-12-01");
    click_in_view(&mut harness, Role::Button, "Export plan…");

    let out = dir.path().join("my-plan.ics");
    replace_text(&mut harness, "Save to:", out.to_str().unwrap());
    click_in_view(&mut harness, Role::Button, "Export");

    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("DTSTART;VALUE=DATE:20261201"), "{text}");
    assert!(shows_text(&harness, "Saved to"));
}

#[test]
fn a_failed_save_is_reported_and_retried_with_the_next_change() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Checklist);
    let items = guide().before_checklist.items;

    harness
        .state_mut()
        .store_mut()
        .set_write_step(Box::new(|file, bytes| {
            use std::io::Write as _;
            file.write_all(&bytes[..bytes.len() / 2])?;
            Err(std::io::Error::other("No space left on device"))
        }));
    click_in_view(&mut harness, Role::CheckBox, &items[0].text);
    assert!(shows_text(&harness, "Changes can't be saved"));
    assert!(shows_text(&harness, "No space left on device"));
    assert!(
        harness
            .state()
            .progress()
            .is_ticked(Scope::Unscheduled, &items[0].id)
    );
    let on_disk = Store::new(dir.path()).load().progress;
    assert!(
        !on_disk.is_ticked(Scope::Unscheduled, &items[0].id),
        "the old file is intact"
    );

    harness
        .state_mut()
        .store_mut()
        .set_write_step(Box::new(|file, bytes| {
            use std::io::Write as _;
            file.write_all(bytes)
        }));
    click_in_view(&mut harness, Role::CheckBox, &items[1].text);
    assert!(!shows_text(&harness, "Changes can't be saved"));
    let on_disk = Store::new(dir.path()).load().progress;
    assert!(
        on_disk.is_ticked(Scope::Unscheduled, &items[0].id),
        "the failed change is saved too"
    );
    assert!(on_disk.is_ticked(Scope::Unscheduled, &items[1].id));
}

#[test]
fn a_long_plan_shows_nine_session_tabs_and_a_list_of_all() {
    let dir = tempfile::tempdir().unwrap();
    let mut progress = skincare_guide::user_data::UserData::default();
    for week in 0..30 {
        progress.add_session(
            jiff::civil::date(2026, 1, 5).saturating_add(jiff::Span::new().weeks(week)),
        );
    }
    progress.set_last_tab(Tab::Checklist);
    Store::new(dir.path()).save(&progress).unwrap();
    let mut harness = app_over(dir.path());
    let tabs = harness
        .query_all_by(|node| {
            node.role() == Role::Tab && node.label().is_some_and(|l| l.starts_with("Session "))
        })
        .count();
    assert_eq!(tabs, 9);
    assert!(shows_text(&harness, "30 sessions in all."));
    harness.get_by_label("Go to session").click();
    harness.run();
    harness
        .get_by_label("Session 30: Mon\u{a0}27\u{a0}Jul")
        .click();
    harness.run();
    let last = harness.state().progress().sessions[29].id;
    assert_eq!(harness.state().progress().selected_session, Some(last));
}

#[test]
fn aftercare_and_the_today_panel_show_the_warning_signs_as_three_care_cards() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Aftercare);
    for urgency in content::Urgency::ALL {
        harness.get_by_role_and_label(Role::Heading, urgency.heading());
    }
    assert!(shows_text(&harness, "999 in the UK, 911 in the US"));

    // Two days after a session, the Today panel shows the same cards.
    set_appointment(&mut harness, "2026-11-23");
    for urgency in content::Urgency::ALL {
        harness.get_by_role_and_label(Role::Heading, urgency.heading());
    }
}

#[test]
fn a_section_shows_its_evidence_level_where_in_each_source_and_explained_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Benefits);
    assert!(shows_text(&harness, "Evidence: A few controlled trials"));
    assert!(shows_text(&harness, "Evidence: Reviews of several trials"));
    // Each source on a line of its own: its publisher, then where in it the support is.
    assert!(shows_text(
        &harness,
        "— NHS Choices, as reproduced by Boots WebMD, section 'Acne scarring'"
    ));
    // A medical word carries its meaning for screen readers, where the section first uses it.
    let explained = harness
        .query_all_by(|node| {
            node.value()
                .is_some_and(|text| text.contains("pitted, or atrophic"))
                && node
                    .description()
                    .is_some_and(|description| description.starts_with("atrophic: Sunken"))
        })
        .count();
    assert_eq!(explained, 1);

    open_tab(&mut harness, Tab::Sources);
    harness.get_by_role_and_label(Role::Heading, "How strong is the evidence?");
    harness.get_by_role_and_label(Role::Heading, "Words explained");
}

#[test]
fn the_calendar_follows_the_arrow_keys_into_the_next_month_and_enter_picks() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Checklist);
    click_in_view(
        &mut harness,
        Role::Button,
        "Pick the appointment date from a calendar",
    );
    // The keyboard starts on today, 25 November: one day right, then a week down.
    harness.key_press(egui::Key::ArrowRight);
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::Button, "Thursday 26 November 2026")
            .accesskit_node()
            .is_focused()
    );
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    harness.get_by_label("December 2026");
    harness.key_press(egui::Key::Enter);
    harness.run();
    let field = harness.get_by_role_and_label(Role::TextInput, "Appointment date:");
    assert_eq!(field.value().as_deref(), Some("2026-12-03"));
    assert!(harness.query_by_label("Next month").is_none());
}

#[test]
fn the_calendar_opens_on_the_typed_date_and_shows_it_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app_over(dir.path());
    open_tab(&mut harness, Tab::Checklist);
    type_into(&mut harness, "Appointment date:", "2027-01-10");
    click_in_view(
        &mut harness,
        Role::Button,
        "Pick the appointment date from a calendar",
    );
    harness.get_by_label("January 2027");
    let chosen = harness.get_by_role_and_label(Role::Button, "Sunday 10 January 2027");
    assert_eq!(chosen.accesskit_node().is_selected(), Some(true));
    let other = harness.get_by_role_and_label(Role::Button, "Monday 11 January 2027");
    assert_ne!(other.accesskit_node().is_selected(), Some(true));
}
