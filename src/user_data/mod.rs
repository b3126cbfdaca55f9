//! The person's own data: planned sessions, which checklist items they ticked, and the last tab
//! they had open.
//!
//! Plain types with no egui in them. [`crate::user_data::store`] reads and writes them.

pub mod diary;
pub mod sessions;
pub mod settings;
pub mod store;
pub mod tab;

use std::collections::BTreeSet;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::content::Checklist;
use crate::user_data::sessions::SessionIndex;
pub use crate::user_data::sessions::{Scope, Session};
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
pub struct UserData {
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

impl Default for UserData {
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

impl UserData {
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

    /// Takes `theirs` (the data another window saved) as this window's data, keeping this
    /// window's own view of it: its last tab and its display. What a window that follows
    /// another one does on each of the other window's saves.
    pub fn follow(&mut self, theirs: Self) {
        let last_tab = self.last_tab.take();
        let display = std::mem::take(&mut self.display);
        *self = Self {
            last_tab,
            display,
            ..theirs
        };
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
mod tests;
