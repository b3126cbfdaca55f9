//! The series a report charts: each daily scale after the latest sessions, against its usual
//! course, and the monthly ratings over the period.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::{Period, session_entries};
use crate::content::DiarySettings;
use crate::output::report::{
    DailyChart, MAX_CHART_DAY, MAX_TABLE_SESSIONS, MonthlyChart, MonthlyLine, SessionLine,
};
use crate::user_data::{Session, UserData};

/// One chart per daily scale with any rating in the period, a line per charted session.
pub(super) fn daily_charts(
    settings: &DiarySettings,
    progress: &UserData,
    in_scope: &[(usize, &Session)],
    Period { from, to }: Period,
) -> Vec<DailyChart> {
    let last_check_in_day = i32::try_from(settings.check_in_days).unwrap_or(MAX_CHART_DAY);
    // The latest sessions only, as in the steps table: more lines than that cannot be told apart.
    let charted = &in_scope[in_scope.len().saturating_sub(MAX_TABLE_SESSIONS)..];
    settings
        .scales
        .iter()
        .filter_map(|scale| {
            let mut series: BTreeMap<usize, Vec<(i32, u8)>> = BTreeMap::new();
            for (number, session) in charted {
                let points: Vec<(i32, u8)> = session_entries(progress, session, from, to)
                    .iter()
                    .filter_map(|entry| Some((entry.day, *entry.check_in.ratings.get(&scale.id)?)))
                    .collect();
                if !points.is_empty() {
                    series.insert(*number, points);
                }
            }
            if series.is_empty() {
                return None;
            }
            let latest = series
                .values()
                .filter_map(|points| points.last().map(|(day, _)| *day))
                .max()
                .unwrap_or(0);
            let last_day = last_check_in_day.max(latest).min(MAX_CHART_DAY);
            let usual = (0..=last_day)
                .filter_map(|day| scale.usual_on(day).map(|(low, high)| (day, low, high)))
                .collect();
            let starts = charted
                .iter()
                .filter(|(number, _)| series.contains_key(number))
                .map(|(number, session)| (*number, session.date))
                .collect();
            Some(DailyChart {
                starts,
                name: scale.name.clone(),
                low: scale.low.clone(),
                high: scale.high.clone(),
                usual,
                series,
                last_day,
            })
        })
        .collect()
}

/// The monthly ratings of the period with the sessions held in it, or `None` when there are none.
pub(super) fn monthly_chart(
    settings: &DiarySettings,
    progress: &UserData,
    numbered: &[SessionLine],
    Period { from, to }: Period,
) -> Option<MonthlyChart> {
    let in_period = |date: Date| (from..=to).contains(&date);
    let monthly_lines: Vec<_> = settings
        .monthly
        .iter()
        .filter_map(|scale| {
            let points: Vec<(Date, u8)> = progress
                .diary
                .monthly
                .range(from.first_of_month()..=to)
                .filter_map(|(&month, ratings)| Some((month, *ratings.get(&scale.id)?)))
                .collect();
            (!points.is_empty()).then(|| MonthlyLine {
                name: scale.name.clone(),
                low: scale.low.clone(),
                high: scale.high.clone(),
                points,
            })
        })
        .collect();
    (!monthly_lines.is_empty()).then(|| MonthlyChart {
        lines: monthly_lines,
        sessions: numbered
            .iter()
            .filter(|session| in_period(session.date))
            .map(|session| (session.number, session.date))
            .collect(),
    })
}
