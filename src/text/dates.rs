//! Every way the app writes a date or a time, in one place. The parts of a date are joined by
//! no-break spaces, so a date never breaks across two lines.

use jiff::civil::{Date, Time};

/// A no-break space: the parts of a date never go on different lines.
pub const NBSP: char = '\u{a0}';

/// "Mon 10 Nov", with the year when it is not `today`'s year.
pub fn day(date: Date, today: Date) -> String {
    if date.year() == today.year() {
        date.strftime("%a\u{a0}%-d\u{a0}%b").to_string()
    } else {
        weekday_date(date)
    }
}

/// "Mon 10 Nov – Mon 24 Nov", or one day when both ends are the same. The dash stays with the
/// first date, so a line breaks only after it.
pub fn range(first: Date, last: Date, today: Date) -> String {
    if first == last {
        day(first, today)
    } else {
        format!("{}{NBSP}– {}", day(first, today), day(last, today))
    }
}

/// "10 Nov", short, for an axis or a list of days.
pub fn short_day(date: Date) -> String {
    date.strftime("%-d\u{a0}%b").to_string()
}

/// "Wednesday 25 November", for headings.
pub fn long_day(date: Date) -> String {
    date.strftime("%A\u{a0}%-d\u{a0}%B").to_string()
}

/// "Tuesday 1 December 2026": a day in full, as a screen reader says it.
pub fn full_day(date: Date) -> String {
    date.strftime("%A %-d %B %Y").to_string()
}

/// "Thu 26 Nov 2026".
pub fn weekday_date(date: Date) -> String {
    date.strftime("%a\u{a0}%-d\u{a0}%b\u{a0}%Y").to_string()
}

/// "26 Nov 2026".
pub fn date(date: Date) -> String {
    date.strftime("%-d\u{a0}%b\u{a0}%Y").to_string()
}

/// "November 2026", for a month's heading.
pub fn month_year(date: Date) -> String {
    date.strftime("%B %Y").to_string()
}

/// "26 Nov 2026" with ordinary spaces, for a narrow column that may break it over two lines.
pub fn breakable_date(date: Date) -> String {
    date.strftime("%-d %b %Y").to_string()
}

/// "Nov 2026", short, for an axis.
pub fn short_month_year(date: Date) -> String {
    date.strftime("%b\u{a0}%Y").to_string()
}

/// "08:30", a time of day on the 24-hour clock.
pub fn time_of_day(time: Time) -> String {
    time.strftime("%H:%M").to_string()
}

/// "20261126T083000Z": a moment in UTC for a file name, sorting in time order.
pub fn file_stamp(moment: jiff::Timestamp) -> String {
    moment.strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    // Between two valid civil dates the span in days always exists.
    from.until((jiff::Unit::Day, to))
        .map_or(0, |span| i64::from(span.get_days()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date as d;

    #[test]
    fn a_date_in_another_year_names_its_year() {
        let today = d(2026, 11, 25);
        assert_eq!(day(d(2026, 11, 10), today), "Tue\u{a0}10\u{a0}Nov");
        assert_eq!(day(d(2027, 1, 4), today), "Mon\u{a0}4\u{a0}Jan\u{a0}2027");
    }

    #[test]
    fn a_range_of_one_day_is_that_day() {
        let today = d(2026, 11, 25);
        assert_eq!(range(today, today, today), day(today, today));
        assert!(range(today, d(2026, 11, 26), today).contains('–'));
    }

    #[test]
    fn days_between_is_signed_and_counts_calendar_days() {
        assert_eq!(days_between(d(2026, 12, 30), d(2027, 1, 2)), 3);
        assert_eq!(days_between(d(2027, 1, 2), d(2026, 12, 30)), -3);
        assert_eq!(days_between(d(2028, 2, 28), d(2028, 3, 1)), 2);
    }

    #[test]
    fn dates_show_the_year_only_when_it_is_not_this_year_and_never_break() {
        let today = d(2026, 11, 25);
        assert_eq!(day(d(2026, 11, 10), today), "Tue\u{a0}10\u{a0}Nov");
        assert_eq!(day(d(2027, 1, 4), today), "Mon\u{a0}4\u{a0}Jan\u{a0}2027");
        assert_eq!(
            range(d(2026, 11, 10), d(2026, 11, 24), today),
            "Tue\u{a0}10\u{a0}Nov\u{a0}– Tue\u{a0}24\u{a0}Nov"
        );
        assert_eq!(
            range(d(2026, 11, 10), d(2026, 11, 10), today),
            "Tue\u{a0}10\u{a0}Nov"
        );
        assert_eq!(short_day(d(2026, 12, 6)), "6\u{a0}Dec");
        assert_eq!(long_day(d(2026, 11, 25)), "Wednesday\u{a0}25\u{a0}November");
    }
}
