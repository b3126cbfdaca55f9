//! Full-text search over the whole guide: every page, FAQ answer, checklist item and source.
//!
//! Case- and accent-insensitive: text and query are folded (lowercased, accents dropped) and
//! matched as substrings, so results come as the person types. The index is built once per
//! loaded guide. No egui here.

use std::collections::BTreeMap;
use std::ops::Range;

use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

use crate::content::{Block, Guide, Page};
use crate::text::edit_distance::edit_distance;
use crate::user_data::tab::Tab;

/// At most this many results are returned.
pub const MAX_RESULTS: usize = 50;

/// Where a piece of text lives: the tab, and the id of the section, question, item or source
/// (empty for the top of the page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The tab.
    pub tab: Tab,

    /// The anchor within the tab.
    pub anchor: String,
}

/// One searchable piece of text.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Where it is.
    pub target: Target,

    /// The tab and section, for the result list: "Aftercare › The first week".
    pub place: String,

    /// The text as shown.
    pub text: String,

    /// A heading, question or item text: ranks above body text.
    pub is_title: bool,

    folded: Folded,
}

/// A search result: an entry and the byte ranges of `entry.text` that matched.
#[derive(Clone, Debug)]
pub struct Hit<'a> {
    /// The entry.
    pub entry: &'a Entry,

    /// What matched, as sorted byte ranges of [`Entry::text`].
    pub matches: Vec<Range<usize>>,
}

/// Every piece of text in a guide, folded for matching.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,

    /// Every folded word of three letters or more, with how often it occurs.
    vocabulary: BTreeMap<String, usize>,
}

impl SearchIndex {
    /// Indexes every text of `guide`, in tab order.
    pub fn build(guide: &Guide) -> Self {
        let mut index = Self::default();
        let pages = [
            (Tab::Overview, &guide.overview),
            (Tab::Benefits, &guide.benefits),
            (Tab::Preparation, &guide.preparation),
            (Tab::Aftercare, &guide.aftercare),
        ];
        for (tab, page) in pages {
            index.add_page(tab, page);
            if tab == Tab::Overview {
                let place = format!("{} › Medical disclaimer", tab.label());
                index.add(tab, "disclaimer", &place, &guide.disclaimer, false);
            }
        }
        for entry in &guide.faq {
            let place = format!("{} › {}", Tab::Faq.label(), entry.question);
            index.add(Tab::Faq, &entry.id, &place, &entry.question, true);
            index.add_blocks(Tab::Faq, &entry.id, &place, &entry.answer);
        }
        for (kind, item) in guide.checklist_items() {
            let list = guide.checklist(kind);
            let place = format!("{} › {}", Tab::Checklist.label(), list.title);
            index.add(Tab::Checklist, &item.id, &place, &item.text, true);
            if let Some(detail) = &item.detail {
                index.add(Tab::Checklist, &item.id, &place, detail, false);
            }
        }
        for source in &guide.sources {
            let place = format!("{} › {}", Tab::Sources.label(), source.kind.heading());
            index.add(Tab::Sources, &source.id, &place, &source.title, true);
            index.add(Tab::Sources, &source.id, &place, &source.publisher, false);
        }
        // The diary's words: its scales, warning signs and photo guide, at the top of the tab.
        let place = format!("{} › Recovery diary", Tab::Diary.label());
        for text in guide.diary.texts() {
            index.add(Tab::Diary, "", &place, text, false);
        }
        for entry in &guide.glossary {
            let place = format!("{} › Words explained", Tab::Sources.label());
            let anchor = entry.anchor();
            index.add(Tab::Sources, &anchor, &place, &entry.term, true);
            index.add(Tab::Sources, &anchor, &place, &entry.meaning, false);
        }
        index
    }

    fn add_page(&mut self, tab: Tab, page: &Page) {
        let top = format!("{} › {}", tab.label(), page.title);
        self.add(tab, "", &top, &page.title, true);
        if let Some(intro) = &page.intro {
            self.add(tab, "", &top, intro, false);
        }
        for section in &page.sections {
            let place = format!("{} › {}", tab.label(), section.title);
            self.add(tab, &section.id, &place, &section.title, true);
            self.add_blocks(tab, &section.id, &place, &section.body);
        }
    }

    fn add_blocks(&mut self, tab: Tab, anchor: &str, place: &str, blocks: &[Block]) {
        for block in blocks {
            for text in block.texts() {
                self.add(tab, anchor, place, text, false);
            }
        }
    }

    fn add(&mut self, tab: Tab, anchor: &str, place: &str, text: &str, is_title: bool) {
        let folded = Folded::new(text);
        for word in folded
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| word.chars().count() >= 3)
        {
            *self.vocabulary.entry(word.to_owned()).or_default() += 1;
        }
        self.entries.push(Entry {
            target: Target {
                tab,
                anchor: anchor.to_owned(),
            },
            place: place.to_owned(),
            text: text.to_owned(),
            is_title,
            folded,
        });
    }

    /// The entries containing every word of `query`, best first: titles before body text, more
    /// matches before fewer, then in reading order. At most [`MAX_RESULTS`].
    pub fn search(&self, query: &str) -> Vec<Hit<'_>> {
        let words = query_words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<(usize, usize, Hit<'_>)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(order, entry)| {
                let matches = entry.folded.find_all(&words)?;
                let score = matches.len() + if entry.is_title { 100 } else { 0 };
                Some((score, order, Hit { entry, matches }))
            })
            .collect();
        hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        hits.into_iter()
            .take(MAX_RESULTS)
            .map(|(_, _, hit)| hit)
            .collect()
    }

    /// Words of the guide close to the query's words that match nothing (a letter or two
    /// off), most likely first. At most three.
    pub fn suggestions(&self, query: &str) -> Vec<String> {
        let mut found: Vec<(usize, usize, &str)> = Vec::new();
        for word in query_words(query) {
            if self.vocabulary.keys().any(|known| known.contains(&word)) {
                continue;
            }
            let length = word.chars().count();
            let allowed = if length >= 5 { 2 } else { 1 };
            for (known, count) in &self.vocabulary {
                let distance = edit_distance(&word, known);
                if distance <= allowed {
                    found.push((distance, usize::MAX - count, known));
                }
            }
        }
        found.sort_unstable();
        let mut words: Vec<String> = Vec::new();
        for (_, _, word) in found {
            if !words.iter().any(|known| known == word) {
                words.push(word.to_owned());
            }
            if words.len() == 3 {
                break;
            }
        }
        words
    }
}

/// The folded words of a query, in order, without repeats.
pub fn query_words(query: &str) -> Vec<String> {
    let folded = Folded::new(query);
    let mut words: Vec<String> = Vec::new();
    for word in folded.text.split(|c: char| !c.is_alphanumeric()) {
        if !word.is_empty() && !words.iter().any(|known| known == word) {
            words.push(word.to_owned());
        }
    }
    words
}

/// The byte ranges of `text` where any of the folded `words` occur, sorted and merged.
pub fn find_ranges(text: &str, words: &[String]) -> Vec<Range<usize>> {
    Folded::new(text).ranges_of_any(words)
}

/// Text lowercased with accents dropped, with a map back to the original's byte offsets.
#[derive(Clone, Debug, Default)]
struct Folded {
    text: String,

    /// For each byte of `text`, the byte offset in the original where its character started;
    /// one more entry for the end.
    origin: Vec<usize>,
}

impl Folded {
    fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        for (offset, c) in original.char_indices() {
            // "make-up" and "makeup", "don't" and "dont" should find each other.
            if matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2019}') {
                continue;
            }
            for folded in c.to_lowercase().nfd().filter(|c| !is_combining_mark(*c)) {
                text.push(folded);
                origin.extend(std::iter::repeat_n(offset, folded.len_utf8()));
            }
        }
        origin.push(original.len());
        Self { text, origin }
    }

    /// Every occurrence of every word, or `None` when a word does not occur.
    fn find_all(&self, words: &[String]) -> Option<Vec<Range<usize>>> {
        if words.iter().any(|word| !self.text.contains(word.as_str())) {
            return None;
        }
        Some(self.ranges_of_any(words))
    }

    fn ranges_of_any(&self, words: &[String]) -> Vec<Range<usize>> {
        let mut ranges: Vec<Range<usize>> = words
            .iter()
            .filter(|word| !word.is_empty())
            .flat_map(|word| {
                self.text
                    .match_indices(word.as_str())
                    .map(|(start, found)| {
                        let end = start + found.len();
                        // The original range covers the whole characters the folded bytes came from.
                        let original_end = self.origin[end - 1..]
                            .iter()
                            .find(|&&origin| origin > self.origin[end - 1])
                            .copied()
                            .unwrap_or(self.origin[self.origin.len() - 1]);
                        self.origin[start]..original_end
                    })
            })
            .collect();
        ranges.sort_by_key(|range| range.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for range in ranges {
            match merged.last_mut() {
                Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
                _ => merged.push(range),
            }
        }
        merged
    }
}

/// A short excerpt of `text` around its first match, with the matches' ranges in the excerpt.
pub fn snippet(
    text: &str,
    matches: &[Range<usize>],
    max_chars: usize,
) -> (String, Vec<Range<usize>>) {
    if text.chars().count() <= max_chars {
        return (text.to_owned(), matches.to_vec());
    }
    let first = matches.first().map_or(0, |range| range.start);
    // Start a third of the way before the first match, on a character boundary.
    let lead = max_chars / 3;
    let start = text[..first]
        .char_indices()
        .rev()
        .nth(lead.saturating_sub(1))
        .map_or(0, |(offset, _)| offset);
    let end = text[start..]
        .char_indices()
        .nth(max_chars)
        .map_or(text.len(), |(offset, _)| start + offset);
    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < text.len() { "…" } else { "" };
    let excerpt = format!("{prefix}{}{suffix}", &text[start..end]);
    let shift = prefix.len();
    let ranges = matches
        .iter()
        .filter(|range| range.start >= start && range.end <= end)
        .map(|range| range.start - start + shift..range.end - start + shift)
        .collect();
    (excerpt, ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_accents_and_maps_back() {
        let folded = Folded::new("Crème SPF");
        assert_eq!(folded.text, "creme spf");
        let ranges = folded.ranges_of_any(&["creme".to_owned()]);
        assert_eq!(ranges.len(), 1);
        assert_eq!(ranges[0], 0..6, "covers the two-byte è");
        assert_eq!(&"Crème SPF"[ranges[0].clone()], "Crème");
    }

    #[test]
    fn hyphens_and_apostrophes_do_not_split_words() {
        let ranges = find_ranges("No make-up, don’t pick.", &query_words("makeup dont"));
        assert_eq!(ranges, [3..10, 12..19]);
    }

    #[test]
    fn matches_are_merged_and_sorted() {
        let ranges = find_ranges(
            "Sunscreen: sun, SUN.",
            &["sun".to_owned(), "sunscreen".to_owned()],
        );
        assert_eq!(ranges, [0..9, 11..14, 16..19]);
    }

    #[test]
    fn query_words_are_folded_and_unique() {
        assert_eq!(
            query_words("  Make-up, MAKE up? Café "),
            ["makeup", "make", "up", "cafe"]
        );
        assert!(query_words(" ,.; ").is_empty());
    }

    #[test]
    fn snippets_keep_matches_in_view() {
        let text = "a".repeat(100) + "needle" + &"b".repeat(100);
        let needle = 100..106;
        let (excerpt, ranges) = snippet(&text, std::slice::from_ref(&needle), 60);
        assert!(excerpt.starts_with('…') && excerpt.ends_with('…'));
        assert_eq!(&excerpt[ranges[0].clone()], "needle");
        let whole = 0..5;
        let (short, same) = snippet("short", std::slice::from_ref(&whole), 60);
        assert_eq!(short, "short");
        assert_eq!(same, std::slice::from_ref(&whole));
    }
}
