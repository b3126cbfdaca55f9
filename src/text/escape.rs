//! Escaping characters that could rewrite a terminal or reorder text on screen: control
//! characters and the bidi controls ("Trojan Source"). Used wherever text from a file is printed.

/// Whether `c` changes the order in which text is displayed (bidi embeddings, overrides,
/// isolates and marks).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every control character (line breaks too when `keep_line_breaks` is false) and
/// every bidi control shown as a visible `\u{…}` escape, for printing to a terminal or a log.
pub fn escape_controls(text: &str, keep_line_breaks: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let keep = c == '\t' || (keep_line_breaks && c == '\n');
        if !keep && (c.is_control() || is_bidi_control(c)) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_for_a_terminal_keeps_tabs_and_optionally_line_breaks() {
        assert_eq!(
            escape_controls("a\u{1b}\tb\nc", false),
            "a\\u{1b}\tb\\u{a}c"
        );
        assert_eq!(escape_controls("a\nb\u{202e}", true), "a\nb\\u{202e}");
    }
}
