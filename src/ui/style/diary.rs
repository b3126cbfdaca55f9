//! The colours of the diary's charts and photo views.

use egui::Color32;

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
