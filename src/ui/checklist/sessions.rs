//! Choosing a session in a long plan: a few tabs around the chosen one, and a scrolling list of
//! all of them that lays out only the rows in view.

use egui::Ui;

/// At most this many sessions show as tabs; a longer plan adds a "Go to session" list.
const MAX_SESSION_TABS: usize = 9;

/// Which sessions show as tabs: all of a short plan, or [`MAX_SESSION_TABS`] around the
/// selected one, so a long plan costs no more to draw than a short one.
pub(super) fn session_tab_range(count: usize, selected: usize) -> std::ops::Range<usize> {
    if count <= MAX_SESSION_TABS {
        return 0..count;
    }
    let start = selected
        .saturating_sub(MAX_SESSION_TABS / 2)
        .min(count - MAX_SESSION_TABS);
    start..start + MAX_SESSION_TABS
}

/// "Go to session…": every session of a long plan in a scrolling list that lays out only the
/// rows in view. Returns the index picked.
pub(super) fn session_picker_ui(
    ui: &mut Ui,
    count: usize,
    label: &dyn Fn(usize) -> String,
) -> Option<usize> {
    let mut picked = None;
    ui.horizontal(|ui| {
        ui.label(format!("{count} sessions in all."));
        egui::ComboBox::from_label("Go to session")
            .selected_text("Choose…")
            .show_ui(ui, |ui| {
                let row_height = ui.text_style_height(&egui::TextStyle::Button)
                    + ui.spacing().button_padding.y * 2.0;
                egui::ScrollArea::vertical().max_height(320.0).show_rows(
                    ui,
                    row_height,
                    count,
                    |ui, rows| {
                        for index in rows {
                            if ui.selectable_label(false, label(index)).clicked() {
                                picked = Some(index);
                            }
                        }
                    },
                );
            });
    });
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_plan_shows_nine_session_tabs_around_the_selected_one() {
        assert_eq!(session_tab_range(4, 3), 0..4);
        assert_eq!(session_tab_range(10_000, 0), 0..9);
        assert_eq!(session_tab_range(10_000, 5_000), 4_996..5_005);
        assert_eq!(session_tab_range(10_000, 9_999), 9_991..10_000);
    }
}
