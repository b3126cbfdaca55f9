//! The rules a content file must follow beyond its syntax.

use std::collections::BTreeSet;

use super::load::Severity;
use super::locate::Anchor;
use super::{Block, ChecklistKind, Citation, Guide, Image, Page, Window};

/// Windows further than this from the treatment day are surely a typing mistake.
const MAX_WINDOW_DAYS: i32 = 366;

/// The longest short label a checklist item may have, in characters: it names a timeline row.
const MAX_SHORT_LABEL_CHARS: usize = 32;

/// Content whose `last_reviewed` date is older than this gets a warning.
const REVIEW_MAX_AGE_MONTHS: i64 = 12;

/// The longest text (a title, paragraph, bullet or item) a guide may have, in characters: far
/// above any real paragraph, far below one that would stall the window.
pub const MAX_TEXT_CHARS: usize = 5_000;

/// A problem found by [`validate`], before it has a line and column.
pub(super) struct Finding {
    pub(super) severity: Severity,
    pub(super) anchor: Anchor,
    pub(super) message: String,
    pub(super) hint: Option<Hint>,
}

/// Help to go with a finding.
pub(super) enum Hint {
    /// Words to show as they are.
    Text(String),

    /// Where the thing was first defined (for a duplicate).
    FirstUse(Anchor),
}

/// "did you mean \"x\"?" for the known name closest to `wrong`, if one is close.
fn did_you_mean<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<Hint> {
    let (distance, closest) = known
        .into_iter()
        .map(|name| (crate::search::edit_distance(wrong, name), name))
        .min()?;
    (distance <= 3).then(|| Hint::Text(format!("did you mean {closest:?}?")))
}

/// Checks every rule, pushing what it finds to `out` in no particular order.
pub(super) fn validate(guide: &Guide, today: jiff::civil::Date, out: &mut Vec<Finding>) {
    let mut check = Checker {
        out,
        ids: BTreeSet::new(),
        source_ids: guide
            .sources
            .iter()
            .map(|source| source.id.clone())
            .collect(),
    };

    check.text(&guide.title, Anchor::field("title"), "the guide's title");
    check.text(&guide.tagline, Anchor::field("tagline"), "the tagline");
    check.text(
        &guide.disclaimer,
        Anchor::field("disclaimer"),
        "the disclaimer",
    );
    match jiff::civil::Date::strptime("%Y-%m-%d", &guide.last_reviewed) {
        Ok(reviewed) => {
            let due = reviewed.saturating_add(jiff::Span::new().months(REVIEW_MAX_AGE_MONTHS));
            // A day ahead is a time zone away (the author's "today" can be the reader's
            // tomorrow); more is a mistake.
            if reviewed > today.saturating_add(jiff::Span::new().days(1)) {
                check.warning(
                    Anchor::field("last_reviewed"),
                    format!(
                        "last_reviewed is {reviewed}, which is after today ({today}); expected the date the content was last checked"
                    ),
                );
            } else if due < today {
                check.warning(
                    Anchor::field("last_reviewed"),
                    format!(
                        "last_reviewed is {reviewed}, more than a year ago; check the content against its sources and update the date"
                    ),
                );
            }
        }
        Err(_) => check.error(
            Anchor::field("last_reviewed"),
            format!(
                "last_reviewed is {:?}; expected a date like \"2026-11-25\"",
                guide.last_reviewed
            ),
        ),
    }

    // Sources first, so their ids are claimed before anything else uses them.
    if guide.sources.is_empty() {
        check.error(
            Anchor::field("sources"),
            "sources is empty; expected at least one source",
        );
    }
    for source in &guide.sources {
        check.id(&source.id, "source");
        let at = Anchor::id(&source.id);
        check.text(&source.title, at.clone(), "the source's title");
        check.text(&source.publisher, at.clone(), "the source's publisher");
        if !is_web_address(&source.url) {
            check.error(
                at.then_field("url"),
                format!(
                    "source {:?}: url {:?} is not a web address; expected one starting with https:// or http://",
                    source.id, source.url
                ),
            );
        }
    }

    for (field, page) in [
        ("overview", &guide.overview),
        ("benefits", &guide.benefits),
        ("preparation", &guide.preparation),
        ("aftercare", &guide.aftercare),
    ] {
        check.page(field, page);
    }

    if guide.faq.is_empty() {
        check.error(
            Anchor::field("faq"),
            "faq is empty; expected at least one question",
        );
    }
    for entry in &guide.faq {
        check.id(&entry.id, "question");
        let at = Anchor::id(&entry.id);
        check.text(&entry.question, at.clone(), "the question");
        check.blocks(&entry.answer, at.clone(), "the answer");
        check.citations(&entry.sources, at, &format!("question {:?}", entry.id));
    }

    for (field, list) in [
        ("before_checklist", &guide.before_checklist),
        ("after_checklist", &guide.after_checklist),
    ] {
        let at = Anchor::field(field);
        check.text(
            &list.title,
            at.clone().then_field("title"),
            "the list's title",
        );
        if list.items.is_empty() {
            check.error(
                at.then_field("items"),
                format!("{field} has no items; expected at least one"),
            );
        }
        let kind = if field == "before_checklist" {
            ChecklistKind::Before
        } else {
            ChecklistKind::After
        };
        for item in &list.items {
            check.id(&item.id, "checklist item");
            let at = Anchor::field(field).then_id(&item.id);
            check.window(item.window, kind, at.clone().then_field("window"), &item.id);
            check.text(&item.text, at.clone(), "the item's text");
            if let Some(short) = &item.short {
                check.short_label(short, at.clone().then_field("short"), &item.id);
            }
            if let Some(detail) = &item.detail {
                check.text(detail, at.clone(), "the item's detail");
            }
            check.citations(&item.sources, at, &format!("checklist item {:?}", item.id));
        }
    }
    validate_plan(guide, &mut check);
    validate_evidence(guide, &mut check);
}

/// Checks the glossary's citations, blocks such as care cards, and the rules about evidence and
/// plain language (in their own modules).
fn validate_evidence(guide: &Guide, check: &mut Checker<'_>) {
    for entry in &guide.glossary {
        let at = Anchor::field("glossary").then_literal(&entry.term);
        check.citations(
            &entry.sources,
            at,
            &format!("glossary term {:?}", entry.term),
        );
    }
    super::evidence::check(guide, check.out);
    super::readability::check(guide, check.out);
    super::diary::check(guide, check.out);
    super::day_overlap::check(guide, check.out);
}

/// Checks the plan settings, after the pages so that section ids are known.
fn validate_plan(guide: &Guide, check: &mut Checker<'_>) {
    let plan = &guide.plan;
    let spacing = plan.spacing_weeks;
    if spacing.min == 0 || spacing.min > spacing.max || spacing.max > 52 {
        check.error(
            Anchor::field("plan").then_field("spacing_weeks"),
            format!(
                "spacing_weeks is (min: {}, max: {}); expected 1 <= min <= max <= 52",
                spacing.min, spacing.max
            ),
        );
    }
    let section_exists = guide
        .aftercare
        .sections
        .iter()
        .any(|section| section.id == plan.warning_signs_section);
    if !section_exists {
        let known = guide
            .aftercare
            .sections
            .iter()
            .map(|section| section.id.as_str());
        check.error_with_hint(
            Anchor::field("plan").then_field("warning_signs_section"),
            format!(
                "warning_signs_section is {:?}, which is not a section of the aftercare page",
                plan.warning_signs_section
            ),
            did_you_mean(&plan.warning_signs_section, known),
        );
    }
    if plan.warning_signs_days > 90 {
        check.error(
            Anchor::field("plan").then_field("warning_signs_days"),
            format!(
                "warning_signs_days is {}; expected at most 90",
                plan.warning_signs_days
            ),
        );
    }
}

struct Checker<'a> {
    out: &'a mut Vec<Finding>,
    ids: BTreeSet<String>,
    source_ids: BTreeSet<String>,
}

impl Checker<'_> {
    fn error(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.error_with_hint(anchor, message, None);
    }

    fn error_with_hint(&mut self, anchor: Anchor, message: impl Into<String>, hint: Option<Hint>) {
        self.out.push(Finding {
            severity: Severity::Error,
            anchor,
            message: message.into(),
            hint,
        });
    }

    fn warning(&mut self, anchor: Anchor, message: impl Into<String>) {
        self.out.push(Finding {
            severity: Severity::Warning,
            anchor,
            message: message.into(),
            hint: None,
        });
    }

    fn text(&mut self, text: &str, anchor: Anchor, what: &str) {
        if text.trim().is_empty() {
            self.error(anchor, format!("{what} is empty; expected some text"));
        } else {
            self.length(text, anchor, what);
        }
    }

    /// Refuses a text longer than [`MAX_TEXT_CHARS`], pointing at the text itself.
    fn length(&mut self, text: &str, anchor: Anchor, what: &str) {
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
    fn id(&mut self, id: &str, what: &str) {
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

    fn blocks(&mut self, blocks: &[Block], anchor: Anchor, what: &str) {
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
    fn image(&mut self, image: &Image, anchor: Anchor, section: &str) {
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
    fn short_label(&mut self, short: &str, anchor: Anchor, id: &str) {
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
    fn window(&mut self, window: Window, kind: ChecklistKind, anchor: Anchor, id: &str) {
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

    fn citations(&mut self, cited: &[Citation], anchor: Anchor, owner: &str) {
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

    fn page(&mut self, field: &'static str, page: &Page) {
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

/// May the app open this link when clicked? Only web addresses and `mailto:` addresses: never
/// `file:`, `javascript:` or other schemes that could run or expose something on the computer.
pub fn is_openable_link(url: &str) -> bool {
    if is_web_address(url) {
        return true;
    }
    let url = url.trim();
    url.get(..7)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("mailto:"))
        && url[7..].contains('@')
        && !url.chars().any(char::is_whitespace)
}

/// Is this an `http(s)` address with something after the scheme? Sources must have one.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        !rest.is_empty() && !rest.starts_with('/') && !rest.chars().any(char::is_whitespace)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_may_open() {
        assert!(is_openable_link("https://www.nhs.uk/"));
        assert!(is_openable_link("MAILTO:clinic@example.org"));
        assert!(!is_openable_link("mailto:"));
        assert!(!is_openable_link("file:///etc/passwd"));
        assert!(!is_openable_link("javascript:alert(1)"));
        assert!(!is_openable_link("skincare://open"));
        assert!(!is_openable_link("mailto:a@b.c\n/bin/sh"));
    }

    #[test]
    fn web_addresses_are_http_or_https_only() {
        assert!(is_web_address("https://www.nhs.uk/"));
        assert!(is_web_address("HTTP://example.org"));
        assert!(!is_web_address("file:///etc/passwd"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https://"));
        assert!(!is_web_address("https:///path"));
        assert!(!is_web_address("ftp://example.org"));
    }
}
