//! A month calendar in a popover, for picking a treatment date: ‹ › between months, weekdays from
//! Monday, today ringed, the chosen day filled with the selection colour. A click picks a day
//! and closes it; Escape or a click outside closes it; the arrow keys move between days.

use egui::accesskit::Role;
use egui::{Align2, Key, Sense, Stroke, Ui, vec2};
use jiff::ToSpan as _;
use jiff::civil::Date;

use crate::text::dates;
use crate::ui::style::{calendar_selected, calendar_today_ring, space};

/// What the calendar remembers between frames while it is open: the month in view, and the day
/// the keyboard is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Shown {
    month: Date,
    focus: Date,
    /// Just opened: the focus day takes the keyboard, so the arrow keys work at once.
    focus_pending: bool,
}

/// The first day of `date`'s month.
pub fn month_start(date: Date) -> Date {
    date.first_of_month()
}

/// The days a month page shows, Monday first: from the Monday on or before the 1st, in whole
/// weeks, through the last day of the month.
pub fn month_grid(month: Date) -> Vec<Date> {
    let first = month.first_of_month();
    let last = month.last_of_month();
    let lead = i64::from(first.weekday().to_monday_zero_offset());
    let start = first.saturating_sub(lead.days());
    let mut days = Vec::with_capacity(42);
    let mut day = start;
    while day <= last || days.len() % 7 != 0 {
        days.push(day);
        let Ok(next) = day.tomorrow() else {
            break;
        };
        day = next;
    }
    days
}

/// "Tuesday 1 December 2026": what a screen reader says for a day.
pub fn day_name(date: Date) -> String {
    dates::full_day(date)
}

/// A "Pick a date" button that opens the calendar under it, on the month of `selected` (the
/// date already chosen, filled) or else of `open_on`. `name` says what the date is for, for
/// screen readers. Returns the day the person clicked; the calendar then closes.
pub fn calendar_button_ui(
    ui: &mut Ui,
    id_salt: &str,
    selected: Option<Date>,
    open_on: Date,
    today: Date,
    name: &str,
) -> Option<Date> {
    let button = ui.button("Pick a date");
    let label = format!("Pick the {} from a calendar", name.to_lowercase());
    ui.ctx().accesskit_node_builder(button.id, |node| {
        node.set_label(label);
    });
    let state_id = ui.scope_id().with(("calendar", id_salt));
    let start = selected.unwrap_or(open_on);
    let opened = Shown {
        month: month_start(start),
        focus: start,
        focus_pending: true,
    };
    if button.clicked() {
        ui.ctx().data_mut(|data| data.insert_temp(state_id, opened));
    }
    let mut picked = None;
    egui::Popup::from_toggle_button_response(&button)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            let mut shown = ui
                .ctx()
                .data(|data| data.get_temp::<Shown>(state_id))
                .unwrap_or(opened);
            if let Some(day) = month_ui(ui, &mut shown, selected, today) {
                picked = Some(day);
                ui.close();
            }
            ui.ctx().data_mut(|data| data.insert_temp(state_id, shown));
        });
    picked
}

/// The month's name between the buttons to the previous and the next month.
fn month_title_ui(ui: &mut Ui, shown: &mut Shown, cell: egui::Vec2) {
    ui.horizontal(|ui| {
        let previous = ui.button("‹");
        ui.ctx().accesskit_node_builder(previous.id, |node| {
            node.set_label("Previous month");
        });
        if previous.on_hover_text("Previous month").clicked() {
            shown.month = shown.month.saturating_sub(1.month()).first_of_month();
        }
        let title = dates::month_year(shown.month);
        let title_width = cell.x * 7.0 + 12.0 - 2.0 * 28.0;
        ui.add_sized(
            vec2(title_width.max(80.0), cell.y),
            egui::Label::new(egui::RichText::new(title).strong()),
        );
        let next = ui.button("›");
        ui.ctx().accesskit_node_builder(next.id, |node| {
            node.set_label("Next month");
        });
        if next.on_hover_text("Next month").clicked() {
            shown.month = shown.month.saturating_add(1.month()).first_of_month();
        }
    });
}

/// The row of weekday names.
fn weekday_header_ui(ui: &mut Ui, cell: egui::Vec2) {
    let weak = ui.visuals().weak_text_color();
    ui.horizontal(|ui| {
        for weekday in ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] {
            ui.add_sized(
                cell,
                egui::Label::new(egui::RichText::new(weekday).small().color(weak)),
            );
        }
    });
}

/// The arrow keys move the focus day while a day has the keyboard, across months. Returns
/// whether a day has the keyboard and whether an arrow key moved it.
fn arrow_keys(ui: &Ui, shown: &mut Shown) -> (bool, bool) {
    let ids: Vec<(Date, egui::Id)> = month_grid(shown.month)
        .into_iter()
        .map(|day| (day, ui.scope_id().with(("day", day.to_string()))))
        .collect();
    let day_has_focus = ids
        .iter()
        .any(|(_, id)| ui.ctx().memory(|memory| memory.has_focus(*id)));
    let mut moved = false;
    if day_has_focus {
        let step = ui.input(|input| {
            if input.key_pressed(Key::ArrowLeft) {
                -1
            } else if input.key_pressed(Key::ArrowRight) {
                1
            } else if input.key_pressed(Key::ArrowUp) {
                -7
            } else if input.key_pressed(Key::ArrowDown) {
                7
            } else {
                0
            }
        });
        if step != 0 {
            moved = true;
            shown.focus = shown.focus.saturating_add(step.days());
            shown.month = month_start(shown.focus);
        }
    }
    (day_has_focus, moved)
}

/// One month page: the title with ‹ ›, the weekday header, the days. Returns a clicked day.
fn month_ui(ui: &mut Ui, shown: &mut Shown, selected: Option<Date>, today: Date) -> Option<Date> {
    let mut picked = None;
    let cell = vec2(36.0, 32.0);
    ui.spacing_mut().item_spacing = vec2(space::LINE, space::LINE);
    month_title_ui(ui, shown, cell);
    weekday_header_ui(ui, cell);
    let (day_has_focus, moved) = arrow_keys(ui, shown);
    let ids: Vec<(Date, egui::Id)> = month_grid(shown.month)
        .into_iter()
        .map(|day| (day, ui.scope_id().with(("day", day.to_string()))))
        .collect();

    // Kept until a day really has the keyboard: the popup's first frame only measures itself.
    let mut focus_taken = false;
    for week in ids.chunks(7) {
        ui.horizontal(|ui| {
            for &(day, id) in week {
                if day.first_of_month() != shown.month {
                    ui.allocate_space(cell);
                    continue;
                }
                let response = day_ui(ui, id, cell, day, Some(day) == selected, day == today);
                let wants_focus = day_has_focus || shown.focus_pending;
                if wants_focus && day == shown.focus && !response.has_focus() {
                    response.request_focus();
                }
                // The arrow keys are the calendar's own while a day has the keyboard: egui would
                // otherwise move the focus to whatever widget lies that way, even off the popup.
                if response.has_focus() {
                    let arrows = egui::EventFilter {
                        horizontal_arrows: true,
                        vertical_arrows: true,
                        ..Default::default()
                    };
                    ui.memory_mut(|memory| memory.set_focus_lock_filter(id, arrows));
                }
                // A click or Tab may have moved the keyboard; an arrow key already did.
                if response.has_focus() && !moved {
                    shown.focus = day;
                }
                focus_taken |= response.has_focus();
                if response.clicked() {
                    picked = Some(day);
                }
            }
        });
    }
    if focus_taken {
        shown.focus_pending = false;
    }
    picked
}

/// One day: its number, filled when selected, ringed when today, named in full for screen
/// readers.
fn day_ui(
    ui: &mut Ui,
    id: egui::Id,
    size: egui::Vec2,
    day: Date,
    selected: bool,
    today: bool,
) -> egui::Response {
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    let response = ui.interact(rect, id, Sense::click());
    let mut name = day_name(day);
    if today {
        name.push_str(", today");
    }
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Button);
        node.set_label(name);
        node.set_selected(selected);
    });
    let visuals = ui.visuals();
    let painter = ui.painter();
    let widget = ui.style().interact(&response);
    let (selected_fill, selected_text) = calendar_selected(visuals);
    let circle = rect.shrink(2.0);
    let radius = circle.height().min(circle.width()) / 2.0;
    let mut text_color = visuals.text_color();
    if selected {
        painter.circle_filled(circle.center(), radius, selected_fill);
        painter.circle_stroke(circle.center(), radius, Stroke::new(1.5, selected_text));
        text_color = selected_text;
    } else if response.hovered() || response.has_focus() {
        painter.circle_filled(circle.center(), radius, widget.weak_bg_fill);
    }
    if today {
        painter.circle_stroke(
            circle.center(),
            radius,
            Stroke::new(2.0, calendar_today_ring(visuals)),
        );
    }
    if response.has_focus() {
        painter.circle_stroke(
            circle.center(),
            radius + 1.5,
            Stroke::new(1.5, visuals.selection.stroke.color),
        );
    }
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        day.day().to_string(),
        egui::TextStyle::Body.resolve(ui.style()),
        text_color,
    );
    response
}

#[cfg(test)]
mod tests {
    use jiff::civil::{Weekday, date};

    use super::*;

    #[test]
    fn a_month_page_starts_on_a_monday_and_holds_every_day_of_the_month() {
        // December 2026 starts on a Tuesday and ends on a Thursday.
        let grid = month_grid(date(2026, 12, 15));
        assert_eq!(grid[0], date(2026, 11, 30));
        assert_eq!(grid[0].weekday(), Weekday::Monday);
        assert_eq!(grid.len() % 7, 0);
        assert_eq!(*grid.last().unwrap(), date(2027, 1, 3));
        let december = grid.iter().filter(|day| day.month() == 12).count();
        assert_eq!(december, 31);
        // February 2027 starts on a Monday: no days of January before it.
        assert_eq!(month_grid(date(2027, 2, 1))[0], date(2027, 2, 1));
    }

    #[test]
    fn a_day_is_named_in_full() {
        assert_eq!(day_name(date(2026, 12, 1)), "Tuesday 1 December 2026");
    }
}
