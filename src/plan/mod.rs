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
