//! How the guide shows its evidence: how strong it is, how urgent a warning sign is, and what a
//! medical word means; with the rules `check` applies to them.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::load::Severity;
use super::locate::Anchor;
use super::validate::Finding;
use super::{Block, Citation, Guide, SourceKind};

/// How strong the evidence behind a section or an answer is, strongest first.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub enum Evidence {
    /// Systematic reviews or meta-analyses that pooled several controlled trials.
    ReviewsOfTrials,

    /// One or a few randomised or otherwise controlled trials.
    ControlledTrials,

    /// Small studies without a fair comparison group, case series or case reports.
    SmallStudies,

    /// Advice from health services, professional bodies, regulators or clinics, based on
    /// experience and caution rather than trials.
    ExpertAdvice,
}

impl Evidence {
    /// The whole scale, strongest first.
    pub const ALL: [Self; 4] = [
        Self::ReviewsOfTrials,
        Self::ControlledTrials,
        Self::SmallStudies,
        Self::ExpertAdvice,
    ];

    /// A short label in plain words.
    pub fn label(self) -> &'static str {
        match self {
            Self::ReviewsOfTrials => "Reviews of several trials",
            Self::ControlledTrials => "A few controlled trials",
            Self::SmallStudies => "Small studies",
            Self::ExpertAdvice => "Expert advice",
        }
    }

    /// What the label means, for the Sources tab and the label's tooltip.
    pub fn explanation(self) -> &'static str {
        match self {
            Self::ReviewsOfTrials => {
                "Researchers gathered several trials that compared groups of people fairly and looked at them together. This is the strongest evidence in this guide, but most of the trials were small and short."
            }
            Self::ControlledTrials => {
                "One or a few trials compared people who had the treatment with people who had something else. Better than a single report, but a new trial could change the picture."
            }
            Self::SmallStudies => {
                "Small studies, often with no comparison group, or reports of single cases. They show what can happen, not how often or how well it works."
            }
            Self::ExpertAdvice => {
                "Advice from health services, dermatologists, regulators or clinics. It rests on experience and caution rather than on trials."
            }
        }
    }
}

/// How quickly a warning sign needs acting on, least urgent first, as in NHS care cards.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// Contact the clinic that treated you, in its opening hours.
    ContactClinic,

    /// Get medical advice the same day.
    SameDay,

    /// Call emergency services now.
    Emergency,
}

impl Urgency {
    /// Every level, least urgent first.
    pub const ALL: [Self; 3] = [Self::ContactClinic, Self::SameDay, Self::Emergency];

    /// The card's heading.
    pub fn heading(self) -> &'static str {
        match self {
            Self::ContactClinic => "Contact your clinic",
            Self::SameDay => "Get medical advice today",
            Self::Emergency => "Emergency: call for help now",
        }
    }
}

/// A medical word and what it means.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    /// The word as the text uses it, e.g. "hyperpigmentation". Matched ignoring case, also with
    /// a plural "s" or "es".
    pub term: String,

    /// What it means, in plain words.
    pub meaning: String,

    /// What the meaning rests on.
    #[serde(default)]
    pub sources: Vec<Citation>,
}

impl GlossaryEntry {
    /// Where search results and jumps find this entry on the Sources tab.
    pub fn anchor(&self) -> String {
        format!("glossary:{}", self.term.trim().to_lowercase())
    }
}

/// Where glossary terms occur in `text`: byte ranges with the entry, in order, not overlapping.
/// Longer terms win over shorter ones inside them ("post-inflammatory hyperpigmentation" over
/// "hyperpigmentation").
pub fn glossary_terms_in<'a>(
    text: &str,
    glossary: &'a [GlossaryEntry],
) -> Vec<(Range<usize>, &'a GlossaryEntry)> {
    let lower = text.to_ascii_lowercase();
    let mut entries: Vec<&GlossaryEntry> = glossary
        .iter()
        .filter(|entry| !entry.term.trim().is_empty())
        .collect();
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.term.len()));
    let mut found: Vec<(Range<usize>, &GlossaryEntry)> = Vec::new();
    for entry in entries {
        let term = entry.term.trim().to_ascii_lowercase();
        let mut from = 0;
        while let Some(start) = lower.get(from..).and_then(|rest| rest.find(&term)) {
            let start = from + start;
            from = start + term.len();
            let Some(end) = word_end(&lower, start, from) else {
                continue;
            };
            if found
                .iter()
                .all(|(range, _)| end <= range.start || start >= range.end)
            {
                found.push((start..end, entry));
            }
        }
    }
    found.sort_by_key(|(range, _)| range.start);
    found
}

/// The end of a match of a term at `start..end` that is a whole word (or its plural), or `None`.
fn word_end(text: &str, start: usize, end: usize) -> Option<usize> {
    let is_word = |c: char| c.is_alphanumeric();
    if text[..start].chars().next_back().is_some_and(is_word) {
        return None;
    }
    let rest = &text[end..];
    let plural = ["es", "s", ""].into_iter().find(|suffix| {
        rest.strip_prefix(suffix)
            .is_some_and(|after| !after.chars().next().is_some_and(is_word))
    })?;
    Some(end + plural.len())
}

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
            out.push(warning(
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
            out.push(warning(
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
            super::ChecklistKind::Before => "before_checklist",
            super::ChecklistKind::After => "after_checklist",
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

fn check_glossary(guide: &Guide, out: &mut Vec<Finding>) {
    let mut seen = BTreeMap::new();
    for entry in &guide.glossary {
        let at = Anchor::field("glossary").then_literal(&entry.term);
        let key = entry.term.trim().to_ascii_lowercase();
        if key.is_empty() {
            out.push(error(
                Anchor::field("glossary"),
                "a glossary term is empty; expected a word",
            ));
            continue;
        }
        if entry.meaning.trim().is_empty() {
            out.push(error(
                at.clone(),
                format!("glossary term {:?} has no meaning", entry.term),
            ));
        }
        if seen.insert(key, ()).is_some() {
            out.push(error(
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
            out.push(error(
                at,
                format!(
                    "glossary term {:?} is not used anywhere in the guide's text; remove it or use it",
                    entry.term
                ),
            ));
        }
    }
}

fn warning(anchor: Anchor, message: String) -> Finding {
    Finding {
        severity: Severity::Warning,
        anchor,
        message,
        hint: None,
    }
}

fn error(anchor: Anchor, message: impl Into<String>) -> Finding {
    Finding {
        severity: Severity::Error,
        anchor,
        message: message.into(),
        hint: None,
    }
}

impl Guide {
    /// Every text a person reads about the treatment: page intros, section titles and bodies,
    /// questions and answers, checklist items and their details.
    pub fn all_texts(&self) -> impl Iterator<Item = &str> {
        let pages = self.pages().into_iter().flat_map(|(_, page)| {
            page.intro
                .as_deref()
                .into_iter()
                .chain(page.sections.iter().flat_map(|section| {
                    std::iter::once(section.title.as_str())
                        .chain(section.body.iter().flat_map(Block::texts))
                }))
        });
        let faq = self.faq.iter().flat_map(|entry| {
            std::iter::once(entry.question.as_str())
                .chain(entry.answer.iter().flat_map(Block::texts))
        });
        let items = self.checklist_items().flat_map(|(_, item)| {
            std::iter::once(item.text.as_str()).chain(item.detail.as_deref())
        });
        pages.chain(faq).chain(items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(term: &str) -> GlossaryEntry {
        GlossaryEntry {
            term: term.to_owned(),
            meaning: "m".to_owned(),
            sources: vec![],
        }
    }

    #[test]
    fn terms_match_whole_words_ignoring_case_and_plurals() {
        let glossary = [
            entry("hyperpigmentation"),
            entry("post-inflammatory hyperpigmentation"),
            entry("granuloma"),
        ];
        let text = "Post-inflammatory hyperpigmentation fades; granulomas are rare. Hyperpigmentationx no.";
        let found: Vec<&str> = glossary_terms_in(text, &glossary)
            .into_iter()
            .map(|(range, _)| &text[range])
            .collect();
        assert_eq!(found, ["Post-inflammatory hyperpigmentation", "granulomas"]);
    }

    #[test]
    fn evidence_levels_read_strongest_first() {
        let mut sorted = Evidence::ALL;
        sorted.sort();
        assert_eq!(sorted, Evidence::ALL);
        assert!(Evidence::ALL.iter().all(|level| !level.label().is_empty()));
    }
}
