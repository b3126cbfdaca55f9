//! The two checklists: their items, each a task or a rule kept over a window of days around the
//! treatment.

use serde::{Deserialize, Serialize};

use super::Citation;

/// A list of things to tick off.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Checklist {
    /// The list's heading, e.g. "Before treatment".
    pub title: String,

    /// An optional sentence under the heading.
    #[serde(default)]
    pub intro: Option<String>,

    /// The items, in the order they are usually done.
    pub items: Vec<ChecklistItem>,
}

/// One thing to do. Ticks are stored by [`ChecklistItem::id`], so reordering or rewording the
/// content does not move anyone's ticks.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    /// Stable id, unique in the file. Changing it un-ticks the item for everyone.
    pub id: String,

    /// What to do, short enough to read at a glance.
    pub text: String,

    /// A label of a few words for the row of a timeline, e.g. "Avoid sun and fake tan". The
    /// timeline uses [`Self::text`] when there is none.
    #[serde(default)]
    pub short: Option<String>,

    /// A one-off task to tick, or a rule to keep for the whole window.
    #[serde(default)]
    pub kind: ItemKind,

    /// The days around the treatment day when this applies.
    pub window: Window,

    /// Why, or how, in a sentence or two.
    #[serde(default)]
    pub detail: Option<String>,

    /// Ids of checklist items that contradict this one, so that their windows may not share a
    /// day ("only the clinic's gel" and "moisturise"). `check` warns when they do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excludes: Vec<String>,

    /// The [`Source`]s this item rests on, each optionally saying where in the source.
    #[serde(default)]
    pub sources: Vec<Citation>,
}

/// Whether a checklist item is done once or kept up for a while.
#[derive(Clone, Copy, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
pub enum ItemKind {
    /// Something done once, ticked when done: "Book a consultation".
    #[default]
    Task,

    /// Something kept up every day of the window, never ticked: "Wear sunscreen". The app counts
    /// down to its last day instead.
    Rule,
}

impl ChecklistItem {
    /// The label for a timeline row: the short label, or else the whole text.
    pub fn short_label(&self) -> &str {
        self.short.as_deref().unwrap_or(&self.text)
    }

    /// Is this a rule to keep rather than a task to tick?
    pub fn is_rule(&self) -> bool {
        self.kind == ItemKind::Rule
    }
}

/// Days relative to the treatment day (day 0) during which a checklist item applies, both ends
/// included: `(from_day: -14, to_day: 0)` is the two weeks up to and including the treatment day.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Window {
    /// The first day, negative before the treatment.
    pub from_day: i32,

    /// The last day, included.
    pub to_day: i32,
}

/// Which of the two checklists (also how a section names the timeline it shows).
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub enum ChecklistKind {
    /// Things to do before the treatment.
    Before,

    /// Things to do after the treatment.
    After,
}

impl ChecklistKind {
    /// Both lists, in the order they are done.
    pub const ALL: [Self; 2] = [Self::Before, Self::After];
}
