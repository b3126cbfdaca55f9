//! Frame budgets: one headless frame of each tab (egui run + tessellation) under 2 ms with the
//! shipped guide and under 8 ms with a guide 100 times larger, in a 1024×768 window.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use skincare_guide::content::{self, EMBEDDED_CONTENT, LoadedGuide, Origin};
use skincare_guide::user_data::UserData;
use skincare_guide::user_data::store::Store;
use skincare_guide::user_data::tab::Tab;
use skincare_guide::{AppConfig, GuideApp};

mod common;

fn frame(c: &mut Criterion) {
    let large = common::scaled_guide_text(100);
    for (name, text) in [("shipped", EMBEDDED_CONTENT), ("100x", large.as_str())] {
        let Ok((guide, warnings)) = content::parse(text, common::TODAY) else {
            panic!("the {name} guide is valid");
        };
        let Ok(dir) = tempfile::tempdir() else {
            panic!("a temporary directory for the bench's data");
        };
        // A planned session, so the Checklist tab draws dates, states and the Today panel.
        let mut progress = UserData::default();
        progress.add_session(jiff::civil::date(2026, 12, 1));
        if let Err(err) = Store::new(dir.path()).save(&progress) {
            panic!("cannot save the bench's data: {err}");
        }
        let config = AppConfig {
            content: Ok(LoadedGuide {
                guide,
                origin: Origin::Embedded,
                warnings,
            }),
            data_dir: dir.path().to_owned(),
            today: Some(common::TODAY),
        };
        let ctx = egui::Context::default();
        let mut app = GuideApp::with_context(&ctx, config);
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1024.0, 768.0),
            )),
            ..Default::default()
        };

        let mut group = c.benchmark_group(format!("frame/{name}"));
        for tab in Tab::ALL {
            app.open_tab(tab);
            // Let fonts load and text layouts fill egui's cache, as after the first paint.
            for _ in 0..3 {
                // No renderer here to upload font textures to.
                ctx.run_ui(input.clone(), |ui| app.show(ui))
                    .textures_delta
                    .clear();
            }
            group.bench_function(tab.label(), |b| {
                b.iter(|| {
                    let mut output = ctx.run_ui(black_box(input.clone()), |ui| app.show(ui));
                    output.textures_delta.clear();
                    ctx.tessellate(output.shapes, output.pixels_per_point).len()
                });
            });
        }
        group.finish();
    }
}

criterion_group!(benches, frame);
criterion_main!(benches);
