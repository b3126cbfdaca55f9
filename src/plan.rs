//! The treatment plan in dates: when each checklist item applies for a session, its state against
//! today, where the person stands, and what is due today. Plain functions; no egui, no clock
//! (today is always passed in).

use jiff::ToSpan as _;
use jiff::civil::Date;

use crate::content::{ChecklistItem, ChecklistKind, Guide, Window};
use crate::progress::{Progress, Scope, Session};

/// Where an item stands for one session, as of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemState {
    /// Its window has not started yet.
    Upcoming,

    /// Today is inside its window and it is not ticked.
    DueNow,

    /// It is ticked.
    Done,

    /// Its window has passed and it was not ticked.
    Missed,
}

impl ItemState {
    /// A word or two for the person.
    pub fn label(self) -> &'static str {
        match self {
            Self::Upcoming => "Upcoming",
            Self::DueNow => "Due now",
            Self::Done => "Done",
            Self::Missed => "Missed",
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
        ItemState::Missed
    }
}

/// "Mon 10 Nov", with the year when it is not `today`'s year.
pub fn format_day(date: Date, today: Date) -> String {
    if date.year() == today.year() {
        date.strftime("%a %-d %b").to_string()
    } else {
        date.strftime("%a %-d %b %Y").to_string()
    }
}

/// "Mon 10 Nov – Mon 24 Nov", or one day when both ends are the same.
pub fn format_range(first: Date, last: Date, today: Date) -> String {
    if first == last {
        format_day(first, today)
    } else {
        format!("{} – {}", format_day(first, today), format_day(last, today))
    }
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    // Between two valid civil dates the span in days always exists.
    from.until((jiff::Unit::Day, to))
        .map_or(0, |span| i64::from(span.get_days()))
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

/// The session the Checklist tab shows when the person has not picked one: their choice if it
/// still exists, else the first session whose plan has not ended by `today`, else the last.
pub fn default_session(guide: &Guide, progress: &Progress, today: Date) -> Option<u64> {
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
pub fn current_scope(guide: &Guide, progress: &Progress, today: Date) -> Scope {
    default_session(guide, progress, today).map_or(Scope::Unscheduled, Scope::Session)
}

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

/// Every unticked item, of every session, whose window includes `today`; before-items first,
/// then in content order within each session.
pub fn due_today<'a>(guide: &'a Guide, progress: &Progress, today: Date) -> Vec<DueItem<'a>> {
    let mut due = Vec::new();
    for (index, session) in progress.sessions.iter().enumerate() {
        for (kind, item) in guide.checklist_items() {
            let ticked = session.ticked.contains(&item.id);
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

/// Sentences saying where the person stands as of `today`: the latest session whose aftercare is
/// still running, and the next one coming. Empty without sessions.
pub fn standing(guide: &Guide, progress: &Progress, today: Date) -> Vec<String> {
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
            format_day(session.date, today),
            numbered(session)
        ));
    }
    if lines.is_empty()
        && let Some(last) = sessions.last()
    {
        lines.push(format!(
            "Your last planned session was on {}. Plan another below if you are having more.",
            format_day(last.date, today)
        ));
    }
    lines
}

/// Whether the warning signs belong on the Today panel: within the content's number of days after
/// any session.
pub fn in_warning_period(guide: &Guide, progress: &Progress, today: Date) -> bool {
    let days = i64::from(guide.plan.warning_signs_days);
    progress.sessions.iter().any(|session| {
        let since = days_between(session.date, today);
        (0..=days).contains(&since)
    })
}

/// The date offered for a new session: the content's longest usual spacing after the last
/// session, or a week from today for the first.
pub fn suggested_session_date(guide: &Guide, progress: &Progress, today: Date) -> Date {
    match progress.sessions.last() {
        Some(last) => last
            .date
            .saturating_add(i64::from(guide.plan.spacing_weeks.max).weeks()),
        None => today.saturating_add(1.week()),
    }
}

/// A sentence for each pair of sessions closer together than the content's shortest spacing.
pub fn spacing_warnings(guide: &Guide, progress: &Progress, today: Date) -> Vec<String> {
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
                format_day(pair[0].date, today),
                format_day(pair[1].date, today)
            )
        })
        .collect()
}

/// Reads a date typed as `YYYY-MM-DD`, or says in plain words what is wrong with it.
pub fn parse_date_input(text: &str) -> Result<Date, String> {
    let text = text.trim();
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(index, byte)| match index {
            4 | 7 => byte == b'-',
            _ => byte.is_ascii_digit(),
        });
    if !shaped {
        return Err(format!(
            "“{text}” is not a date. Type it as YYYY-MM-DD, for example 2026-12-07."
        ));
    }
    Date::strptime("%Y-%m-%d", text)
        .map_err(|_| format!("{text} is not a real date. Check the month and the day."))
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    const BEFORE: Window = Window {
        from_day: -14,
        to_day: 0,
    };
    const AFTER: Window = Window {
        from_day: 0,
        to_day: 7,
    };

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
                ItemState::Missed
            ]
        );
        for today in [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)] {
            assert_eq!(item_state(session, BEFORE, true, today), ItemState::Done);
        }
    }

    #[test]
    fn typed_dates_must_be_real_and_in_iso_form() {
        assert_eq!(parse_date_input(" 2028-02-29 "), Ok(date(2028, 2, 29)));
        let not_real = parse_date_input("2027-02-29").unwrap_err();
        assert!(not_real.contains("not a real date"), "{not_real}");
        for shapeless in ["", "7/12/2026", "2026-12-7", "next monday", "2026-12-07x"] {
            let err = parse_date_input(shapeless).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{shapeless}: {err}");
        }
    }

    #[test]
    fn days_between_is_signed_and_counts_calendar_days() {
        assert_eq!(days_between(date(2026, 12, 30), date(2027, 1, 2)), 3);
        assert_eq!(days_between(date(2027, 1, 2), date(2026, 12, 30)), -3);
        assert_eq!(days_between(date(2028, 2, 28), date(2028, 3, 1)), 2);
    }

    #[test]
    fn dates_show_the_year_only_when_it_is_not_this_year() {
        let today = date(2026, 11, 25);
        assert_eq!(format_day(date(2026, 11, 10), today), "Tue 10 Nov");
        assert_eq!(format_day(date(2027, 1, 4), today), "Mon 4 Jan 2027");
        assert_eq!(
            format_range(date(2026, 11, 10), date(2026, 11, 24), today),
            "Tue 10 Nov – Tue 24 Nov"
        );
        assert_eq!(
            format_range(date(2026, 11, 10), date(2026, 11, 10), today),
            "Tue 10 Nov"
        );
    }
}
