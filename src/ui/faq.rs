//! The FAQ tab: each question expands to its answer.

use egui::accesskit::Role;
use egui::collapsing_header::{CollapsingState, paint_default_icon};
use egui::{RichText, Ui};

use super::search::Mark;
use super::{Culler, blocks_ui, citations_ui, evidence_ui, heading_ui};
use crate::content::{FaqEntry, Guide};
use crate::tab::Tab;

/// Every question, collapsed until the person opens it (or a search jump opens it).
pub fn faq_ui(ui: &mut Ui, guide: &Guide, mark: &mut Mark) {
    let heading = heading_ui(ui, "Frequently asked questions", 1);
    mark.scroll_here(&heading, Tab::Faq, "");
    ui.label("Select a question to read its answer.");
    ui.add_space(8.0);
    let culler = Culler::new(ui);
    for entry in &guide.faq {
        let forced = mark.wants_scroll(Tab::Faq, &entry.id);
        culler.show(ui, &entry.id, forced, |ui| {
            question_ui(ui, guide, entry, mark)
        });
    }
}

/// A question that expands to its answer. Unlike egui's `CollapsingHeader`, the question wraps,
/// so long questions stay readable in a narrow window or at large text sizes.
fn question_ui(ui: &mut Ui, guide: &Guide, entry: &FaqEntry, mark: &mut Mark) {
    let id = ui.make_persistent_id(("faq", &entry.id));
    let mut state = CollapsingState::load_with_default_open(ui.ctx(), id, false);
    if mark.wants_scroll(Tab::Faq, &entry.id) {
        state.set_open(true);
    }

    let header = ui.horizontal_top(|ui| {
        let icon_size = egui::vec2(
            ui.spacing().icon_width,
            ui.text_style_height(&egui::TextStyle::Body),
        );
        let (_, icon_rect) = ui.allocate_space(icon_size);
        let question = egui::Button::new(RichText::new(&entry.question).size(17.0).strong())
            .frame(false)
            .wrap();
        let response = ui.add(question);
        let icon = ui.interact(icon_rect, id.with("icon"), egui::Sense::hover());
        paint_default_icon(ui, state.openness(ui.ctx()), &icon);
        response
    });
    let response = header.inner;
    if response.clicked() {
        state.toggle(ui);
    }
    let open = state.is_open();
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Button);
        node.set_expanded(open);
        // AccessKit's Linux adapter (accesskit_atspi_common 0.21) does not pass the expanded
        // state on, so say it in words too.
        node.set_description(if open {
            "Answer shown"
        } else {
            "Answer hidden"
        });
    });
    mark.scroll_here(&response, Tab::Faq, &entry.id);

    state.show_body_indented(&header.response, ui, |ui| {
        blocks_ui(ui, guide, &entry.answer, mark);
        evidence_ui(ui, entry.evidence);
        citations_ui(ui, guide, &entry.sources);
    });
}
