//! The FAQ tab: each question expands to its answer.

use egui::{RichText, Ui};

use super::{blocks_ui, citations_ui, heading_ui};
use crate::content::Guide;

/// Every question, collapsed until the person opens it.
pub fn faq_ui(ui: &mut Ui, guide: &Guide) {
    heading_ui(ui, "Frequently asked questions", 1);
    ui.label("Select a question to read its answer.");
    ui.add_space(8.0);
    for entry in &guide.faq {
        egui::CollapsingHeader::new(RichText::new(&entry.question).size(17.0).strong())
            .id_salt(&entry.id)
            .show(ui, |ui| {
                blocks_ui(ui, &entry.answer);
                citations_ui(ui, guide, &entry.sources);
            });
    }
}
