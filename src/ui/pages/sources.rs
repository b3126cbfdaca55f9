//! The Sources tab: everything the guide cites, grouped by kind, most authoritative first.

use egui::Ui;

use crate::content::{Evidence, Guide, SourceKind};
use crate::ui::pages::search::Mark;
use crate::ui::style::{self, size, space};
use crate::ui::{Culler, card_ui, citations_ui, heading_ui, link_ui};
use crate::user_data::tab::Tab;

/// The sources, grouped under a heading per kind.
pub fn sources_ui(ui: &mut Ui, guide: &Guide, mark: &mut Mark) {
    heading_ui(ui, "Sources", 1);
    ui.label(
        "Where this guide's statements come from. Links open in your web browser; \
         the app itself never goes online.",
    );
    evidence_scale_ui(ui);
    let culler = Culler::new(ui);
    for kind in SourceKind::ALL {
        let mut sources = guide
            .sources
            .iter()
            .filter(|source| source.kind == kind)
            .peekable();
        if sources.peek().is_none() {
            continue;
        }
        card_ui(ui, |ui| {
            heading_ui(ui, kind.heading(), 2);
            for source in sources {
                let forced = mark.wants_scroll(Tab::Sources, &source.id);
                culler.show(ui, &source.id, forced, |ui| {
                    ui.spacing_mut().item_spacing.y = space::LINE;
                    let link = link_ui(ui, &source.title, &source.url);
                    mark.scroll_here(&link, Tab::Sources, &source.id);
                    let published = match source.year {
                        Some(year) => format!("{}, {year}", source.publisher),
                        None => source.publisher.clone(),
                    };
                    ui.label(style::caption(published));
                    ui.add_space(space::S);
                });
            }
        });
    }
    glossary_ui(ui, guide, mark);
}

/// What each evidence level on the reading tabs and answers means, strongest first.
fn evidence_scale_ui(ui: &mut Ui) {
    ui.add_space(space::M);
    card_ui(ui, evidence_scale_card_ui);
}

fn evidence_scale_card_ui(ui: &mut Ui) {
    heading_ui(ui, "How strong is the evidence?", 2);
    ui.label(
        "Each section and answer says how good the evidence behind it is, on this scale, \
         strongest first. Where a source supports a number, the citation says where in the \
         source to look.",
    );
    for level in Evidence::ALL {
        ui.label(style::strong(level.label(), size::BODY));
        ui.indent(level.label(), |ui| {
            ui.label(level.explanation());
        });
    }
}

/// The glossary: every medical word the guide uses, with its meaning and sources.
pub fn glossary_ui(ui: &mut Ui, guide: &Guide, mark: &mut Mark) {
    if guide.glossary.is_empty() {
        return;
    }
    card_ui(ui, |ui| glossary_card_ui(ui, guide, mark));
}

fn glossary_card_ui(ui: &mut Ui, guide: &Guide, mark: &mut Mark) {
    heading_ui(ui, "Words explained", 2);
    ui.label("Words with a dotted underline in the guide are explained here; point at one to see its meaning.");
    let mut entries: Vec<_> = guide.glossary.iter().collect();
    entries.sort_by_key(|entry| entry.term.to_lowercase());
    for entry in entries {
        ui.spacing_mut().item_spacing.y = space::LINE;
        let term = ui.label(style::strong(&entry.term, size::BODY));
        mark.scroll_here(&term, Tab::Sources, &entry.anchor());
        crate::ui::pages::search::marked_label(ui, &entry.meaning, mark);
        citations_ui(ui, guide, &entry.sources);
        ui.add_space(space::XS);
    }
}
