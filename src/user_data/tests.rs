//! Tests of the person's data: ticks, sessions, migration and the last tab.

use jiff::civil::date;

use super::*;
use crate::content::{ChecklistItem, Window};

fn list(ids: &[&str]) -> Checklist {
    Checklist {
        title: "List".to_owned(),
        intro: None,
        items: ids
            .iter()
            .map(|id| ChecklistItem {
                id: (*id).to_owned(),
                text: format!("Do {id}"),
                short: None,
                kind: crate::content::ItemKind::Task,
                window: Window {
                    from_day: -1,
                    to_day: 0,
                },
                detail: None,
                excludes: vec![],
                sources: vec![],
            })
            .collect(),
    }
}

#[test]
fn ticking_twice_changes_once() {
    let mut progress = UserData::default();
    let scope = Scope::Unscheduled;
    assert!(progress.set_ticked(scope, "a", true));
    assert!(!progress.set_ticked(scope, "a", true));
    assert!(progress.is_ticked(scope, "a"));
    assert!(progress.set_ticked(scope, "a", false));
    assert!(!progress.is_ticked(scope, "a"));
}

#[test]
fn reset_unticks_only_its_own_list_and_keeps_unknown_ids() {
    let before = list(&["a", "b"]);
    let mut progress = UserData::default();
    let scope = Scope::Unscheduled;
    for id in ["a", "b", "c", "vanished-item"] {
        progress.set_ticked(scope, id, true);
    }
    assert_eq!(progress.done_count(scope, &before), 2);
    assert!(progress.reset(scope, &before));
    assert_eq!(progress.done_count(scope, &before), 0);
    assert!(progress.is_ticked(scope, "c"));
    assert!(progress.is_ticked(scope, "vanished-item"));
    assert!(
        !progress.reset(scope, &before),
        "a second reset changes nothing"
    );
}

#[test]
fn the_first_session_takes_over_ticks_made_without_a_date() {
    let mut progress = UserData::default();
    progress.set_ticked(Scope::Unscheduled, "avoid-sun-tan", true);
    let first = progress.add_session(date(2026, 12, 7));
    assert!(progress.is_ticked(Scope::Session(first), "avoid-sun-tan"));
    assert!(progress.ticked.is_empty());

    let second = progress.add_session(date(2027, 1, 18));
    assert!(!progress.is_ticked(Scope::Session(second), "avoid-sun-tan"));
}

#[test]
fn ticks_are_kept_per_session() {
    let mut progress = UserData::default();
    let first = progress.add_session(date(2026, 12, 7));
    let second = progress.add_session(date(2027, 1, 18));
    progress.set_ticked(Scope::Session(second), "moisturise", true);
    assert!(!progress.is_ticked(Scope::Session(first), "moisturise"));
    assert!(progress.is_ticked(Scope::Session(second), "moisturise"));
    assert!(!progress.set_ticked(Scope::Session(99), "moisturise", true));
}

#[test]
fn sessions_stay_in_date_order_when_added_or_moved() {
    let mut progress = UserData::default();
    let late = progress.add_session(date(2027, 3, 1));
    let early = progress.add_session(date(2026, 12, 7));
    assert_eq!(progress.session_number(early), Some(1));
    assert_eq!(progress.session_number(late), Some(2));

    assert!(progress.move_session(early, date(2027, 4, 1)));
    assert_eq!(progress.session_number(late), Some(1));
    assert_eq!(progress.session_number(early), Some(2));
    assert!(!progress.move_session(early, date(2027, 4, 1)), "same date");
}

#[test]
fn deleting_a_session_drops_its_ticks_and_selection_but_not_other_ids() {
    let mut progress = UserData::default();
    let first = progress.add_session(date(2026, 12, 7));
    let second = progress.add_session(date(2027, 1, 18));
    progress.selected_session = Some(first);
    assert!(progress.delete_session(first));
    assert_eq!(progress.selected_session, None);
    assert!(!progress.delete_session(first));
    let third = progress.add_session(date(2027, 3, 1));
    assert!(third > second, "ids are never reused");
}

#[test]
fn migrate_repairs_order_counter_and_selection() {
    let mut progress = UserData {
        format_version: 1,
        sessions: vec![
            Session {
                id: 7,
                date: date(2027, 2, 1),
                ticked: BTreeSet::new(),
            },
            Session {
                id: 3,
                date: date(2026, 12, 1),
                ticked: BTreeSet::new(),
            },
        ],
        next_session_id: 2,
        selected_session: Some(42),
        ..UserData::default()
    };
    progress.migrate();
    assert_eq!(progress.format_version, FORMAT_VERSION);
    assert_eq!(progress.sessions[0].id, 3);
    assert_eq!(progress.next_session_id, 8);
    assert_eq!(progress.selected_session, None);
}

#[test]
fn the_id_counter_never_wraps_and_ids_stay_unique() {
    let mut progress = UserData {
        next_session_id: MAX_SESSION_ID,
        ..UserData::default()
    };
    let last = progress.add_session(date(2026, 12, 7));
    assert_eq!(last, MAX_SESSION_ID);
    let after = progress.add_session(date(2027, 1, 18));
    assert_eq!(after, 1, "the lowest free id, not a wrapped counter");
    let next = progress.add_session(date(2027, 3, 1));
    assert_eq!(next, 2);
    assert_eq!(progress.session_number(next), Some(3));
}

#[test]
fn migrate_gives_repeated_and_out_of_range_ids_new_ones_and_says_so() {
    let mut progress = UserData {
        sessions: vec![
            Session {
                id: 4,
                date: date(2026, 12, 1),
                ticked: BTreeSet::from(["a".to_owned()]),
            },
            Session {
                id: 4,
                date: date(2027, 1, 12),
                ticked: BTreeSet::new(),
            },
            Session {
                id: 0,
                date: date(2027, 2, 23),
                ticked: BTreeSet::new(),
            },
        ],
        ..UserData::default()
    };
    let repairs = progress.migrate();
    assert_eq!(repairs.len(), 2, "{repairs:?}");
    let ids: Vec<u64> = progress.sessions.iter().map(|s| s.id).collect();
    assert_eq!(ids, [4, 1, 2]);
    assert!(progress.is_ticked(Scope::Session(4), "a"));
    assert!(progress.delete_session(1));
    assert_eq!(
        progress.sessions.len(),
        2,
        "deleting one id deletes one session"
    );
    assert!(progress.migrate().is_empty(), "nothing left to repair");
}

#[test]
fn unknown_last_tab_falls_back_to_overview() {
    let progress = UserData {
        last_tab: Some("tab-from-the-future".to_owned()),
        ..UserData::default()
    };
    assert_eq!(progress.last_tab(), Tab::Overview);
    let mut progress = UserData::default();
    assert!(progress.set_last_tab(Tab::Faq));
    assert_eq!(progress.last_tab(), Tab::Faq);
}

#[test]
fn following_takes_their_records_and_keeps_this_windows_view() {
    let mut mine = UserData::default();
    mine.set_last_tab(Tab::Faq);
    mine.display.text_size_percent = 150;
    mine.set_ticked(Scope::Unscheduled, "mine", true);
    let mut theirs = UserData::default();
    theirs.set_last_tab(Tab::Checklist);
    let session = theirs.add_session(date(2026, 12, 7));
    theirs.selected_session = Some(session);

    mine.follow(theirs);
    assert_eq!(mine.last_tab(), Tab::Faq);
    assert_eq!(mine.display.text_size_percent, 150);
    assert!(!mine.is_ticked(Scope::Unscheduled, "mine"));
    assert_eq!(mine.session_number(session), Some(1));
    assert_eq!(mine.selected_session, Some(session));
}
