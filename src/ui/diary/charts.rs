//! The diary's charts: a daily rating by day since treatment, one line per session, over the
//! usual course; the monthly self-ratings on a timeline with the sessions marked. Each chart can
//! show as a table, and screen readers get the table's words as the chart's description.

use std::collections::BTreeMap;

use egui::Ui;
use egui_plot::{Legend, Line, Plot, PlotPoints, Polygon, VLine};

use crate::content::{Guide, MAX_RATING, Scale};
use crate::text::dates;
use crate::ui::heading_ui;
use crate::ui::style::{diary_colours, space};
use crate::user_data::UserData;
use crate::user_data::diary::day_in_plan;

/// The last day after a session a chart shows.
const MAX_CHART_DAY: i32 = 90;

/// The chart's choices.
#[derive(Default)]
pub(super) struct ChartState {
    /// The daily scale on show; the first when none is picked.
    scale: Option<String>,

    /// Show tables instead of charts.
    table: bool,
}

/// One session's ratings of a scale: (day since the session, rating), in day order.
type Series = BTreeMap<i32, u8>;

/// The ratings of `scale`, per session number.
pub fn daily_series(progress: &UserData, scale: &str) -> BTreeMap<usize, Series> {
    let mut series: BTreeMap<usize, Series> = BTreeMap::new();
    for (date, check_in) in &progress.diary.check_ins {
        let Some(value) = check_in.ratings.get(scale) else {
            continue;
        };
        let Some(place) = day_in_plan(progress, *date) else {
            continue;
        };
        if place.day <= MAX_CHART_DAY {
            series
                .entry(place.session_number)
                .or_default()
                .insert(place.day, *value);
        }
    }
    series
}

/// The chart's table as text, a line per day: "Day 3: session 1 4, session 2 6."
fn table_text(scale: &Scale, series: &BTreeMap<usize, Series>) -> String {
    let days: std::collections::BTreeSet<i32> =
        series.values().flat_map(|s| s.keys().copied()).collect();
    let mut text = format!(
        "{} (0 {} to {MAX_RATING} {}) by day since treatment.",
        scale.name, scale.low, scale.high
    );
    for day in days {
        let values: Vec<String> = series
            .iter()
            .filter_map(|(number, s)| Some(format!("session {number} {}", s.get(&day)?)))
            .collect();
        text.push_str(&format!(" Day {day}: {}.", values.join(", ")));
    }
    text
}

impl ChartState {
    pub(super) fn ui(&mut self, ui: &mut Ui, guide: &Guide, progress: &UserData) {
        let scales = &guide.diary.scales;
        let Some(first) = scales.first() else {
            ui.label("This guide defines no ratings to chart.");
            return;
        };
        let chosen = self
            .scale
            .as_deref()
            .and_then(|id| guide.diary.scale(id))
            .unwrap_or(first);
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("Rating:");
            egui::ComboBox::from_id_salt("diary-chart-scale")
                .selected_text(chosen.name.as_str())
                .show_ui(ui, |ui| {
                    for scale in scales {
                        if ui
                            .selectable_label(scale.id == chosen.id, scale.name.as_str())
                            .clicked()
                        {
                            self.scale = Some(scale.id.clone());
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            ui.checkbox(&mut self.table, "Show as table");
        });
        let series = daily_series(progress, &chosen.id);
        heading_ui(ui, &format!("{} by day since treatment", chosen.name), 2);
        if let Some(course) = &chosen.course {
            ui.label(course.as_str());
        }
        if series.is_empty() {
            ui.label("No check-ins with this rating yet.");
        } else if self.table {
            daily_table_ui(ui, chosen, &series);
        } else {
            daily_chart_ui(ui, guide, chosen, &series);
        }
        ui.add_space(space::SECTION);
        monthly_ui(ui, guide, progress, self.table);
    }
}

fn daily_chart_ui(ui: &mut Ui, guide: &Guide, scale: &Scale, series: &BTreeMap<usize, Series>) {
    let colours = diary_colours(ui.visuals().dark_mode);
    let last_day = series
        .values()
        .filter_map(|s| s.keys().next_back().copied())
        .max()
        .unwrap_or(0)
        .max(i32::try_from(guide.diary.check_in_days).unwrap_or(14));
    let response = Plot::new(("diary-chart", scale.id.as_str()))
        .height(240.0)
        .legend(Legend::default())
        .include_x(0.0)
        .include_x(f64::from(last_day))
        .include_y(0.0)
        .include_y(f64::from(MAX_RATING))
        .allow_scroll(false)
        .x_axis_label("Day since treatment")
        .y_axis_label(scale.name.as_str())
        .show(ui, |plot| {
            for band in &scale.usual {
                // Each day's band is a day wide, centred on the day, so neighbouring bands meet.
                let (from, to) = (f64::from(band.from_day) - 0.5, f64::from(band.to_day) + 0.5);
                let (low, high) = (f64::from(band.low), f64::from(band.high));
                plot.polygon(
                    Polygon::new(
                        "Usual course",
                        PlotPoints::from(vec![[from, low], [to, low], [to, high], [from, high]]),
                    )
                    .fill_color(colours.usual_band)
                    .width(0.0),
                );
            }
            for (index, (number, points)) in series.iter().enumerate() {
                let points: Vec<[f64; 2]> = points
                    .iter()
                    .map(|(day, value)| [f64::from(*day), f64::from(*value)])
                    .collect();
                let colour = colours.sessions[index % colours.sessions.len()];
                plot.line(
                    Line::new(format!("Session {number}"), PlotPoints::from(points))
                        .color(colour)
                        .width(2.0),
                );
            }
        })
        .response;
    let description = table_text(scale, series);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Figure);
        node.set_label(format!("Chart: {description}"));
    });
}

fn daily_table_ui(ui: &mut Ui, scale: &Scale, series: &BTreeMap<usize, Series>) {
    let days: std::collections::BTreeSet<i32> =
        series.values().flat_map(|s| s.keys().copied()).collect();
    egui::Grid::new(("diary-table", scale.id.as_str()))
        .striped(true)
        .show(ui, |ui| {
            ui.label(egui::RichText::new("Day").strong());
            ui.label(egui::RichText::new("Usual").strong());
            for number in series.keys() {
                ui.label(egui::RichText::new(format!("Session {number}")).strong());
            }
            ui.end_row();
            for day in days {
                ui.label(format!("Day {day}"));
                ui.label(
                    scale
                        .usual_on(day)
                        .map_or_else(String::new, |(low, high)| format!("{low}–{high}")),
                );
                for points in series.values() {
                    ui.label(points.get(&day).map_or_else(String::new, u8::to_string));
                }
                ui.end_row();
            }
        });
}

/// The monthly self-ratings on a timeline of days since the first one, with the sessions marked.
fn monthly_ui(ui: &mut Ui, guide: &Guide, progress: &UserData, table: bool) {
    let monthly = &progress.diary.monthly;
    if guide.diary.monthly.is_empty() {
        return;
    }
    heading_ui(ui, "Monthly self-ratings", 2);
    let Some(first) = monthly.keys().next().copied() else {
        ui.label("No monthly self-ratings yet.");
        return;
    };
    if table {
        egui::Grid::new("diary-monthly-table")
            .striped(true)
            .show(ui, |ui| {
                ui.label(egui::RichText::new("Month").strong());
                for scale in &guide.diary.monthly {
                    ui.label(egui::RichText::new(scale.name.as_str()).strong());
                }
                ui.end_row();
                for (month, ratings) in monthly {
                    ui.label(dates::month_year(*month));
                    for scale in &guide.diary.monthly {
                        ui.label(
                            ratings
                                .get(&scale.id)
                                .map_or_else(String::new, u8::to_string),
                        );
                    }
                    ui.end_row();
                }
            });
        return;
    }
    let colours = diary_colours(ui.visuals().dark_mode);
    // Months since the first rating: whole numbers are the months, fractions the days between.
    let month_number =
        |date: jiff::civil::Date| i32::from(date.year()) * 12 + i32::from(date.month());
    let x_of = move |date: jiff::civil::Date| {
        f64::from(month_number(date) - month_number(first))
            + f64::from(date.day() - 1) / f64::from(date.days_in_month())
    };
    let last_x = monthly.keys().next_back().map_or(0.0, |last| x_of(*last));
    let mut description = String::from("Monthly self-ratings.");
    for (month, ratings) in monthly {
        let values: Vec<String> = guide
            .diary
            .monthly
            .iter()
            .filter_map(|scale| Some(format!("{} {}", scale.name, ratings.get(&scale.id)?)))
            .collect();
        description.push_str(&format!(
            " {}: {}.",
            dates::month_year(*month),
            values.join(", ")
        ));
    }
    let response = Plot::new("diary-monthly-chart")
        .height(200.0)
        .legend(Legend::default())
        .include_y(0.0)
        .include_y(f64::from(MAX_RATING))
        .allow_scroll(false)
        .include_x(-0.5)
        .include_x(last_x + 0.5)
        .x_axis_formatter(move |mark, _| {
            let month = mark.value.round();
            if (mark.value - month).abs() > 1e-6 {
                return String::new();
            }
            first
                .checked_add(jiff::Span::new().months(month as i64))
                .map(dates::short_month_year)
                .unwrap_or_default()
        })
        .show(ui, |plot| {
            for (index, scale) in guide.diary.monthly.iter().enumerate() {
                let points: Vec<[f64; 2]> = monthly
                    .iter()
                    .filter_map(|(month, ratings)| {
                        Some([x_of(*month), f64::from(*ratings.get(&scale.id)?)])
                    })
                    .collect();
                plot.line(
                    Line::new(scale.name.as_str(), PlotPoints::from(points))
                        .color(colours.sessions[index % colours.sessions.len()])
                        .width(2.0),
                );
            }
            for (index, session) in progress.sessions.iter().enumerate() {
                plot.vline(
                    VLine::new(format!("Session {}", index + 1), x_of(session.date))
                        .color(colours.session_marker),
                );
            }
        })
        .response;
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Figure);
        node.set_label(format!("Chart: {description}"));
    });
}
