//! Leaving far-off parts of a long page out of layout, so frame time stays flat.

use egui::{Key, Ui};

/// Lays out only the parts of a long page near what is on screen, so frame time stays flat as
/// the content grows. A part far from view is replaced by empty space of the height it had when
/// last drawn.
///
/// What stays whole: a screen of margin above and below keeps the next keyboard stop laid out,
/// so Tab and Shift+Tab move through the page in order; while a screen reader is connected
/// (AccessKit is building a tree) nothing is culled, so it can reach every part; and a part a
/// search jump is heading for is always drawn.
#[derive(Clone, Copy, Debug)]
pub struct Culler {
    near: egui::Rect,
    enabled: bool,
}

impl Culler {
    /// A culler for the scroll area `ui` is in.
    pub fn new(ui: &Ui) -> Self {
        let visible = ui.clip_rect();
        let screen_reader = ui
            .ctx()
            .accesskit_node_builder(ui.unique_id(), |_| ())
            .is_some();
        // For two frames after Tab moves the keyboard focus, every part is laid out: the focus
        // lands on the next widget in the whole page, and the page scrolls to it, before far
        // parts are left out again. Otherwise focus that wraps from the end of a long page to
        // the header would skip parts at the top that are still far from view.
        let pause_id = egui::Id::unique("culler-paused-until-pass");
        let pass = ui.ctx().cumulative_pass_nr();
        if ui.input(|input| input.key_pressed(Key::Tab)) {
            ui.ctx()
                .data_mut(|data| data.insert_temp(pause_id, pass.saturating_add(2)));
        }
        let paused = ui
            .ctx()
            .data(|data| data.get_temp::<u64>(pause_id))
            .is_some_and(|until| pass <= until);
        Self {
            near: visible.expand2(egui::vec2(0.0, visible.height())),
            enabled: !screen_reader && !paused,
        }
    }

    /// Draws `add_contents`, or only reserves its space when it is far from view and not
    /// `forced`.
    pub fn show(
        &self,
        ui: &mut Ui,
        id_salt: &str,
        forced: bool,
        add_contents: impl FnOnce(&mut Ui),
    ) {
        // The width is part of the key: text wraps differently at another width.
        let width = ui.available_width();
        let id = ui
            .scope_id()
            .with(("culled", id_salt, width.round() as i32));
        let known_height: Option<f32> = ui.ctx().data(|data| data.get_temp(id));
        let top = ui.cursor().top();
        if self.enabled
            && !forced
            && let Some(height) = known_height
            && (top > self.near.bottom() || top + height < self.near.top())
        {
            ui.allocate_space(egui::vec2(width, height));
            return;
        }
        // Keyed by the part's own id, so its widgets keep their ids wherever it is drawn.
        let builder = egui::UiBuilder::new().id_salt(("part", id_salt));
        let height = ui
            .scope_builder(builder, add_contents)
            .response
            .rect
            .height();
        ui.ctx().data_mut(|data| data.insert_temp(id, height));
    }
}
