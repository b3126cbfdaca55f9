//! The person's own data: which checklist items they ticked, and the last tab they had open.
//!
//! Plain types with no egui in them. [`crate::storage`] reads and writes them.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::content::Checklist;
use crate::tab::Tab;

/// The version of the data file this build writes. A later version migrates older files.
pub const FORMAT_VERSION: u32 = 1;

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

    /// Ids of the ticked checklist items.
    ///
    /// Ids that are no longer in the content stay here: they are not shown, and not dropped, so
    /// a content edit that removes and later restores an item does not lose its tick.
    pub ticked: BTreeSet<String>,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            last_tab: None,
            ticked: BTreeSet::new(),
        }
    }
}

impl Progress {
    /// Is the item with this id ticked?
    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.contains(id)
    }

    /// Ticks or unticks one item. Returns whether anything changed.
    pub fn set_ticked(&mut self, id: &str, ticked: bool) -> bool {
        if ticked {
            self.ticked.insert(id.to_owned())
        } else {
            self.ticked.remove(id)
        }
    }

    /// Unticks every item of `list`, leaving ticks of other lists alone. Returns whether anything
    /// changed.
    pub fn reset(&mut self, list: &Checklist) -> bool {
        let mut changed = false;
        for item in &list.items {
            changed |= self.ticked.remove(&item.id);
        }
        changed
    }

    /// How many items of `list` are ticked.
    pub fn done_count(&self, list: &Checklist) -> usize {
        list.items
            .iter()
            .filter(|item| self.is_ticked(&item.id))
            .count()
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
    use super::*;
    use crate::content::ChecklistItem;

    fn list(ids: &[&str]) -> Checklist {
        Checklist {
            title: "List".to_owned(),
            intro: None,
            items: ids
                .iter()
                .map(|id| ChecklistItem {
                    id: (*id).to_owned(),
                    text: format!("Do {id}"),
                    detail: None,
                    sources: vec![],
                })
                .collect(),
        }
    }

    #[test]
    fn ticking_twice_changes_once() {
        let mut progress = Progress::default();
        assert!(progress.set_ticked("a", true));
        assert!(!progress.set_ticked("a", true));
        assert!(progress.is_ticked("a"));
        assert!(progress.set_ticked("a", false));
        assert!(!progress.is_ticked("a"));
    }

    #[test]
    fn reset_unticks_only_its_own_list_and_keeps_unknown_ids() {
        let before = list(&["a", "b"]);
        let mut progress = Progress::default();
        for id in ["a", "b", "c", "vanished-item"] {
            progress.set_ticked(id, true);
        }
        assert_eq!(progress.done_count(&before), 2);
        assert!(progress.reset(&before));
        assert_eq!(progress.done_count(&before), 0);
        assert!(progress.is_ticked("c"));
        assert!(progress.is_ticked("vanished-item"));
        assert!(!progress.reset(&before), "a second reset changes nothing");
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
