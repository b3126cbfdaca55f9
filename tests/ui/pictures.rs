//! Pictures: the shipped ones are compiled in, readable and small; missing or broken ones become
//! a placeholder with their alt text and a `check` warning; unused ones are reported; alt text
//! is required.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use std::path::Path;
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use skincare_guide::GuideApp;
use skincare_guide::content::{self, EMBEDDED_ASSETS, EMBEDDED_CONTENT, Origin, Severity};

use crate::common::app::App;
use crate::common::{TODAY, shipped_guide};

fn shipped_images() -> Vec<content::Image> {
    let guide = shipped_guide();
    [
        guide.overview,
        guide.benefits,
        guide.preparation,
        guide.aftercare,
    ]
    .into_iter()
    .flat_map(|page| page.sections)
    .filter_map(|section| section.image)
    .collect()
}

#[test]
fn shipped_pictures_are_compiled_in_readable_and_small() {
    let images = shipped_images();
    assert_eq!(
        images.len(),
        2,
        "Overview and Benefits have one; Preparation and Aftercare draw timelines"
    );
    assert_eq!(
        EMBEDDED_ASSETS.len(),
        images.len(),
        "no picture is compiled in unused"
    );
    for image in images {
        let (_, bytes) = EMBEDDED_ASSETS
            .iter()
            .find(|(path, _)| *path == image.path)
            .unwrap_or_else(|| panic!("{} is compiled in", image.path));
        assert!(
            bytes.len() < 200 * 1024,
            "{} is {} bytes",
            image.path,
            bytes.len()
        );
        image::load_from_memory_with_format(bytes, image::ImageFormat::Png).unwrap();
        assert!(
            image.alt.len() > 40,
            "{} has a real description",
            image.path
        );
        let on_disk = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(&image.path));
        assert_eq!(&on_disk.unwrap()[..], *bytes);
    }
    let icon = image::open(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icon.png")).unwrap();
    assert_eq!((icon.width(), icon.height()), (256, 256));
}

/// A content folder with the shipped content, where the skin-layers picture is missing, the
/// scar picture is not a PNG, and an extra picture is not used.
fn broken_pictures_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let illustrations = dir.path().join("assets/illustrations");
    std::fs::create_dir_all(&illustrations).unwrap();
    for (path, bytes) in EMBEDDED_ASSETS {
        std::fs::write(dir.path().join(path), bytes).unwrap();
    }
    std::fs::remove_file(illustrations.join("skin-layers.png")).unwrap();
    std::fs::write(illustrations.join("scar-before-after.png"), "not a picture").unwrap();
    std::fs::write(illustrations.join("spare.png"), EMBEDDED_ASSETS[0].1).unwrap();
    std::fs::write(dir.path().join("content.ron"), EMBEDDED_CONTENT).unwrap();
    dir
}

#[test]
fn missing_broken_and_unused_pictures_are_warnings_with_places() {
    let dir = broken_pictures_folder();
    let origin = Origin::File(dir.path().join("content.ron"));
    let guide = content::load(&origin, TODAY).unwrap().guide;
    let warnings = content::picture_warnings(EMBEDDED_CONTENT, &guide, &origin);
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
    assert!(
        warnings
            .iter()
            .all(|warning| warning.severity == Severity::Warning)
    );

    let line_of = |needle: &str| {
        EMBEDDED_CONTENT[..EMBEDDED_CONTENT.find(needle).unwrap()]
            .matches('\n')
            .count()
            + 1
    };
    for (picture, reason) in [
        ("skin-layers.png", "cannot read"),
        ("scar-before-after.png", "not a readable PNG"),
    ] {
        let warning = warnings
            .iter()
            .find(|warning| warning.message.contains(picture))
            .unwrap();
        assert!(warning.message.contains(reason), "{}", warning.message);
        let literal = format!("\"assets/illustrations/{picture}\"");
        assert_eq!(warning.line, line_of(&literal), "{picture}");
    }
    let unused = warnings
        .iter()
        .find(|w| {
            w.file
                .as_ref()
                .is_some_and(|file| file.ends_with("spare.png"))
        })
        .unwrap();
    assert_eq!(unused.message, "no section uses this picture");

    // The check command reports them, passes, and fails when warnings are denied.
    let run = |deny: bool| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_skincare-guide"));
        command
            .args(["check", "content.ron"])
            .current_dir(dir.path());
        if deny {
            command.arg("--deny-warnings");
        }
        command.output().unwrap()
    };
    let output = run(false);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.lines().last().unwrap().ends_with("(3 warnings)"),
        "{stdout}"
    );
    assert!(!run(true).status.success());
}

fn wait_for_pictures(harness: &mut Harness<'_, GuideApp>) {
    // Pictures on disk load on a background thread; give them a moment.
    let started = Instant::now();
    while started.elapsed() < Duration::from_millis(500) {
        std::thread::sleep(Duration::from_millis(25));
        harness.run();
    }
}

/// The app over the content in `dir` (or the built-in guide for `None`), in a window tall
/// enough to show a whole page, with its pictures given time to load.
fn app_showing(content: Option<&Path>, data_dir: &Path, height: f32) -> Harness<'static, GuideApp> {
    let app = App::over(data_dir).size(900.0, height);
    let mut harness = match content {
        Some(dir) => app.content(content::load(&Origin::File(dir.join("content.ron")), TODAY)),
        None => app,
    }
    .build();
    wait_for_pictures(&mut harness);
    harness
}

#[test]
fn a_picture_that_cannot_be_shown_becomes_its_alt_text() {
    let dir = broken_pictures_folder();
    let mut harness = app_showing(Some(dir.path()), &dir.path().join("data"), 3000.0);

    let images = shipped_images();
    let missing = images
        .iter()
        .find(|i| i.path.contains("skin-layers"))
        .unwrap();
    assert!(
        harness
            .query_by_label_contains("Picture not available")
            .is_some()
    );
    assert!(
        harness.query_by_label(&missing.alt).is_some(),
        "the missing picture's alt text is shown"
    );

    // Mended while the app runs, the other picture shows on its own tab.
    let scar = images
        .iter()
        .find(|i| i.path.contains("scar-before-after"))
        .unwrap();
    let good = EMBEDDED_ASSETS
        .iter()
        .find(|(path, _)| *path == scar.path)
        .unwrap();
    std::fs::write(dir.path().join(&scar.path), good.1).unwrap();
    harness.get_by_role_and_label(Role::Tab, "Benefits").click();
    wait_for_pictures(&mut harness);
    let shown = scar;
    harness.get_by_role_and_label(Role::Image, &shown.alt);
    assert!(
        harness
            .query_by_label_contains("Picture not available")
            .is_none()
    );
}

#[test]
fn the_built_in_guide_shows_its_compiled_in_pictures() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app_showing(None, dir.path(), 3000.0);
    let overview = shipped_images()
        .into_iter()
        .find(|i| i.path.contains("skin-layers"))
        .unwrap();
    harness.get_by_role_and_label(Role::Image, &overview.alt);
}

#[test]
fn a_picture_wider_than_the_graphics_card_takes_becomes_its_alt_text() {
    let dir = broken_pictures_folder();
    let mut huge = Vec::new();
    image::RgbaImage::new(8200, 10)
        .write_to(
            &mut std::io::Cursor::new(&mut huge),
            image::ImageFormat::Png,
        )
        .unwrap();
    std::fs::write(
        dir.path().join("assets/illustrations/skin-layers.png"),
        huge,
    )
    .unwrap();
    let harness = app_showing(Some(dir.path()), &dir.path().join("data"), 3000.0);
    let images = shipped_images();
    let refused = images
        .iter()
        .find(|i| i.path.contains("skin-layers"))
        .unwrap();
    assert!(
        harness.query_by_label(&refused.alt).is_some(),
        "the alt text stands in for the picture"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Image, &refused.alt)
            .is_none()
    );
}

#[test]
fn a_guide_from_a_file_says_plainly_that_it_is_not_the_built_in_one() {
    let dir = broken_pictures_folder();
    let harness = app_showing(Some(dir.path()), &dir.path().join("data"), 700.0);
    assert!(
        harness
            .query_by_label("This is not the built-in guide")
            .is_some()
    );

    let dir = tempfile::tempdir().unwrap();
    let harness = app_showing(None, dir.path(), 700.0);
    assert!(
        harness
            .query_by_label("This is not the built-in guide")
            .is_none()
    );
}
