//! What "today" is: the system's clock, or a fixed day in tests.

use jiff::civil::Date;

use crate::content;

/// The app's clock.
#[derive(Clone, Copy, Debug)]
pub(super) struct Clock {
    /// A fixed "today" for tests; `None` reads the system clock.
    fixed_today: Option<Date>,
}

impl Clock {
    /// A clock fixed at `today`, or the system's when `None`.
    pub(super) fn new(fixed_today: Option<Date>) -> Self {
        Self { fixed_today }
    }

    /// The day the app treats as today.
    pub(super) fn today(self) -> Date {
        self.fixed_today.unwrap_or_else(content::today)
    }

    /// Whether the clock is fixed (tests): there is then no time of day to remind at.
    pub(super) fn is_fixed(self) -> bool {
        self.fixed_today.is_some()
    }

    /// Now, for exports: midnight UTC of a fixed day, or the system's time.
    pub(super) fn now(self) -> jiff::Zoned {
        match self.fixed_today {
            Some(today) => today
                .to_zoned(jiff::tz::TimeZone::UTC)
                .unwrap_or_else(|_| jiff::Zoned::now()),
            None => jiff::Zoned::now(),
        }
    }
}
