//! The colours of callouts and care cards, by how much attention they ask for.

use egui::Color32;

use crate::content::Urgency;

/// How much attention a callout or card asks for, from information to an emergency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Good to know: the disclaimer, a read-only window, "contact your clinic".
    Info,
    /// Take care: a warning paragraph, a problem with a file.
    Warning,
    /// Act today.
    Urgent,
    /// Act now.
    Emergency,
}

impl Tone {
    /// Every tone, for the contrast test.
    pub const ALL: [Self; 4] = [Self::Info, Self::Warning, Self::Urgent, Self::Emergency];

    /// The tone a care card of `urgency` is drawn in.
    pub fn of(urgency: Urgency) -> Self {
        match urgency {
            Urgency::ContactClinic => Self::Info,
            Urgency::SameDay => Self::Urgent,
            Urgency::Emergency => Self::Emergency,
        }
    }
}

/// The colours of a callout or care card of one tone.
#[derive(Clone, Copy, Debug)]
pub struct ToneColours {
    /// The heading band of a care card.
    pub heading_fill: Color32,

    /// The bar down a callout's left edge, and a care card's border.
    pub bar: Color32,

    /// The heading band's text.
    pub heading_text: Color32,

    /// Behind the body.
    pub body_fill: Color32,

    /// The body's text.
    pub body_text: Color32,
}

/// Callouts and care cards as the NHS draws them: blue to know or to contact the clinic,
/// yellow to take care, amber to act today, red for an emergency. Their headings say the tone in
/// words too, so colour is never the only cue.
pub fn tone_colours(dark_mode: bool, tone: Tone) -> ToneColours {
    let white = Color32::WHITE;
    let ink = Color32::from_gray(0x10);
    let (heading_fill, heading_text) = match tone {
        Tone::Info => (Color32::from_rgb(0x00, 0x5e, 0xb8), white),
        Tone::Warning => (Color32::from_rgb(0xff, 0xdd, 0x33), ink),
        Tone::Urgent => (Color32::from_rgb(0xff, 0xb8, 0x1c), ink),
        Tone::Emergency => (Color32::from_rgb(0xc4, 0x1e, 0x12), white),
    };
    let (body_fill, body_text) = if dark_mode {
        let fill = match tone {
            Tone::Info => Color32::from_rgb(0x16, 0x29, 0x3d),
            Tone::Warning => Color32::from_rgb(0x33, 0x2d, 0x10),
            Tone::Urgent => Color32::from_rgb(0x36, 0x29, 0x0c),
            Tone::Emergency => Color32::from_rgb(0x3d, 0x17, 0x14),
        };
        (fill, Color32::from_gray(228))
    } else {
        let fill = match tone {
            Tone::Info => Color32::from_rgb(0xe8, 0xf1, 0xfa),
            Tone::Warning => Color32::from_rgb(0xff, 0xf9, 0xd6),
            Tone::Urgent => Color32::from_rgb(0xff, 0xf1, 0xd6),
            Tone::Emergency => Color32::from_rgb(0xfd, 0xe8, 0xe6),
        };
        (fill, Color32::from_gray(20))
    };
    // On a dark page the bands' saturated blue and red are too dark to see as a bar.
    let bar = match (dark_mode, tone) {
        (true, Tone::Info) => Color32::from_rgb(0x5a, 0xa9, 0xf0),
        (true, Tone::Emergency) => Color32::from_rgb(0xff, 0x6b, 0x5e),
        // And on a light page yellow and amber are too pale.
        (false, Tone::Warning) => Color32::from_rgb(0x9a, 0x6a, 0x00),
        (false, Tone::Urgent) => Color32::from_rgb(0xb3, 0x5c, 0x00),
        _ => heading_fill,
    };
    ToneColours {
        heading_fill,
        bar,
        heading_text,
        body_fill,
        body_text,
    }
}

/// The colours of a care card for warning signs of one urgency.
pub type CareCardColours = ToneColours;

/// Care cards by urgency; see [`tone_colours`].
pub fn care_card_colours(dark_mode: bool, urgency: Urgency) -> CareCardColours {
    tone_colours(dark_mode, Tone::of(urgency))
}
