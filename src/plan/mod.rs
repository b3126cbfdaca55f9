//! The treatment plan in dates: when each checklist item applies for a session, its state against
//! today, where the person stands, and what is due today. Plain functions; no egui, no clock
//! (today is always passed in).

pub mod axis;
pub mod input;
pub mod sessions;
pub mod today;
pub mod window;

pub use axis::{axis_days, describe_window, list_span};
pub use input::{DateInputError, parse_date_input};
pub use sessions::{current_scope, default_session, spacing_warnings, suggested_session_date};
pub use today::{DueItem, due_today, in_warning_period, next_step, standing};
pub use window::{
    ItemState, RuleState, item_state, plan_span, rule_state, unconfirmed_tasks, window_dates,
};

/// The two windows the plan's tests use: two weeks before the treatment, and its first week.
#[cfg(test)]
mod test_windows {
    use crate::content::Window;

    pub(super) const BEFORE: Window = Window {
        from_day: -14,
        to_day: 0,
    };
    pub(super) const AFTER: Window = Window {
        from_day: 0,
        to_day: 7,
    };
}
