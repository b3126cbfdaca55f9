//! Every colour and size the app chooses, in one place, so their contrast can be tested.

use egui::{Color32, Theme, Visuals};

use crate::content::Urgency;

/// Colours beyond egui's visuals, for one theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// The fill of warning callouts.
    pub callout_fill: Color32,

    /// The fill of the Today panel.
    pub panel_fill: Color32,

    /// The text and border of "due now".
    pub due: Color32,

    /// The text of "missed".
    pub missed: Color32,

    /// Behind search matches.
    pub highlight_fill: Color32,

    /// Search matches' text.
    pub highlight_text: Color32,
}

/// The palette for dark or light mode.
pub fn palette(dark_mode: bool) -> Palette {
    if dark_mode {
        Palette {
            callout_fill: Color32::from_rgb(0x3a, 0x2e, 0x12),
            panel_fill: Color32::from_gray(0x26),
            due: Color32::from_rgb(0xff, 0xc4, 0x00),
            missed: Color32::from_rgb(0xff, 0x8a, 0x80),
            highlight_fill: Color32::from_rgb(0xff, 0xd5, 0x4f),
            highlight_text: Color32::BLACK,
        }
    } else {
        Palette {
            callout_fill: Color32::from_rgb(0xfd, 0xf3, 0xdc),
            panel_fill: Color32::from_gray(0xee),
            due: Color32::from_rgb(0x8a, 0x50, 0x00),
            missed: Color32::from_rgb(0xb0, 0x00, 0x00),
            highlight_fill: Color32::from_rgb(0xff, 0xe0, 0x66),
            highlight_text: Color32::BLACK,
        }
    }
}

/// The colours of a care card for warning signs of one urgency.
#[derive(Clone, Copy, Debug)]
pub struct CareCardColours {
    /// The heading band, and the card's border.
    pub heading_fill: Color32,

    /// The heading's text.
    pub heading_text: Color32,

    /// Behind the signs.
    pub body_fill: Color32,

    /// The signs' text.
    pub body_text: Color32,
}

/// Care cards as the NHS draws them: blue to contact the clinic, amber for advice today, red
/// for an emergency. The heading's words say the urgency too, so colour is never the only cue.
pub fn care_card_colours(dark_mode: bool, urgency: Urgency) -> CareCardColours {
    let white = Color32::WHITE;
    let (heading_fill, heading_text) = match urgency {
        Urgency::ContactClinic => (Color32::from_rgb(0x00, 0x5e, 0xb8), white),
        Urgency::SameDay => (
            Color32::from_rgb(0xff, 0xb8, 0x1c),
            Color32::from_gray(0x10),
        ),
        Urgency::Emergency => (Color32::from_rgb(0xc4, 0x1e, 0x12), white),
    };
    let (body_fill, body_text) = if dark_mode {
        let fill = match urgency {
            Urgency::ContactClinic => Color32::from_rgb(0x10, 0x24, 0x3a),
            Urgency::SameDay => Color32::from_rgb(0x33, 0x27, 0x0c),
            Urgency::Emergency => Color32::from_rgb(0x3a, 0x15, 0x12),
        };
        (fill, Color32::from_gray(225))
    } else {
        let fill = match urgency {
            Urgency::ContactClinic => Color32::from_rgb(0xe8, 0xf1, 0xfa),
            Urgency::SameDay => Color32::from_rgb(0xff, 0xf4, 0xd9),
            Urgency::Emergency => Color32::from_rgb(0xfd, 0xe8, 0xe6),
        };
        (fill, Color32::from_gray(20))
    };
    CareCardColours {
        heading_fill,
        heading_text,
        body_fill,
        body_text,
    }
}

/// Larger text than egui's defaults, readable colours, and a little more room between lines, in
/// both themes. Also turns off egui's own zoom keys: the app's zoom is bounded and remembered.
pub fn setup(ctx: &egui::Context) {
    use egui::{FontFamily, FontId, TextStyle};
    ctx.options_mut(|options| options.zoom_with_keyboard = false);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(24.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(13.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 8.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
    ctx.style_mut_of(Theme::Dark, |style| adjust(&mut style.visuals));
    ctx.style_mut_of(Theme::Light, |style| adjust(&mut style.visuals));
}

/// egui's default body text is a mid grey, its weak text and light-mode links too faint for
/// long reading; these meet WCAG AA (4.5:1) on the panel background.
fn adjust(visuals: &mut Visuals) {
    // Unticked checkboxes, radio buttons and buttons need an outline that stands out 3:1 from
    // the panel (WCAG 1.4.11); egui draws them almost borderless.
    let outline = if visuals.dark_mode {
        Color32::from_gray(140)
    } else {
        Color32::from_gray(118)
    };
    visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.0, outline);
    if visuals.dark_mode {
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(220);
        visuals.weak_text_color = Some(Color32::from_gray(160));
        visuals.hyperlink_color = Color32::from_rgb(0x8c, 0xc4, 0xff);
        visuals.error_fg_color = Color32::from_rgb(0xff, 0x6e, 0x6e);
    } else {
        visuals.widgets.noninteractive.fg_stroke.color = Color32::from_gray(20);
        visuals.weak_text_color = Some(Color32::from_gray(85));
        visuals.hyperlink_color = Color32::from_rgb(0x00, 0x50, 0xaa);
        visuals.warn_fg_color = Color32::from_rgb(0x8a, 0x50, 0x00);
        visuals.error_fg_color = Color32::from_rgb(0xb0, 0x00, 0x00);
    }
}

// ---- Recovery diary (issue 15): chart and photo colours. ----

/// The colours of the diary's charts and photo views, for one theme.
#[derive(Clone, Copy, Debug)]
pub struct DiaryColours {
    /// The shaded band of the usual course behind a chart.
    pub usual_band: Color32,

    /// One line colour per session, used in turn; the legend names each line, so colour is
    /// never the only cue.
    pub sessions: [Color32; 4],

    /// A photo whose file is missing, or still loading.
    pub placeholder_fill: Color32,

    /// The divider of the compare view's wipe slider.
    pub divider: Color32,

    /// The session markers on the monthly chart.
    pub session_marker: Color32,
}

/// The diary's colours for dark or light mode.
pub fn diary_colours(dark_mode: bool) -> DiaryColours {
    if dark_mode {
        DiaryColours {
            usual_band: Color32::from_rgba_unmultiplied(0x6f, 0xb8, 0x7a, 0x40),
            sessions: [
                Color32::from_rgb(0x8c, 0xc4, 0xff),
                Color32::from_rgb(0xff, 0xb8, 0x1c),
                Color32::from_rgb(0xe0, 0x8c, 0xff),
                Color32::from_rgb(0xff, 0x8a, 0x80),
            ],
            placeholder_fill: Color32::from_gray(0x33),
            divider: Color32::WHITE,
            session_marker: Color32::from_gray(0xb0),
        }
    } else {
        DiaryColours {
            usual_band: Color32::from_rgba_unmultiplied(0x2e, 0x7d, 0x32, 0x38),
            sessions: [
                Color32::from_rgb(0x00, 0x50, 0xaa),
                Color32::from_rgb(0x8a, 0x50, 0x00),
                Color32::from_rgb(0x6a, 0x1b, 0x9a),
                Color32::from_rgb(0xb0, 0x00, 0x00),
            ],
            placeholder_fill: Color32::from_gray(0xdd),
            divider: Color32::WHITE,
            session_marker: Color32::from_gray(0x60),
        }
    }
}

// ---- End of the recovery diary's colours. ----

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

/// Every text colour the app draws, with the background it is drawn on, for a contrast check.
pub fn text_pairs(visuals: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let palette = palette(visuals.dark_mode);
    let panel = visuals.panel_fill;
    let text = visuals.text_color();
    let mut pairs = vec![
        ("body text", text, panel),
        ("weak text", visuals.weak_text_color(), panel),
        ("links", visuals.hyperlink_color, panel),
        ("warnings", visuals.warn_fg_color, panel),
        ("errors", visuals.error_fg_color, panel),
        ("due now", palette.due, panel),
        ("missed", palette.missed, panel),
        ("callout text", text, palette.callout_fill),
        ("Today panel text", text, palette.panel_fill),
        (
            "Today panel weak text",
            visuals.weak_text_color(),
            palette.panel_fill,
        ),
        (
            "search matches",
            palette.highlight_text,
            palette.highlight_fill,
        ),
        (
            "selected tab",
            visuals.selection.stroke.color,
            visuals.selection.bg_fill,
        ),
        (
            "buttons",
            visuals.widgets.inactive.text_color(),
            visuals.widgets.inactive.weak_bg_fill,
        ),
        ("text fields", text, visuals.text_edit_bg_color()),
    ];
    for urgency in Urgency::ALL {
        let card = care_card_colours(visuals.dark_mode, urgency);
        pairs.push((urgency.heading(), card.heading_text, card.heading_fill));
        pairs.push(("care card text", card.body_text, card.body_fill));
    }
    pairs
}

/// The outlines of controls with the background they sit on, for the 3:1 non-text contrast check.
pub fn control_pairs(visuals: &Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let palette = palette(visuals.dark_mode);
    let outline = visuals.widgets.inactive.bg_stroke.color;
    vec![
        ("control outline on the page", outline, visuals.panel_fill),
        (
            "control outline in the Today panel",
            outline,
            palette.panel_fill,
        ),
        (
            "focus ring",
            visuals.selection.stroke.color,
            visuals.panel_fill,
        ),
    ]
}
