//! When the diary warns: the content's rules applied to a session's check-ins, each warning with
//! its care card's urgency and the reason in plain words. Never a diagnosis: the reason says what
//! the person recorded, the care card says whom to contact and how soon. No egui.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::content::{DiarySettings, Rule, Urgency};
use crate::user_data::UserData;
use crate::user_data::diary::{CheckIn, Diary, day_in_plan};

/// How many days after the check-in period a session's warnings stay on show.
const WARNINGS_SHOWN_AFTER_DAYS: i32 = 7;

/// The furthest day after a session whose check-ins the rules read.
const RULE_HORIZON_DAYS: i32 = 90;

/// A reason to contact someone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Which care card to show.
    pub urgency: Urgency,

    /// What the person recorded, in a sentence: "Your redness went from 3 to 6 between day 3
    /// and day 4."
    pub reason: String,

    /// The same for someone else to read (the clinic's report): "Redness went from 3 to 6
    /// between day 3 and day 4."
    pub observed: String,

    /// Whether a warning sign was ticked (rather than a rule crossed by the ratings).
    pub ticked: bool,

    /// The day of the check-in that raised it.
    pub date: Date,
}

impl Warning {
    /// A rule crossed by the ratings; `what` is the sentence without its owner ("redness went
    /// from 3 to 6 …"), said to the person ("Your redness …") and to the clinic ("Redness …").
    fn from_ratings(urgency: Urgency, what: &str, date: Date) -> Self {
        Self {
            urgency,
            reason: format!("Your {what}"),
            observed: crate::text::case::capitalised(what),
            ticked: false,
            date,
        }
    }
}

/// One check-in with its day since the session.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// Days since the session (0 on the day).
    pub day: i32,

    /// The calendar day.
    pub date: Date,

    /// What was recorded.
    pub check_in: &'a CheckIn,
}

/// The warnings the rules raise for one session's check-ins, given in day order: one per rule
/// and per ticked sign, from its latest trigger; most urgent first, then latest first.
pub fn session_warnings(settings: &DiarySettings, entries: &[Entry<'_>]) -> Vec<Warning> {
    let mut found: Vec<Warning> = Vec::new();
    for rule in &settings.rules {
        let Some(scale) = settings.scale(rule.scale()) else {
            continue;
        };
        let name = scale.name.to_lowercase();
        let mut rated = entries.iter().filter_map(|entry| {
            let value = *entry.check_in.ratings.get(&scale.id)?;
            Some((entry, value))
        });
        let warning = match rule {
            Rule::Rising(rising) => {
                let rated: Vec<_> = rated.collect();
                rated
                    .windows(2)
                    .rev()
                    .find_map(|pair| {
                        let [(before, from), (after, to)] = pair else {
                            return None;
                        };
                        (after.day > rising.after_day && *to >= from.saturating_add(rising.by))
                            .then(|| {
                                Warning::from_ratings(
                                    rising.urgency,
                                    &format!(
                                        "{name} went from {from} to {to} between day {} and day {}. It usually settles after the first days.",
                                        before.day, after.day
                                    ),
                                    after.date,
                                )
                            })
                    })
            }
            Rule::StillHigh(high) => rated
                .rfind(|(entry, value)| entry.day >= high.from_day && *value >= high.at_least)
                .map(|(entry, value)| {
                    Warning::from_ratings(
                        high.urgency,
                        &format!(
                            "{name} was {value} out of 10 on day {}. By day {} it is usually below {}.",
                            entry.day, high.from_day, high.at_least
                        ),
                        entry.date,
                    )
                }),
        };
        found.extend(warning);
    }
    // Every day each sign was ticked, in day order.
    let mut ticked: BTreeMap<&str, Vec<&Entry<'_>>> = BTreeMap::new();
    for entry in entries {
        for sign in &entry.check_in.signs {
            ticked.entry(sign.as_str()).or_default().push(entry);
        }
    }
    for sign in &settings.warning_signs {
        let Some(days) = ticked.get(sign.id.as_str()) else {
            continue;
        };
        let Some(latest) = days.last() else {
            continue;
        };
        let numbers: Vec<String> = days.iter().map(|entry| entry.day.to_string()).collect();
        let on_days = match numbers.split_last() {
            Some((last, earlier)) if !earlier.is_empty() => {
                format!("days {} and {last}", earlier.join(", "))
            }
            _ => format!("day {}", latest.day),
        };
        found.push(Warning {
            urgency: sign.urgency,
            reason: format!("On day {} you ticked: {}.", latest.day, sign.text),
            observed: format!("Ticked on {on_days}: {}.", sign.text),
            ticked: true,
            date: latest.date,
        });
    }
    // Most urgent first, then latest; on the same day a ticked sign before a rating rule.
    found.sort_by(|a, b| {
        b.urgency
            .cmp(&a.urgency)
            .then(b.date.cmp(&a.date))
            .then(b.ticked.cmp(&a.ticked))
    });
    found
}

/// The check-ins of the session `today` falls in, in day order, up to [`RULE_HORIZON_DAYS`].
pub fn current_entries<'a>(progress: &UserData, diary: &'a Diary, today: Date) -> Vec<Entry<'a>> {
    let Some(now) = day_in_plan(progress, today) else {
        return Vec::new();
    };
    let Some(session) = progress.session(now.session_id) else {
        return Vec::new();
    };
    diary
        .check_ins
        .range(session.date..=today)
        .filter_map(|(&date, check_in)| {
            let place = day_in_plan(progress, date)?;
            (place.session_id == now.session_id && place.day <= RULE_HORIZON_DAYS).then_some(
                Entry {
                    day: place.day,
                    date,
                    check_in,
                },
            )
        })
        .collect()
}

/// The warnings to show today: those of the current session's check-ins, during its check-in
/// period and for a week after it.
pub fn active_warnings(settings: &DiarySettings, progress: &UserData, today: Date) -> Vec<Warning> {
    let Some(now) = day_in_plan(progress, today) else {
        return Vec::new();
    };
    let shown_days = i32::try_from(settings.check_in_days)
        .unwrap_or(i32::MAX)
        .saturating_add(WARNINGS_SHOWN_AFTER_DAYS);
    if now.day > shown_days {
        return Vec::new();
    }
    session_warnings(settings, &current_entries(progress, &progress.diary, today))
}

/// Whether today's check-in is still to do: within the check-in period after a session, with
/// nothing recorded today yet.
pub fn check_in_due(settings: &DiarySettings, progress: &UserData, today: Date) -> bool {
    let in_period = day_in_plan(progress, today)
        .is_some_and(|now| u32::try_from(now.day).is_ok_and(|day| day <= settings.check_in_days));
    in_period && progress.diary.check_in(today).is_none()
}

#[cfg(test)]
mod tests;
