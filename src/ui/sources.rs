//! The Sources tab: everything the guide cites, grouped by kind, most authoritative first.

use egui::{RichText, Ui};

use super::search::Mark;
use super::{Culler, heading_ui, link_ui};
use crate::content::{Guide, SourceKind};
use crate::tab::Tab;

/// The sources, grouped under a heading per kind.
pub fn sources_ui(ui: &mut Ui, guide: &Guide, mark: &mut Mark) {
    heading_ui(ui, "Sources", 1);
    ui.label(
        "Where this guide's statements come from. Links open in your web browser; \
         the app itself never goes online.",
    );
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
        ui.add_space(8.0);
        heading_ui(ui, kind.heading(), 2);
        for source in sources {
            let forced = mark.wants_scroll(Tab::Sources, &source.id);
            culler.show(ui, &source.id, forced, |ui| {
                ui.spacing_mut().item_spacing.y = 2.0;
                let link = link_ui(ui, &source.title, &source.url);
                mark.scroll_here(&link, Tab::Sources, &source.id);
                let published = match source.year {
                    Some(year) => format!("{}, {year}", source.publisher),
                    None => source.publisher.clone(),
                };
                ui.label(RichText::new(published).small().weak());
                ui.add_space(4.0);
            });
        }
    }
}
