//! The guide's content: serde types for `content.ron` ([`model`]), where it comes from and how it
//! is read ([`load`], [`syntax`], [`locate`]), the rules it must follow ([`checks`]), and search
//! over it.
//!
//! Nothing here knows about egui. After [`parse`] succeeds, the rest of the program never sees an
//! invalid guide: every id is unique, every text is non-empty, every source reference resolves.

mod assets;
pub mod checks;
mod links;
mod load;
mod locate;
pub mod model;
mod origin;
mod problem;
pub mod search;
mod syntax;

pub use assets::{
    MAX_PICTURE_BYTES, MAX_PICTURE_SIDE_PX, Picture, PictureProblem, picture, picture_problem,
    picture_size_problem, read_picture,
};
pub use checks::{MAX_TEXT_CHARS, picture_warnings, readability};
pub use links::{is_openable_link, is_web_address};
pub use load::{
    ContentError, LoadedGuide, load, load_embedded, load_text, parse, parse_bytes, read_source,
    today,
};
pub use model::{
    Block, CareCard, Checklist, ChecklistItem, ChecklistKind, Citation, DiarySettings, DiarySign,
    Evidence, FaqEntry, GlossaryEntry, Guide, Image, ItemKind, MAX_RATING, Page, PlanSettings,
    RisingRule, Rule, Scale, Section, Source, SourceKind, StillHighRule, Urgency, UsualBand,
    WeekRange, Window, glossary_terms_in,
};
pub use origin::Origin;
pub use problem::{Problem, Severity};
pub use syntax::FORMAT_DOCS;

/// The shipped `content.ron`, compiled into the binary so the app runs with no files beside it.
pub const EMBEDDED_CONTENT: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/content.ron"));

/// The pictures of the shipped content, compiled in beside it so the built-in guide needs no
/// files either: (path as written in content.ron, PNG bytes).
pub const EMBEDDED_ASSETS: [(&str, &[u8]); 2] = [
    (
        "assets/illustrations/skin-layers.png",
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/illustrations/skin-layers.png"
        )),
    ),
    (
        "assets/illustrations/scar-before-after.png",
        include_bytes!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/assets/illustrations/scar-before-after.png"
        )),
    ),
];

/// The folder, beside the content file, whose pictures `check` expects content to use.
pub const ILLUSTRATIONS_DIR: &str = "assets/illustrations";

/// Content files larger than this are refused before parsing.
pub const MAX_CONTENT_BYTES: u64 = 16 * 1024 * 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_content_parses_without_errors_or_warnings() {
        let (guide, warnings) = parse(EMBEDDED_CONTENT, jiff::civil::date(2026, 11, 25)).unwrap();
        assert!(warnings.is_empty(), "{warnings:#?}");
        assert!(guide.benefits.sections.len() >= 5);
        assert!(guide.faq.len() >= 5);
    }
}
