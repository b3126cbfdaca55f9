//! The bundled fonts, and the text helpers that pick the semibold face.

use egui::{FontFamily, FontId, RichText};

use crate::ui::style::size;

/// The name of the semibold font family, for headings and emphasis.
pub const SEMIBOLD: &str = "semibold";

/// The semibold font at `size` points.
pub fn semibold(size: f32) -> FontId {
    FontId::new(size, FontFamily::Name(SEMIBOLD.into()))
}

/// `text` in the semibold font at `size`.
pub fn strong(text: impl Into<String>, size: f32) -> RichText {
    RichText::new(text).font(semibold(size))
}

/// `text` as a caption: small and in the weak text colour.
pub fn caption(text: impl Into<String>) -> RichText {
    RichText::new(text).size(size::CAPTION).weak()
}

/// The bundled fonts: Atkinson Hyperlegible Next (SIL Open Font License, `assets/fonts/OFL.txt`),
/// designed for low-vision readers, with egui's own fonts behind it for the characters it lacks,
/// and the Material Symbols icons.
pub(super) fn fonts() -> egui::FontDefinitions {
    let mut fonts = egui::FontDefinitions::default();
    let regular = "atkinson-regular";
    let semibold = "atkinson-semibold";
    fonts.font_data.insert(
        regular.to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/fonts/AtkinsonHyperlegibleNext-Regular.ttf"
        )))),
    );
    fonts.font_data.insert(
        semibold.to_owned(),
        std::sync::Arc::new(egui::FontData::from_static(include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/fonts/AtkinsonHyperlegibleNext-SemiBold.ttf"
        )))),
    );
    let fallbacks = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let mut proportional = vec![regular.to_owned()];
    proportional.extend(fallbacks.iter().cloned());
    let mut heavy = vec![semibold.to_owned(), regular.to_owned()];
    heavy.extend(fallbacks);
    fonts
        .families
        .insert(FontFamily::Proportional, proportional);
    fonts
        .families
        .insert(FontFamily::Name(SEMIBOLD.into()), heavy);
    fonts
}
