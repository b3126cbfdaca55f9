//! The app's tabs: one enum, matched in one place.

/// A tab of the app, in the order the tab bar shows them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    /// What microneedling is, how it works, who to ask; the disclaimer.
    #[default]
    Overview,

    /// The benefits, and where claims go too far.
    Benefits,

    /// The weeks and days before a treatment.
    Preparation,

    /// During the treatment and the weeks after.
    Aftercare,

    /// Questions that expand to their answers.
    Faq,

    /// The before and after checklists the person ticks.
    Checklist,

    /// The recovery diary: check-ins, charts and photos.
    Diary,

    /// Every source the guide cites, grouped by kind.
    Sources,
}

impl Tab {
    /// Every tab, in tab-bar order. Ctrl+1 opens the first.
    pub const ALL: [Self; 8] = [
        Self::Overview,
        Self::Benefits,
        Self::Preparation,
        Self::Aftercare,
        Self::Faq,
        Self::Checklist,
        Self::Diary,
        Self::Sources,
    ];

    /// The name on the tab.
    pub fn label(self) -> &'static str {
        match self {
            Self::Overview => "Overview",
            Self::Benefits => "Benefits",
            Self::Preparation => "Preparation",
            Self::Aftercare => "Aftercare",
            Self::Faq => "FAQ",
            Self::Checklist => "Checklist",
            Self::Diary => "Diary",
            Self::Sources => "Sources",
        }
    }

    /// The stable name stored in the user's data file. Never change one: it would lose the
    /// person's last open tab.
    pub fn key(self) -> &'static str {
        match self {
            Self::Overview => "overview",
            Self::Benefits => "benefits",
            Self::Preparation => "preparation",
            Self::Aftercare => "aftercare",
            Self::Faq => "faq",
            Self::Checklist => "checklist",
            Self::Diary => "diary",
            Self::Sources => "sources",
        }
    }

    /// The tab stored under `key`, if any. Unknown keys (from a newer version) give `None`.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|tab| tab.key() == key)
    }

    /// The tab's number in the tab bar, starting at 1, as used by its Ctrl+number shortcut.
    pub fn number(self) -> usize {
        Self::ALL
            .iter()
            .position(|&tab| tab == self)
            .map_or(1, |index| index + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tab_round_trips_through_its_key() {
        for tab in Tab::ALL {
            assert_eq!(Tab::from_key(tab.key()), Some(tab));
        }
        assert_eq!(Tab::from_key("no-such-tab"), None);
    }

    #[test]
    fn tabs_are_numbered_from_one_in_bar_order() {
        assert_eq!(Tab::Overview.number(), 1);
        assert_eq!(Tab::Checklist.number(), 6);
        assert_eq!(Tab::Diary.number(), 7);
        assert_eq!(Tab::Sources.number(), 8);
    }
}
