//! The app's visual system in one place: spacing steps, corner radii and the type scale
//! ([`tokens`]), the fonts, the accent and page colours, the colours of callouts and care
//! cards, of the timeline and calendar, and of the diary. Screens take every colour and size
//! from here, so the contrast test in `contrast.rs` covers all of them.

mod contrast;
mod diary;
mod fonts;
mod palette;
mod timeline;
mod tokens;
mod tone;
mod visuals;

pub use contrast::{contrast_ratio, control_pairs, text_pairs};
pub use diary::{DiaryColours, diary_colours};
pub use fonts::{SEMIBOLD, caption, semibold, strong};
pub use palette::{Palette, palette};
pub use timeline::{TimelineColours, calendar_selected, calendar_today_ring, timeline_colours};
use timeline::{timeline_control_pairs, timeline_text_pairs};
pub use tokens::{dialog_width, radius, size, space};
pub use tone::{CareCardColours, Tone, ToneColours, care_card_colours, tone_colours};
pub use visuals::setup;

use egui::Visuals;

/// The frame of a card: the page's sections, list groups and dialogs' boxes.
pub fn card_frame(visuals: &Visuals) -> egui::Frame {
    let colours = palette(visuals.dark_mode);
    egui::Frame::new()
        .fill(colours.card_fill)
        .stroke(egui::Stroke::new(1.0, colours.card_stroke))
        .corner_radius(radius::CARD)
        .inner_margin(egui::Margin::symmetric(space::L as i8, space::M as i8))
}
