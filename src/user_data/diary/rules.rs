//! When the diary warns: the content's rules applied to a session's check-ins, each warning with
//! its care card's urgency and the reason in plain words. Never a diagnosis: the reason says what
//! the person recorded, the care card says whom to contact and how soon. No egui.

use std::collections::BTreeMap;

use jiff::civil::Date;

use crate::content::{DiarySettings, Rule, Urgency};
use crate::user_data::Progress;
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
            observed: crate::plan::capitalised(what),
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
pub fn current_entries<'a>(progress: &Progress, diary: &'a Diary, today: Date) -> Vec<Entry<'a>> {
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
pub fn active_warnings(settings: &DiarySettings, progress: &Progress, today: Date) -> Vec<Warning> {
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
pub fn check_in_due(settings: &DiarySettings, progress: &Progress, today: Date) -> bool {
    let in_period = day_in_plan(progress, today)
        .is_some_and(|now| u32::try_from(now.day).is_ok_and(|day| day <= settings.check_in_days));
    in_period && progress.diary.check_in(today).is_none()
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;
    use proptest::prelude::*;

    use super::*;
    use crate::content::{EMBEDDED_CONTENT, parse};

    fn settings() -> DiarySettings {
        parse(EMBEDDED_CONTENT, date(2026, 11, 26)).unwrap().0.diary
    }

    #[test]
    fn a_sign_ticked_on_several_days_is_one_warning_naming_every_day_for_the_clinic() {
        let settings = settings();
        let sign = &settings.warning_signs[0];
        let mut check_in = CheckIn::default();
        check_in.signs.insert(sign.id.clone());
        let entries: Vec<Entry<'_>> = [(1, 25), (2, 26), (4, 28)]
            .into_iter()
            .map(|(day, date_day)| Entry {
                day,
                date: date(2026, 11, date_day),
                check_in: &check_in,
            })
            .collect();
        let warnings = session_warnings(&settings, &entries);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let warning = &warnings[0];
        assert!(warning.ticked);
        assert_eq!(warning.date, date(2026, 11, 28), "dated by the latest tick");
        assert_eq!(
            warning.reason,
            format!("On day 4 you ticked: {}.", sign.text)
        );
        assert_eq!(
            warning.observed,
            format!("Ticked on days 1, 2 and 4: {}.", sign.text)
        );
    }

    fn check_in(pairs: &[(&str, u8)]) -> CheckIn {
        CheckIn {
            ratings: pairs.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect(),
            ..CheckIn::default()
        }
    }

    fn entries(check_ins: &[CheckIn]) -> Vec<Entry<'_>> {
        check_ins
            .iter()
            .enumerate()
            .map(|(day, check_in)| Entry {
                day: day as i32,
                date: date(2026, 12, 1) + jiff::Span::new().days(day as i64),
                check_in,
            })
            .collect()
    }

    #[test]
    fn a_rise_after_day_three_is_explained_in_plain_words() {
        let settings = settings();
        let days: Vec<CheckIn> = [6, 5, 4, 3, 6]
            .into_iter()
            .map(|v| check_in(&[("redness", v)]))
            .collect();
        let warnings = session_warnings(&settings, &entries(&days));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].urgency, Urgency::SameDay);
        assert!(
            warnings[0]
                .reason
                .starts_with("Your redness went from 3 to 6 between day 3 and day 4."),
            "{}",
            warnings[0].reason
        );
    }

    #[test]
    fn a_rise_in_the_first_days_is_usual() {
        let days: Vec<CheckIn> = [2, 6, 3]
            .into_iter()
            .map(|v| check_in(&[("redness", v)]))
            .collect();
        assert!(session_warnings(&settings(), &entries(&days)).is_empty());
    }

    #[test]
    fn a_ticked_sign_raises_its_own_care_card() {
        let settings = settings();
        let mut day = CheckIn::default();
        day.signs.insert("sign-face-swelling".to_owned());
        let days = [day];
        let warnings = session_warnings(&settings, &entries(&days));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].urgency, Urgency::Emergency);
        assert!(
            warnings[0]
                .reason
                .starts_with("On day 0 you ticked: Sudden swelling")
        );
    }

    /// A course of one scale that follows the content: inside its usual band every day, and
    /// never rising after the first days.
    fn usual_course(settings: &DiarySettings, scale: &str, picks: &[f64]) -> Vec<u8> {
        let scale = settings.scale(scale).unwrap();
        let mut values: Vec<u8> = Vec::new();
        for (day, pick) in picks.iter().enumerate() {
            let (low, high) = scale.usual_on(day as i32).unwrap();
            let mut value = low + ((f64::from(high - low)) * pick).round() as u8;
            if day > 2
                && let Some(&previous) = values.last()
            {
                value = value.min(previous).max(low);
            }
            values.push(value);
        }
        values
    }

    proptest! {
        #[test]
        fn the_usual_course_raises_no_warning(
            picks in proptest::collection::vec(
                proptest::collection::vec(0.0f64..=1.0, 15), 4),
        ) {
            let settings = settings();
            let ids: Vec<String> = settings.scales.iter().map(|s| s.id.clone()).collect();
            let courses: Vec<Vec<u8>> = ids
                .iter()
                .zip(&picks)
                .map(|(id, picks)| usual_course(&settings, id, picks))
                .collect();
            let days: Vec<CheckIn> = (0..15)
                .map(|day| CheckIn {
                    ratings: ids
                        .iter()
                        .zip(&courses)
                        .map(|(id, course)| (id.clone(), course[day]))
                        .collect(),
                    ..CheckIn::default()
                })
                .collect();
            let warnings = session_warnings(&settings, &entries(&days));
            prop_assert!(warnings.is_empty(), "{:?} from {:?}", warnings, courses);
        }

        #[test]
        fn each_rule_warns_on_its_trigger(rule_index in 0usize..5, extra in 0u8..3, start in 0u8..4) {
            let settings = settings();
            let rule = &settings.rules[rule_index % settings.rules.len()];
            let days: Vec<CheckIn> = match rule {
                Rule::Rising(rising) => {
                    // Level until after `after_day`, then one rise of at least `by`.
                    let day_of_rise = (rising.after_day + 1) as usize;
                    (0..=day_of_rise)
                        .map(|day| {
                            let value = if day == day_of_rise { start + rising.by + extra } else { start };
                            check_in(&[(rising.scale.as_str(), value.min(10))])
                        })
                        .collect()
                }
                Rule::StillHigh(high) => (0..=high.from_day as usize)
                    .map(|_| check_in(&[(high.scale.as_str(), (high.at_least + extra).min(10))]))
                    .collect(),
            };
            let warnings = session_warnings(&settings, &entries(&days));
            prop_assert!(
                warnings.iter().any(|w| w.urgency == rule.urgency()
                    && w.reason.to_lowercase().contains(&settings.scale(rule.scale()).unwrap().name.to_lowercase())),
                "{:?} gave {:?}", rule, warnings
            );
        }

        #[test]
        fn each_warning_sign_warns_when_ticked(index in 0usize..6) {
            let settings = settings();
            let sign = &settings.warning_signs[index % settings.warning_signs.len()];
            let mut day = CheckIn::default();
            day.signs.insert(sign.id.clone());
            let days = [day];
            let warnings = session_warnings(&settings, &entries(&days));
            prop_assert_eq!(warnings.len(), 1);
            prop_assert_eq!(warnings[0].urgency, sign.urgency);
        }
    }

    #[test]
    fn today_s_check_in_is_due_in_the_two_weeks_after_a_session_until_done() {
        let settings = settings();
        let mut progress = Progress::default();
        progress.add_session(date(2026, 12, 1));
        assert!(!check_in_due(&settings, &progress, date(2026, 11, 30)));
        assert!(check_in_due(&settings, &progress, date(2026, 12, 4)));
        assert!(!check_in_due(&settings, &progress, date(2026, 12, 16)));
        progress
            .diary
            .set_check_in(date(2026, 12, 4), check_in(&[("redness", 2)]));
        assert!(!check_in_due(&settings, &progress, date(2026, 12, 4)));
    }
}
