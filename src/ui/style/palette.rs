//! The app's own colours beyond egui's visuals, for each theme.

use egui::Color32;

/// Colours beyond egui's visuals, for one theme.
#[derive(Clone, Copy, Debug)]
pub struct Palette {
    /// The one accent colour: the selected section, the main action, the progress bar.
    pub accent: Color32,

    /// Text and icons drawn on the accent.
    pub on_accent: Color32,

    /// The accent as a text colour on the page and on cards.
    pub accent_text: Color32,

    /// Behind cards and dialogs.
    pub card_fill: Color32,

    /// Around cards.
    pub card_stroke: Color32,

    /// Behind the sidebar and the header.
    pub chrome_fill: Color32,

    /// The fill of the Today panel.
    pub panel_fill: Color32,

    /// The fill of warning callouts.
    pub callout_fill: Color32,

    /// The text and border of "due now".
    pub due: Color32,

    /// Behind search matches.
    pub highlight_fill: Color32,

    /// Search matches' text.
    pub highlight_text: Color32,

    /// A destructive action's button.
    pub destructive: Color32,

    /// Ticks on "do" lists.
    pub do_mark: Color32,

    /// Crosses on "don't" lists.
    pub dont_mark: Color32,

    /// Behind a toast.
    pub toast_fill: Color32,

    /// A toast's text.
    pub toast_text: Color32,
}

/// The palette for dark or light mode.
pub fn palette(dark_mode: bool) -> Palette {
    if dark_mode {
        Palette {
            accent: Color32::from_rgb(0x5c, 0xc3, 0xd1),
            on_accent: Color32::from_rgb(0x08, 0x1c, 0x20),
            accent_text: Color32::from_rgb(0x7f, 0xd6, 0xe3),
            card_fill: Color32::from_rgb(0x2a, 0x2c, 0x30),
            card_stroke: Color32::from_rgb(0x3a, 0x3c, 0x42),
            chrome_fill: Color32::from_rgb(0x24, 0x25, 0x29),
            panel_fill: Color32::from_rgb(0x2a, 0x2c, 0x30),
            callout_fill: Color32::from_rgb(0x3a, 0x2e, 0x12),
            due: Color32::from_rgb(0xff, 0xc4, 0x00),
            highlight_fill: Color32::from_rgb(0xff, 0xd5, 0x4f),
            highlight_text: Color32::BLACK,
            destructive: Color32::from_rgb(0xc0, 0x1c, 0x28),
            do_mark: Color32::from_rgb(0x5f, 0xd0, 0x8a),
            dont_mark: Color32::from_rgb(0xff, 0x8a, 0x80),
            toast_fill: Color32::from_rgb(0xe8, 0xe8, 0xec),
            toast_text: Color32::from_gray(0x14),
        }
    } else {
        Palette {
            accent: Color32::from_rgb(0x0e, 0x6b, 0x78),
            on_accent: Color32::WHITE,
            accent_text: Color32::from_rgb(0x0a, 0x5a, 0x66),
            card_fill: Color32::WHITE,
            card_stroke: Color32::from_rgb(0xdc, 0xdd, 0xe1),
            chrome_fill: Color32::from_rgb(0xeb, 0xec, 0xef),
            panel_fill: Color32::WHITE,
            callout_fill: Color32::from_rgb(0xfd, 0xf3, 0xdc),
            due: Color32::from_rgb(0x8a, 0x50, 0x00),
            highlight_fill: Color32::from_rgb(0xff, 0xe0, 0x66),
            highlight_text: Color32::BLACK,
            destructive: Color32::from_rgb(0xc0, 0x1c, 0x28),
            do_mark: Color32::from_rgb(0x00, 0x70, 0x3c),
            dont_mark: Color32::from_rgb(0xb0, 0x00, 0x00),
            toast_fill: Color32::from_rgb(0x2e, 0x30, 0x35),
            toast_text: Color32::WHITE,
        }
    }
}
