//! The pictures a guide uses: where their bytes come from, and `check`'s warnings about missing,
//! unreadable and unused ones. No egui.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::locate::{Anchor, line_column};
use super::{EMBEDDED_ASSETS, Guide, ILLUSTRATIONS_DIR, Origin, Problem, Severity};

/// Where a picture's bytes are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picture {
    /// Compiled into the binary (the built-in guide's pictures).
    Embedded(&'static [u8]),

    /// A file on disk, relative to the content file.
    File(PathBuf),

    /// The built-in guide names a picture the binary does not carry.
    Missing,
}

/// Where the picture at `path` (as written in content.ron) is, for content from `origin`.
pub fn picture(origin: &Origin, path: &str) -> Picture {
    match origin {
        Origin::Embedded => EMBEDDED_ASSETS
            .iter()
            .find(|(name, _)| *name == path)
            .map_or(Picture::Missing, |(_, bytes)| Picture::Embedded(bytes)),
        Origin::File(content) => Picture::File(content_dir(content).join(path)),
    }
}

fn content_dir(content: &Path) -> &Path {
    content
        .parent()
        .filter(|dir| !dir.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Warnings about pictures: one that is missing or cannot be read as a PNG (at its `image:`
/// field), and one in `assets/illustrations/` that no section uses.
pub fn picture_warnings(text: &str, guide: &Guide, origin: &Origin) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut used = BTreeSet::new();
    let pages = [
        ("overview", &guide.overview),
        ("benefits", &guide.benefits),
        ("preparation", &guide.preparation),
        ("aftercare", &guide.aftercare),
    ];
    for (field, page) in pages {
        for section in &page.sections {
            let Some(image) = &section.image else {
                continue;
            };
            used.insert(image.path.clone());
            let problem = match picture(origin, &image.path) {
                Picture::Embedded(bytes) => unreadable(bytes),
                Picture::File(path) => match std::fs::read(&path) {
                    Ok(bytes) => unreadable(&bytes),
                    Err(err) => Some(format!("cannot read {}: {err}", path.display())),
                },
                Picture::Missing => Some("the built-in guide does not carry it".to_owned()),
            };
            if let Some(reason) = problem {
                let anchor = Anchor::field(field)
                    .then_id(&section.id)
                    .then_field("image")
                    .then_literal(&image.path);
                let (line, column) = line_column(text, anchor.locate(text));
                problems.push(Problem {
                    severity: Severity::Warning,
                    line,
                    column,
                    message: format!(
                        "section {:?}: picture {:?} cannot be shown ({reason}); the app shows its alt text instead",
                        section.id, image.path
                    ),
                    hint: None,
                });
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
            problems.push(Problem {
                severity: Severity::Warning,
                line: 1,
                column: 1,
                message: format!("{path} is not used by any section"),
                hint: Some("add it to a section with `image:`, or delete it".to_owned()),
            });
        }
    }
    problems
}

/// Why `bytes` are not a PNG the app can show, if they are not.
fn unreadable(bytes: &[u8]) -> Option<String> {
    image::load_from_memory_with_format(bytes, image::ImageFormat::Png)
        .err()
        .map(|err| format!("not a readable PNG: {err}"))
}
