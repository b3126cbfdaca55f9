//! The reading column every page scrolls in, with keyboard scrolling and focus following.

use egui::{Key, Ui};

use crate::ui::style::space;

/// Widest reading column, in multiples of the body font size: about 80 characters.
const READING_WIDTH_EMS: f32 = 38.0;

/// A vertical scroll area holding a centred column no wider than about 80 characters. Page Up,
/// Page Down, Home, End and the arrow keys scroll it while no text field has the keyboard.
pub fn reading_column_ui(ui: &mut Ui, id_salt: &str, add_contents: impl FnOnce(&mut Ui)) {
    let scroll = keyboard_scroll(ui);
    egui::ScrollArea::vertical()
        .id_salt(id_salt)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if scroll != 0.0 {
                ui.scroll_with_delta(egui::vec2(0.0, scroll));
            }
            let body_size = ui.text_style_height(&egui::TextStyle::Body);
            let available = ui.available_width();
            let width = (available - 2.0 * space::L)
                .min(body_size * READING_WIDTH_EMS)
                .max(available.min(200.0));
            let margin = ((available - width) / 2.0).max(0.0);
            ui.horizontal_top(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_width(width);
                    add_contents(ui);
                    ui.add_space(space::PAGE_END);
                    follow_keyboard_focus(ui);
                });
            });
        });
}

/// egui does not scroll to a widget that Tab moved the focus to; a keyboard user would lose
/// sight of it on a long page. Scrolls it into view, if it is in this column.
fn follow_keyboard_focus(ui: &Ui) {
    let tabbed = ui.input(|input| input.key_pressed(Key::Tab));
    let Some(focused) = ui.ctx().memory(|memory| memory.focused()) else {
        return;
    };
    if !tabbed {
        return;
    }
    let Some(response) = ui.ctx().read_response(focused) else {
        return;
    };
    if ui.min_rect().contains_rect(response.rect) && !ui.clip_rect().contains_rect(response.rect) {
        // At once, not animated: the next Tab must find the widgets after this one laid out.
        ui.scroll_to_rect_animation(response.rect, None, egui::style::ScrollAnimation::none());
    }
}

/// How far the scroll keys ask to move the page, in points (positive scrolls up).
fn keyboard_scroll(ui: &Ui) -> f32 {
    let ctx = ui.ctx();
    if ctx.egui_wants_keyboard_input() {
        return 0.0;
    }
    let page = ui.available_height() * 0.9;
    let line = ui.text_style_height(&egui::TextStyle::Body) * 2.0;
    // Arrow keys move focus between widgets once one has it; they scroll only before that.
    let arrows_free = ctx.memory(|memory| memory.focused().is_none());
    ui.input(|input| {
        let mut delta = 0.0;
        if input.key_pressed(Key::PageDown) {
            delta -= page;
        }
        if input.key_pressed(Key::PageUp) {
            delta += page;
        }
        if input.key_pressed(Key::End) {
            delta -= f32::MAX / 4.0;
        }
        if input.key_pressed(Key::Home) {
            delta += f32::MAX / 4.0;
        }
        if arrows_free && input.key_pressed(Key::ArrowDown) {
            delta -= line;
        }
        if arrows_free && input.key_pressed(Key::ArrowUp) {
            delta += line;
        }
        delta
    })
}
