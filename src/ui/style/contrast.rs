//! Every pair of colours the app draws text or controls with, for the WCAG contrast test.

use egui::{Color32, Visuals};

use crate::ui::style::{Tone, palette, tone_colours};

/// The WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
pub fn contrast_ratio(a: Color32, b: Color32) -> f32 {
    let luminance = |color: Color32| {
        let channel = |value: u8| {
            let value = f32::from(value) / 255.0;
            if value <= 0.040_45 {
                value / 12.92
            } else {
                ((value + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(color.r()) + 0.7152 * channel(color.g()) + 0.0722 * channel(color.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Every text colour the app draws, with the background it is drawn on, for a contrast check
/// (4.5:1).
pub fn text_pairs(visuals: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let colours = palette(visuals.dark_mode);
    let page = visuals.panel_fill;
    let card = colours.card_fill;
    let chrome = colours.chrome_fill;
    let text = visuals.text_color();
    let weak = visuals.weak_text_color();
    let mut pairs = vec![
        ("body text", text, page),
        ("body text on a card", text, card),
        ("weak text", weak, page),
        ("weak text on a card", weak, card),
        ("text in the sidebar", text, chrome),
        ("weak text in the sidebar", weak, chrome),
        ("links", visuals.hyperlink_color, page),
        ("links on a card", visuals.hyperlink_color, card),
        ("accent text on a card", colours.accent_text, card),
        ("text on the accent", colours.on_accent, colours.accent),
        ("warnings", visuals.warn_fg_color, page),
        ("errors", visuals.error_fg_color, page),
        ("errors on a card", visuals.error_fg_color, card),
        ("due now", colours.due, card),
        ("callout text", text, colours.callout_fill),
        ("Today panel text", text, colours.panel_fill),
        ("Today panel weak text", weak, colours.panel_fill),
        (
            "search matches",
            colours.highlight_text,
            colours.highlight_fill,
        ),
        (
            "selected section",
            visuals.selection.stroke.color,
            visuals.selection.bg_fill,
        ),
        (
            "buttons",
            visuals.widgets.inactive.text_color(),
            visuals.widgets.inactive.weak_bg_fill,
        ),
        (
            "hovered buttons",
            visuals.widgets.hovered.text_color(),
            visuals.widgets.hovered.weak_bg_fill,
        ),
        ("destructive buttons", Color32::WHITE, colours.destructive),
        ("text fields", text, visuals.text_edit_bg_color()),
        ("dialogs", text, visuals.window_fill),
        ("toasts", colours.toast_text, colours.toast_fill),
    ];
    for tone in Tone::ALL {
        let tone = tone_colours(visuals.dark_mode, tone);
        pairs.push(("card headings", tone.heading_text, tone.heading_fill));
        pairs.push(("callout and care card text", tone.body_text, tone.body_fill));
        pairs.push(("links in callouts", visuals.hyperlink_color, tone.body_fill));
    }
    pairs.extend(super::timeline_text_pairs(visuals));
    pairs
}

/// The outlines of controls and other marks that carry meaning, with the background they sit
/// on, for the 3:1 non-text contrast check (WCAG 1.4.11).
pub fn control_pairs(visuals: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let colours = palette(visuals.dark_mode);
    let outline = visuals.widgets.inactive.bg_stroke.color;
    let mut pairs = vec![
        ("control outline on the page", outline, visuals.panel_fill),
        ("control outline on a card", outline, colours.card_fill),
        (
            "control outline in the Today panel",
            outline,
            colours.panel_fill,
        ),
        (
            "focus ring",
            visuals.selection.stroke.color,
            visuals.panel_fill,
        ),
        (
            "focus ring on a card",
            visuals.selection.stroke.color,
            colours.card_fill,
        ),
        ("accent on a card", colours.accent, colours.card_fill),
        ("accent in the sidebar", colours.accent, colours.chrome_fill),
        ("do mark", colours.do_mark, colours.card_fill),
        ("don't mark", colours.dont_mark, colours.card_fill),
    ];
    for tone in Tone::ALL {
        let tone = tone_colours(visuals.dark_mode, tone);
        pairs.push(("callout bar on the page", tone.bar, visuals.panel_fill));
        pairs.push(("care card border on a card", tone.bar, colours.card_fill));
    }
    pairs.extend(super::timeline_control_pairs(visuals));
    pairs
}
