//! The person's own data: planned sessions, which checklist items they ticked, and the last tab
//! they had open.
//!
//! Plain types with no egui in them. [`crate::user_data::store`] reads and writes them.

pub mod diary;
pub mod settings;
pub mod store;
pub mod tab;

use std::collections::BTreeSet;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::content::Checklist;
use crate::user_data::settings::{Display, Reminders};
use crate::user_data::tab::Tab;

/// The version of the data file this build writes.
///
/// 1: ticks and the last tab. 2: adds planned sessions, each with its own ticks. 3: adds the
/// recovery diary (check-ins, monthly ratings, photo records).
pub const FORMAT_VERSION: u32 = 3;

/// The most sessions a data file may hold: a course is a handful, so no real person comes near.
/// A file with more is set aside rather than slowing the app to a halt.
pub const MAX_SESSIONS: usize = 10_000;

/// The highest session id; larger ones (a hand edit) are given a new id on load. Far from
/// `u64::MAX`, so the id counter can never wrap.
pub const MAX_SESSION_ID: u64 = u32::MAX as u64;

/// An empty tick set, for a session that does not exist.
static NO_TICKS: BTreeSet<String> = BTreeSet::new();

/// Everything the app keeps for the person between runs.
///
/// Every field has a default, so a file from an older build, or one missing a field, still loads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// The data file's format version.
    pub format_version: u32,

    /// The key of the tab that was open last (see [`Tab::key`]).
    pub last_tab: Option<String>,

    /// Ids of the items ticked while no treatment date is set.
    ///
    /// Ids that are no longer in the content stay here (and in [`Session::ticked`]): they are not
    /// shown, and not dropped, so a content edit that removes and later restores an item does not
    /// lose its tick.
    pub ticked: BTreeSet<String>,

    /// The planned treatment sessions, sorted by date.
    pub sessions: Vec<Session>,

    /// The id the next planned session gets; ids are never reused.
    pub next_session_id: u64,

    /// The session the Checklist tab shows, if the person picked one.
    pub selected_session: Option<u64>,

    /// Text size and theme.
    pub display: Display,

    /// Whether and when to remind the person each day.
    pub reminders: Reminders,

    /// The recovery diary: check-ins, monthly ratings and photo records (format 3).
    pub diary: crate::user_data::diary::Diary,

    /// Where each session is in [`Self::sessions`], by id: lookups by id take constant time
    /// however long the plan. Rebuilt after every change this type makes; checked on use, so a
    /// change made to `sessions` directly is never answered wrongly.
    #[serde(skip)]
    session_index: SessionIndex,
}

/// Session id to position in [`Progress::sessions`]. Not part of the data: two plans with the
/// same sessions are equal whatever their index holds.
#[derive(Clone, Debug, Default)]
struct SessionIndex(std::collections::HashMap<u64, usize>);

impl PartialEq for SessionIndex {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl Eq for SessionIndex {}

/// One planned treatment, with the items ticked for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Stable id, also used in calendar event ids.
    pub id: u64,

    /// The treatment day.
    pub date: Date,

    /// Ids of the items ticked for this session.
    #[serde(default)]
    pub ticked: BTreeSet<String>,
}

/// Whose ticks: the plain checklist used before any date is set, or one session's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// No treatment date set.
    Unscheduled,

    /// The session with this id.
    Session(u64),
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            last_tab: None,
            ticked: BTreeSet::new(),
            sessions: Vec::new(),
            next_session_id: 1,
            selected_session: None,
            display: Display::default(),
            reminders: Reminders::default(),
            diary: crate::user_data::diary::Diary::default(),
            session_index: SessionIndex::default(),
        }
    }
}

impl Progress {
    /// Brings data read from any earlier format up to [`FORMAT_VERSION`], and repairs what a
    /// hand edit may have broken (repeated or out-of-range session ids, unsorted sessions, a stale
    /// id counter, a dangling selection). Nothing the person entered is dropped. Returns a
    /// sentence for each repair the person should hear about.
    pub fn migrate(&mut self) -> Vec<String> {
        // Version 1 had only `ticked` and `last_tab`, which keep their meaning: ticks made without
        // a treatment date. Every newer field defaults to empty (format 2 to 3: an empty diary).
        self.format_version = FORMAT_VERSION;
        let mut repairs = self.repair_session_ids();
        repairs.extend(self.diary.repair());
        self.sort_sessions();
        let highest_id = self.sessions.iter().map(|session| session.id).max();
        if let Some(highest_id) = highest_id {
            self.next_session_id = self.next_session_id.max(highest_id.saturating_add(1));
        }
        self.next_session_id = self
            .next_session_id
            .clamp(1, MAX_SESSION_ID.saturating_add(1));
        if let Some(selected) = self.selected_session
            && self.session(selected).is_none()
        {
            self.selected_session = None;
        }
        repairs
    }

    /// Gives every session whose id repeats an earlier one, or lies outside 1..=[`MAX_SESSION_ID`],
    /// a new unused id, keeping its date and ticks. Returns what was done, in words.
    fn repair_session_ids(&mut self) -> Vec<String> {
        let mut seen = BTreeSet::new();
        let mut broken = Vec::new();
        for (index, session) in self.sessions.iter().enumerate() {
            let in_range = (1..=MAX_SESSION_ID).contains(&session.id);
            if !in_range || !seen.insert(session.id) {
                broken.push(index);
            }
        }
        let mut repairs = Vec::new();
        let mut candidate = 1;
        for index in broken {
            while seen.contains(&candidate) {
                candidate += 1;
            }
            seen.insert(candidate);
            let session = &mut self.sessions[index];
            repairs.push(format!(
                "the session on {} had the id {}, which {}; it now has the id {candidate}",
                session.date,
                session.id,
                if (1..=MAX_SESSION_ID).contains(&session.id) {
                    "another session also had"
                } else {
                    "is out of range"
                }
            ));
            session.id = candidate;
        }
        repairs
    }

    /// The ticks of `scope`.
    pub fn ticks(&self, scope: Scope) -> &BTreeSet<String> {
        match scope {
            Scope::Unscheduled => &self.ticked,
            Scope::Session(id) => self
                .session(id)
                .map_or(&NO_TICKS, |session| &session.ticked),
        }
    }

    fn ticks_mut(&mut self, scope: Scope) -> Option<&mut BTreeSet<String>> {
        match scope {
            Scope::Unscheduled => Some(&mut self.ticked),
            Scope::Session(id) => self
                .session_position(id)
                .and_then(|index| self.sessions.get_mut(index))
                .map(|session| &mut session.ticked),
        }
    }

    /// Is the item with this id ticked in `scope`?
    pub fn is_ticked(&self, scope: Scope, id: &str) -> bool {
        self.ticks(scope).contains(id)
    }

    /// Ticks or unticks one item in `scope`. Returns whether anything changed.
    pub fn set_ticked(&mut self, scope: Scope, id: &str, ticked: bool) -> bool {
        let Some(ticks) = self.ticks_mut(scope) else {
            return false;
        };
        if ticked {
            ticks.insert(id.to_owned())
        } else {
            ticks.remove(id)
        }
    }

    /// Ticks every item of `ids` in `scope` at once. Returns whether anything changed.
    pub fn tick_all(&mut self, scope: Scope, ids: &[String]) -> bool {
        let Some(ticks) = self.ticks_mut(scope) else {
            return false;
        };
        let mut changed = false;
        for id in ids {
            changed |= ticks.insert(id.clone());
        }
        changed
    }

    /// Unticks every item of `list` in `scope`, leaving other ticks alone. Returns whether
    /// anything changed.
    pub fn reset(&mut self, scope: Scope, list: &Checklist) -> bool {
        let Some(ticks) = self.ticks_mut(scope) else {
            return false;
        };
        let mut changed = false;
        for item in &list.items {
            changed |= ticks.remove(&item.id);
        }
        changed
    }

    /// How many items of `list` are ticked in `scope`.
    pub fn done_count(&self, scope: Scope, list: &Checklist) -> usize {
        let ticks = self.ticks(scope);
        list.items
            .iter()
            .filter(|item| ticks.contains(&item.id))
            .count()
    }

    /// The session with this id.
    pub fn session(&self, id: u64) -> Option<&Session> {
        self.session_position(id)
            .and_then(|index| self.sessions.get(index))
    }

    /// The 1-based position of a session in date order, as the person counts them.
    pub fn session_number(&self, id: u64) -> Option<usize> {
        self.session_position(id).map(|index| index + 1)
    }

    /// Where the session with this id is: from the index when it is current, else by a search.
    fn session_position(&self, id: u64) -> Option<usize> {
        match self.session_index.0.get(&id) {
            Some(&index) if self.sessions.get(index).is_some_and(|s| s.id == id) => Some(index),
            _ => self.sessions.iter().position(|session| session.id == id),
        }
    }

    /// Sorts the sessions by date and rebuilds the index: after every change to them.
    fn sort_sessions(&mut self) {
        self.sessions
            .sort_by_key(|session| (session.date, session.id));
        self.session_index.0 = self
            .sessions
            .iter()
            .enumerate()
            .map(|(index, session)| (session.id, index))
            .collect();
    }

    /// Whether another session fits in the plan ([`MAX_SESSIONS`]).
    pub fn can_add_session(&self) -> bool {
        self.sessions.len() < MAX_SESSIONS
    }

    /// Plans a session on `date` and returns its id. The first session takes over the ticks made
    /// without a date, so setting a date loses nothing. Callers check [`Self::can_add_session`].
    pub fn add_session(&mut self, date: Date) -> u64 {
        let id = self.fresh_session_id();
        let ticked = if self.sessions.is_empty() {
            std::mem::take(&mut self.ticked)
        } else {
            BTreeSet::new()
        };
        self.sessions.push(Session { id, date, ticked });
        self.sort_sessions();
        id
    }

    /// The next id from the counter, which never wraps: ids are not reused until the counter
    /// reaches [`MAX_SESSION_ID`] (four billion sessions), and then the lowest free id is taken.
    fn fresh_session_id(&mut self) -> u64 {
        let id = self.next_session_id.max(1);
        if id <= MAX_SESSION_ID && self.session(id).is_none() {
            self.next_session_id = id + 1;
            return id;
        }
        let used: BTreeSet<u64> = self.sessions.iter().map(|session| session.id).collect();
        (1..=MAX_SESSION_ID)
            .find(|id| !used.contains(id))
            .unwrap_or(MAX_SESSION_ID)
    }

    /// Moves a session to another date, keeping its ticks. Returns whether anything changed.
    pub fn move_session(&mut self, id: u64, date: Date) -> bool {
        let Some(session) = self
            .session_position(id)
            .and_then(|index| self.sessions.get_mut(index))
        else {
            return false;
        };
        if session.date == date {
            return false;
        }
        session.date = date;
        self.sort_sessions();
        true
    }

    /// Deletes a session and its ticks. Returns whether it existed.
    pub fn delete_session(&mut self, id: u64) -> bool {
        let before = self.sessions.len();
        self.sessions.retain(|session| session.id != id);
        self.sort_sessions();
        if self.selected_session == Some(id) {
            self.selected_session = None;
        }
        self.sessions.len() != before
    }

    /// The tab to open at start: the last one, if this build knows it.
    pub fn last_tab(&self) -> Tab {
        self.last_tab
            .as_deref()
            .and_then(Tab::from_key)
            .unwrap_or_default()
    }

    /// Remembers `tab` as the last open one. Returns whether anything changed.
    pub fn set_last_tab(&mut self, tab: Tab) -> bool {
        let key = Some(tab.key().to_owned());
        if self.last_tab == key {
            false
        } else {
            self.last_tab = key;
            true
        }
    }
}

#[cfg(test)]
mod tests {
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
        let mut progress = Progress::default();
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
        let mut progress = Progress::default();
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
        let mut progress = Progress::default();
        progress.set_ticked(Scope::Unscheduled, "avoid-sun-tan", true);
        let first = progress.add_session(date(2026, 12, 7));
        assert!(progress.is_ticked(Scope::Session(first), "avoid-sun-tan"));
        assert!(progress.ticked.is_empty());

        let second = progress.add_session(date(2027, 1, 18));
        assert!(!progress.is_ticked(Scope::Session(second), "avoid-sun-tan"));
    }

    #[test]
    fn ticks_are_kept_per_session() {
        let mut progress = Progress::default();
        let first = progress.add_session(date(2026, 12, 7));
        let second = progress.add_session(date(2027, 1, 18));
        progress.set_ticked(Scope::Session(second), "moisturise", true);
        assert!(!progress.is_ticked(Scope::Session(first), "moisturise"));
        assert!(progress.is_ticked(Scope::Session(second), "moisturise"));
        assert!(!progress.set_ticked(Scope::Session(99), "moisturise", true));
    }

    #[test]
    fn sessions_stay_in_date_order_when_added_or_moved() {
        let mut progress = Progress::default();
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
        let mut progress = Progress::default();
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
        let mut progress = Progress {
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
            ..Progress::default()
        };
        progress.migrate();
        assert_eq!(progress.format_version, FORMAT_VERSION);
        assert_eq!(progress.sessions[0].id, 3);
        assert_eq!(progress.next_session_id, 8);
        assert_eq!(progress.selected_session, None);
    }

    #[test]
    fn the_id_counter_never_wraps_and_ids_stay_unique() {
        let mut progress = Progress {
            next_session_id: MAX_SESSION_ID,
            ..Progress::default()
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
        let mut progress = Progress {
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
            ..Progress::default()
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
        let progress = Progress {
            last_tab: Some("tab-from-the-future".to_owned()),
            ..Progress::default()
        };
        assert_eq!(progress.last_tab(), Tab::Overview);
        let mut progress = Progress::default();
        assert!(progress.set_last_tab(Tab::Faq));
        assert_eq!(progress.last_tab(), Tab::Faq);
    }
}
