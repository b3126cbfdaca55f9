//! The report's fonts: measuring text so it wraps inside the page, and choosing, character by
//! character, a font that has it. Atkinson Hyperlegible Next first (the app's own font), then
//! egui's Ubuntu-Light for what it lacks (Cyrillic, Greek); a character no font has becomes "?",
//! so every glyph in the PDF maps back to real text.

use crate::output::report::PdfError;

/// The app's regular face, as in the window.
static REGULAR: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/fonts/AtkinsonHyperlegibleNext-Regular.ttf"
));

/// The app's semibold face, for headings and labels.
static BOLD: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/fonts/AtkinsonHyperlegibleNext-SemiBold.ttf"
));

/// The fonts tried after ours, in this order: egui's Ubuntu-Light (it has Cyrillic and Greek),
/// taken from the crate egui itself takes its fonts from, so the report needs no UI code.
fn fallback_data() -> &'static [&'static [u8]] {
    &[epaint_default_fonts::UBUNTU_LIGHT]
}

/// Regular or bold text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Headings and labels.
    Bold,
}

/// One font: its outlines for measuring, and the same bytes for the PDF.
pub struct Face {
    face: ttf_parser::Face<'static>,
    units_per_em: f32,
    pub(super) pdf: krilla::text::Font,
}

impl Face {
    fn parse(data: &'static [u8]) -> Option<Self> {
        let face = ttf_parser::Face::parse(data, 0).ok()?;
        let units_per_em = f32::from(face.units_per_em());
        let pdf = krilla::text::Font::new(data.into(), 0)?;
        Some(Self {
            face,
            units_per_em,
            pdf,
        })
    }

    fn has(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some()
    }

    fn advance(&self, c: char) -> f32 {
        self.face
            .glyph_index(c)
            .and_then(|glyph| self.face.glyph_hor_advance(glyph))
            .map_or(0.0, f32::from)
            / self.units_per_em
    }
}

/// A stretch of text in one face.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Which face: see [`Fonts::face`].
    pub face: usize,
    /// The text, every character of which the face has.
    pub text: String,
}

/// The faces the report is set in.
pub struct Fonts {
    /// Regular, bold, then the fallbacks.
    faces: Vec<Face>,
}

impl Fonts {
    /// The report's fonts. Fails only if the fonts built into the program cannot be read.
    pub fn load() -> Result<Self, PdfError> {
        let regular = Face::parse(REGULAR).ok_or(PdfError::Font("regular"))?;
        let bold = Face::parse(BOLD).ok_or(PdfError::Font("bold"))?;
        let mut faces = vec![regular, bold];
        // A missing fallback only narrows the characters the report can show.
        faces.extend(
            fallback_data()
                .iter()
                .filter_map(|bytes| Face::parse(bytes)),
        );
        Ok(Self { faces })
    }

    /// Face number `index` (0 regular, 1 bold, then the fallbacks).
    pub fn face(&self, index: usize) -> Option<&Face> {
        self.faces.get(index)
    }

    fn first_face(weight: Weight) -> usize {
        match weight {
            Weight::Regular => 0,
            Weight::Bold => 1,
        }
    }

    /// The face that draws `c` at `weight`, or `None` when no face has it.
    fn face_for(&self, c: char, weight: Weight) -> Option<usize> {
        let first = Self::first_face(weight);
        if self.faces.get(first).is_some_and(|face| face.has(c)) {
            return Some(first);
        }
        (2..self.faces.len()).find(|&index| self.faces[index].has(c))
    }

    /// `text` split into runs of one face each; characters no face has become "?".
    pub fn runs(&self, text: &str, weight: Weight) -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        for c in text.chars() {
            let (face, c) = match self.face_for(c, weight) {
                Some(face) => (face, c),
                // Invisible by nature (joiners, variation selectors, direction marks): dropped.
                None if is_invisible(c) => continue,
                None => (Self::first_face(weight), '?'),
            };
            match runs.last_mut() {
                Some(run) if run.face == face => run.text.push(c),
                _ => runs.push(Run {
                    face,
                    text: c.to_string(),
                }),
            }
        }
        runs
    }

    /// The width of `text` at `size` points, as [`Fonts::runs`] sets it.
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        self.runs(text, weight)
            .iter()
            .map(|run| {
                self.faces.get(run.face).map_or(0.0, |face| {
                    run.text.chars().map(|c| face.advance(c)).sum::<f32>()
                })
            })
            .sum::<f32>()
            * size
    }

    /// `text` broken into lines no wider than `max_width` at `size`: at spaces, and inside a word
    /// only when the word alone is too wide. Line breaks in `text` are kept; no-break spaces hold.
    pub fn wrap(&self, text: &str, weight: Weight, size: f32, max_width: f32) -> Vec<String> {
        let space = self.width(" ", weight, size);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split(' ').filter(|word| !word.is_empty()) {
                let word_width = self.width(word, weight, size);
                if !line.is_empty() && line_width + space + word_width <= max_width {
                    line.push(' ');
                    line.push_str(word);
                    line_width += space + word_width;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if word_width <= max_width {
                    line.push_str(word);
                    line_width = word_width;
                    continue;
                }
                // A word wider than the line: break it between characters.
                line_width = 0.0;
                for c in word.chars() {
                    let width = self.width(c.encode_utf8(&mut [0; 4]), weight, size);
                    if !line.is_empty() && line_width + width > max_width {
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                    }
                    line.push(c);
                    line_width += width;
                }
            }
            lines.push(line);
        }
        lines
    }
}

/// Characters that draw nothing and mean nothing on paper once no font has them: zero-width
/// spaces and joiners, direction marks and embeddings, variation selectors, the byte order mark.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{fe00}'..='\u{fe0f}'
        | '\u{feff}'
        | '\u{e0100}'..='\u{e01ef}')
}

/// Text safe to set: control characters (other than line breaks) become spaces, and a Windows
/// line end a plain one.
pub fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| if c != '\n' && c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_line_inside_the_width_and_every_word() {
        let fonts = Fonts::load().unwrap();
        let text = "Redness went down after the third day and the skin felt tight but not sore.";
        let lines = fonts.wrap(text, Weight::Regular, 10.0, 120.0);
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines {
            assert!(fonts.width(line, Weight::Regular, 10.0) <= 120.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken_and_line_breaks_are_kept() {
        let fonts = Fonts::load().unwrap();
        let lines = fonts.wrap(&"x".repeat(200), Weight::Bold, 10.0, 100.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "x".repeat(200));
        assert_eq!(fonts.wrap("a\nb", Weight::Regular, 10.0, 100.0), ["a", "b"]);
    }

    #[test]
    fn characters_the_main_font_lacks_come_from_a_fallback_or_become_a_question_mark() {
        let fonts = Fonts::load().unwrap();
        // Atkinson Hyperlegible Next has no Cyrillic; egui's Ubuntu-Light has.
        let runs = fonts.runs("ok Щ", Weight::Regular);
        assert_eq!(runs[0].face, 0);
        assert!(
            runs.iter().any(|run| run.face >= 2 && run.text == "Щ"),
            "{runs:?}"
        );
        // A private-use character no font has.
        let runs = fonts.runs("\u{10FFFD}", Weight::Regular);
        assert_eq!(
            runs,
            [Run {
                face: 0,
                text: "?".into()
            }]
        );
        assert_eq!(clean("a\u{7}b\r\nc"), "a b\nc");
    }
}
