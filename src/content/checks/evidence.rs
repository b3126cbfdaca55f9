//! The rules about evidence: a text that gives numbers needs a located citation from a source a
//! careful reader would trust, and every glossary term is used and defined once.

use std::collections::BTreeMap;

use crate::content::locate::Anchor;
use crate::content::problem::Finding;
use crate::content::{Block, ChecklistKind, Citation, Guide, SourceKind, glossary_terms_in};

/// Does this text state a number or a timing, in digits or in words ("two weeks")?
fn has_digits(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit()) || super::number_words::has_number_words(text)
}

/// The rules about evidence: numbers need a located citation from a source a careful reader
/// would trust, and every glossary term is used and defined once.
pub(super) fn check(guide: &Guide, out: &mut Vec<Finding>) {
    let kinds: BTreeMap<&str, SourceKind> = guide
        .sources
        .iter()
        .map(|source| (source.id.as_str(), source.kind))
        .collect();
    let mut numbers = |texts: Vec<&str>, cited: &[Citation], anchor: Anchor, owner: String| {
        if !texts.into_iter().any(has_digits) || cited.is_empty() {
            return;
        }
        if cited.iter().all(|citation| citation.at.is_none()) {
            out.push(Finding::warning(
                anchor.clone(),
                format!(
                    "{owner} gives numbers, but none of its citations says where in the source they are; write the one that supports them as (source: \"…\", at: \"section, table or page\")"
                ),
            ));
        }
        let trusted = cited.iter().any(|citation| {
            kinds
                .get(citation.id.as_str())
                .is_some_and(|kind| !matches!(kind, SourceKind::Clinic | SourceKind::Article))
        });
        if !trusted {
            out.push(Finding::warning(
                anchor,
                format!(
                    "{owner} gives numbers that rest only on clinic or article sources; cite a health service, professional body, regulator or journal for them"
                ),
            ));
        }
    };
    for (field, page) in guide.pages() {
        for section in &page.sections {
            let mut texts = vec![section.title.as_str()];
            texts.extend(section.body.iter().flat_map(Block::texts));
            numbers(
                texts,
                &section.sources,
                Anchor::field(field).then_id(&section.id),
                format!("section {:?}", section.id),
            );
        }
    }
    for entry in &guide.faq {
        let mut texts = vec![entry.question.as_str()];
        texts.extend(entry.answer.iter().flat_map(Block::texts));
        numbers(
            texts,
            &entry.sources,
            Anchor::id(&entry.id),
            format!("question {:?}", entry.id),
        );
    }
    for (kind, item) in guide.checklist_items() {
        let field = match kind {
            ChecklistKind::Before => "before_checklist",
            ChecklistKind::After => "after_checklist",
        };
        let mut texts = vec![item.text.as_str()];
        texts.extend(item.detail.as_deref());
        numbers(
            texts,
            &item.sources,
            Anchor::field(field).then_id(&item.id),
            format!("checklist item {:?}", item.id),
        );
    }
    check_glossary(guide, out);
}

/// Every glossary term is a word, has a meaning, is defined once and is used in the text.
fn check_glossary(guide: &Guide, out: &mut Vec<Finding>) {
    let mut seen = BTreeMap::new();
    for entry in &guide.glossary {
        let at = Anchor::field("glossary").then_literal(&entry.term);
        let key = entry.term.trim().to_ascii_lowercase();
        if key.is_empty() {
            out.push(Finding::error(
                Anchor::field("glossary"),
                "a glossary term is empty; expected a word",
            ));
            continue;
        }
        if entry.meaning.trim().is_empty() {
            out.push(Finding::error(
                at.clone(),
                format!("glossary term {:?} has no meaning", entry.term),
            ));
        }
        if seen.insert(key, ()).is_some() {
            out.push(Finding::error(
                at.clone(),
                format!(
                    "glossary term {:?} is defined twice; define each term once",
                    entry.term
                ),
            ));
            continue;
        }
        let used = guide
            .all_texts()
            .any(|text| !glossary_terms_in(text, std::slice::from_ref(entry)).is_empty());
        if !used {
            out.push(Finding::error(
                at,
                format!(
                    "glossary term {:?} is not used anywhere in the guide's text; remove it or use it",
                    entry.term
                ),
            ));
        }
    }
}
