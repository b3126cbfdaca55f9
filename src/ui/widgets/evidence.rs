//! Widgets that show the guide's evidence: how strong it is, where in each source the support
//! is, and medical words explained on hover.

use egui::text::{CCursor, LayoutJob};
use egui::{RichText, Ui};

use crate::content::{
    Citation, Evidence, GlossaryEntry, Guide, glossary_terms_in, is_openable_link,
};
use crate::ui::pages::search::Mark;
use crate::ui::style::{self, size, space};

/// "Evidence: Small studies", with what that means on hover and for screen readers.
pub fn evidence_ui(ui: &mut Ui, evidence: Evidence) -> egui::Response {
    let text = format!("Evidence: {}", evidence.label());
    let response = ui
        .label(RichText::new(&text).small().strong())
        .on_hover_text(evidence.explanation());
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_description(evidence.explanation());
    });
    response
}

/// The sources something rests on, as numbered notes, one per line so that long titles never
/// run into each other: the title (a link), then who published it and where in it the support
/// is, when the content says.
pub fn citations_ui(ui: &mut Ui, guide: &Guide, cited: &[Citation]) {
    if cited.is_empty() {
        return;
    }
    ui.add_space(space::LINE);
    ui.label(style::caption("Sources"));
    let number_width = ui.text_style_height(&egui::TextStyle::Small) * 1.4;
    for (number, citation) in cited.iter().enumerate() {
        let Some(source) = guide.source(&citation.id) else {
            continue;
        };
        ui.horizontal_top(|ui| {
            // Rows as tall as their text, so that the number sits on the title's first line.
            let line = ui.text_style_height(&egui::TextStyle::Small);
            ui.spacing_mut().interact_size.y = line;
            ui.spacing_mut().item_spacing = egui::vec2(space::XS, space::LINE);
            let (rect, _) = ui.allocate_exact_size(
                egui::vec2(number_width, ui.text_style_height(&egui::TextStyle::Small)),
                egui::Sense::hover(),
            );
            ui.painter().text(
                rect.right_top(),
                egui::Align2::RIGHT_TOP,
                format!("{}.", number + 1),
                egui::FontId::proportional(size::CAPTION),
                ui.visuals().weak_text_color(),
            );
            ui.horizontal_wrapped(|ui| {
                let text = RichText::new(&source.title).size(size::CAPTION);
                if is_openable_link(&source.url) {
                    ui.hyperlink_to(text, &source.url)
                        .on_hover_text(format!("{}\n{}", source.publisher, source.url));
                } else {
                    ui.label(text);
                }
                let mut after = format!("— {}", source.publisher);
                if let Some(at) = &citation.at {
                    after.push_str(&format!(", {at}"));
                }
                ui.label(style::caption(after));
            });
        });
    }
}

/// Glossary terms already explained in the current section: each is marked where it is first
/// used, not every time.
pub type Explained = Vec<String>;

/// `text` as a wrapped label with the mark's words highlighted and each glossary term not yet
/// `explained` underlined with dots. Hovering shows what the terms mean; screen readers get the
/// meanings as the label's description.
pub fn glossed_label(
    ui: &mut Ui,
    guide: &Guide,
    text: &str,
    mark: &Mark,
    explained: &mut Explained,
) -> egui::Response {
    let mut terms = glossary_terms_in(text, &guide.glossary);
    terms.retain(|(_, entry)| !explained.contains(&entry.term));
    explained.extend(terms.iter().map(|(_, entry)| entry.term.clone()));
    if terms.is_empty() {
        return crate::ui::pages::search::marked_label(ui, text, mark);
    }
    let highlights = if mark.words().is_empty() {
        Vec::new()
    } else {
        crate::content::search::find_ranges(text, mark.words())
    };
    let job = layout_job(ui, text, &highlights);
    let galley = egui::WidgetText::from(job).into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        ui.available_width(),
        egui::TextStyle::Body,
    );
    let response = ui.add(egui::Label::new(galley.clone()));

    let colour = ui.visuals().text_color();
    let origin = response.rect.min;
    for (range, _) in &terms {
        let first = text[..range.start].chars().count();
        let count = text[range.clone()].chars().count();
        // One dotted line per row the term covers, so a term that wraps stays underlined.
        let mut row: Option<(egui::Pos2, egui::Pos2)> = None;
        for index in first..first + count {
            let left = galley.pos_from_cursor(CCursor::new(index));
            let right = galley.pos_from_cursor(CCursor::new(index + 1));
            let (start, end) = (
                origin + left.left_bottom().to_vec2(),
                origin + egui::vec2(right.left(), left.bottom()),
            );
            row = match row {
                Some((row_start, _)) if (row_start.y - start.y).abs() < 0.5 && end.x > start.x => {
                    Some((row_start, end))
                }
                Some((row_start, row_end)) => {
                    dotted(ui, row_start, row_end, colour);
                    Some((start, start + egui::vec2(left.width(), 0.0)))
                }
                None => Some((start, end)),
            };
        }
        if let Some((start, end)) = row {
            dotted(ui, start, end, colour);
        }
    }

    let meanings = meanings(&terms);
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_description(meanings.as_str());
    });
    response.on_hover_text(meanings)
}

/// The text with search matches highlighted, in body style.
fn layout_job(ui: &Ui, text: &str, highlights: &[std::ops::Range<usize>]) -> LayoutJob {
    let mut job = LayoutJob::default();
    crate::ui::pages::search::append_highlighted(ui, &mut job, text, highlights);
    job
}

fn dotted(ui: &Ui, start: egui::Pos2, end: egui::Pos2, colour: egui::Color32) {
    let y = start.y + 1.0;
    ui.painter().extend(egui::Shape::dotted_line(
        &[egui::pos2(start.x, y), egui::pos2(end.x, y)],
        colour,
        3.0,
        0.8,
    ));
}

/// "term: meaning" for each term once, one per line.
fn meanings(terms: &[(std::ops::Range<usize>, &GlossaryEntry)]) -> String {
    let mut lines: Vec<String> = Vec::new();
    for (_, entry) in terms {
        let line = format!("{}: {}", entry.term, entry.meaning);
        if !lines.contains(&line) {
            lines.push(line);
        }
    }
    lines.join("\n")
}
