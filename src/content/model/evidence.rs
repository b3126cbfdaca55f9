//! How the guide shows its evidence: how strong it is, how urgent a warning sign is, and what a
//! medical word means.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::Citation;

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
