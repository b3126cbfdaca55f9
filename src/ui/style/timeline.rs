//! The colours of the checklist's timeline and of the calendar.

use egui::{Color32, Visuals};

/// The colours of a timeline drawn from a checklist's windows, for one theme.
#[derive(Clone, Copy, Debug)]
pub struct TimelineColours {
    /// Behind every other row, so a row's label and bar read as one line.
    pub band_fill: Color32,

    /// The bar of a task (done once).
    pub task_bar: Color32,

    /// The bar of a rule (kept up every day of its window).
    pub rule_bar: Color32,

    /// Row labels.
    pub label_text: Color32,

    /// The axis line, its ticks and its day labels.
    pub axis: Color32,

    /// The "Treatment day" line and its label.
    pub treatment_marker: Color32,

    /// The "Today" line and its label.
    pub today_marker: Color32,
}

/// The timeline's colours for the theme of `visuals`.
pub fn timeline_colours(visuals: &Visuals) -> TimelineColours {
    if visuals.dark_mode {
        TimelineColours {
            band_fill: Color32::from_gray(0x24),
            task_bar: Color32::from_rgb(0x6c, 0xb4, 0xf5),
            rule_bar: Color32::from_rgb(0x4f, 0xc9, 0xa4),
            label_text: visuals.text_color(),
            axis: visuals.weak_text_color(),
            treatment_marker: Color32::from_rgb(0xd9, 0x9c, 0xf7),
            today_marker: Color32::from_rgb(0xff, 0xb0, 0x5c),
        }
    } else {
        TimelineColours {
            band_fill: Color32::from_gray(0xf2),
            task_bar: Color32::from_rgb(0x1f, 0x6a, 0xc0),
            rule_bar: Color32::from_rgb(0x17, 0x7a, 0x5e),
            label_text: visuals.text_color(),
            axis: visuals.weak_text_color(),
            treatment_marker: Color32::from_rgb(0x7e, 0x2a, 0x9c),
            today_marker: Color32::from_rgb(0xa8, 0x45, 0x00),
        }
    }
}

/// The timeline's text, and the markers whose labels are drawn in their own colour, on the
/// page and on the row bands.
pub(super) fn timeline_text_pairs(visuals: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let colours = timeline_colours(visuals);
    let mut pairs = Vec::new();
    for background in [visuals.panel_fill, colours.band_fill] {
        pairs.extend([
            ("timeline labels", colours.label_text, background),
            ("timeline axis", colours.axis, background),
            (
                "timeline treatment day",
                colours.treatment_marker,
                background,
            ),
            ("timeline today", colours.today_marker, background),
        ]);
    }
    pairs
}

/// The timeline's bars and marker lines, which must stand out 3:1 from what they are drawn on.
pub(super) fn timeline_control_pairs(visuals: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let colours = timeline_colours(visuals);
    let mut pairs = Vec::new();
    for background in [visuals.panel_fill, colours.band_fill] {
        pairs.extend([
            ("timeline task bar", colours.task_bar, background),
            ("timeline rule bar", colours.rule_bar, background),
        ]);
    }
    pairs.extend([
        // The selected day's fill is too faint in the dark theme to stand out by itself; its
        // ring carries the 3:1.
        (
            "calendar selected day ring",
            calendar_selected(visuals).1,
            visuals.panel_fill,
        ),
        (
            "calendar today ring",
            calendar_today_ring(visuals),
            visuals.panel_fill,
        ),
    ]);
    pairs
}

/// The ring around today's date in the calendar.
pub fn calendar_today_ring(visuals: &Visuals) -> Color32 {
    timeline_colours(visuals).today_marker
}

/// The calendar's selected day: the selection colour as its fill, and the colour of its text
/// and of the ring around it.
pub fn calendar_selected(visuals: &Visuals) -> (Color32, Color32) {
    (visuals.selection.bg_fill, visuals.selection.stroke.color)
}
