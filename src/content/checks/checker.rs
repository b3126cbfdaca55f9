//! The checker every structural rule reports through, and the rules for each kind of part of a
//! guide: texts, ids, lists of blocks, images, short labels, windows, citations and pages.

use std::collections::BTreeSet;

use crate::content::locate::Anchor;
use crate::content::problem::{Finding, Hint};
use crate::content::{Block, ChecklistKind, Citation, Guide, Image, Page, Window};
use crate::text::edit_distance::closest;

/// Windows further than this from the treatment day are surely a typing mistake.
const MAX_WINDOW_DAYS: i32 = 366;

/// The longest short label a checklist item may have, in characters: it names a timeline row.
const MAX_SHORT_LABEL_CHARS: usize = 32;

/// The longest text (a title, paragraph, bullet or item) a guide may have, in characters: far
/// above any real paragraph, far below one that would stall the window.
pub const MAX_TEXT_CHARS: usize = 5_000;

/// "did you mean \"x\"?" for the known name closest to `wrong`, if one is close.
pub(super) fn did_you_mean<'a>(
    wrong: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Option<Hint> {
    closest(wrong, known).map(|closest| Hint::Text(format!("did you mean {closest:?}?")))
}

/// Collects findings, and remembers the ids claimed so far and the sources' ids.
pub(super) struct Checker<'a> {
    /// Where findings go, in no particular order.
    pub(super) out: &'a mut Vec<Finding>,
    ids: BTreeSet<String>,
    source_ids: BTreeSet<String>,
}

impl<'a> Checker<'a> {
    /// A checker for `guide` with no ids claimed yet.
    pub(super) fn new(guide: &Guide, out: &'a mut Vec<Finding>) -> Self {
        Self {
            out,
            ids: BTreeSet::new(),
            source_ids: guide
                .sources
                .iter()
                .map(|source| source.id.clone())
                .collect(),
        }
    }
}

impl Checker<'_> {
    pub(super) fn error(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.error_with_hint(anchor, message, None);
    }

    pub(super) fn error_with_hint(
        &mut self,
        anchor: Anchor,
        message: impl Into<String>,
        hint: Option<Hint>,
    ) {
        self.out
            .push(Finding::error(anchor, message).with_hint(hint));
    }

    pub(super) fn warning(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.out.push(Finding::warning(anchor, message));
    }

    pub(super) fn text(&mut self, text: &str, anchor: Anchor, what: &str) {
        if text.trim().is_empty() {
            self.error(anchor, format!("{what} is empty; expected some text"));
        } else {
            self.length(text, anchor, what);
        }
    }

    /// Refuses a text longer than [`MAX_TEXT_CHARS`], pointing at the text itself.
    pub(super) fn length(&mut self, text: &str, anchor: Anchor, what: &str) {
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            self.error(
                anchor.then_literal(text),
                format!(
                    "{what} has a text of {chars} characters; at most {MAX_TEXT_CHARS} are allowed, so split it in two or more"
                ),
            );
        }
    }

    /// Checks an id's form, and that no earlier part of the file uses it.
    pub(super) fn id(&mut self, id: &str, what: &str) {
        let well_formed = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            self.error(
                Anchor::id(id),
                format!(
                    "{what} id {id:?} is not valid; expected lowercase letters, digits and dashes, like \"avoid-sun\""
                ),
            );
        } else if !self.ids.insert(id.to_owned()) {
            // Point at the second definition: the first one is fine.
            self.error_with_hint(
                Anchor::id(id).then_id(id),
                format!("{what} id {id:?} is used twice; ids must be unique in the file"),
                Some(Hint::FirstUse(Anchor::id(id))),
            );
        }
    }

    pub(super) fn blocks(&mut self, blocks: &[Block], anchor: Anchor, what: &str) {
        if blocks.is_empty() {
            self.error(
                anchor.clone(),
                format!("{what} is empty; expected some text"),
            );
        }
        for block in blocks {
            if let Block::Bullets(items) | Block::Do(items) | Block::Dont(items) = block
                && items.is_empty()
            {
                self.error(anchor.clone(), format!("{what} has an empty list"));
            }
            if let Block::CareCard(card) = block
                && card.signs.is_empty()
            {
                self.error(
                    anchor.clone(),
                    format!("{what} has a care card with no signs"),
                );
            }
            if block.texts().any(|text| text.trim().is_empty()) {
                self.error(anchor.clone(), format!("{what} has an empty paragraph"));
            }
            for text in block.texts() {
                self.length(text, anchor.clone(), what);
            }
        }
    }

    /// Checks an image's alt text and path. Whether the file exists is `check`'s business: it
    /// depends on where the content file is.
    pub(super) fn image(&mut self, image: &Image, anchor: Anchor, section: &str) {
        if image.alt.trim().is_empty() {
            self.error_with_hint(
                anchor.clone(),
                format!("section {section:?}: the image has no alt text"),
                Some(Hint::Text(
                    "describe what the picture shows: screen readers read it, and it stands in for a picture that cannot be shown".to_owned(),
                )),
            );
        }
        let path = std::path::Path::new(&image.path);
        let relative = !image.path.trim().is_empty()
            && path.is_relative()
            && !path
                .components()
                .any(|part| matches!(part, std::path::Component::ParentDir));
        if !relative || !image.path.to_ascii_lowercase().ends_with(".png") {
            self.error(
                anchor.then_field("path"),
                format!(
                    "section {section:?}: image path {:?} must be a .png file inside the content's folder, like \"assets/illustrations/skin-layers.png\"",
                    image.path
                ),
            );
        }
    }

    /// Checks a timeline row's label: some text, short enough to fit beside the bars.
    pub(super) fn short_label(&mut self, short: &str, anchor: Anchor, id: &str) {
        let chars = short.chars().count();
        if short.trim().is_empty() {
            self.error(
                anchor,
                format!("checklist item {id:?}: the short label is empty; expected a few words, or leave `short` out"),
            );
        } else if chars > MAX_SHORT_LABEL_CHARS {
            self.error(
                anchor.then_literal(short),
                format!(
                    "checklist item {id:?}: the short label has {chars} characters; at most {MAX_SHORT_LABEL_CHARS} fit beside a timeline's bars"
                ),
            );
        }
    }

    /// Checks that a window is ordered, plausible, and on the right side of the treatment day.
    pub(super) fn window(&mut self, window: Window, kind: ChecklistKind, anchor: Anchor, id: &str) {
        let Window { from_day, to_day } = window;
        if from_day > to_day {
            self.error(
                anchor,
                format!(
                    "checklist item {id:?}: window starts on day {from_day}, after it ends on day {to_day}; expected from_day <= to_day"
                ),
            );
        } else if from_day.abs() > MAX_WINDOW_DAYS || to_day.abs() > MAX_WINDOW_DAYS {
            self.error(
                anchor,
                format!(
                    "checklist item {id:?}: window reaches day {}; expected days within a year of the treatment",
                    if from_day.abs() > to_day.abs() { from_day } else { to_day }
                ),
            );
        } else {
            match kind {
                ChecklistKind::Before if from_day >= 0 => self.error(
                    anchor,
                    format!(
                        "checklist item {id:?} is in the before list but its window starts on day {from_day}; expected it to start before the treatment day (a negative from_day)"
                    ),
                ),
                ChecklistKind::After if to_day < 0 => self.error(
                    anchor,
                    format!(
                        "checklist item {id:?} is in the after list but its window ends on day {to_day}; expected it to end on or after the treatment day (a to_day of 0 or more)"
                    ),
                ),
                ChecklistKind::Before | ChecklistKind::After => {}
            }
        }
    }

    pub(super) fn citations(&mut self, cited: &[Citation], anchor: Anchor, owner: &str) {
        if cited.is_empty() {
            self.warning(
                anchor.clone(),
                format!("{owner} cites no source; add `sources: [\"…\"]`"),
            );
        }
        for Citation { id, at } in cited {
            if at.as_deref().is_some_and(|at| at.trim().is_empty()) {
                self.error(
                    anchor.clone().then_field("sources").then_literal(id),
                    format!("{owner} cites {id:?} with an empty `at`; say where in the source, or leave `at` out"),
                );
            }
            if !self.source_ids.contains(id) {
                let hint = did_you_mean(id, self.source_ids.iter().map(String::as_str));
                self.error_with_hint(
                    anchor.clone().then_field("sources").then_literal(id),
                    format!("{owner} cites {id:?}, which is not in the sources list"),
                    hint,
                );
            }
        }
    }

    pub(super) fn page(&mut self, field: &'static str, page: &Page) {
        let at = Anchor::field(field);
        self.text(
            &page.title,
            at.clone().then_field("title"),
            &format!("the {field} page's title"),
        );
        if let Some(intro) = &page.intro {
            self.text(
                intro,
                at.clone().then_field("intro"),
                &format!("the {field} page's intro"),
            );
        }
        if page.sections.is_empty() {
            self.error(
                at.then_field("sections"),
                format!("the {field} page has no sections; expected at least one"),
            );
        }
        for section in &page.sections {
            self.id(&section.id, "section");
            let at = Anchor::field(field).then_id(&section.id);
            self.text(&section.title, at.clone(), "the section's title");
            if let Some(image) = &section.image {
                self.image(image, at.clone().then_field("image"), &section.id);
            }
            if section.image.is_some() && section.timeline.is_some() {
                self.error(
                    at.clone().then_field("timeline"),
                    format!(
                        "section {:?} has both an image and a timeline; expected one of them, since both go under the heading",
                        section.id
                    ),
                );
            }
            self.blocks(&section.body, at.clone(), "the section's body");
            self.citations(&section.sources, at, &format!("section {:?}", section.id));
        }
    }
}
