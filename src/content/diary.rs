//! What the recovery diary asks and when it warns: the rating scales with their usual course
//! after a session, the warning signs a person can tick, the rules that raise a care card, and
//! the guide to taking comparable photos. With the rules `check` applies to them. No egui.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::content::load::Severity;
use crate::content::locate::Anchor;
use crate::content::validate::Finding;
use crate::content::{Block, CareCard, Citation, Evidence, Guide, Urgency};

/// The highest rating on every scale; the lowest is 0.
pub const MAX_RATING: u8 = 10;

/// The furthest day after a session a band or rule may name.
const MAX_DIARY_DAY: i32 = 90;

/// The diary's settings, under `diary:` in `content.ron`.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DiarySettings {
    /// A short paragraph at the top of the Diary tab.
    pub intro: String,

    /// How many days after each session (the session's day is day 0) the daily check-in is
    /// asked for in the Today panel.
    pub check_in_days: u32,

    /// The daily ratings, each 0 to [`MAX_RATING`], in the order the check-in asks them.
    pub scales: Vec<Scale>,

    /// The monthly self-ratings across the whole course, each 0 to [`MAX_RATING`].
    pub monthly: Vec<Scale>,

    /// The warning signs a check-in offers to tick; ticking one raises its care card.
    pub warning_signs: Vec<DiarySign>,

    /// When the ratings themselves mean healing looks wrong.
    pub rules: Vec<Rule>,

    /// How to take photos that can be compared, one step per entry.
    pub photo_guide: Vec<String>,

    /// How strong the evidence behind the usual course and the rules is.
    pub evidence: Evidence,

    /// The sources the scales, their usual course and the rules rest on.
    #[serde(default)]
    pub sources: Vec<Citation>,
}

/// One rating scale, 0 to [`MAX_RATING`].
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Stable id, under which ratings are stored: changing it hides the person's ratings.
    pub id: String,

    /// The name on the slider and the chart, e.g. "Redness".
    pub name: String,

    /// The word at 0, e.g. "none".
    pub low: String,

    /// The word at the top, e.g. "worst".
    pub high: String,

    /// The usual course in words, e.g. "usually strongest in the first two days".
    #[serde(default)]
    pub course: Option<String>,

    /// The usual range of ratings by day after a session, shaded behind the chart.
    #[serde(default)]
    pub usual: Vec<UsualBand>,
}

/// The usual range of a rating over some days after a session, both ends included.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct UsualBand {
    /// The first day (0 is the session's day).
    pub from_day: i32,

    /// The last day, included.
    pub to_day: i32,

    /// The lowest usual rating.
    pub low: u8,

    /// The highest usual rating.
    pub high: u8,
}

/// A warning sign a check-in offers to tick.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DiarySign {
    /// Stable id, under which ticks are stored.
    pub id: String,

    /// The sign in plain words.
    pub text: String,

    /// Which care card ticking it raises.
    pub urgency: Urgency,
}

/// A rule about ratings that raises a care card.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub enum Rule {
    /// A rating that rises by at least `by` from one check-in to the next, where the later
    /// check-in is after `after_day`.
    Rising(RisingRule),

    /// A rating still at `at_least` or more on `from_day` or later.
    StillHigh(StillHighRule),
}

/// See [`Rule::Rising`].
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RisingRule {
    /// The id of a daily [`Scale`].
    pub scale: String,

    /// Rises up to and including this day are the usual start of healing.
    pub after_day: i32,

    /// The smallest rise that counts.
    pub by: u8,

    /// Which care card it raises.
    pub urgency: Urgency,
}

/// See [`Rule::StillHigh`].
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StillHighRule {
    /// The id of a daily [`Scale`].
    pub scale: String,

    /// From this day on, a rating at `at_least` is no longer usual.
    pub from_day: i32,

    /// The lowest rating that counts.
    pub at_least: u8,

    /// Which care card it raises.
    pub urgency: Urgency,
}

impl Rule {
    /// The scale the rule watches.
    pub fn scale(&self) -> &str {
        match self {
            Self::Rising(rule) => &rule.scale,
            Self::StillHigh(rule) => &rule.scale,
        }
    }

    /// The care card it raises.
    pub fn urgency(&self) -> Urgency {
        match self {
            Self::Rising(rule) => rule.urgency,
            Self::StillHigh(rule) => rule.urgency,
        }
    }
}

impl Default for DiarySettings {
    /// No scales, signs or rules: a guide without a `diary:` keeps a diary of notes and photos.
    fn default() -> Self {
        Self {
            intro: "Keep a note of how your skin heals after each session.".to_owned(),
            check_in_days: 14,
            scales: Vec::new(),
            monthly: Vec::new(),
            warning_signs: Vec::new(),
            rules: Vec::new(),
            photo_guide: Vec::new(),
            evidence: Evidence::ExpertAdvice,
            sources: Vec::new(),
        }
    }
}

impl DiarySettings {
    /// The daily scale with this id.
    pub fn scale(&self, id: &str) -> Option<&Scale> {
        self.scales.iter().find(|scale| scale.id == id)
    }

    /// The warning sign with this id.
    pub fn sign(&self, id: &str) -> Option<&DiarySign> {
        self.warning_signs.iter().find(|sign| sign.id == id)
    }

    /// Every text of the diary a person reads.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let scales = self.scales.iter().chain(&self.monthly).flat_map(|scale| {
            [scale.name.as_str(), scale.low.as_str(), scale.high.as_str()]
                .into_iter()
                .chain(scale.course.as_deref())
        });
        std::iter::once(self.intro.as_str())
            .chain(scales)
            .chain(self.warning_signs.iter().map(|sign| sign.text.as_str()))
            .chain(self.photo_guide.iter().map(String::as_str))
    }
}

impl Scale {
    /// The usual range on `day` after a session, if the content gives one.
    pub fn usual_on(&self, day: i32) -> Option<(u8, u8)> {
        self.usual
            .iter()
            .find(|band| (band.from_day..=band.to_day).contains(&day))
            .map(|band| (band.low, band.high))
    }
}

impl Guide {
    /// The care card of the warning-signs section (`plan.warning_signs_section`) for `urgency`.
    pub fn care_card(&self, urgency: Urgency) -> Option<&CareCard> {
        self.section(&self.plan.warning_signs_section)?
            .body
            .iter()
            .find_map(|block| match block {
                Block::CareCard(card) if card.urgency == urgency => Some(card),
                _ => None,
            })
    }
}

/// The rules for the diary settings: unique well-formed ids, words at both ends of each scale,
/// bands and rules that fit the scale and each other, a care card for every urgency used, and
/// citations of known sources.
pub(super) fn check(guide: &Guide, out: &mut Vec<Finding>) {
    let diary = &guide.diary;
    let at = || Anchor::field("diary");
    let mut error = |anchor: Anchor, message: String| {
        out.push(Finding {
            severity: Severity::Error,
            anchor,
            message,
            hint: None,
        });
    };
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
    let mut ids = BTreeSet::new();
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
            check_bands(scale, here, &mut error);
        }
    }
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
