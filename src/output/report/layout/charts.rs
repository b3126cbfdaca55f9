//! The report's charts: the daily ratings by day since each session over the usual course, the
//! monthly self-ratings over the months, and the legend that tells their lines apart.

use jiff::civil::Date;

use crate::output::report::layout::*;

impl Flow<'_> {
    pub(super) fn charts(&mut self, report: &Report) {
        self.heading("Daily check-in ratings", 170.0);
        if report.charts.is_empty() {
            let para = self.para(
                "No daily ratings were recorded in this period.",
                BODY,
                Weight::Regular,
                TEXT,
            );
            self.tree.push(para);
            return;
        }
        let numbers: std::collections::BTreeSet<usize> = report
            .charts
            .iter()
            .flat_map(|chart| chart.series.keys().copied())
            .collect();
        let legend: Vec<(Colour, Marker, String)> = numbers
            .iter()
            .map(|number| {
                let date = report
                    .steps
                    .sessions
                    .iter()
                    .chain(&report.sessions)
                    .find(|session| session.number == *number)
                    .map(|session| format!(", {}", long_date(session.date)))
                    .unwrap_or_default();
                let (colour, shape) = series_style(*number);
                (colour, shape, format!("Session {number}{date}"))
            })
            .collect();
        let mut intro = "The person's own ratings from 0 to 10 by day since each session, one line per session. Shaded: up to the highest rating usually expected on each day (the guide's estimate from its sources' descriptions, not a validated norm).".to_owned();
        if report.steps.sessions_left_out > 0 {
            intro.push_str(&format!(
                " Only the latest {} sessions of the period are charted.",
                report.steps.sessions.len()
            ));
        }
        let intro = self.para(&intro, BODY, Weight::Regular, QUIET);
        self.tree.push(intro);
        self.y += 3.0;
        self.legend(&legend);
        self.y += 4.0;
        let gap = 16.0;
        let cell = (self.width() - gap) / 2.0;
        let height = 150.0;
        for pair in report.charts.chunks(2) {
            self.ensure(height);
            let top = self.y;
            for (column, chart) in pair.iter().enumerate() {
                let left = MARGIN + column as f32 * (cell + gap);
                let figure = self.daily_chart(chart, [left, top, cell, height]);
                self.tree.push(figure);
            }
            self.y = top + height + 6.0;
        }
    }

    /// A key to the lines of the charts below: each entry a short line with its marker, then its
    /// name; the names are one paragraph, the samples decoration.
    fn legend(&mut self, entries: &[(Colour, Marker, String)]) {
        let line_height = BODY * LEADING;
        let right = MARGIN + self.width();
        let mut x = MARGIN;
        self.ensure(line_height);
        let mut children = Vec::new();
        for (colour, shape, name) in entries {
            let text_width = self.fonts.width(name, Weight::Regular, BODY);
            let width = 22.0 + text_width;
            if x > MARGIN && x + width > right {
                x = MARGIN;
                self.y += line_height;
                self.ensure(line_height);
            }
            let middle = self.y + BODY * 0.62;
            self.put(
                Mark::Path {
                    points: vec![(x, middle), (x + 16.0, middle)],
                    fill: None,
                    stroke: Some((*colour, 1.2, None)),
                },
                None,
            );
            self.put(
                Mark::Marker {
                    at: (x + 8.0, middle),
                    shape: *shape,
                    colour: *colour,
                },
                None,
            );
            let content = self.content(false);
            self.put(
                Mark::Text {
                    x: x + 21.0,
                    y: self.y + BODY,
                    size: BODY,
                    weight: Weight::Regular,
                    colour: TEXT,
                    text: name.clone(),
                },
                Some(content),
            );
            children.push(Child::Content(content));
            x += width + 16.0;
        }
        self.y += line_height;
        self.tree.push(Elem::new(Kind::Para, children));
    }

    /// One daily chart in `rect`, as a figure with its caption.
    fn daily_chart(&mut self, chart: &DailyChart, rect: [f32; 4]) -> Elem {
        let content = self.content(true);
        let [left, top, width, _] = rect;
        self.put(
            Mark::Text {
                x: left,
                y: top + 10.0,
                size: 9.5,
                weight: Weight::Bold,
                colour: TEXT,
                text: format!("{} (0 {} – 10 {})", chart.name, chart.low, chart.high),
            },
            Some(content),
        );
        let plot = [left + 18.0, top + 22.0, width - 24.0, 88.0];
        let last_day = chart.last_day.max(1);
        let x_of = |day: i32| plot[0] + plot[2] * day as f32 / last_day as f32;
        let y_of = |value: f32| plot[1] + plot[3] * (1.0 - value / 10.0);
        // The usual band, from 0: a low rating is never a concern, so its floor is not drawn.
        if !chart.usual.is_empty() {
            let mut points: Vec<(f32, f32)> = chart
                .usual
                .iter()
                .map(|(day, _, high)| (x_of(*day), y_of(f32::from(*high))))
                .collect();
            points.extend(
                chart
                    .usual
                    .iter()
                    .rev()
                    .map(|(day, _, _)| (x_of(*day), y_of(0.0))),
            );
            self.put(
                Mark::Path {
                    points,
                    fill: Some(BAND),
                    stroke: None,
                },
                Some(content),
            );
        }
        self.axes(
            plot,
            content,
            &day_ticks(last_day),
            x_of,
            "days since the session",
        );
        // Sessions with the same ratings would hide each other: each line is set a little to the
        // side of its day (an eighth of a day per session; the alternative text has the values).
        let count = chart.series.len() as f32;
        let day_width = plot[2] / last_day as f32;
        for (rank, (number, points)) in chart.series.iter().enumerate() {
            let style = series_style(*number);
            let shift = (rank as f32 - (count - 1.0) / 2.0) * day_width * 0.125;
            let line: Vec<(f32, f32)> = points
                .iter()
                .map(|(day, value)| (x_of(*day) + shift, y_of(f32::from(*value))))
                .collect();
            self.series(line, style, content);
        }
        // What stands out, in words under the chart.
        let above: Vec<String> = chart
            .series
            .iter()
            .flat_map(|(number, points)| {
                points.iter().filter_map(move |(day, value)| {
                    let (_, _, high) = chart.usual.iter().find(|(d, _, _)| d == day)?;
                    let date = chart
                        .starts
                        .get(number)
                        .map(|start| {
                            format!(
                                ", {}",
                                start
                                    .saturating_add(jiff::Span::new().days(i64::from(*day)))
                                    .strftime("%-d\u{a0}%b")
                            )
                        })
                        .unwrap_or_default();
                    (value > high).then(|| {
                        format!("Session {number} day {day}{date}: {value} (usually up to {high})")
                    })
                })
            })
            .collect();
        let caption_text = if above.is_empty() {
            "Within the usual range on every day rated.".to_owned()
        } else {
            format!("Above the usual range: {}.", abbreviate(&above, 4))
        };
        let saved = self.y;
        self.y = plot[1] + plot[3] + 22.0;
        let caption = self.text(&caption_text, left, width, 7.5, Weight::Regular, QUIET);
        self.y = saved;
        let alt = format!(
            "Chart of {} from 0 ({}) to 10 ({}) by day since the session, with the usual range shaded. {} {}",
            chart.name.to_lowercase(),
            chart.low,
            chart.high,
            chart
                .series
                .iter()
                .map(|(number, points)| format!(
                    "Session {number}: {}.",
                    points
                        .iter()
                        .map(|(day, value)| format!("day {day} {value}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
                .collect::<Vec<_>>()
                .join(" "),
            caption_text
        );
        Elem::new(
            Kind::Figure(alt),
            vec![
                Child::Content(content),
                Elem::new(Kind::Caption, caption).child(),
            ],
        )
    }

    /// One line of a chart through `points`, with a marker on each.
    fn series(
        &mut self,
        points: Vec<(f32, f32)>,
        (colour, shape): (Colour, Marker),
        content: usize,
    ) {
        if points.len() > 1 {
            self.put(
                Mark::Path {
                    points: points.clone(),
                    fill: None,
                    stroke: Some((colour, 1.2, None)),
                },
                Some(content),
            );
        }
        for at in points {
            self.put(Mark::Marker { at, shape, colour }, Some(content));
        }
    }

    /// Grid, y labels 0/5/10, and x ticks with labels and a title, for a chart's `plot` box.
    fn axes(
        &mut self,
        plot: [f32; 4],
        content: usize,
        ticks: &[(f32, String)],
        x_of: impl Fn(i32) -> f32,
        title: &str,
    ) {
        let [left, top, width, height] = plot;
        for value in [0.0_f32, 5.0, 10.0] {
            let y = top + height * (1.0 - value / 10.0);
            self.put(
                Mark::Path {
                    points: vec![(left, y), (left + width, y)],
                    fill: None,
                    stroke: Some((if value == 0.0 { QUIET } else { LINE }, 0.5, None)),
                },
                Some(content),
            );
            let label = format!("{value}");
            let label_width = self.fonts.width(&label, Weight::Regular, SMALL);
            self.put(
                Mark::Text {
                    x: left - 4.0 - label_width,
                    y: y + 2.8,
                    size: SMALL,
                    weight: Weight::Regular,
                    colour: QUIET,
                    text: label,
                },
                Some(content),
            );
        }
        for (index, (at, label)) in ticks.iter().enumerate() {
            let x = x_of(*at as i32);
            let label_width = self.fonts.width(label, Weight::Regular, SMALL);
            // The first label starts at the axis, clear of the "0" beside it.
            let x = if index == 0 {
                left
            } else {
                (x - label_width / 2.0).min(left + width - label_width)
            };
            self.put(
                Mark::Text {
                    x,
                    y: top + height + 9.0,
                    size: SMALL,
                    weight: Weight::Regular,
                    colour: QUIET,
                    text: label.clone(),
                },
                Some(content),
            );
        }
        if title.is_empty() {
            return;
        }
        let title_width = self.fonts.width(title, Weight::Regular, 7.5);
        self.put(
            Mark::Text {
                x: left + (width - title_width) / 2.0,
                y: top + height + 18.0,
                size: 7.5,
                weight: Weight::Regular,
                colour: QUIET,
                text: title.to_owned(),
            },
            Some(content),
        );
    }

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
                        .map(|(date, value)| format!("{} {value}", month_label(*date)))
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

/// Session `number`'s style.
fn series_style(number: usize) -> (Colour, Marker) {
    SERIES[number.saturating_sub(1) % SERIES.len()]
}

/// Ticks on a day axis up to `last_day`: every week, or every four weeks on a long axis.
fn day_ticks(last_day: i32) -> Vec<(f32, String)> {
    let step = if last_day > 35 { 28 } else { 7 };
    (0..=last_day)
        .step_by(step)
        .map(|day| {
            // "day 0" at the corner, so it does not read as one number with the "0" beside it.
            let label = if day == 0 {
                "day 0".to_owned()
            } else {
                day.to_string()
            };
            (day as f32, label)
        })
        .collect()
}

/// "Mar 2026".
fn month_label(date: Date) -> String {
    date.strftime("%b\u{a0}%Y").to_string()
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
        .map(|month| (month, month_label(month)))
        .collect()
}

/// The first `most` of `items`, and how many more.
fn abbreviate(items: &[String], most: usize) -> String {
    if items.len() <= most {
        return items.join(", ");
    }
    format!(
        "{} and {} more",
        items[..most].join(", "),
        items.len() - most
    )
}
