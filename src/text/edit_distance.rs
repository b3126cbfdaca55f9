//! How close two words are: the edit distance, and the known word a misspelt one was surely meant
//! to be ("did you mean …?").

/// A word this many single-character edits or fewer from a known one is taken for a typing slip.
pub const MAX_TYPO_EDITS: usize = 3;

/// Levenshtein distance in characters: how many single-character edits turn `a` into `b`.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// The `known` word closest to `wrong`, when it is within [`MAX_TYPO_EDITS`] edits; of equally
/// close words, the first in alphabetical order.
pub fn closest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let (distance, closest) = known
        .into_iter()
        .map(|name| (edit_distance(wrong, name), name))
        .min()?;
    (distance <= MAX_TYPO_EDITS).then_some(closest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_character_edits() {
        assert_eq!(edit_distance("sunscrean", "sunscreen"), 1);
        assert_eq!(edit_distance("retinol", "retinol"), 0);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn the_closest_word_within_three_edits_is_suggested() {
        assert_eq!(closest("titel", ["tagline", "title"]), Some("title"));
        assert_eq!(closest("kitten", ["sitting"]), Some("sitting"));
        assert_eq!(closest("aftercare", ["overview", "faq"]), None);
        assert_eq!(closest("ab", ["ba", "aa"]), Some("aa"));
        assert_eq!(closest("x", []), None);
    }
}
