//! Numbers written as words ("two weeks", "three to four times a day", "a day or two"), so that
//! `check` holds them to the same rule as numbers written in digits.
//!
//! A number word counts when it is tied to a unit of time or a count: "five days", "the first
//! week", "one session". Alone ("one of three kinds", "someone") it does not, so ordinary prose
//! is not flagged.

/// Number words, cardinal and ordinal.
const NUMBERS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "dozen",
    "couple",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
];

/// Units a number word can count or time.
const UNITS: &[&str] = &[
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "month",
    "months",
    "year",
    "years",
    "time",
    "times",
    "session",
    "sessions",
    "sitting",
    "sittings",
    "treatment",
    "treatments",
    "percent",
    "per",
    "people",
    "person",
    "patients",
    "study",
    "studies",
    "trial",
    "trials",
    "dose",
    "doses",
];

/// Words that may stand between a number word and its unit: "three to four times", "two and a
/// half weeks", "one or two days".
const JOINERS: &[&str] = &["to", "or", "and", "a", "an", "half", "more", "than", "of"];

/// How many words after a number word its unit may come.
const REACH: usize = 4;

/// Does `text` state a number in words, tied to a unit ("two weeks", "a day or two")?
pub(super) fn has_number_words(text: &str) -> bool {
    !number_phrases(text).is_empty()
}

/// The number words in `text` that are tied to a unit, in order, lowercased.
pub(super) fn number_phrases(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    let is = |list: &[&str], word: &str| list.contains(&word);
    let mut found = Vec::new();
    for (at, word) in words.iter().enumerate() {
        if !is(NUMBERS, word) {
            continue;
        }
        // Forwards: "two weeks", "three to four times", "first two days".
        let ahead = words
            .iter()
            .skip(at + 1)
            .take(REACH)
            .take_while(|next| is(UNITS, next) || is(NUMBERS, next) || is(JOINERS, next))
            .any(|next| is(UNITS, next));
        // Backwards: "a day or two", "a week or two".
        let behind =
            at >= 2 && matches!(words[at - 1].as_str(), "or" | "to") && is(UNITS, &words[at - 2]);
        if ahead || behind {
            found.push(word.clone());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_tied_to_a_unit_count() {
        for text in [
            "No hard exercise for the first two days.",
            "No saunas for five days.",
            "A simple moisturiser three to four times a day.",
            "Started a day or two before.",
            "Anything from one week to one month.",
            "Gets worse after the second or third day.",
            "One session is rarely enough.",
            "Wait twenty-one days.",
        ] {
            assert!(has_number_words(text), "{text:?}");
        }
    }

    #[test]
    fn number_words_alone_or_inside_other_words_do_not() {
        for text in [
            "Doctors name three main kinds of scar.",
            "Microneedling is one of several treatments for acne scars.",
            "Someone who has had cold sores should say so.",
            "Tell them at once; anyone can ask.",
            "Keep a calm face, and use a plain background.",
            "The skin looks red for a while.",
        ] {
            assert!(!has_number_words(text), "{text:?}");
        }
    }

    #[test]
    fn each_tied_number_word_is_reported_in_order() {
        assert_eq!(
            number_phrases("Three to four times a day, for two weeks."),
            ["three", "four", "two"]
        );
    }
}
