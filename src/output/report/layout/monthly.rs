//! The monthly self-ratings chart: one line per monthly scale over the period, with the sessions
//! marked.

use jiff::civil::Date;

use crate::output::report::layout::*;
use crate::text::dates;

impl Flow<'_> {
    pub(super) fn monthly(&mut self, monthly: &MonthlyChart) {
        self.heading("Monthly self-ratings", 150.0);
        let legend: Vec<(Colour, Marker, String)> = monthly
            .lines
            .iter()
            .enumerate()
            .map(|(index, line)| {
                let (colour, shape) = SERIES[index % SERIES.len()];
                let MonthlyLine {
                    name, low, high, ..
                } = line;
                (colour, shape, format!("{name} (0 {low} – 10 {high})"))
            })
            .collect();
        let intro = self.para(
            "Once a month the person rates their skin from 0 to 10; ratings before Session 1 are the baseline. Dashed lines mark the sessions (S1 is Session 1).",
            BODY,
            Weight::Regular,
            QUIET,
        );
        self.tree.push(intro);
        self.y += 3.0;
        self.legend(&legend);
        self.y += 4.0;
        let height = 130.0;
        self.ensure(height);
        let content = self.content(true);
        let plot = [MARGIN + 18.0, self.y + 8.0, self.width() - 30.0, 90.0];
        let first = monthly
            .lines
            .iter()
            .filter_map(|line| line.points.first().map(|(date, _)| *date))
            .chain(
                monthly
                    .sessions
                    .iter()
                    .map(|(_, date)| date.first_of_month()),
            )
            .min();
        let last = monthly
            .lines
            .iter()
            .filter_map(|line| line.points.last().map(|(date, _)| *date))
            .chain(monthly.sessions.iter().map(|(_, date)| *date))
            .max();
        let (Some(first), Some(last)) = (first, last) else {
            return;
        };
        let span = crate::text::dates::days_between(first, last).max(1) as f32;
        let x_of_date = |date: Date| {
            plot[0] + plot[2] * crate::text::dates::days_between(first, date) as f32 / span
        };
        let y_of = |value: f32| plot[1] + plot[3] * (1.0 - value / 10.0);
        let ticks = month_ticks(first, last);
        let tick_days: Vec<(f32, String)> = ticks
            .iter()
            .map(|(date, label)| {
                (
                    crate::text::dates::days_between(first, *date) as f32,
                    label.clone(),
                )
            })
            .collect();
        self.axes(
            plot,
            content,
            &tick_days,
            |day| plot[0] + plot[2] * day as f32 / span,
            "",
        );
        for (number, date) in &monthly.sessions {
            let x = x_of_date(*date);
            self.put(
                Mark::Path {
                    points: vec![(x, plot[1]), (x, plot[1] + plot[3])],
                    fill: None,
                    stroke: Some((QUIET, 0.6, Some([2.0, 2.0]))),
                },
                Some(content),
            );
            self.put(
                Mark::Text {
                    x: x + 2.0,
                    y: plot[1] + 6.0,
                    size: 6.5,
                    weight: Weight::Regular,
                    colour: QUIET,
                    text: format!("S{number}"),
                },
                Some(content),
            );
        }
        for (index, MonthlyLine { points, .. }) in monthly.lines.iter().enumerate() {
            let line: Vec<(f32, f32)> = points
                .iter()
                .map(|(date, value)| (x_of_date(*date), y_of(f32::from(*value))))
                .collect();
            self.series(line, SERIES[index % SERIES.len()], content);
        }
        let alt = format!(
            "Chart of the monthly self-ratings from 0 to 10. {}",
            monthly
                .lines
                .iter()
                .map(|MonthlyLine { name, points, .. }| format!(
                    "{name}: {}.",
                    points
                        .iter()
                        .map(|(date, value)| format!("{} {value}", dates::short_month_year(*date)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .collect::<Vec<_>>()
                .join(" ")
        );
        self.tree
            .push(Elem::new(Kind::Figure(alt), vec![Child::Content(content)]));
        self.y += height;
    }
}

/// Month ticks from `first` to `last`: every month, or every few when there are many.
fn month_ticks(first: Date, last: Date) -> Vec<(Date, String)> {
    let mut months = Vec::new();
    let mut month = first.first_of_month();
    while month <= last && months.len() < 1200 {
        months.push(month);
        month = month.saturating_add(jiff::Span::new().months(1));
    }
    let step = months.len().div_ceil(8).max(1);
    months
        .into_iter()
        .step_by(step)
        .map(|month| (month, dates::short_month_year(month)))
        .collect()
}
