//! Visual regression: every tab in both themes at 960×720, the narrow layout, the first start and
//! a dialog, rendered with wgpu and compared with the PNGs committed under `tests/snapshots/`.
//!
//! Rendering needs a Vulkan device; on a machine without a GPU, Mesa's software one
//! (`apt-get install mesa-vulkan-drivers`, as `.ci/run` does). After a deliberate change of the
//! look, `UPDATE_SNAPSHOTS=1 cargo test --test ui snapshots::` rewrites the PNGs: look at each
//! before committing it.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers panic on setup failures, which fails the test"
)]

use egui_kittest::kittest::Queryable as _;
use egui_kittest::{Harness, SnapshotResults};
use skincare_guide::GuideApp;
use skincare_guide::user_data::tab::Tab;

use crate::common::app::App;

/// The app in a `width`×`height` window over a fresh data folder whose saved settings open `tab`
/// in `theme` ("light" or "dark").
fn app(
    dir: &std::path::Path,
    width: f32,
    height: f32,
    theme: &str,
    tab: Tab,
) -> Harness<'static, GuideApp> {
    let data = format!(
        "(format_version: 2, last_tab: Some({:?}), display: (text_size_percent: 100, theme: Some({theme:?})))",
        tab.key()
    );
    std::fs::write(dir.join("progress.ron"), data).unwrap();
    App::over(dir).size(width, height).wgpu().build()
}

#[test]
fn every_tab_in_both_themes() {
    let mut results = SnapshotResults::new();
    for theme in ["light", "dark"] {
        for tab in Tab::ALL {
            let dir = tempfile::tempdir().unwrap();
            let mut harness = app(dir.path(), 960.0, 720.0, theme, tab);
            harness.snapshot(format!("{}-{theme}", tab.key()));
            results.extend_harness(&mut harness);
        }
    }
    results.unwrap();
}

#[test]
fn a_narrow_window_shows_tabs_instead_of_the_sidebar() {
    let mut results = SnapshotResults::new();
    for tab in [Tab::Overview, Tab::Checklist] {
        let dir = tempfile::tempdir().unwrap();
        let mut harness = app(dir.path(), 560.0, 720.0, "light", tab);
        assert!(
            harness.query_by_label("Sections").is_some(),
            "the sections are still a tab list"
        );
        harness.snapshot(format!("narrow-{}", tab.key()));
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}

#[test]
fn the_first_start_and_a_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = App::over(dir.path())
        .size(960.0, 720.0)
        .welcome()
        .wgpu()
        .build();
    harness.snapshot("welcome-dark");
    let mut results = SnapshotResults::new();
    results.extend_harness(&mut harness);

    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(dir.path(), 960.0, 720.0, "light", Tab::Faq);
    // Display, not About: About shows the data folder's path, which differs on each run.
    harness.get_by_label("Display…").click();
    harness.run();
    harness.snapshot("display-dialog-light");
    results.extend_harness(&mut harness);
    results.unwrap();
}
