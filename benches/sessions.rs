//! The largest plan a data file may hold ([`MAX_SESSIONS`] sessions): from reading the data file
//! to the first frame of the Checklist tab, budget 100 ms.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use skincare_guide::content::{self, EMBEDDED_CONTENT, LoadedGuide, Origin};
use skincare_guide::user_data::store::Store;
use skincare_guide::user_data::tab::Tab;
use skincare_guide::user_data::{MAX_SESSIONS, UserData};
use skincare_guide::{AppConfig, GuideApp};

/// The day the bench runs "on", so the shipped guide's review date never warns.
const TODAY: jiff::civil::Date = jiff::civil::date(2026, 11, 25);

fn first_frame(c: &mut Criterion) {
    let Ok((guide, warnings)) = content::parse(EMBEDDED_CONTENT, TODAY) else {
        panic!("the shipped guide is valid");
    };
    let Ok(dir) = tempfile::tempdir() else {
        panic!("a temporary directory for the bench's data");
    };
    // Sessions a week apart, each with a few ticks, the Checklist tab open on the last one.
    let mut progress = UserData::default();
    let first_day = jiff::civil::date(2000, 1, 3);
    let items: Vec<String> = guide
        .checklist_items()
        .map(|(_, item)| item.id.clone())
        .take(5)
        .collect();
    for week in 0..MAX_SESSIONS {
        let Ok(day) = first_day.checked_add(jiff::Span::new().weeks(week as i64)) else {
            panic!("a date in range");
        };
        let id = progress.add_session(day);
        for item in &items {
            progress.set_ticked(skincare_guide::user_data::Scope::Session(id), item, true);
        }
    }
    progress.set_last_tab(Tab::Checklist);
    if let Err(err) = Store::new(dir.path()).save(&progress) {
        panic!("cannot save the bench's data: {err}");
    }
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1024.0, 768.0),
        )),
        ..Default::default()
    };

    let mut group = c.benchmark_group("sessions");
    group.sample_size(10);
    group.bench_function(format!("first frame with {MAX_SESSIONS} sessions"), |b| {
        b.iter(|| {
            let config = AppConfig {
                content: Ok(LoadedGuide {
                    guide: guide.clone(),
                    origin: Origin::Embedded,
                    warnings: warnings.clone(),
                }),
                data_dir: dir.path().to_owned(),
                today: Some(TODAY),
            };
            let ctx = egui::Context::default();
            let mut app = GuideApp::with_context(&ctx, config);
            let mut output = ctx.run_ui(black_box(input.clone()), |ui| app.show(ui));
            output.textures_delta.clear();
            ctx.tessellate(output.shapes, output.pixels_per_point).len()
        });
    });
    group.finish();
}

criterion_group!(benches, first_frame);
criterion_main!(benches);
