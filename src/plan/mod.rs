//! The treatment plan in dates: when each checklist item applies for a session, its state against
//! today, where the person stands, and what is due today. Plain functions; no egui, no clock
//! (today is always passed in).

use jiff::ToSpan as _;
use jiff::civil::Date;

use crate::content::{ChecklistItem, ChecklistKind, Guide, Window};
use crate::user_data::{Progress, Scope, Session};

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
            Self::Upcoming { starts } => format!("Starts {}", format_day(starts, today)),
            Self::InForce { until, .. } => format!("Keep doing until {}", format_day(until, today)),
            Self::Kept { until } => format!("Done: kept until {}", format_day(until, today)),
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

/// A window in words, relative to the treatment day: "from 14 days before to the treatment day",
/// "on the treatment day", "from the day after to 7 days after".
pub fn describe_window(window: Window) -> String {
    let day = |day: i32| match day {
        0 => "the treatment day".to_owned(),
        -1 => "the day before".to_owned(),
        1 => "the day after".to_owned(),
        day if day < 0 => format!("{} days before", -day),
        day => format!("{day} days after"),
    };
    if window.from_day == window.to_day {
        format!("on {}", day(window.from_day))
    } else {
        format!("from {} to {}", day(window.from_day), day(window.to_day))
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

/// The days to label on a timeline's axis for `span`: the treatment day, and every week (or
/// every two or four weeks for long spans) out from it, within the span. Sorted.
pub fn axis_days(span: Window) -> Vec<i32> {
    let length = (span.to_day - span.from_day).max(1);
    let step = match length {
        ..=42 => 7,
        43..=98 => 14,
        _ => 28,
    };
    let first = span.from_day.div_euclid(step) * step;
    let mut days: Vec<i32> = (0..)
        .map(|n| first + n * step)
        .skip_while(|day| *day < span.from_day)
        .take_while(|day| *day <= span.to_day)
        .collect();
    if !days.contains(&0) && (span.from_day..=span.to_day).contains(&0) {
        days.push(0);
        days.sort_unstable();
    }
    days
}

/// The days a timeline of `kind` covers: every item's window, and the treatment day.
pub fn list_span(guide: &Guide, kind: ChecklistKind) -> Window {
    guide.checklist(kind).items.iter().fold(
        Window {
            from_day: 0,
            to_day: 0,
        },
        |span, item| Window {
            from_day: span.from_day.min(item.window.from_day),
            to_day: span.to_day.max(item.window.to_day),
        },
    )
}

/// `text` with its first letter in capitals.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A no-break space: the parts of a date never go on different lines.
pub const NBSP: char = '\u{a0}';

/// "Mon 10 Nov", with the year when it is not `today`'s year. Its spaces are no-break spaces.
pub fn format_day(date: Date, today: Date) -> String {
    if date.year() == today.year() {
        date.strftime("%a\u{a0}%-d\u{a0}%b").to_string()
    } else {
        date.strftime("%a\u{a0}%-d\u{a0}%b\u{a0}%Y").to_string()
    }
}

/// "10 Nov", short for a timeline's axis, with a no-break space.
pub fn format_short_day(date: Date) -> String {
    date.strftime("%-d\u{a0}%b").to_string()
}

/// "Wednesday 25 November", for headings, with no-break spaces.
pub fn format_long_day(date: Date) -> String {
    date.strftime("%A\u{a0}%-d\u{a0}%B").to_string()
}

/// "Mon 10 Nov – Mon 24 Nov", or one day when both ends are the same. The dash stays with the
/// first date, so a line breaks only after it.
pub fn format_range(first: Date, last: Date, today: Date) -> String {
    if first == last {
        format_day(first, today)
    } else {
        format!(
            "{}{NBSP}– {}",
            format_day(first, today),
            format_day(last, today)
        )
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

/// Every unticked task and every rule, of every session, whose window includes `today`;
/// before-items first, then in content order within each session. A rule's tick (from a build
/// that had no rules) is kept in the data but means nothing: rules are in force all their window.
pub fn due_today<'a>(guide: &'a Guide, progress: &Progress, today: Date) -> Vec<DueItem<'a>> {
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
pub fn next_step<'a>(guide: &'a Guide, progress: &Progress, today: Date) -> Option<DueItem<'a>> {
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
                ItemState::Unconfirmed
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
    fn dates_show_the_year_only_when_it_is_not_this_year_and_never_break() {
        let today = date(2026, 11, 25);
        assert_eq!(
            format_day(date(2026, 11, 10), today),
            "Tue\u{a0}10\u{a0}Nov"
        );
        assert_eq!(
            format_day(date(2027, 1, 4), today),
            "Mon\u{a0}4\u{a0}Jan\u{a0}2027"
        );
        assert_eq!(
            format_range(date(2026, 11, 10), date(2026, 11, 24), today),
            "Tue\u{a0}10\u{a0}Nov\u{a0}– Tue\u{a0}24\u{a0}Nov"
        );
        assert_eq!(
            format_range(date(2026, 11, 10), date(2026, 11, 10), today),
            "Tue\u{a0}10\u{a0}Nov"
        );
        assert_eq!(format_short_day(date(2026, 12, 6)), "6\u{a0}Dec");
        assert_eq!(
            format_long_day(date(2026, 11, 25)),
            "Wednesday\u{a0}25\u{a0}November"
        );
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

    #[test]
    fn windows_are_described_in_days_around_the_treatment() {
        assert_eq!(
            describe_window(BEFORE),
            "from 14 days before to the treatment day"
        );
        assert_eq!(
            describe_window(Window {
                from_day: -1,
                to_day: 1
            }),
            "from the day before to the day after"
        );
        assert_eq!(
            describe_window(Window {
                from_day: 0,
                to_day: 0
            }),
            "on the treatment day"
        );
        assert_eq!(
            describe_window(AFTER),
            "from the treatment day to 7 days after"
        );
    }

    #[test]
    fn the_axis_labels_the_treatment_day_and_whole_weeks() {
        let span = |from_day, to_day| Window { from_day, to_day };
        assert_eq!(axis_days(span(-14, 0)), [-14, -7, 0]);
        assert_eq!(axis_days(span(-28, 0)), [-28, -21, -14, -7, 0]);
        assert_eq!(axis_days(span(-3, 10)), [0, 7]);
        assert_eq!(axis_days(span(0, 42)), [0, 7, 14, 21, 28, 35, 42]);
        assert_eq!(axis_days(span(0, 90)), [0, 14, 28, 42, 56, 70, 84]);
        assert_eq!(
            axis_days(span(-200, 0)),
            [-196, -168, -140, -112, -84, -56, -28, 0]
        );
    }
}
