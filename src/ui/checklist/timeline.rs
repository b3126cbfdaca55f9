//! A checklist drawn as a timeline: one row per item with a bar over its days, day ticks on an
//! axis, a "Treatment day" line and, once a date is set, real dates and a "Today" line.
//!
//! Screen readers get the same as a list: one item per row, saying its days and dates.

use egui::accesskit::Role;
use egui::{Align2, FontId, Rect, Sense, Stroke, Ui, pos2, vec2};
use jiff::civil::Date;

use crate::content::{ChecklistItem, ChecklistKind, Guide, Window};
use crate::plan;
use crate::text::dates;
use crate::ui::style::{TimelineColours, space, timeline_colours};
use crate::user_data::UserData;

/// The dates a timeline is drawn against: the treatment day of the session in view, if one is
/// planned, and today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimelineDates {
    /// The treatment day the Checklist tab shows, if a session is planned.
    pub session: Option<Date>,

    /// Today.
    pub today: Date,
}

impl TimelineDates {
    /// The dates for `progress`: the session the Checklist tab shows, as of `today`.
    pub fn new(guide: &Guide, progress: &UserData, today: Date) -> Self {
        let session = plan::default_session(guide, progress, today)
            .and_then(|id| progress.session(id))
            .map(|session| session.date);
        Self { session, today }
    }
}

/// What a screen reader reads for one row: "Avoid sun and fake tan: keep doing from 14 days
/// before to the treatment day (Tue 17 Nov – Tue 1 Dec)".
pub fn row_description(item: &ChecklistItem, dates: TimelineDates) -> String {
    let what = if item.is_rule() { "keep doing " } else { "" };
    let mut text = format!(
        "{}: {what}{}",
        item.short_label(),
        plan::describe_window(item.window)
    );
    if let Some(session) = dates.session {
        let (first, last) = plan::window_dates(session, item.window);
        text.push_str(&format!(" ({})", dates::range(first, last, dates.today)));
    }
    text
}

/// Where things go on a timeline `width` points wide, and the fonts and colours it is drawn in.
struct Layout {
    /// The list's first and last day.
    span: Window,
    colours: TimelineColours,
    /// Axis labels, markers and the legend.
    small: FontId,
    /// Row labels.
    label_font: FontId,
    row_height: f32,
    width: f32,
    label_width: f32,
    chart_left: f32,
    chart_width: f32,
}

impl Layout {
    fn new(ui: &Ui, guide: &Guide, kind: ChecklistKind) -> Self {
        let body = ui.text_style_height(&egui::TextStyle::Body);
        let width = ui.available_width();
        let label_width = (width * 0.38).clamp(120.0, 260.0);
        let chart_left = label_width + 8.0;
        Self {
            span: plan::list_span(guide, kind),
            colours: timeline_colours(ui.visuals()),
            small: FontId::proportional(ui.text_style_height(&egui::TextStyle::Small)),
            label_font: FontId::proportional(body * 0.9),
            row_height: (body * 1.6).round(),
            width,
            label_width,
            chart_left,
            chart_width: (width - chart_left - 12.0).max(60.0),
        }
    }

    /// The x of `day` in a row whose left edge is at `left`.
    fn day_x(&self, left: f32, day: f32) -> f32 {
        let days = (self.span.to_day - self.span.from_day).max(1) as f32;
        left + self.chart_left + (day - self.span.from_day as f32) / days * self.chart_width
    }
}

/// The timeline of `kind`'s list.
pub fn timeline_ui(ui: &mut Ui, guide: &Guide, kind: ChecklistKind, dates: TimelineDates) {
    let list = guide.checklist(kind);
    let layout = Layout::new(ui, guide, kind);
    let name = format!("Timeline: {}", list.title);
    let builder = egui::UiBuilder::new()
        .accessibility_role(Role::List)
        .accessibility_label(name);
    ui.scope_builder(builder, |ui| {
        ui.spacing_mut().item_spacing.y = 0.0;
        // The markers' labels go above the rows.
        let (header, _) =
            ui.allocate_exact_size(vec2(layout.width, layout.small.size * 1.5), Sense::hover());
        let rows = rows_ui(ui, &list.items, &layout, dates);
        // The legend goes left of the axis labels when the label column has room for it, else
        // on a line of its own under them.
        let legend_beside = layout.label_width >= 200.0;
        let axis_height = layout.small.size * if legend_beside { 2.6 } else { 4.2 };
        let (axis, _) = ui.allocate_exact_size(vec2(layout.width, axis_height), Sense::hover());
        let painter = ui.painter();
        paint_axis(painter, &layout, header.left(), axis, dates);
        paint_legend(painter, &layout, axis, legend_beside);
        paint_markers(painter, &layout, (header, rows, axis), dates);
    });
    ui.add_space(space::S);
}

/// One row per item, each read by screen readers as a list item. Returns the rows' rect.
fn rows_ui(ui: &mut Ui, items: &[ChecklistItem], layout: &Layout, dates: TimelineDates) -> Rect {
    let mut rows_rect = Rect::NOTHING;
    for (index, item) in items.iter().enumerate() {
        let (rect, response) =
            ui.allocate_exact_size(vec2(layout.width, layout.row_height), Sense::hover());
        rows_rect = rows_rect.union(rect);
        let description = row_description(item, dates);
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_role(Role::ListItem);
            node.set_label(description.clone());
        });
        response.on_hover_text(description);
        let label_right = rect.left() + layout.label_width;
        let banded = index.is_multiple_of(2);
        row_ui(
            ui,
            item,
            (rect, banded, label_right),
            (&layout.colours, &layout.label_font),
            |day| layout.day_x(rect.left(), day),
        );
    }
    rows_rect
}

/// The axis under the rows (whose left edge is at `left`): a line, a tick and a label per
/// labelled day.
fn paint_axis(
    painter: &egui::Painter,
    layout: &Layout,
    left: f32,
    axis: Rect,
    dates: TimelineDates,
) {
    let Layout {
        span,
        colours,
        small,
        ..
    } = layout;
    let x = |day: f32| layout.day_x(left, day);
    painter.hline(
        x(span.from_day as f32)..=x(span.to_day as f32),
        axis.top() + 1.0,
        Stroke::new(1.0, colours.axis),
    );
    // In a narrow window a label that would touch the one before it is left out; its tick
    // stays.
    let mut labels_end = f32::NEG_INFINITY;
    for day in plan::axis_days(*span) {
        let tick_x = x(day as f32);
        painter.vline(
            tick_x,
            (axis.top() - 2.0)..=(axis.top() + 5.0),
            Stroke::new(1.0, colours.axis),
        );
        let text = match dates.session {
            Some(session) => {
                dates::short_day(session.saturating_add(jiff::Span::new().days(i64::from(day))))
            }
            None => day_label(day),
        };
        let galley = painter.layout_no_wrap(text, small.clone(), colours.axis);
        let left = (tick_x - galley.size().x / 2.0).min(axis.right() - galley.size().x);
        if left > labels_end + small.size * 0.5 {
            labels_end = left + galley.size().x;
            painter.galley(pos2(left, axis.top() + 6.0), galley, colours.axis);
        }
    }
}

/// What the two colours of bar mean, under the axis labels or beside them.
fn paint_legend(painter: &egui::Painter, layout: &Layout, axis: Rect, beside: bool) {
    let Layout { colours, small, .. } = layout;
    let swatch = vec2(small.size * 1.4, small.size * 0.7);
    let mut legend_x = axis.left() + 6.0;
    let legend_y = if beside {
        axis.top() + 6.0 + small.size / 2.0
    } else {
        axis.top() + small.size * 3.3
    };
    for (fill, text) in [
        (colours.task_bar, "Do once"),
        (colours.rule_bar, "Keep doing"),
    ] {
        let rect = Rect::from_min_size(pos2(legend_x, legend_y - swatch.y / 2.0), swatch);
        painter.rect_filled(rect, 3.0, fill);
        let label = painter.text(
            pos2(rect.right() + 4.0, legend_y),
            Align2::LEFT_CENTER,
            text,
            small.clone(),
            colours.label_text,
        );
        legend_x = label.right() + 12.0;
    }
}

/// The "Treatment day" line across every row and, once there is a date and today is on the
/// chart, the "Today" line.
fn paint_markers(
    painter: &egui::Painter,
    layout: &Layout,
    (header, rows, axis): (Rect, Rect, Rect),
    dates: TimelineDates,
) {
    let Layout {
        span,
        colours,
        small,
        ..
    } = layout;
    let x = |day: f32| layout.day_x(header.left(), day);
    let treatment_x = x(0.0);
    painter.vline(
        treatment_x,
        header.bottom() - 2.0..=axis.top(),
        Stroke::new(2.0, colours.treatment_marker),
    );
    let anchor = if treatment_x > header.center().x {
        Align2::RIGHT_BOTTOM
    } else {
        Align2::LEFT_BOTTOM
    };
    painter.text(
        pos2(treatment_x, header.bottom() - 2.0),
        anchor,
        "Treatment day",
        small.clone(),
        colours.treatment_marker,
    );

    let Some(session) = dates.session else {
        return;
    };
    let today_day = dates::days_between(session, dates.today);
    if !(i64::from(span.from_day)..=i64::from(span.to_day)).contains(&today_day) {
        return;
    }
    let today_x = x(today_day as f32);
    // Down past the day labels, where its own label goes.
    let bottom = axis.top() + small.size * 2.6;
    painter.vline(
        today_x,
        rows.top()..=bottom,
        Stroke::new(2.0, colours.today_marker),
    );
    let (anchor, label_x) = if today_x > axis.center().x {
        (Align2::RIGHT_BOTTOM, today_x - 3.0)
    } else {
        (Align2::LEFT_BOTTOM, today_x + 3.0)
    };
    painter.text(
        pos2(label_x, bottom),
        anchor,
        "Today",
        small.clone(),
        colours.today_marker,
    );
}

/// One row: a band on every other row, the label on the left and the bar over the item's days.
fn row_ui(
    ui: &Ui,
    item: &ChecklistItem,
    (rect, banded, label_right): (Rect, bool, f32),
    (colours, font): (&TimelineColours, &FontId),
    x: impl Fn(f32) -> f32,
) {
    let painter = ui.painter();
    if banded {
        painter.rect_filled(rect, 2.0, colours.band_fill);
    }
    let label_rect = Rect::from_min_max(
        pos2(rect.left() + 6.0, rect.top()),
        pos2(label_right, rect.bottom()),
    );
    let galley = ui.fonts_mut(|fonts| {
        let mut job = egui::text::LayoutJob::single_section(
            item.short_label().to_owned(),
            egui::TextFormat::simple(font.clone(), colours.label_text),
        );
        job.wrap = egui::text::TextWrapping::truncate_at_width(label_rect.width() - 8.0);
        fonts.layout_job(job)
    });
    painter.galley(
        pos2(label_rect.left(), rect.center().y - galley.size().y / 2.0),
        galley,
        colours.label_text,
    );
    // A window of one day still gets a visible bar.
    let left = x(item.window.from_day as f32);
    let right = x(item.window.to_day as f32).max(left + 6.0);
    let bar = Rect::from_min_max(
        pos2(left, rect.center().y - rect.height() * 0.22),
        pos2(right, rect.center().y + rect.height() * 0.22),
    );
    let fill = if item.is_rule() {
        colours.rule_bar
    } else {
        colours.task_bar
    };
    painter.rect_filled(bar, 4.0, fill);
}

/// An axis label without dates: "−14", "0", "+7", with a real minus sign.
pub fn day_label(day: i32) -> String {
    match day {
        0 => "0".to_owned(),
        day if day < 0 => format!("\u{2212}{}", -day),
        day => format!("+{day}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{ItemKind, Window};

    fn item(short: &str, kind: ItemKind, from_day: i32, to_day: i32) -> ChecklistItem {
        ChecklistItem {
            id: "x".to_owned(),
            text: "The long text".to_owned(),
            short: Some(short.to_owned()),
            kind,
            window: Window { from_day, to_day },
            detail: None,
            excludes: vec![],
            sources: vec![],
        }
    }

    #[test]
    fn a_row_reads_its_days_and_once_dated_its_dates() {
        let sun = item("Avoid sun and fake tan", ItemKind::Rule, -14, 0);
        let today = jiff::civil::date(2026, 11, 25);
        let undated = TimelineDates {
            session: None,
            today,
        };
        assert_eq!(
            row_description(&sun, undated),
            "Avoid sun and fake tan: keep doing from 14 days before to the treatment day"
        );
        let dated = TimelineDates {
            session: Some(jiff::civil::date(2026, 12, 26)),
            today,
        };
        assert_eq!(
            row_description(&sun, dated),
            "Avoid sun and fake tan: keep doing from 14 days before to the treatment day \
             (Sat\u{a0}12\u{a0}Dec\u{a0}– Sat\u{a0}26\u{a0}Dec)"
        );
        let book = item("Book", ItemKind::Task, 7, 7);
        assert_eq!(row_description(&book, undated), "Book: on 7 days after");
    }

    #[test]
    fn axis_labels_use_a_minus_sign_and_a_plus() {
        assert_eq!(day_label(-14), "\u{2212}14");
        assert_eq!(day_label(0), "0");
        assert_eq!(day_label(7), "+7");
    }
}
