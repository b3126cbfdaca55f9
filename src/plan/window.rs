//! Date windows: the days a checklist item applies for a session, and where an item or a rule
//! stands against today.

use jiff::ToSpan as _;
use jiff::civil::Date;

use crate::content::{ChecklistKind, Guide, Window};
use crate::text::dates::{day, days_between};

/// Where an item stands for one session, as of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemState {
    /// Its window has not started yet.
    Upcoming,

    /// Today is inside its window and it is not ticked.
    DueNow,

    /// It is ticked.
    Done,

    /// Its window has passed and it was not ticked. Perhaps it was done and not ticked, so the
    /// app asks rather than scolds.
    Unconfirmed,
}

impl ItemState {
    /// A word or two for the person.
    pub fn label(self) -> &'static str {
        match self {
            Self::Upcoming => "Upcoming",
            Self::DueNow => "Due now",
            Self::Done => "Done",
            Self::Unconfirmed => "Did you do this?",
        }
    }
}

/// The first and last day (both included) of `window` for a session on `session_date`.
///
/// Dates past jiff's range (year 9999) saturate rather than fail.
pub fn window_dates(session_date: Date, window: Window) -> (Date, Date) {
    (
        session_date.saturating_add(i64::from(window.from_day).days()),
        session_date.saturating_add(i64::from(window.to_day).days()),
    )
}

/// The state of an item with `window` for a session on `session_date`, as of `today`.
pub fn item_state(session_date: Date, window: Window, ticked: bool, today: Date) -> ItemState {
    let (first, last) = window_dates(session_date, window);
    if ticked {
        ItemState::Done
    } else if today < first {
        ItemState::Upcoming
    } else if today <= last {
        ItemState::DueNow
    } else {
        ItemState::Unconfirmed
    }
}

/// Where a rule (something to keep doing for a while) stands for one session, as of a day.
/// Rules are never ticked: they are over when their window is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleState {
    /// Its window starts on this day.
    Upcoming {
        /// The first day.
        starts: Date,
    },

    /// Today is inside its window.
    InForce {
        /// The last day, included.
        until: Date,
        /// Whole days after today still in the window: 0 on the last day.
        days_left: i64,
    },

    /// Its window is over.
    Kept {
        /// The last day it applied.
        until: Date,
    },
}

/// The state of a rule with `window` for a session on `session_date`, as of `today`.
pub fn rule_state(session_date: Date, window: Window, today: Date) -> RuleState {
    let (first, last) = window_dates(session_date, window);
    if today < first {
        RuleState::Upcoming { starts: first }
    } else if today <= last {
        RuleState::InForce {
            until: last,
            days_left: days_between(today, last),
        }
    } else {
        RuleState::Kept { until: last }
    }
}

impl RuleState {
    /// What the person reads: "Keep doing until Tue 22 Dec", "Starts Mon 7 Dec",
    /// "Done: kept until Tue 22 Dec".
    pub fn label(self, today: Date) -> String {
        match self {
            Self::Upcoming { starts } => format!("Starts {}", day(starts, today)),
            Self::InForce { until, .. } => format!("Keep doing until {}", day(until, today)),
            Self::Kept { until } => format!("Done: kept until {}", day(until, today)),
        }
    }

    /// The countdown while the rule is in force: "3 days to go", "1 day to go", "Last day today".
    pub fn countdown(self) -> Option<String> {
        match self {
            Self::InForce { days_left: 0, .. } => Some("Last day today".to_owned()),
            Self::InForce { days_left: 1, .. } => Some("1 day to go".to_owned()),
            Self::InForce { days_left, .. } => Some(format!("{days_left} days to go")),
            Self::Upcoming { .. } | Self::Kept { .. } => None,
        }
    }
}

/// The ids of the tasks (not rules) of `kind` whose window had ended by `today` without a tick,
/// for a session on `session_date`: what "Mark all … done" ticks. In content order.
pub fn unconfirmed_tasks<'a>(
    guide: &'a Guide,
    kind: ChecklistKind,
    session_date: Date,
    ticks: &std::collections::BTreeSet<String>,
    today: Date,
) -> Vec<&'a str> {
    guide
        .checklist(kind)
        .items
        .iter()
        .filter(|item| !item.is_rule())
        .filter(|item| {
            let ticked = ticks.contains(&item.id);
            item_state(session_date, item.window, ticked, today) == ItemState::Unconfirmed
        })
        .map(|item| item.id.as_str())
        .collect()
}

/// The earliest and latest day, relative to the treatment day, on which any item applies.
pub fn plan_span(guide: &Guide) -> Window {
    let mut windows = guide.checklist_items().map(|(_, item)| item.window);
    let first = windows.next().unwrap_or(Window {
        from_day: 0,
        to_day: 0,
    });
    windows.fold(first, |span, window| Window {
        from_day: span.from_day.min(window.from_day),
        to_day: span.to_day.max(window.to_day),
    })
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    use crate::plan::test_windows::{AFTER, BEFORE};

    #[test]
    fn windows_cross_month_and_year_ends() {
        assert_eq!(
            window_dates(date(2027, 1, 5), BEFORE),
            (date(2026, 12, 22), date(2027, 1, 5))
        );
        assert_eq!(
            window_dates(date(2026, 12, 28), AFTER),
            (date(2026, 12, 28), date(2027, 1, 4))
        );
        assert_eq!(
            window_dates(
                date(2026, 4, 30),
                Window {
                    from_day: 1,
                    to_day: 1
                }
            ),
            (date(2026, 5, 1), date(2026, 5, 1))
        );
    }

    #[test]
    fn windows_count_leap_days() {
        // 2028 is a leap year: 14 days before 7 March is 22 February, and 29 February exists.
        assert_eq!(window_dates(date(2028, 3, 7), BEFORE).0, date(2028, 2, 22));
        assert_eq!(window_dates(date(2028, 2, 25), AFTER).1, date(2028, 3, 3));
        // 2027 is not: seven days after 25 February is 4 March.
        assert_eq!(window_dates(date(2027, 2, 25), AFTER).1, date(2027, 3, 4));
    }

    #[test]
    fn item_state_moves_from_upcoming_to_due_to_missed_unless_done() {
        let session = date(2026, 12, 7);
        let states: Vec<ItemState> = [
            date(2026, 11, 22),
            date(2026, 11, 23),
            date(2026, 12, 7),
            date(2026, 12, 8),
        ]
        .into_iter()
        .map(|today| item_state(session, BEFORE, false, today))
        .collect();
        assert_eq!(
            states,
            [
                ItemState::Upcoming,
                ItemState::DueNow,
                ItemState::DueNow,
                ItemState::Unconfirmed
            ]
        );
        for today in [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)] {
            assert_eq!(item_state(session, BEFORE, true, today), ItemState::Done);
        }
    }

    #[test]
    fn a_rule_is_upcoming_then_counts_down_then_is_kept() {
        let session = date(2026, 12, 7);
        let until = date(2026, 12, 14);
        let today = date(2026, 12, 1);
        let upcoming = rule_state(session, AFTER, today);
        assert_eq!(upcoming, RuleState::Upcoming { starts: session });
        assert_eq!(upcoming.label(today), "Starts Mon\u{a0}7\u{a0}Dec");
        assert_eq!(upcoming.countdown(), None);

        let in_force = rule_state(session, AFTER, date(2026, 12, 11));
        assert_eq!(
            in_force,
            RuleState::InForce {
                until,
                days_left: 3
            }
        );
        assert_eq!(
            in_force.label(today),
            "Keep doing until Mon\u{a0}14\u{a0}Dec"
        );
        assert_eq!(in_force.countdown().as_deref(), Some("3 days to go"));
        let tomorrow = rule_state(session, AFTER, date(2026, 12, 13)).countdown();
        assert_eq!(tomorrow.as_deref(), Some("1 day to go"));
        let last = rule_state(session, AFTER, until).countdown();
        assert_eq!(last.as_deref(), Some("Last day today"));

        let kept = rule_state(session, AFTER, date(2026, 12, 15));
        assert_eq!(kept, RuleState::Kept { until });
        assert_eq!(kept.label(today), "Done: kept until Mon\u{a0}14\u{a0}Dec");
        assert_eq!(kept.countdown(), None);
    }
}
