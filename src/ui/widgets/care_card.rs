//! Warning signs of one urgency as an NHS-style care card.

use egui::{RichText, Ui};

use crate::content::{CareCard, Guide};
use crate::ui::pages::search::Mark;
use crate::ui::style::{self, care_card_colours, size, space};
use crate::ui::widgets::evidence::{Explained, glossed_label};
use crate::ui::widgets::text::bullet_ui;

/// Warning signs of one urgency, as an NHS-style care card: a coloured heading band saying how
/// quickly to act, the signs, and what to do.
pub fn care_card_ui(
    ui: &mut Ui,
    guide: &Guide,
    card: &CareCard,
    mark: &Mark,
    explained: &mut Explained,
) -> egui::Response {
    let colours = care_card_colours(ui.visuals().dark_mode, card.urgency);
    let radius = style::radius::SMALL;
    egui::Frame::new()
        .fill(colours.body_fill)
        .stroke(egui::Stroke::new(2.0, colours.bar))
        .corner_radius(radius)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.spacing_mut().item_spacing.y = space::XS;
            egui::Frame::new()
                .fill(colours.heading_fill)
                .corner_radius(egui::CornerRadius {
                    nw: radius,
                    ne: radius,
                    sw: 0,
                    se: 0,
                })
                .inner_margin(egui::Margin::symmetric(space::M as i8, space::S as i8))
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    let heading = card.urgency.heading();
                    let label = ui.label(
                        style::strong(heading, size::SUBHEADING).color(colours.heading_text),
                    );
                    ui.ctx().accesskit_node_builder(label.id, |node| {
                        node.set_role(egui::accesskit::Role::Heading);
                        node.set_level(3);
                        node.clear_value();
                        node.set_label(heading);
                    });
                });
            egui::Frame::new()
                .inner_margin(egui::Margin {
                    left: space::M as i8,
                    right: space::M as i8,
                    top: space::XS as i8,
                    bottom: space::INSET as i8,
                })
                .show(ui, |ui| {
                    ui.visuals_mut().override_text_color = Some(colours.body_text);
                    for sign in &card.signs {
                        ui.horizontal_top(|ui| {
                            bullet_ui(ui);
                            glossed_label(ui, guide, sign, mark, explained);
                        });
                    }
                    ui.add_space(space::LINE);
                    ui.label(RichText::new(&card.action).strong());
                });
        })
        .response
}
