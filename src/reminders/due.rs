//! The daily reminder as plain data: what it says on a given day, whether the app should show it
//! now, and the record of the day it was last shown. No egui and no D-Bus here
//! ([`crate::reminders::notification`] shows it, [`crate::reminders::daily`] runs it).

use std::path::{Path, PathBuf};

use jiff::civil::{Date, DateTime};

use crate::content::Guide;
use crate::plan;
use crate::user_data::UserData;
use crate::user_data::settings::Reminders;

/// The file in the data directory that holds the day of the last reminder, as `YYYY-MM-DD`.
///
/// It is separate from the data file so that the `remind` command never writes the data file
/// that an open window may be saving at the same time.
pub const LAST_REMINDER_FILE_NAME: &str = "last-reminder";

/// At most this many steps are listed in a reminder; a notification is read at a glance, and the
/// app lists them all.
pub const LISTED_STEPS_MAX: usize = 5;

/// What a reminder says: a one-line title and a few lines of body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// The notification's summary, such as "2 steps due today".
    pub title: String,

    /// The lines of the notification's body.
    pub lines: Vec<String>,
}

impl Reminder {
    /// The body as one text, a line each.
    pub fn body(&self) -> String {
        self.lines.join("\n")
    }
}

/// The day's check-in in the weeks after a session: for now a prompt to compare the skin with
/// the warning signs. The recovery diary will add its own questions here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckIn {
    /// The session the check-in is about.
    pub session_id: u64,

    /// Days since that session's treatment day (0 on the day itself).
    pub days_after: i64,

    /// "Day 3 after treatment", with the session's number when there are several.
    pub headline: String,

    /// What to do today, as the end of a sentence.
    pub prompt: String,
}

impl CheckIn {
    /// "Day 3 after treatment: check your skin against the warning signs."
    pub fn sentence(&self) -> String {
        format!("{}: {}.", self.headline, self.prompt)
    }
}

/// The check-in for `today`: within the content's warning period after the latest session that
/// has taken place, if any.
pub fn check_in(guide: &Guide, progress: &UserData, today: Date) -> Option<CheckIn> {
    let warning_days = i64::from(guide.plan.warning_signs_days);
    let session = progress
        .sessions
        .iter()
        .rev()
        .find(|session| session.date <= today)?;
    let days_after = crate::text::dates::days_between(session.date, today);
    if days_after > warning_days {
        return None;
    }
    let several = progress.sessions.len() > 1;
    let number = progress.session_number(session.id).unwrap_or(1);
    let headline = match (days_after, several) {
        (0, false) => "Treatment day".to_owned(),
        (0, true) => format!("Treatment day (session {number})"),
        (days, false) => format!("Day {days} after treatment"),
        (days, true) => format!("Day {days} after session {number}"),
    };
    Some(CheckIn {
        session_id: session.id,
        days_after,
        headline,
        prompt: "check your skin against the warning signs".to_owned(),
    })
}

/// The reminder for `today`: the steps due and the day's check-in; `None` when there is
/// neither, so that nothing is shown.
pub fn reminder(guide: &Guide, progress: &UserData, today: Date) -> Option<Reminder> {
    // Rules in force are not steps to do: one line names them all.
    let (rules, due): (Vec<_>, Vec<_>) = plan::due_today(guide, progress, today)
        .into_iter()
        .partition(|entry| entry.item.is_rule());
    let check_in = check_in(guide, progress, today);
    let title = match (&check_in, due.len()) {
        (None, 0) if rules.is_empty() => return None,
        (None, 0) => "Keep doing".to_owned(),
        (Some(check_in), 0) => check_in.headline.clone(),
        (_, 1) => "1 step due today".to_owned(),
        (_, count) => format!("{count} steps due today"),
    };
    let mut lines = Vec::new();
    if let Some(check_in) = &check_in {
        lines.push(check_in.sentence());
    }
    let several = progress.sessions.len() > 1;
    for entry in due.iter().take(LISTED_STEPS_MAX) {
        let mut line = format!(
            "• {} (until {}",
            entry.item.text,
            crate::text::dates::day(entry.last_day, today)
        );
        if several {
            line.push_str(&format!(", session {}", entry.session_number));
        }
        line.push(')');
        lines.push(line);
    }
    if let Some(more) = due
        .len()
        .checked_sub(LISTED_STEPS_MAX)
        .filter(|&more| more > 0)
    {
        lines.push(format!("and {more} more in the app"));
    }
    if !rules.is_empty() {
        // A rule kept for two sessions at once (a long gap before each) is named once.
        let mut names: Vec<&str> = Vec::new();
        for name in rules.iter().map(|entry| entry.item.short_label()) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        lines.push(format!("Keep doing: {}.", names.join(", ")));
    }
    Some(Reminder { title, lines })
}

/// Whether the open app should remind now: daily reminders are on, the chosen time has come
/// today, and no reminder was shown today yet.
pub fn due_at(reminders: &Reminders, now: DateTime, last_reminded: Option<Date>) -> bool {
    reminders.daily && now.time() >= reminders.time() && last_reminded != Some(now.date())
}

/// The time left until the next chosen reminder time after `now`, so that the open app can wake
/// up for it.
pub fn until_next(reminders: &Reminders, now: DateTime) -> std::time::Duration {
    let today_at = now.date().to_datetime(reminders.time());
    let next = if today_at > now {
        today_at
    } else {
        today_at.saturating_add(jiff::Span::new().days(1))
    };
    let seconds = now
        .until((jiff::Unit::Second, next))
        .map_or(60, |span| span.get_seconds());
    std::time::Duration::from_secs(u64::try_from(seconds).unwrap_or(60).max(1))
}

/// The record of the last reminder in `data_dir`.
pub fn last_reminder_path(data_dir: &Path) -> PathBuf {
    data_dir.join(LAST_REMINDER_FILE_NAME)
}

/// The day of the last reminder, or `None` if there was none (or the record cannot be read,
/// which at worst shows one reminder more).
pub fn last_reminded(data_dir: &Path) -> Option<Date> {
    let text = std::fs::read_to_string(last_reminder_path(data_dir)).ok()?;
    text.trim().parse().ok()
}

/// Records that a reminder was shown on `day`, atomically.
pub fn record_reminded(data_dir: &Path, day: Date) -> std::io::Result<()> {
    crate::system::atomic::write_atomically(
        &last_reminder_path(data_dir),
        format!("{day}\n").as_bytes(),
    )
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::content;

    fn guide() -> Guide {
        content::load(&content::Origin::Embedded, date(2026, 11, 26))
            .unwrap()
            .guide
    }

    fn plan_on(dates: &[Date]) -> UserData {
        let mut progress = UserData::default();
        for &day in dates {
            progress.add_session(day);
        }
        progress
    }

    #[test]
    fn a_plan_with_steps_due_reminds_of_each_with_its_last_day() {
        let guide = guide();
        let today = date(2026, 11, 26);
        // Two sessions, so that more tasks are due than the reminder lists.
        let progress = plan_on(&[date(2026, 11, 30), date(2026, 12, 20)]);
        let reminder = reminder(&guide, &progress, today).unwrap();
        let due: Vec<_> = plan::due_today(&guide, &progress, today)
            .into_iter()
            .filter(|entry| !entry.item.is_rule())
            .collect();
        assert!(!due.is_empty());
        assert_eq!(reminder.title, format!("{} steps due today", due.len()));
        assert!(
            due.len() > LISTED_STEPS_MAX,
            "the test needs more steps due"
        );
        assert_eq!(
            reminder.lines.len(),
            LISTED_STEPS_MAX + 2,
            "no check-in before treatment: the steps, how many more, the rules"
        );
        assert_eq!(
            reminder.lines[LISTED_STEPS_MAX + 1],
            "Keep doing: Avoid sun and fake tan, No laser or IPL, No waxing, No retinoids or acids."
        );
        for (line, entry) in reminder.lines.iter().take(LISTED_STEPS_MAX).zip(&due) {
            assert!(
                line.starts_with(&format!("• {} (until ", entry.item.text)),
                "{reminder:?}"
            );
        }
        assert_eq!(
            reminder.lines[LISTED_STEPS_MAX],
            format!("and {} more in the app", due.len() - LISTED_STEPS_MAX)
        );
    }

    #[test]
    fn after_a_session_the_reminder_carries_the_days_check_in() {
        let guide = guide();
        let progress = plan_on(&[date(2026, 11, 23)]);
        let reminder = reminder(&guide, &progress, date(2026, 11, 26)).unwrap();
        assert_eq!(
            reminder.lines[0],
            "Day 3 after treatment: check your skin against the warning signs."
        );

        // With every due step ticked, the check-in alone is the title, and the rules in force
        // are named.
        let mut done = progress.clone();
        for entry in plan::due_today(&guide, &progress, date(2026, 11, 26)) {
            done.set_ticked(
                crate::user_data::Scope::Session(entry.session_id),
                &entry.item.id,
                true,
            );
        }
        let reminder = super::reminder(&guide, &done, date(2026, 11, 26)).unwrap();
        assert_eq!(reminder.title, "Day 3 after treatment");
        assert_eq!(reminder.lines.len(), 2, "{reminder:?}");
        assert!(
            reminder.lines[1].starts_with("Keep doing: "),
            "{reminder:?}"
        );
    }

    #[test]
    fn the_check_in_ends_with_the_warning_period_and_names_the_session_when_several() {
        let guide = guide();
        let days = i64::from(guide.plan.warning_signs_days);
        let session = date(2026, 11, 1);
        let progress = plan_on(&[session, date(2027, 1, 1)]);
        let last = session.saturating_add(jiff::Span::new().days(days));
        let check_in = check_in(&guide, &progress, last).unwrap();
        assert_eq!(check_in.headline, format!("Day {days} after session 1"));
        let after = last.saturating_add(jiff::Span::new().days(1));
        assert_eq!(super::check_in(&guide, &progress, after), None);
        assert_eq!(super::check_in(&guide, &progress, date(2026, 10, 31)), None);
    }

    #[test]
    fn nothing_due_means_no_reminder() {
        let guide = guide();
        assert_eq!(
            reminder(&guide, &UserData::default(), date(2026, 11, 26)),
            None
        );
        let long_ago = plan_on(&[date(2025, 1, 1)]);
        assert_eq!(reminder(&guide, &long_ago, date(2026, 11, 26)), None);
    }

    #[test]
    fn the_open_app_reminds_once_from_the_chosen_time_on() {
        let reminders = Reminders {
            daily: true,
            hour: 9,
            minute: 30,
        };
        let today = date(2026, 11, 26);
        assert!(!due_at(&reminders, today.at(9, 29, 59, 0), None));
        assert!(due_at(&reminders, today.at(9, 30, 0, 0), None));
        assert!(due_at(
            &reminders,
            today.at(22, 0, 0, 0),
            Some(date(2026, 11, 25))
        ));
        assert!(!due_at(&reminders, today.at(22, 0, 0, 0), Some(today)));
        let off = Reminders {
            daily: false,
            ..reminders
        };
        assert!(!due_at(&off, today.at(10, 0, 0, 0), None));
        assert_eq!(
            until_next(&reminders, today.at(9, 0, 0, 0)).as_secs(),
            30 * 60
        );
        assert_eq!(
            until_next(&reminders, today.at(9, 30, 0, 0)).as_secs(),
            24 * 60 * 60
        );
    }

    #[test]
    fn the_last_reminder_day_survives_and_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(last_reminded(dir.path()), None);
        record_reminded(dir.path(), date(2026, 11, 25)).unwrap();
        record_reminded(dir.path(), date(2026, 11, 26)).unwrap();
        assert_eq!(last_reminded(dir.path()), Some(date(2026, 11, 26)));
        std::fs::write(last_reminder_path(dir.path()), "garbage").unwrap();
        assert_eq!(last_reminded(dir.path()), None);
    }
}
