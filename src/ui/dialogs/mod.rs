//! One style for every dialog: a title, the body, and the buttons in a row at the bottom right,
//! the main or destructive action rightmost (GNOME's layout). Escape or a click outside cancels.

pub mod about;
pub mod display;
pub mod export;
pub mod file_chooser;
pub mod report;
pub mod welcome;

use egui::{Align, Layout, RichText, Ui};

use crate::ui::heading_ui;
use crate::ui::style::{dialog_width, palette, size, space};

/// What a dialog button does, which decides how it looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ButtonKind {
    /// Cancel, Close, and other ways out.
    Plain,
    /// The action the dialog is for, filled with the accent.
    Suggested,
    /// An action that deletes or undoes something, filled red.
    Destructive,
}

/// A dialog button of `kind`.
pub fn button(ui: &Ui, text: &str, kind: ButtonKind) -> egui::Button<'static> {
    let colours = palette(ui.visuals().dark_mode);
    let (fill, ink) = match kind {
        ButtonKind::Plain => return egui::Button::new(RichText::new(text).size(size::BUTTON)),
        ButtonKind::Suggested => (colours.accent, colours.on_accent),
        ButtonKind::Destructive => (colours.destructive, egui::Color32::WHITE),
    };
    egui::Button::new(RichText::new(text).size(size::BUTTON).color(ink)).fill(fill)
}

/// A modal dialog titled `title`, `width` points wide at most. Returns what `body` returned,
/// and whether the person asked to close it (Escape, or a click outside).
pub fn dialog_ui<R>(
    ctx: &egui::Context,
    id_salt: &str,
    title: &str,
    width: f32,
    body: impl FnOnce(&mut Ui) -> R,
) -> (R, bool) {
    let modal = egui::Modal::new(egui::Id::unique(("dialog", id_salt)))
        .frame(
            egui::Frame::popup(&ctx.global_style())
                .inner_margin(space::L)
                .corner_radius(crate::ui::style::radius::CARD),
        )
        .show(ctx, |ui| {
            ui.set_max_width(width);
            heading_ui(ui, title, 2);
            ui.add_space(space::XS);
            body(ui)
        });
    let close = modal.should_close();
    (modal.inner, close)
}

/// The row of buttons at the bottom of a dialog, right-aligned, in reading order (the last is
/// rightmost, and Tab reaches them in this order). Returns the index of the one pressed.
pub fn buttons_ui(ui: &mut Ui, buttons: &[(&str, ButtonKind)]) -> Option<usize> {
    ui.add_space(space::S);
    let padding = ui.spacing().button_padding.x * 2.0;
    let gap = ui.spacing().item_spacing.x;
    let width: f32 = buttons
        .iter()
        .map(|(text, _)| {
            let galley = egui::WidgetText::from(RichText::new(*text).size(size::BUTTON))
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Button,
                );
            galley.size().x + padding + gap
        })
        .sum();
    let mut pressed = None;
    ui.allocate_ui_with_layout(
        egui::vec2(ui.available_width(), ui.spacing().interact_size.y),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.add_space((ui.available_width() - width).max(0.0));
            for (index, (text, kind)) in buttons.iter().enumerate() {
                if ui.add(button(ui, text, *kind)).clicked() {
                    pressed = Some(index);
                }
            }
        },
    );
    pressed
}

/// Asks to confirm a change: `Some(true)` when confirmed, `Some(false)` when cancelled (the
/// Cancel button, Escape or a click outside), `None` while the question is open.
pub fn confirm_ui(
    ctx: &egui::Context,
    title: &str,
    body: &str,
    confirm: &str,
    kind: ButtonKind,
) -> Option<bool> {
    let (pressed, close) = dialog_ui(ctx, "confirm", title, dialog_width::QUESTION, |ui| {
        ui.add(egui::Label::new(body).wrap());
        buttons_ui(ui, &[("Cancel", ButtonKind::Plain), (confirm, kind)])
    });
    match pressed {
        Some(index) => Some(index == 1),
        None if close => Some(false),
        None => None,
    }
}
