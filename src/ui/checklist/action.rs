//! What the person did on the Checklist tab, for the app to apply: one type every part of the
//! tab returns.

use jiff::civil::Date;

use crate::content::ChecklistKind;
use crate::user_data::Scope;

/// Something the person did on the Checklist tab, for the app to apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChecklistAction {
    /// An item was ticked or unticked.
    SetTicked {
        /// Whose tick: a session's or the plain list's.
        scope: Scope,
        /// The item's id.
        id: String,
        /// Its new state.
        ticked: bool,
    },

    /// "Mark all … steps done" was pressed: tick these items of `scope` at once.
    TickAll {
        /// Whose ticks.
        scope: Scope,
        /// The items' ids.
        ids: Vec<String>,
    },

    /// "Reset list" was pressed; the app asks for confirmation.
    AskReset(Scope, ChecklistKind),

    /// The person picked a session to view.
    SelectSession(u64),

    /// The person planned a session (the first one sets the appointment date).
    AddSession(Date),

    /// The person moved a session to another date.
    MoveSession(u64, Date),

    /// "Delete session" was pressed; the app asks for confirmation.
    AskDeleteSession(u64),

    /// "Export plan…" was pressed.
    OpenExport,

    /// "Open the diary" was pressed in the Today panel.
    OpenDiary,
}
