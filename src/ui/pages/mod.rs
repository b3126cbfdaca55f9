//! The reading tabs: Overview, Benefits, Preparation and Aftercare share one layout.

pub mod faq;
pub mod search;
pub mod sources;

use egui::Ui;

use crate::content::{Guide, Origin, Page};
use crate::ui::checklist::timeline::{TimelineDates, timeline_ui};
use crate::ui::pages::search::{Mark, marked_label};
use crate::ui::style::{self, Tone, size, space};
use crate::ui::{
    Culler, blocks_ui, callout_ui, card_ui, citations_ui, evidence_ui, heading_ui, picture_ui,
};
use crate::user_data::tab::Tab;

/// A page on `tab`: its heading, introduction and sections. Pictures are found relative to
/// `origin`; timelines are dated by `dates`.
pub fn page_ui(
    ui: &mut Ui,
    guide: &Guide,
    origin: &Origin,
    page: &Page,
    tab: Tab,
    dates: TimelineDates,
    mark: &mut Mark,
) {
    page_header_ui(ui, page, tab, mark);
    sections_ui(ui, guide, origin, page, tab, dates, mark);
}

/// The Overview page, with the medical disclaimer under its introduction.
pub fn overview_ui(
    ui: &mut Ui,
    guide: &Guide,
    origin: &Origin,
    dates: TimelineDates,
    mark: &mut Mark,
) {
    let tab = Tab::Overview;
    page_header_ui(ui, &guide.overview, tab, mark);
    let disclaimer = callout_ui(ui, Tone::Info, |ui| {
        ui.label(style::strong("Medical disclaimer", size::BODY));
        marked_label(ui, &guide.disclaimer, mark);
    });
    mark.scroll_here(&disclaimer, tab, "disclaimer");
    ui.label(style::caption(format!(
        "Page last reviewed against its sources on {}.",
        guide.last_reviewed
    )));
    ui.add_space(space::M);
    sections_ui(ui, guide, origin, &guide.overview, tab, dates, mark);
}

fn page_header_ui(ui: &mut Ui, page: &Page, tab: Tab, mark: &mut Mark) {
    let heading = heading_ui(ui, &page.title, 1);
    mark.scroll_here(&heading, tab, "");
    if let Some(intro) = &page.intro {
        marked_label(ui, intro, mark);
    }
    ui.add_space(space::M);
}

fn sections_ui(
    ui: &mut Ui,
    guide: &Guide,
    origin: &Origin,
    page: &Page,
    tab: Tab,
    dates: TimelineDates,
    mark: &mut Mark,
) {
    let culler = Culler::new(ui);
    for section in &page.sections {
        let forced = mark.wants_scroll(tab, &section.id);
        culler.show(ui, &section.id, forced, |ui| {
            card_ui(ui, |ui| {
                let heading = heading_ui(ui, &section.title, 2);
                mark.scroll_here(&heading, tab, &section.id);
                if let Some(image) = &section.image {
                    picture_ui(ui, origin, image);
                }
                if let Some(kind) = section.timeline {
                    timeline_ui(ui, guide, kind, dates);
                }
                blocks_ui(ui, guide, &section.body, mark);
                ui.add_space(space::XS);
                evidence_ui(ui, section.evidence);
                citations_ui(ui, guide, &section.sources);
            });
        });
    }
}
