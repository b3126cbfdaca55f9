//! The treatment plan over the shipped guide: sessions, where the person stands, what is due,
//! migration of old data, and the exported calendar parsed back.

use icalendar::{CalendarComponent, Component as _, DatePerhapsTime};
use jiff::civil::{Date, date};
use skincare_guide::output::export::{self, ExportError};
use skincare_guide::plan;
use skincare_guide::user_data::store::{DATA_FILE_NAME, Store};
use skincare_guide::user_data::tab::Tab;
use skincare_guide::user_data::{FORMAT_VERSION, Scope, UserData};

use crate::common::{TODAY, shipped_guide as guide};

fn item_ids(due: &[plan::DueItem<'_>]) -> Vec<String> {
    due.iter().map(|entry| entry.item.id.clone()).collect()
}

#[test]
fn data_from_the_first_version_loads_without_loss() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = include_str!("../fixtures/progress-v1.ron");
    std::fs::write(dir.path().join(DATA_FILE_NAME), fixture).unwrap();

    let mut store = Store::new(dir.path());
    let loaded = store.load();
    assert_eq!(loaded.notice, None);
    let mut progress = loaded.progress;
    assert_eq!(progress.format_version, FORMAT_VERSION);
    assert_eq!(progress.last_tab(), Tab::Checklist);
    for id in ["avoid-sun-tan", "stop-retinoids", "an-item-since-removed"] {
        assert!(progress.is_ticked(Scope::Unscheduled, id), "{id}");
    }

    // Saved in the new format and read back, nothing changes.
    store.save(&progress).unwrap();
    assert_eq!(Store::new(dir.path()).load().progress, progress);

    // Setting the first date carries the old ticks into that session.
    let session = progress.add_session(date(2026, 12, 7));
    assert!(progress.is_ticked(Scope::Session(session), "avoid-sun-tan"));
    assert!(progress.is_ticked(Scope::Session(session), "an-item-since-removed"));
}

#[test]
fn a_new_session_is_suggested_at_the_content_spacing() {
    let guide = guide();
    let mut progress = UserData::default();
    assert_eq!(
        plan::suggested_session_date(&guide, &progress, TODAY),
        date(2026, 12, 2),
        "the first: a week from today"
    );
    progress.add_session(date(2026, 12, 7));
    let second = plan::suggested_session_date(&guide, &progress, TODAY);
    assert_eq!(second, date(2027, 1, 18), "six weeks later");
    progress.add_session(second);
    let third = plan::suggested_session_date(&guide, &progress, TODAY);
    assert_eq!(third, date(2027, 3, 1));
    progress.add_session(third);
    assert!(plan::spacing_warnings(&guide, &progress, TODAY).is_empty());

    progress.add_session(date(2027, 3, 15));
    let warnings = plan::spacing_warnings(&guide, &progress, TODAY);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].starts_with("Sessions 3 and 4"), "{warnings:?}");
}

#[test]
fn standing_counts_down_to_the_treatment_and_up_after_it() {
    let guide = guide();
    let mut progress = UserData::default();
    progress.add_session(date(2026, 12, 7));
    let at = |progress: &UserData, today: Date| plan::standing(&guide, progress, today);

    assert_eq!(
        at(&progress, date(2026, 12, 2)),
        ["Treatment in 5 days, on Mon\u{a0}7\u{a0}Dec."]
    );
    assert_eq!(
        at(&progress, date(2026, 12, 6)),
        ["Treatment tomorrow, on Mon\u{a0}7\u{a0}Dec."]
    );
    assert_eq!(at(&progress, date(2026, 12, 7)), ["Treatment day."]);
    assert_eq!(
        at(&progress, date(2026, 12, 10)),
        ["Day 3 after treatment."]
    );
    assert_eq!(
        at(&progress, date(2027, 2, 1)),
        [
            "Your last planned session was on Mon\u{a0}7\u{a0}Dec\u{a0}2026. Plan another below if you are having more."
        ]
    );

    progress.add_session(date(2027, 1, 18));
    assert_eq!(
        at(&progress, date(2026, 12, 30)),
        [
            "Day 23 after treatment (session 1 of 2).",
            "Treatment in 19 days, on Mon\u{a0}18\u{a0}Jan\u{a0}2027 (session 2 of 2)."
        ]
    );
}

#[test]
fn due_today_lists_unticked_items_whose_window_includes_today() {
    let guide = guide();
    let mut progress = UserData::default();
    let session = progress.add_session(date(2026, 12, 7));

    let due = plan::due_today(&guide, &progress, date(2026, 12, 5));
    let ids = item_ids(&due);
    for expected in ["avoid-sun-tan", "stop-retinoids", "check-skin-is-clear"] {
        assert!(ids.contains(&expected.to_owned()), "{expected} in {ids:?}");
    }
    assert!(
        !ids.contains(&"arrive-bare-skin".to_owned()),
        "starts the day before"
    );
    assert!(!ids.contains(&"moisturise".to_owned()), "an after-item");

    progress.set_ticked(Scope::Session(session), "check-skin-is-clear", true);
    progress.set_ticked(Scope::Session(session), "stop-retinoids", true);
    let ids = item_ids(&plan::due_today(&guide, &progress, date(2026, 12, 5)));
    assert!(
        !ids.contains(&"check-skin-is-clear".to_owned()),
        "ticked tasks are done"
    );
    assert!(
        ids.contains(&"stop-retinoids".to_owned()),
        "a rule is in force all its window, even with a tick an older build left"
    );

    let ids = item_ids(&plan::due_today(&guide, &progress, date(2026, 12, 9)));
    assert!(ids.contains(&"moisturise".to_owned()));
    assert!(ids.iter().all(|id| !id.starts_with("avoid-sun-tan")));
}

#[test]
fn warning_signs_show_for_two_weeks_after_each_session() {
    let guide = guide();
    let mut progress = UserData::default();
    progress.add_session(date(2026, 12, 7));
    let shown = |today| plan::in_warning_period(&guide, &progress, today);
    assert!(!shown(date(2026, 12, 6)));
    assert!(shown(date(2026, 12, 7)));
    assert!(shown(date(2026, 12, 21)));
    assert!(!shown(date(2026, 12, 22)));
}

#[test]
fn the_checklist_shows_the_first_session_not_yet_over_unless_one_was_picked() {
    let guide = guide();
    let mut progress = UserData::default();
    let first = progress.add_session(date(2026, 10, 1));
    let second = progress.add_session(date(2026, 12, 7));
    assert_eq!(
        plan::default_session(&guide, &progress, TODAY),
        Some(second)
    );
    progress.selected_session = Some(first);
    assert_eq!(plan::default_session(&guide, &progress, TODAY), Some(first));
    assert_eq!(
        plan::default_session(&guide, &UserData::default(), TODAY),
        None
    );
}

/// A plan of three sessions, with one tick, exported and parsed back.
#[test]
fn the_calendar_has_one_all_day_event_per_item_window_per_session() {
    let guide = guide();
    let mut progress = UserData::default();
    let first = progress.add_session(date(2026, 12, 7));
    progress.add_session(date(2027, 1, 18));
    progress.add_session(date(2027, 3, 1));
    progress.set_ticked(Scope::Session(first), "stop-retinoids", true);
    let stamp: jiff::Timestamp = "2026-11-25T10:00:00Z".parse().unwrap();

    let ics = export::calendar(&guide, &progress, stamp).unwrap();

    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(
        ics.contains("DTSTART;VALUE=DATE:20261123\r\n"),
        "sun window of session 1"
    );
    let calendar: icalendar::Calendar = ics.parse().unwrap();
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|component| match component {
            CalendarComponent::Event(event) => Some(event),
            _ => None,
        })
        .collect();
    let per_session = guide.checklist_item_count() + 1;
    assert_eq!(events.len(), 3 * per_session);

    let mut uids: Vec<&str> = events
        .iter()
        .map(|event| event.get_uid().unwrap())
        .collect();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), events.len(), "every UID is unique");
    assert!(
        events.iter().all(|event| event.get_timestamp().is_some()),
        "DTSTAMP"
    );

    let day = |value: Option<DatePerhapsTime>| match value {
        Some(DatePerhapsTime::Date(day)) => day,
        other => panic!("expected an all-day date, got {other:?}"),
    };
    let sun = events
        .iter()
        .find(|event| {
            event.get_uid() == Some(&format!("session-{first}-avoid-sun-tan@skincare-guide"))
        })
        .unwrap();
    assert_eq!(
        day(sun.get_start()),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    );
    // DTEND is exclusive: the window's last day is the treatment day, 7 December.
    assert_eq!(
        day(sun.get_end()),
        chrono::NaiveDate::from_ymd_opt(2026, 12, 8).unwrap()
    );
    assert_eq!(
        sun.get_summary(),
        Some("Keep out of strong sun, sunbeds and fake tan for two weeks")
    );
    assert!(
        sun.get_description()
            .unwrap()
            .ends_with("Before treatment (session 1 of 3)"),
        "{:?}",
        sun.get_description()
    );

    // The third session's treatment-day event, across the year end from the first.
    let treatment = events
        .iter()
        .find(|event| event.get_summary() == Some("Microneedling session 3 of 3"))
        .unwrap();
    assert_eq!(
        day(treatment.get_start()),
        chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()
    );
    assert_eq!(
        day(treatment.get_end()),
        chrono::NaiveDate::from_ymd_opt(2027, 3, 2).unwrap()
    );
}

#[test]
fn a_calendar_needs_a_date() {
    let err =
        export::calendar(&guide(), &UserData::default(), jiff::Timestamp::UNIX_EPOCH).unwrap_err();
    assert!(matches!(err, ExportError::NoSessions));
}

#[test]
fn the_printable_checklist_has_dates_and_ticks() {
    let guide = guide();
    let mut progress = UserData::default();
    let session = progress.add_session(date(2026, 12, 7));
    progress.set_ticked(Scope::Session(session), "ask-about-blood-thinners", true);
    progress.set_ticked(Scope::Session(session), "stop-retinoids", true);

    let text = export::markdown(&guide, &progress, TODAY);

    assert!(text.starts_with("# Microneedling Guide: treatment plan\n"));
    assert!(
        text.contains("\n## Session 1: Monday 7 December 2026\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "- [x] Ask your clinic about aspirin, blood thinners and supplements (Mon 23 Nov – Fri 4 Dec)\n"
        ),
        "{text}"
    );
    assert!(text.contains(
        "- [ ] Check the area is free of cold sores, spots, rashes and sunburn (Sat 5 Dec – Mon 7 Dec)\n"
    ), "{text}");
    // Rules have no box, even one ticked by an older build.
    assert!(text.contains(
        "- Keep doing: Stop retinoids, exfoliating acids and scrubs before the treatment (Mon 23 Nov – Mon 7 Dec)\n"
    ), "{text}");
    assert!(text.contains(
        "- Keep doing: Keep out of strong sun, sunbeds and fake tan for two weeks (Mon 23 Nov – Mon 7 Dec)\n"
    ), "{text}");
    assert!(text.contains("\n## Warning signs, and who to call\n"));
    assert!(
        text.contains("\n### Emergency: call for help now\n"),
        "{text}"
    );
}

#[test]
fn the_export_command_writes_a_calendar_from_the_saved_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut progress = UserData::default();
    progress.add_session(date(2026, 12, 7));
    Store::new(dir.path()).save(&progress).unwrap();
    let out = dir.path().join("plan.ics");

    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_skincare-guide"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let data_dir = dir.path().to_str().unwrap();
    let output = run(&[
        "export",
        "--format",
        "ics",
        "--out",
        "plan.ics",
        "--data-dir",
        data_dir,
    ]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "wrote plan.ics (1 session, content: built-in guide)\n"
    );
    let calendar: icalendar::Calendar = std::fs::read_to_string(&out).unwrap().parse().unwrap();
    assert_eq!(
        calendar.components.len(),
        guide().checklist_item_count() + 1
    );

    // Without a date there is nothing to put in a calendar: exit 1 with the reason.
    let empty = tempfile::tempdir().unwrap();
    let output = run(&[
        "export",
        "--format",
        "ics",
        "--out",
        "none.ics",
        "--data-dir",
        empty.path().to_str().unwrap(),
    ]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no treatment date is set yet"));
    assert!(!dir.path().join("none.ics").exists());
}

/// Each step's event carries a display alarm at the reminder time on its first day; the treatment
/// day's event has none.
#[test]
fn every_step_in_the_calendar_has_an_alarm_at_the_reminder_time() {
    let guide = guide();
    let mut progress = UserData::default();
    progress.add_session(date(2026, 12, 7));
    progress.reminders.hour = 8;
    progress.reminders.minute = 30;
    let stamp: jiff::Timestamp = "2026-11-25T10:00:00Z".parse().unwrap();

    let ics = export::calendar(&guide, &progress, stamp).unwrap();

    let unfolded = icalendar::parser::unfold(&ics);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap();
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|component| component.name == "VEVENT")
        .collect();
    assert_eq!(events.len(), guide.checklist_item_count() + 1);
    for event in &events {
        let summary = event.find_prop("SUMMARY").unwrap().val.as_str();
        let alarms: Vec<_> = event
            .components
            .iter()
            .filter(|component| component.name == "VALARM")
            .collect();
        if summary.starts_with("Microneedling") {
            assert!(alarms.is_empty(), "{summary}");
            continue;
        }
        assert_eq!(alarms.len(), 1, "{summary}");
        let alarm = alarms[0];
        assert_eq!(alarm.find_prop("ACTION").unwrap().val.as_str(), "DISPLAY");
        assert_eq!(
            alarm.find_prop("DESCRIPTION").unwrap().val.as_str(),
            format!("From today: {summary}")
        );
        // 8:30 after the all-day event's start, at midnight.
        let trigger = alarm.find_prop("TRIGGER").unwrap();
        assert_eq!(
            trigger.val.as_str(),
            chrono::TimeDelta::minutes(8 * 60 + 30).to_string()
        );
        assert!(
            trigger
                .params
                .iter()
                .any(|param| param.key.as_str() == "RELATED"
                    && param.val.as_ref().map(|value| value.as_str()) == Some("START")),
            "{trigger:?}"
        );
    }
}
