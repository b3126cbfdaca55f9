//! How a photo is named, fitted into a box, and stood in for while it loads or when its file is
//! missing: shared by the grid and the compare view.

use egui::{Rect, Ui, vec2};

use crate::ui::diary::textures::Slot;
use crate::ui::style::diary_colours;
use crate::user_data::UserData;
use crate::user_data::diary::{PhotoRecord, day_in_plan};

/// "3 Dec 2026 · Session 1 · day 2".
pub(super) fn photo_label(progress: &UserData, photo: &PhotoRecord) -> String {
    let day = photo.day.strftime("%-d %b %Y").to_string();
    match day_in_plan(progress, photo.day) {
        Some(place) => format!("{day} · {}", place.label()),
        None => format!("{day} · before treatment"),
    }
}

/// The largest rect of the photo's shape inside `frame`, centred.
pub(super) fn fit(frame: Rect, photo: &PhotoRecord) -> Rect {
    let aspect = photo.width.max(1) as f32 / photo.height.max(1) as f32;
    let size = if frame.width() / frame.height() > aspect {
        vec2(frame.height() * aspect, frame.height())
    } else {
        vec2(frame.width(), frame.width() / aspect)
    };
    Rect::from_center_size(frame.center(), size)
}

/// A box with "Loading…" or "Photo file missing" in place of a photo.
pub(super) fn placeholder(ui: &Ui, painter: &egui::Painter, rect: Rect, slot: &Slot) {
    let colours = diary_colours(ui.visuals().dark_mode);
    painter.rect_filled(rect, 4.0, colours.placeholder_fill);
    let text = match slot {
        Slot::Missing(_) => "Photo file missing",
        _ => "Loading…",
    };
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        text,
        egui::FontId::proportional(13.0),
        ui.visuals().text_color(),
    );
}
