//! Planned sessions and whose ticks a checklist shows: the plain types the person's data, the
//! plan and the diary all share.

use std::collections::{BTreeSet, HashMap};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Session id to position in [`crate::user_data::UserData::sessions`]. Not part of the data: two
/// plans with the same sessions are equal whatever their index holds.
#[derive(Clone, Debug, Default)]
pub(super) struct SessionIndex(pub(super) HashMap<u64, usize>);

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
