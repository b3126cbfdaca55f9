//! The reading tabs: Overview, Benefits, Preparation and Aftercare share one layout.

use egui::{RichText, Ui};

use super::{blocks_ui, callout_ui, citations_ui, heading_ui};
use crate::content::{Guide, Page};

/// A page: its heading, introduction and sections.
pub fn page_ui(ui: &mut Ui, guide: &Guide, page: &Page) {
    page_header_ui(ui, page);
    sections_ui(ui, guide, page);
}

/// The Overview page, with the medical disclaimer under its introduction.
pub fn overview_ui(ui: &mut Ui, guide: &Guide) {
    page_header_ui(ui, &guide.overview);
    callout_ui(ui, |ui| {
        ui.label(RichText::new("Medical disclaimer").strong());
        ui.label(guide.disclaimer.as_str());
    });
    ui.label(
        RichText::new(format!(
            "Content last reviewed against its sources on {}.",
            guide.last_reviewed
        ))
        .small()
        .weak(),
    );
    ui.add_space(8.0);
    sections_ui(ui, guide, &guide.overview);
}

fn page_header_ui(ui: &mut Ui, page: &Page) {
    heading_ui(ui, &page.title, 1);
    if let Some(intro) = &page.intro {
        ui.label(intro.as_str());
    }
    ui.add_space(8.0);
}

fn sections_ui(ui: &mut Ui, guide: &Guide, page: &Page) {
    for section in &page.sections {
        ui.add_space(8.0);
        heading_ui(ui, &section.title, 2);
        blocks_ui(ui, &section.body);
        citations_ui(ui, guide, &section.sources);
    }
}
