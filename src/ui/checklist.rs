//! The Checklist tab: the before and after lists, their progress, and resetting a list.

use egui::{RichText, Ui};

use super::{citations_ui, heading_ui};
use crate::content::{Checklist, ChecklistKind, Guide};
use crate::progress::Progress;

/// Something the person did on the Checklist tab, for the app to apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChecklistAction {
    /// An item was ticked or unticked.
    SetTicked {
        /// The item's id.
        id: String,
        /// Its new state.
        ticked: bool,
    },

    /// "Reset list" was pressed; the app asks for confirmation.
    AskReset(ChecklistKind),
}

/// Both lists with their progress bars and items.
pub fn checklist_ui(ui: &mut Ui, guide: &Guide, progress: &Progress) -> Option<ChecklistAction> {
    let mut action = None;
    heading_ui(ui, "Checklist", 1);
    for kind in ChecklistKind::ALL {
        ui.add_space(8.0);
        let list = guide.checklist(kind);
        if let Some(picked) = list_ui(ui, guide, list, kind, progress) {
            action = Some(picked);
        }
    }
    action
}

fn list_ui(
    ui: &mut Ui,
    guide: &Guide,
    list: &Checklist,
    kind: ChecklistKind,
    progress: &Progress,
) -> Option<ChecklistAction> {
    let mut action = None;
    heading_ui(ui, &list.title, 2);
    if let Some(intro) = &list.intro {
        ui.label(intro.as_str());
    }

    let done = progress.done_count(list);
    let total = list.items.len();
    ui.horizontal(|ui| {
        let fraction = if total == 0 {
            0.0
        } else {
            done as f32 / total as f32
        };
        let bar_width = (ui.available_width() - 120.0).max(120.0);
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(bar_width)
                .text(progress_text(done, total)),
        );
        let reset = ui.add_enabled(done > 0, egui::Button::new("Reset list"));
        ui.ctx().accesskit_node_builder(reset.id, |node| {
            node.set_label(format!("Reset list ({})", list.title));
        });
        if reset.clicked() {
            action = Some(ChecklistAction::AskReset(kind));
        }
    });

    for item in &list.items {
        let mut ticked = progress.is_ticked(&item.id);
        if ui.checkbox(&mut ticked, item.text.as_str()).changed() {
            action = Some(ChecklistAction::SetTicked {
                id: item.id.clone(),
                ticked,
            });
        }
        ui.indent(&item.id, |ui| {
            ui.spacing_mut().item_spacing.y = 2.0;
            if let Some(detail) = &item.detail {
                ui.label(RichText::new(detail).weak());
            }
            citations_ui(ui, guide, &item.sources);
        });
    }
    action
}

/// "3 of 9 done", or "All 9 done".
pub fn progress_text(done: usize, total: usize) -> String {
    if done == total && total > 0 {
        format!("All {total} done")
    } else {
        format!("{done} of {total} done")
    }
}

/// The confirmation dialog for resetting `list`. Returns `Some(true)` to reset, `Some(false)` to
/// cancel (button, Escape or a click outside), `None` while it stays open.
pub fn confirm_reset_ui(ctx: &egui::Context, list: &Checklist, done: usize) -> Option<bool> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("confirm-reset")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        heading_ui(ui, &format!("Reset “{}”?", list.title), 2);
        ui.label(format!(
            "This unticks the {done} ticked item{} of this list. It cannot be undone.",
            if done == 1 { "" } else { "s" }
        ));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Untick all").clicked() {
                choice = Some(true);
            }
            if ui.button("Cancel").clicked() {
                choice = Some(false);
            }
        });
    });
    if choice.is_none() && modal.should_close() {
        choice = Some(false);
    }
    choice
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_text_counts_and_says_when_all_are_done() {
        assert_eq!(progress_text(3, 9), "3 of 9 done");
        assert_eq!(progress_text(0, 9), "0 of 9 done");
        assert_eq!(progress_text(9, 9), "All 9 done");
    }
}
