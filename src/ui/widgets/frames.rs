//! The two boxes content sits in: cards for a page's sections, callouts for inset text and
//! warnings.

use egui::Ui;

use crate::ui::style::{self, Tone, radius, space, tone_colours};

/// A box that stands out from the running text, as the NHS draws inset text and warning
/// callouts: a tinted fill with a bar of the tone's colour down its left edge.
pub fn callout_ui(ui: &mut Ui, tone: Tone, add_contents: impl FnOnce(&mut Ui)) -> egui::Response {
    let colours = tone_colours(ui.visuals().dark_mode, tone);
    let response = egui::Frame::new()
        .fill(colours.body_fill)
        .corner_radius(radius::SMALL)
        .inner_margin(egui::Margin {
            left: (space::M + 6.0) as i8,
            right: space::M as i8,
            top: space::M as i8,
            bottom: space::M as i8,
        })
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.visuals_mut().override_text_color = Some(colours.body_text);
            add_contents(ui);
        })
        .response;
    let bar = egui::Rect::from_min_size(response.rect.min, egui::vec2(5.0, response.rect.height()));
    ui.painter().rect_filled(
        bar,
        egui::CornerRadius {
            nw: radius::SMALL,
            sw: radius::SMALL,
            ne: 0,
            se: 0,
        },
        colours.bar,
    );
    ui.add_space(space::XS);
    response
}

/// A card holding one section of a page.
pub fn card_ui<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let inner = style::card_frame(ui.visuals())
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add_contents(ui)
        })
        .inner;
    ui.add_space(space::M);
    inner
}
