//! `check`'s warnings about pictures: one that is missing or cannot be read as a PNG, and one in
//! `assets/illustrations/` that no section uses. Loading never runs these: they depend on where
//! the content file is.

use std::collections::BTreeSet;

use crate::content::assets::content_dir;
use crate::content::locate::Anchor;
use crate::content::problem::{Problem, Severity};
use crate::content::{
    Guide, ILLUSTRATIONS_DIR, Origin, Picture, PictureProblem, picture, picture_problem,
    read_picture,
};

/// Warnings about pictures: one that is missing or cannot be read as a PNG (at its `image:`
/// field), and one in `assets/illustrations/` that no section uses.
pub fn picture_warnings(text: &str, guide: &Guide, origin: &Origin) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut used = BTreeSet::new();
    for (field, page) in guide.pages() {
        for section in &page.sections {
            let Some(image) = &section.image else {
                continue;
            };
            used.insert(image.path.clone());
            let problem = match picture(origin, &image.path) {
                Picture::Embedded(bytes) => picture_problem(bytes).err(),
                Picture::File(path) => read_picture(&path)
                    .and_then(|bytes| picture_problem(&bytes))
                    .err(),
                Picture::Missing => Some(PictureProblem::Unreadable(
                    "the built-in guide does not carry it".to_owned(),
                )),
            };
            if let Some(problem) = problem {
                // Too large a picture is an error: the app would refuse it, always.
                let (severity, reason) = match problem {
                    PictureProblem::TooLarge(reason) => (Severity::Error, reason),
                    PictureProblem::Unreadable(reason) => (Severity::Warning, reason),
                };
                let anchor = Anchor::field(field)
                    .then_id(&section.id)
                    .then_field("image")
                    .then_literal(&image.path);
                problems.push(Problem::at(
                    severity,
                    text,
                    &anchor,
                    format!(
                        "section {:?}: picture {:?} cannot be shown ({reason}); the app shows its alt text instead",
                        section.id, image.path
                    ),
                ));
            }
        }
    }
    if let Origin::File(content) = origin {
        let folder = content_dir(content).join(ILLUSTRATIONS_DIR);
        let mut unused: Vec<String> = std::fs::read_dir(&folder)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let path = format!("{ILLUSTRATIONS_DIR}/{name}");
                (name.to_ascii_lowercase().ends_with(".png") && !used.contains(&path))
                    .then_some(path)
            })
            .collect();
        unused.sort();
        for path in unused {
            problems.push(
                Problem::in_file(
                    content_dir(content).join(path),
                    "no section uses this picture",
                )
                .with_hint(Some(
                    "add it to a section with `image:`, or delete it".to_owned(),
                )),
            );
        }
    }
    problems
}
