//! The FAQ tab: each question expands to its answer.

use egui::Ui;
use egui::accesskit::Role;
use egui::collapsing_header::CollapsingState;
use egui_material_icons::icons;

use crate::ui::style::{self, size, space};

use crate::content::{FaqEntry, Guide};
use crate::ui::pages::search::Mark;
use crate::ui::{Culler, blocks_ui, citations_ui, evidence_ui, heading_ui};
use crate::user_data::tab::Tab;

/// Every question, collapsed until the person opens it (or a search jump opens it).
pub fn faq_ui(ui: &mut Ui, guide: &Guide, mark: &mut Mark) {
    let heading = heading_ui(ui, "Frequently asked questions", 1);
    mark.scroll_here(&heading, Tab::Faq, "");
    ui.label("Select a question to read its answer.");
    ui.add_space(space::S);
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

    let card = style::card_frame(ui.visuals()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let chevron = if state.is_open() {
            icons::ICON_EXPAND_LESS
        } else {
            icons::ICON_EXPAND_MORE
        };
        let row = ui.horizontal_top(|ui| {
            let text_width = ui.available_width() - size::ICON - space::S;
            let response = ui
                .allocate_ui(egui::vec2(text_width, 0.0), |ui| {
                    ui.set_width(text_width);
                    ui.add(
                        egui::Label::new(style::strong(&entry.question, size::SUBHEADING))
                            .sense(egui::Sense::click())
                            .wrap(),
                    )
                })
                .inner
                .on_hover_cursor(egui::CursorIcon::PointingHand);
            let (icon_rect, _) =
                ui.allocate_exact_size(egui::vec2(size::ICON, size::ICON), egui::Sense::hover());
            ui.painter().text(
                icon_rect.center(),
                egui::Align2::CENTER_CENTER,
                chevron.codepoint,
                egui::FontId::new(size::ICON, chevron.font_family()),
                ui.visuals().text_color(),
            );
            response
        });
        let response = row.inner;
        if response.has_focus() {
            ui.painter().rect_stroke(
                row.response.rect.expand(4.0),
                style::radius::SMALL,
                ui.visuals().selection.stroke,
                egui::StrokeKind::Outside,
            );
        }
        if response.clicked() {
            state.toggle(ui);
        }
        state.show_body_unindented(ui, |ui| {
            ui.add_space(space::XS);
            blocks_ui(ui, guide, &entry.answer, mark);
            evidence_ui(ui, entry.evidence);
            citations_ui(ui, guide, &entry.sources);
        });
        response
    });
    let response = card.inner;
    let open = state.is_open();
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Button);
        node.clear_value();
        node.set_label(entry.question.as_str());
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
}
