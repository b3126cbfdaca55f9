//! What the recovery diary asks and when it warns: the rating scales with their usual course
//! after a session, the warning signs a person can tick, the rules that raise a care card, and
//! the guide to taking comparable photos. No egui.

use serde::{Deserialize, Serialize};

use super::{Block, CareCard, Citation, Evidence, Guide, Urgency};

/// The highest rating on every scale; the lowest is 0.
pub const MAX_RATING: u8 = 10;

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
