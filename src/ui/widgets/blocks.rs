//! A section's text blocks: paragraphs, bullet lists, NHS do and don't lists, warnings and
//! care cards.

use egui::Ui;

use crate::content::{Block, Guide};
use crate::ui::pages::search::Mark;
use crate::ui::style::{self, Tone, size, space};
use crate::ui::widgets::care_card::care_card_ui;
use crate::ui::widgets::evidence::{Explained, glossed_label};
use crate::ui::widgets::frames::callout_ui;
use crate::ui::widgets::text::bullet_ui;

/// Paragraphs, bullet lists, warnings and care cards, in order, with the mark's words
/// highlighted and glossary terms explained on hover.
pub fn blocks_ui(ui: &mut Ui, guide: &Guide, blocks: &[Block], mark: &Mark) {
    let mut explained = Explained::new();
    for block in blocks {
        match block {
            Block::Paragraph(text) => {
                glossed_label(ui, guide, text, mark, &mut explained);
            }
            Block::Bullets(items) => {
                for item in items {
                    ui.horizontal_top(|ui| {
                        bullet_ui(ui);
                        glossed_label(ui, guide, item, mark, &mut explained);
                    });
                }
            }
            Block::Do(items) => do_list_ui(ui, guide, true, items, mark, &mut explained),
            Block::Dont(items) => do_list_ui(ui, guide, false, items, mark, &mut explained),
            Block::Warning(text) => {
                callout_ui(ui, Tone::Warning, |ui| {
                    glossed_label(ui, guide, text, mark, &mut explained);
                });
            }
            Block::CareCard(card) => {
                care_card_ui(ui, guide, card, mark, &mut explained);
            }
        }
    }
}

/// An NHS do or don't list: "Do" or "Don't" as its name, then each item after a painted tick
/// or cross (painted, so screen readers read the name once and then only the items).
fn do_list_ui(
    ui: &mut Ui,
    guide: &Guide,
    dos: bool,
    items: &[String],
    mark: &Mark,
    explained: &mut Explained,
) {
    let colours = style::palette(ui.visuals().dark_mode);
    let (name, colour) = if dos {
        ("Do", colours.do_mark)
    } else {
        ("Don't", colours.dont_mark)
    };
    ui.add_space(space::XS);
    ui.label(style::strong(name, size::SUBHEADING));
    for item in items {
        ui.horizontal_top(|ui| {
            let row = ui.text_style_height(&egui::TextStyle::Body);
            let (_, rect) = ui.allocate_space(egui::vec2(row, row));
            let centre = rect.center();
            let r = row * 0.28;
            let stroke = egui::Stroke::new(2.5, colour);
            if dos {
                ui.painter().line(
                    vec![
                        centre + egui::vec2(-r, 0.0),
                        centre + egui::vec2(-r * 0.3, r * 0.7),
                        centre + egui::vec2(r, -r * 0.8),
                    ],
                    stroke,
                );
            } else {
                ui.painter().line_segment(
                    [centre - egui::vec2(r, r), centre + egui::vec2(r, r)],
                    stroke,
                );
                ui.painter().line_segment(
                    [centre + egui::vec2(-r, r), centre + egui::vec2(r, -r)],
                    stroke,
                );
            }
            glossed_label(ui, guide, item, mark, explained);
        });
    }
}
