//! How a series of sessions is planned, as the guide sets it.

use serde::{Deserialize, Serialize};

/// How a series of sessions is planned.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PlanSettings {
    /// How many weeks apart sessions usually are.
    pub spacing_weeks: WeekRange,

    /// The id of the Aftercare section listing warning signs, shown in the Today panel after each
    /// session.
    pub warning_signs_section: String,

    /// For how many days after each session the Today panel shows the warning signs.
    pub warning_signs_days: u32,
}

/// A range of weeks, both ends included.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct WeekRange {
    /// The fewest weeks; closer sessions get a warning.
    pub min: u32,

    /// The most weeks; a new session is planned this far after the previous one.
    pub max: u32,
}
