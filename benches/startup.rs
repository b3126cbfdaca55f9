//! Where start-up goes before the window shows: building the app over a fresh data folder and
//! laying out its first frame (fonts loaded, glyphs rasterised, shapes tessellated), beside the
//! first frame of an empty egui app. `scripts/measure-startup` measures the whole start under X.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use skincare_guide::content;
use skincare_guide::user_data::tab::Tab;
use skincare_guide::{AppConfig, GuideApp};

/// The day the bench treats as today.
const TODAY: jiff::civil::Date = jiff::civil::date(2026, 11, 25);

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(960.0, 720.0),
        )),
        ..Default::default()
    }
}

/// One first frame: egui's pass, then the tessellation the renderer would upload.
fn first_frame(ctx: &egui::Context, mut draw: impl FnMut(&mut egui::Ui)) -> usize {
    let output = ctx.run_ui(input(), |ui| draw(ui));
    let font_texture = output.textures_delta.set.len();
    ctx.tessellate(output.shapes, output.pixels_per_point).len() + font_texture
}

fn startup(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(20);
    group.bench_function("empty egui app: first frame", |b| {
        b.iter(|| {
            let ctx = egui::Context::default();
            first_frame(&ctx, |ui| {
                egui::CentralPanel::default().show(ui, |_| {});
            })
        });
    });
    group.bench_function("load the built-in guide", |b| {
        b.iter(|| black_box(content::load_embedded(TODAY)).is_ok());
    });
    for (name, welcome) in [("welcome", true), ("Overview", false)] {
        group.bench_function(format!("guide: build and first frame ({name})"), |b| {
            b.iter(|| {
                let Ok(dir) = tempfile::tempdir() else {
                    panic!("a temporary directory for the bench's data");
                };
                let ctx = egui::Context::default();
                let config = AppConfig {
                    content: content::load_embedded(TODAY),
                    data_dir: dir.path().to_owned(),
                    today: Some(TODAY),
                };
                let app = GuideApp::with_context(&ctx, config);
                let mut app = if welcome { app.with_welcome() } else { app };
                if !welcome {
                    app.open_tab(Tab::Overview);
                }
                first_frame(&ctx, |ui| app.show(ui))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, startup);
criterion_main!(benches);
