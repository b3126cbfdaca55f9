//! The rules for the diary settings: unique well-formed ids, words at both ends of each scale,
//! bands and rules that fit the scale and each other, a care card for every urgency used, and
//! citations of known sources.

use std::collections::BTreeSet;

use crate::content::locate::Anchor;
use crate::content::problem::Finding;
use crate::content::{DiarySettings, Guide, MAX_RATING, Rule, Scale, Urgency};

/// The furthest day after a session a band or rule may name.
const MAX_DIARY_DAY: i32 = 90;

/// Where the diary settings are in the file.
fn at() -> Anchor {
    Anchor::field("diary")
}

/// Checks the diary settings, pushing an error for each rule broken.
pub(super) fn check(guide: &Guide, out: &mut Vec<Finding>) {
    let diary = &guide.diary;
    let mut error = |anchor: Anchor, message: String| out.push(Finding::error(anchor, message));
    check_intro(diary, &mut error);
    let mut ids = BTreeSet::new();
    check_scales(diary, &mut ids, &mut error);
    check_warning_signs(diary, &mut ids, &mut error);
    check_rules(diary, &mut error);
    check_care_cards(guide, &mut error);
    check_photo_guide_and_sources(guide, &mut error);
}

/// The intro has words, and check-ins stop within [`MAX_DIARY_DAY`] days.
fn check_intro(diary: &DiarySettings, error: &mut impl FnMut(Anchor, String)) {
    if diary.intro.trim().is_empty() {
        error(
            at().then_field("intro"),
            "diary intro is empty; expected a sentence saying what the diary is for".to_owned(),
        );
    }
    if diary.check_in_days > MAX_DIARY_DAY as u32 {
        error(
            at().then_field("check_in_days"),
            format!(
                "diary check_in_days is {}; expected at most {MAX_DIARY_DAY}",
                diary.check_in_days
            ),
        );
    }
}

/// Each daily and monthly scale has a unique id, words at both ends, and well-formed bands.
fn check_scales<'a>(
    diary: &'a DiarySettings,
    ids: &mut BTreeSet<&'a str>,
    error: &mut impl FnMut(Anchor, String),
) {
    for (field, scales) in [("scales", &diary.scales), ("monthly", &diary.monthly)] {
        for scale in scales {
            let here = at().then_field(field).then_id(&scale.id);
            if !is_id(&scale.id) || !ids.insert(scale.id.as_str()) {
                error(
                    here.clone(),
                    format!(
                        "diary scale id {:?} is not valid or used twice; expected a unique id of lowercase letters, digits and dashes",
                        scale.id
                    ),
                );
            }
            for (what, text) in [
                ("name", &scale.name),
                ("low", &scale.low),
                ("high", &scale.high),
            ] {
                if text.trim().is_empty() {
                    error(
                        here.clone(),
                        format!(
                            "diary scale {:?}: {what} is empty; expected a word",
                            scale.id
                        ),
                    );
                }
            }
            check_bands(scale, here, error);
        }
    }
}

/// Each warning sign has a unique id and some text.
fn check_warning_signs<'a>(
    diary: &'a DiarySettings,
    ids: &mut BTreeSet<&'a str>,
    error: &mut impl FnMut(Anchor, String),
) {
    for sign in &diary.warning_signs {
        let here = at().then_field("warning_signs").then_id(&sign.id);
        if !is_id(&sign.id) || !ids.insert(sign.id.as_str()) {
            error(
                here.clone(),
                format!(
                    "diary warning sign id {:?} is not valid or used twice; expected a unique id of lowercase letters, digits and dashes",
                    sign.id
                ),
            );
        }
        if sign.text.trim().is_empty() {
            error(
                here,
                format!("diary warning sign {:?} has no text", sign.id),
            );
        }
    }
}

/// Each rule names a daily scale, with thresholds on the scale and days within
/// [`MAX_DIARY_DAY`]; a `StillHigh` rule must not fire on the usual course.
fn check_rules(diary: &DiarySettings, error: &mut impl FnMut(Anchor, String)) {
    for rule in &diary.rules {
        let here = at().then_field("rules").then_literal(rule.scale());
        let Some(scale) = diary.scale(rule.scale()) else {
            let known: Vec<&str> = diary.scales.iter().map(|s| s.id.as_str()).collect();
            error(
                here,
                format!(
                    "diary rule names the scale {:?}, which is not a daily scale; expected one of {known:?}",
                    rule.scale()
                ),
            );
            continue;
        };
        match rule {
            Rule::Rising(rising) => {
                if rising.by == 0 || rising.by > MAX_RATING {
                    error(
                        here,
                        format!(
                            "diary rule Rising on {:?}: by is {}; expected 1 to {MAX_RATING}",
                            rising.scale, rising.by
                        ),
                    );
                } else if !(0..=MAX_DIARY_DAY).contains(&rising.after_day) {
                    error(
                        here,
                        format!(
                            "diary rule Rising on {:?}: after_day is {}; expected 0 to {MAX_DIARY_DAY}",
                            rising.scale, rising.after_day
                        ),
                    );
                }
            }
            Rule::StillHigh(high) => {
                if high.at_least == 0 || high.at_least > MAX_RATING {
                    error(
                        here,
                        format!(
                            "diary rule StillHigh on {:?}: at_least is {}; expected 1 to {MAX_RATING}",
                            high.scale, high.at_least
                        ),
                    );
                } else if !(0..=MAX_DIARY_DAY).contains(&high.from_day) {
                    error(
                        here,
                        format!(
                            "diary rule StillHigh on {:?}: from_day is {}; expected 0 to {MAX_DIARY_DAY}",
                            high.scale, high.from_day
                        ),
                    );
                } else if let Some(band) = scale
                    .usual
                    .iter()
                    .find(|band| band.to_day >= high.from_day && band.high >= high.at_least)
                {
                    error(
                        here,
                        format!(
                            "diary rule StillHigh on {:?} warns at {} from day {}, but the usual course reaches {} on days {} to {}: the usual course would raise a warning",
                            high.scale,
                            high.at_least,
                            high.from_day,
                            band.high,
                            band.from_day,
                            band.to_day
                        ),
                    );
                }
            }
        }
    }
}

/// Every urgency the diary can warn with has a care card to show.
fn check_care_cards(guide: &Guide, error: &mut impl FnMut(Anchor, String)) {
    let diary = &guide.diary;
    let urgencies: BTreeSet<Urgency> = diary
        .rules
        .iter()
        .map(Rule::urgency)
        .chain(diary.warning_signs.iter().map(|sign| sign.urgency))
        .collect();
    for urgency in urgencies {
        if guide.care_card(urgency).is_none() {
            error(
                at(),
                format!(
                    "the diary can warn with urgency {urgency:?}, but the section {:?} (plan.warning_signs_section) has no care card of that urgency to show",
                    guide.plan.warning_signs_section
                ),
            );
        }
    }
}

/// The photo guide has no empty step, and the diary cites listed sources.
fn check_photo_guide_and_sources(guide: &Guide, error: &mut impl FnMut(Anchor, String)) {
    let diary = &guide.diary;
    for text in &diary.photo_guide {
        if text.trim().is_empty() {
            error(
                at().then_field("photo_guide"),
                "diary photo_guide has an empty step".to_owned(),
            );
        }
    }
    let known: BTreeSet<&str> = guide.sources.iter().map(|s| s.id.as_str()).collect();
    for citation in &diary.sources {
        if !known.contains(citation.id.as_str()) {
            error(
                at().then_field("sources").then_literal(&citation.id),
                format!(
                    "the diary cites {:?}, which is not in sources; expected the id of a listed source",
                    citation.id
                ),
            );
        }
    }
}

/// The bands of one scale: ordered days, low <= high <= [`MAX_RATING`], no overlaps.
fn check_bands(scale: &Scale, here: Anchor, error: &mut impl FnMut(Anchor, String)) {
    let mut last_day: Option<i32> = None;
    for band in &scale.usual {
        let at = here.clone().then_field("usual");
        if band.from_day > band.to_day || band.from_day < 0 || band.to_day > MAX_DIARY_DAY {
            error(
                at,
                format!(
                    "diary scale {:?}: a usual band runs from day {} to day {}; expected 0 <= from_day <= to_day <= {MAX_DIARY_DAY}",
                    scale.id, band.from_day, band.to_day
                ),
            );
        } else if band.low > band.high || band.high > MAX_RATING {
            error(
                at,
                format!(
                    "diary scale {:?}: the usual band for days {} to {} is {} to {}; expected low <= high <= {MAX_RATING}",
                    scale.id, band.from_day, band.to_day, band.low, band.high
                ),
            );
        } else if last_day.is_some_and(|last| band.from_day <= last) {
            error(
                at,
                format!(
                    "diary scale {:?}: the usual band from day {} overlaps or comes before the one before it; list bands in day order without overlaps",
                    scale.id, band.from_day
                ),
            );
        } else {
            last_day = Some(band.to_day);
        }
    }
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Guide {
        crate::content::parse(
            crate::content::EMBEDDED_CONTENT,
            jiff::civil::date(2026, 11, 26),
        )
        .unwrap()
        .0
    }

    #[test]
    fn the_shipped_diary_has_the_four_daily_scales_and_a_card_for_every_urgency_it_uses() {
        let guide = shipped();
        let ids: Vec<&str> = guide.diary.scales.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["redness", "swelling", "pain", "dryness"]);
        for rule in &guide.diary.rules {
            assert!(guide.care_card(rule.urgency()).is_some());
        }
        assert_eq!(
            guide.diary.scale("redness").unwrap().usual_on(0),
            Some((2, 8))
        );
    }

    #[test]
    fn a_still_high_rule_the_usual_course_would_trigger_is_an_error() {
        let text = crate::content::EMBEDDED_CONTENT.replace(
            "StillHigh((scale: \"redness\", from_day: 8, at_least: 4",
            "StillHigh((scale: \"redness\", from_day: 8, at_least: 2",
        );
        assert_ne!(text, crate::content::EMBEDDED_CONTENT);
        let Err(err) = crate::content::parse(&text, jiff::civil::date(2026, 11, 26)) else {
            panic!("the clash is found");
        };
        let message = format!("{err:?}");
        assert!(
            message.contains("the usual course would raise a warning"),
            "{message}"
        );
    }

    #[test]
    fn a_rule_on_an_unknown_scale_is_an_error() {
        let text = crate::content::EMBEDDED_CONTENT
            .replace("Rising((scale: \"pain\"", "Rising((scale: \"pian\"");
        assert_ne!(text, crate::content::EMBEDDED_CONTENT);
        let Err(err) = crate::content::parse(&text, jiff::civil::date(2026, 11, 26)) else {
            panic!("the unknown scale is found");
        };
        assert!(format!("{err:?}").contains("pian"), "{err:?}");
    }
}
