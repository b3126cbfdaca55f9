//! What "today" and "now" are: the system's clock, or a fixed moment in tests.

use jiff::civil::{Date, DateTime};

use crate::content;

/// The app's clock.
#[derive(Clone, Copy, Debug)]
pub(super) enum Clock {
    /// The system's clock.
    System,

    /// A fixed day with no time of day (tests): nothing is reminded at a time.
    Day(Date),

    /// A fixed moment (tests of the reminder).
    At(DateTime),
}

impl Clock {
    /// A clock fixed at `today`, or the system's when `None`.
    pub(super) fn new(fixed_today: Option<Date>) -> Self {
        fixed_today.map_or(Self::System, Self::Day)
    }

    /// The day the app treats as today.
    pub(super) fn today(self) -> Date {
        match self {
            Self::System => content::today(),
            Self::Day(day) => day,
            Self::At(moment) => moment.date(),
        }
    }

    /// The local date and time to remind by; `None` for a fixed day without a time.
    pub(super) fn local_now(self) -> Option<DateTime> {
        match self {
            Self::System => Some(jiff::Zoned::now().datetime()),
            Self::Day(_) => None,
            Self::At(moment) => Some(moment),
        }
    }

    /// Now, for exports: midnight UTC of a fixed day, or the system's time.
    pub(super) fn now(self) -> jiff::Zoned {
        let fixed = match self {
            Self::System => return jiff::Zoned::now(),
            Self::Day(day) => day.to_datetime(jiff::civil::Time::midnight()),
            Self::At(moment) => moment,
        };
        fixed
            .to_zoned(jiff::tz::TimeZone::UTC)
            .unwrap_or_else(|_| jiff::Zoned::now())
    }
}
