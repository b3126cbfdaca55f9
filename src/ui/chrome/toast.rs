//! Short messages at the bottom of the window that go away by themselves ("Saved to …"), as
//! GNOME's toasts do. Screen readers hear each one as it appears.

use egui::RichText;

use crate::ui::style::{palette, radius, space};

/// How long a toast stays, in seconds.
const SHOWN_FOR_SECONDS: f64 = 5.0;

/// The toasts on screen, newest last.
#[derive(Debug, Default)]
pub struct Toasts {
    shown: Vec<(String, Option<f64>)>,
}

impl Toasts {
    /// Shows `message` from the next frame on.
    pub fn say(&mut self, message: impl Into<String>) {
        self.shown.push((message.into(), None));
        // Two are enough to read; older ones make way.
        if self.shown.len() > 2 {
            self.shown.remove(0);
        }
    }

    /// The messages on screen.
    pub fn messages(&self) -> impl Iterator<Item = &str> {
        self.shown.iter().map(|(message, _)| message.as_str())
    }

    /// Draws the toasts over the bottom of the window and drops those whose time is up.
    pub fn ui(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|input| input.time);
        self.shown
            .retain(|(_, since)| since.is_none_or(|since| now - since < SHOWN_FOR_SECONDS));
        if self.shown.is_empty() {
            return;
        }
        let colours = palette(ctx.global_style().visuals.dark_mode);
        let mut dismissed = None;
        egui::Area::new(egui::Id::unique("toasts"))
            .anchor(egui::Align2::CENTER_BOTTOM, egui::vec2(0.0, -space::L))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                for (index, (message, since)) in self.shown.iter_mut().enumerate() {
                    since.get_or_insert(now);
                    egui::Frame::new()
                        .fill(colours.toast_fill)
                        .corner_radius(radius::CARD)
                        .inner_margin(egui::Margin::symmetric(space::L as i8, space::S as i8))
                        .show(ui, |ui| {
                            ui.horizontal(|ui| {
                                let label = ui.label(
                                    RichText::new(message.as_str()).color(colours.toast_text),
                                );
                                ui.ctx().accesskit_node_builder(label.id, |node| {
                                    node.set_live(egui::accesskit::Live::Polite);
                                });
                                let close = ui.add(
                                    egui::Button::new(
                                        RichText::new(egui_material_icons::icons::ICON_CLOSE)
                                            .color(colours.toast_text),
                                    )
                                    .frame(false),
                                );
                                ui.ctx().accesskit_node_builder(close.id, |node| {
                                    node.set_label("Dismiss");
                                });
                                if close.clicked() {
                                    dismissed = Some(index);
                                }
                            });
                        });
                }
            });
        if let Some(index) = dismissed {
            self.shown.remove(index);
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(SHOWN_FOR_SECONDS));
    }
}
