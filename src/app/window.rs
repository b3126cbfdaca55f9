//! Opens the window: reads the guide while the window is made, builds the app, and runs it.

use std::path::PathBuf;
use std::time::Instant;

use crate::app::{AppConfig, GuideApp};
use crate::cli::OpenAt;
use crate::content::{self, Origin};
use crate::system::background::{self, Poll};
use crate::user_data::tab::Tab;

/// How long the window waits for the guide read beside it before reading it itself.
const LOAD_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

/// Runs the window until it is closed. The error is in the words to show the person.
pub fn run(
    content_path: Option<PathBuf>,
    data_dir: PathBuf,
    open: Option<OpenAt>,
    started: Instant,
) -> Result<(), String> {
    let origin = Origin::resolve(content_path);
    // The guide is read and checked while the window is being made: neither waits for the other.
    let loader = {
        let origin = origin.clone();
        background::spawn(
            "load-guide",
            || {},
            move || content::load(&origin, content::today()),
        )
    };

    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Skincare Guide")
        .with_app_id("skincare-guide")
        .with_inner_size([960.0, 720.0])
        .with_min_inner_size([480.0, 360.0]);
    match eframe::icon_data::from_png_bytes(include_bytes!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/icon.png"
    ))) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(err) => log::warn!("the window icon cannot be read: {err}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "skincare-guide",
        options,
        Box::new(move |cc| {
            log::info!("start-up: window created after {:?}", started.elapsed());
            let content = match loader.map(|task| task.wait(LOAD_WAIT)) {
                Ok(Poll::Ready(content)) => content,
                // The thread could not start or ended without a guide: read it here.
                _ => content::load(&origin, content::today()),
            };
            log::info!("start-up: guide loaded after {:?}", started.elapsed());
            // The window shows the guide's name once it is known (before its first frame).
            if let Ok(loaded) = &content {
                cc.egui_ctx
                    .send_viewport_cmd(egui::ViewportCommand::Title(loaded.guide.title.clone()));
            }
            let config = AppConfig {
                content,
                data_dir,
                today: None,
            };
            let mut app = GuideApp::new(cc, config).with_welcome();
            if let Some(OpenAt::Today) = open {
                app.open_tab(Tab::Checklist);
            }
            log::info!("start-up: app built after {:?}", started.elapsed());
            Ok(Box::new(StartupTimer {
                app,
                started: Some(started),
            }))
        }),
    )
    .map_err(|err| window_error_message(&err.to_string()))
}

/// The app, saying (at `RUST_LOG=info`) when its first frame was drawn, for start-up work.
struct StartupTimer {
    app: GuideApp,
    started: Option<Instant>,
}

impl eframe::App for StartupTimer {
    fn logic(&mut self, ctx: &egui::Context, frame: &mut eframe::Frame) {
        eframe::App::logic(&mut self.app, ctx, frame);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let frame_start = Instant::now();
        eframe::App::ui(&mut self.app, ui, frame);
        if let Some(started) = self.started.take() {
            log::info!(
                "start-up: first frame laid out in {:?}, {:?} after start",
                frame_start.elapsed(),
                started.elapsed()
            );
        }
    }
}

/// What to tell the person when the window cannot open: a missing display in plain words, and
/// never the internal source path some errors carry.
fn window_error_message(error: &str) -> String {
    let no_display = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .all(|name| std::env::var_os(name).is_none_or(|value| value.is_empty()));
    if no_display || error.contains("neither WAYLAND_DISPLAY nor WAYLAND_SOCKET nor DISPLAY") {
        return "no display found: run it from a desktop session (check, export and the other commands work without one)".to_owned();
    }
    // "… os error at /root/.cargo/registry/…/mod.rs:765: message" → "… os error: message".
    let cleaned = match (error.find(" at /"), error.rfind(".rs:")) {
        (Some(start), Some(file_end)) if start < file_end => {
            let after = &error[file_end + 4..];
            let rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
            format!("{}{rest}", &error[..start])
        }
        _ => error.to_owned(),
    };
    format!("cannot open the window: {cleaned}")
}
