//! A plan's windows in words and its timeline's axis: "from 14 days before to the treatment
//! day", and which days a chart labels.

use crate::content::{ChecklistKind, Guide, Window};

/// A window in words, relative to the treatment day: "from 14 days before to the treatment day",
/// "on the treatment day", "from the day after to 7 days after".
pub fn describe_window(window: Window) -> String {
    let day = |day: i32| match day {
        0 => "the treatment day".to_owned(),
        -1 => "the day before".to_owned(),
        1 => "the day after".to_owned(),
        day if day < 0 => format!("{} days before", -day),
        day => format!("{day} days after"),
    };
    if window.from_day == window.to_day {
        format!("on {}", day(window.from_day))
    } else {
        format!("from {} to {}", day(window.from_day), day(window.to_day))
    }
}

/// The days to label on a timeline's axis for `span`: the treatment day, and every week (or
/// every two or four weeks for long spans) out from it, within the span. Sorted.
pub fn axis_days(span: Window) -> Vec<i32> {
    let length = (span.to_day - span.from_day).max(1);
    let step = match length {
        ..=42 => 7,
        43..=98 => 14,
        _ => 28,
    };
    let first = span.from_day.div_euclid(step) * step;
    let mut days: Vec<i32> = (0..)
        .map(|n| first + n * step)
        .skip_while(|day| *day < span.from_day)
        .take_while(|day| *day <= span.to_day)
        .collect();
    if !days.contains(&0) && (span.from_day..=span.to_day).contains(&0) {
        days.push(0);
        days.sort_unstable();
    }
    days
}

/// The days a timeline of `kind` covers: every item's window, and the treatment day.
pub fn list_span(guide: &Guide, kind: ChecklistKind) -> Window {
    guide.checklist(kind).items.iter().fold(
        Window {
            from_day: 0,
            to_day: 0,
        },
        |span, item| Window {
            from_day: span.from_day.min(item.window.from_day),
            to_day: span.to_day.max(item.window.to_day),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::plan::test_windows::{AFTER, BEFORE};

    #[test]
    fn windows_are_described_in_days_around_the_treatment() {
        assert_eq!(
            describe_window(BEFORE),
            "from 14 days before to the treatment day"
        );
        assert_eq!(
            describe_window(Window {
                from_day: -1,
                to_day: 1
            }),
            "from the day before to the day after"
        );
        assert_eq!(
            describe_window(Window {
                from_day: 0,
                to_day: 0
            }),
            "on the treatment day"
        );
        assert_eq!(
            describe_window(AFTER),
            "from the treatment day to 7 days after"
        );
    }

    #[test]
    fn the_axis_labels_the_treatment_day_and_whole_weeks() {
        let span = |from_day, to_day| Window { from_day, to_day };
        assert_eq!(axis_days(span(-14, 0)), [-14, -7, 0]);
        assert_eq!(axis_days(span(-28, 0)), [-28, -21, -14, -7, 0]);
        assert_eq!(axis_days(span(-3, 10)), [0, 7]);
        assert_eq!(axis_days(span(0, 42)), [0, 7, 14, 21, 28, 35, 42]);
        assert_eq!(axis_days(span(0, 90)), [0, 14, 28, 42, 56, 70, 84]);
        assert_eq!(
            axis_days(span(-200, 0)),
            [-196, -168, -140, -112, -84, -56, -28, 0]
        );
    }
}
