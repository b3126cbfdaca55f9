//! What the Today panel says: the steps due today, the next one coming, where the person stands,
//! and whether the warning signs belong on show.

use jiff::civil::Date;

use crate::content::{ChecklistItem, ChecklistKind, Guide};
use crate::plan::window::{ItemState, item_state, plan_span, window_dates};
use crate::text::dates::{day, days_between};
use crate::user_data::{Session, UserData};

/// An item due today, with the session it belongs to.
#[derive(Clone, Debug)]
pub struct DueItem<'a> {
    /// The session's id.
    pub session_id: u64,

    /// The session's 1-based number in date order.
    pub session_number: usize,

    /// Which list the item is in.
    pub kind: ChecklistKind,

    /// The item.
    pub item: &'a ChecklistItem,

    /// The last day of its window.
    pub last_day: Date,
}

/// Every unticked task and every rule, of every session, whose window includes `today`;
/// before-items first, then in content order within each session. A rule's tick (from a build
/// that had no rules) is kept in the data but means nothing: rules are in force all their window.
pub fn due_today<'a>(guide: &'a Guide, progress: &UserData, today: Date) -> Vec<DueItem<'a>> {
    let mut due = Vec::new();
    for (index, session) in progress.sessions.iter().enumerate() {
        for (kind, item) in guide.checklist_items() {
            let ticked = !item.is_rule() && session.ticked.contains(&item.id);
            if item_state(session.date, item.window, ticked, today) == ItemState::DueNow {
                due.push(DueItem {
                    session_id: session.id,
                    session_number: index + 1,
                    kind,
                    item,
                    last_day: window_dates(session.date, item.window).1,
                });
            }
        }
    }
    due
}

/// The step whose window starts soonest after `today`, of any session: what comes next.
pub fn next_step<'a>(guide: &'a Guide, progress: &UserData, today: Date) -> Option<DueItem<'a>> {
    let mut next: Option<(Date, DueItem<'a>)> = None;
    for (index, session) in progress.sessions.iter().enumerate() {
        for (kind, item) in guide.checklist_items() {
            let (first, last) = window_dates(session.date, item.window);
            let sooner = next.as_ref().is_none_or(|(start, _)| first < *start);
            if first > today && sooner {
                let entry = DueItem {
                    session_id: session.id,
                    session_number: index + 1,
                    kind,
                    item,
                    last_day: last,
                };
                next = Some((first, entry));
            }
        }
    }
    next.map(|(_, entry)| entry)
}

/// Sentences saying where the person stands as of `today`: the latest session whose aftercare is
/// still running, and the next one coming. Empty without sessions.
pub fn standing(guide: &Guide, progress: &UserData, today: Date) -> Vec<String> {
    let span = plan_span(guide);
    let sessions = &progress.sessions;
    let numbered = |session: &Session| {
        if sessions.len() > 1 {
            let number = progress.session_number(session.id).unwrap_or(1);
            format!(" (session {number} of {})", sessions.len())
        } else {
            String::new()
        }
    };
    let mut lines = Vec::new();

    let recent = sessions.iter().rev().find(|session| session.date <= today);
    if let Some(session) = recent {
        let days = days_between(session.date, today);
        if days == 0 {
            lines.push(format!("Treatment day{}.", numbered(session)));
        } else if days <= i64::from(span.to_day) {
            lines.push(format!("Day {days} after treatment{}.", numbered(session)));
        }
    }
    let next = sessions.iter().find(|session| session.date > today);
    if let Some(session) = next {
        let days = days_between(today, session.date);
        let when = if days == 1 {
            "tomorrow".to_owned()
        } else {
            format!("in {days} days")
        };
        lines.push(format!(
            "Treatment {when}, on {}{}.",
            day(session.date, today),
            numbered(session)
        ));
    }
    if lines.is_empty()
        && let Some(last) = sessions.last()
    {
        lines.push(format!(
            "Your last planned session was on {}. Plan another below if you are having more.",
            day(last.date, today)
        ));
    }
    lines
}

/// Whether the warning signs belong on the Today panel: within the content's number of days after
/// any session.
pub fn in_warning_period(guide: &Guide, progress: &UserData, today: Date) -> bool {
    let days = i64::from(guide.plan.warning_signs_days);
    progress.sessions.iter().any(|session| {
        let since = days_between(session.date, today);
        (0..=days).contains(&since)
    })
}
