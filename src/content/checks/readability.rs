//! How easy the guide is to read: sentence lengths and the Flesch reading ease, per section.
//!
//! The NHS writes for a reading age of 9 to 11. Long sentences are the commonest reason a text
//! is hard to follow, so `check` warns about any sentence over [`MAX_SENTENCE_WORDS`] words and
//! reports, per section, its longest sentence and its Flesch reading ease (0 to 100; 60 and
//! above is plain English, 70 and above is easy).

use std::ops::Range;

use crate::content::locate::Anchor;
use crate::content::problem::Finding;
use crate::content::{Block, Guide};

/// Sentences longer than this get a warning.
pub const MAX_SENTENCE_WORDS: usize = 25;

/// Counts for a piece of text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stats {
    /// Sentences (each bullet counts as at least one).
    pub sentences: usize,

    /// Words.
    pub words: usize,

    /// Estimated syllables.
    pub syllables: usize,

    /// Words in the longest sentence.
    pub longest_words: usize,
}

impl Stats {
    /// Counts every sentence of every text.
    pub fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut stats = Self::default();
        for text in texts {
            for range in sentences(text) {
                let words = words(&text[range]);
                if words.is_empty() {
                    continue;
                }
                stats.sentences += 1;
                stats.words += words.len();
                stats.syllables += words.iter().map(|word| syllables(word)).sum::<usize>();
                stats.longest_words = stats.longest_words.max(words.len());
            }
        }
        stats
    }

    /// The Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per
    /// word. Higher is easier; `None` for no text.
    pub fn flesch_reading_ease(&self) -> Option<f64> {
        if self.sentences == 0 || self.words == 0 {
            return None;
        }
        let words = self.words as f64;
        Some(
            206.835
                - 1.015 * (words / self.sentences as f64)
                - 84.6 * (self.syllables as f64 / words),
        )
    }
}

/// The sentences of `text`, as byte ranges without surrounding spaces. A sentence ends at `.`,
/// `!` or `?` followed by a space or the end (a closing bracket or quote may come between).
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut end = at + c.len_utf8();
        while let Some(&(next_at, next)) = chars.peek() {
            if matches!(next, ')' | '"' | '\u{201d}' | '\u{2019}') {
                end = next_at + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        if chars.peek().is_none_or(|&(_, next)| next.is_whitespace()) {
            push_trimmed(&mut out, text, start..end);
            start = end;
        }
    }
    push_trimmed(&mut out, text, start..text.len());
    out
}

fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let slice = &text[range.clone()];
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let start = range.start + leading;
        out.push(start..start + trimmed.len());
    }
}

/// The words of a sentence: runs without spaces that hold a letter or digit. "4–6" and
/// "post-inflammatory" are one word each.
pub fn words(sentence: &str) -> Vec<&str> {
    sentence
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .collect()
}

/// An estimate of a word's syllables: groups of vowels, less a silent final "e"; a number
/// counts one per digit, at least one.
pub fn syllables(word: &str) -> usize {
    let digits = word.chars().filter(char::is_ascii_digit).count();
    let letters: String = word
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if letters.is_empty() {
        return digits.max(1);
    }
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous_vowel = false;
    for c in letters.chars() {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = vowel;
    }
    let silent_e = letters.ends_with('e')
        && !letters.ends_with("le")
        && !letters.ends_with("ee")
        && groups > 1;
    let silent_ed_es = (letters.ends_with("ed") || letters.ends_with("es"))
        && !letters.ends_with("ted")
        && !letters.ends_with("ded")
        && !letters.ends_with("ses")
        && !letters.ends_with("ces")
        && !letters.ends_with("zes")
        && groups > 1;
    (groups - usize::from(silent_e || silent_ed_es)).max(1) + digits
}

/// Each part of the guide that `check` reports on: where it is, a name, and its texts.
fn parts(guide: &Guide) -> Vec<(Anchor, String, Vec<&str>)> {
    let mut parts = Vec::new();
    for (field, page) in guide.pages() {
        for section in &page.sections {
            let texts = section.body.iter().flat_map(Block::texts).collect();
            parts.push((
                Anchor::field(field).then_id(&section.id),
                format!("{field}/{}", section.id),
                texts,
            ));
        }
    }
    for entry in &guide.faq {
        let texts = entry.answer.iter().flat_map(Block::texts).collect();
        parts.push((Anchor::id(&entry.id), format!("faq/{}", entry.id), texts));
    }
    parts
}

/// One line per section and answer: its longest sentence and its reading ease.
pub fn report(guide: &Guide) -> Vec<String> {
    parts(guide)
        .into_iter()
        .map(|(_, name, texts)| {
            let stats = Stats::of(texts);
            let ease = stats
                .flesch_reading_ease()
                .map_or_else(|| "-".to_owned(), |ease| format!("{ease:.0}"));
            format!(
                "readability: {name}: longest sentence {} words, Flesch reading ease {ease}",
                stats.longest_words
            )
        })
        .collect()
}

/// The reading ease of the whole guide's sections and answers together.
pub fn overall(guide: &Guide) -> Stats {
    Stats::of(
        parts(guide)
            .into_iter()
            .flat_map(|(_, _, texts)| texts)
            .collect::<Vec<_>>(),
    )
}

/// Warns about every sentence longer than [`MAX_SENTENCE_WORDS`], pointing at its start.
pub(super) fn check(guide: &Guide, out: &mut Vec<Finding>) {
    for (anchor, name, texts) in parts(guide) {
        for text in texts {
            for range in sentences(text) {
                let sentence = &text[range];
                let count = words(sentence).len();
                if count > MAX_SENTENCE_WORDS {
                    // The first few words find the sentence in the file; a quote or escape in
                    // them only moves the report to the section.
                    let opening: Vec<&str> = sentence.split_whitespace().take(4).collect();
                    out.push(Finding::warning(
                        anchor.clone().then_text(&opening.join(" ")),
                        format!(
                            "{name}: a sentence of {count} words (more than {MAX_SENTENCE_WORDS}); split it so it is easy to read"
                        ),
                    ));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_split_at_full_stops_followed_by_a_space() {
        let text = "It takes 0.5 mm. Ask first! Is it safe? (Yes.) Then rest";
        let found: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "It takes 0.5 mm.",
                "Ask first!",
                "Is it safe?",
                "(Yes.)",
                "Then rest"
            ]
        );
    }

    #[test]
    fn syllables_are_estimated_from_vowel_groups() {
        assert_eq!(syllables("skin"), 1);
        assert_eq!(syllables("make"), 1);
        assert_eq!(syllables("treatment"), 2);
        assert_eq!(syllables("needle"), 2);
        assert_eq!(syllables("hyperpigmentation"), 6);
        assert_eq!(syllables("24"), 2);
    }

    #[test]
    fn flesch_reading_ease_is_high_for_short_words_and_sentences() {
        let easy = Stats::of(["The cat sat on the mat. It was fun."]);
        let hard = Stats::of([
            "Microneedling-associated post-inflammatory hyperpigmentation necessitates meticulous photoprotection considerations.",
        ]);
        assert!(easy.flesch_reading_ease().unwrap() > 90.0);
        assert!(hard.flesch_reading_ease().unwrap() < 0.0);
        assert_eq!(easy.sentences, 2);
        assert_eq!(easy.longest_words, 6);
        assert_eq!(Stats::of([""]).flesch_reading_ease(), None);
    }
}
