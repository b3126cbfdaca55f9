//! Which session the person is in: the one the checklist shows, the date offered for the next,
//! and a word when two are too close.

use jiff::ToSpan as _;
use jiff::civil::Date;

use crate::content::Guide;
use crate::plan::window::{plan_span, window_dates};
use crate::text::dates::{day, days_between};
use crate::user_data::{Scope, UserData};

/// The session the Checklist tab shows when the person has not picked one: their choice if it
/// still exists, else the first session whose plan has not ended by `today`, else the last.
pub fn default_session(guide: &Guide, progress: &UserData, today: Date) -> Option<u64> {
    if let Some(selected) = progress.selected_session
        && progress.session(selected).is_some()
    {
        return Some(selected);
    }
    let span = plan_span(guide);
    progress
        .sessions
        .iter()
        .find(|session| window_dates(session.date, span).1 >= today)
        .or(progress.sessions.last())
        .map(|session| session.id)
}

/// The scope the checklist shows: the chosen or current session, or plain ticks without a date.
pub fn current_scope(guide: &Guide, progress: &UserData, today: Date) -> Scope {
    default_session(guide, progress, today).map_or(Scope::Unscheduled, Scope::Session)
}

/// The date offered for a new session: the content's longest usual spacing after the last
/// session, or a week from today for the first.
pub fn suggested_session_date(guide: &Guide, progress: &UserData, today: Date) -> Date {
    match progress.sessions.last() {
        Some(last) => last
            .date
            .saturating_add(i64::from(guide.plan.spacing_weeks.max).weeks()),
        None => today.saturating_add(1.week()),
    }
}

/// A sentence for each pair of sessions closer together than the content's shortest spacing.
pub fn spacing_warnings(guide: &Guide, progress: &UserData, today: Date) -> Vec<String> {
    let min_weeks = guide.plan.spacing_weeks.min;
    let min_days = i64::from(min_weeks) * 7;
    progress
        .sessions
        .windows(2)
        .enumerate()
        .filter(|(_, pair)| days_between(pair[0].date, pair[1].date) < min_days)
        .map(|(index, pair)| {
            format!(
                "Sessions {} and {} ({} and {}) are less than {min_weeks} weeks apart; sessions are usually spaced further. Check with your clinic.",
                index + 1,
                index + 2,
                day(pair[0].date, today),
                day(pair[1].date, today)
            )
        })
        .collect()
}
