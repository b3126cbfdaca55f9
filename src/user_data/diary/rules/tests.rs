//! Tests of the diary's warnings: rising ratings, ticked signs, and which check-ins count.

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
    let mut progress = UserData::default();
    progress.add_session(date(2026, 12, 1));
    assert!(!check_in_due(&settings, &progress, date(2026, 11, 30)));
    assert!(check_in_due(&settings, &progress, date(2026, 12, 4)));
    assert!(!check_in_due(&settings, &progress, date(2026, 12, 16)));
    progress
        .diary
        .set_check_in(date(2026, 12, 4), check_in(&[("redness", 2)]));
    assert!(!check_in_due(&settings, &progress, date(2026, 12, 4)));
}
