//! Parses the command line, sets up logging and the window, and runs.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use skincare_guide::content::{self, Origin};
use skincare_guide::export::{self, Format};
use skincare_guide::outfile;
use skincare_guide::storage::Store;
use skincare_guide::{AppConfig, GuideApp, check};

/// An offline companion for before, during and after a microneedling treatment.
#[derive(Parser)]
#[command(name = "skincare-guide", version, about)]
struct Cli {
    /// Read the guide from this content file instead of the built-in one.
    #[arg(long, value_name = "PATH", global = true)]
    content: Option<PathBuf>,

    /// Keep your checklist ticks in this directory instead of the platform's data directory.
    #[arg(long, value_name = "DIR", global = true)]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check a content file and print every problem as PATH:LINE:COL: message.
    Check {
        /// The file to check; without it, `--content`, or else the built-in guide.
        path: Option<PathBuf>,

        /// Fail (exit 1) on warnings too, such as a section that cites no source.
        #[arg(long)]
        deny_warnings: bool,
    },

    /// Export your treatment plan as a calendar file or a printable checklist.
    Export {
        /// `ics` for calendar apps, `md` for a printable Markdown checklist.
        #[arg(long, value_enum)]
        format: ExportFormat,

        /// The file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// An iCalendar file with one all-day event per step per session.
    Ics,
    /// A printable Markdown checklist with dates.
    Md,
}

fn main() -> ExitCode {
    // Only errors by default: warnings from the graphics stack at every start mean nothing to the
    // person. RUST_LOG=warn (or info, debug) shows more.
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("error")).init();
    let cli = Cli::parse();
    let data_dir = cli.data_dir.or_else(Store::default_dir).unwrap_or_else(|| {
        std::env::current_dir()
            .unwrap_or_default()
            .join("skincare-guide-data")
    });

    match cli.command {
        Some(Command::Check {
            path,
            deny_warnings,
        }) => {
            let origin = Origin::resolve(path.or(cli.content));
            let report = check::check(&origin, content::today(), deny_warnings);
            for line in &report.lines {
                println!("{line}");
            }
            return exit_code(report.ok);
        }
        Some(Command::Export { format, out }) => {
            let origin = Origin::resolve(cli.content);
            let format = match format {
                ExportFormat::Ics => Format::Calendar,
                ExportFormat::Md => Format::Markdown,
            };
            return exit_code(export_plan(&origin, data_dir, format, &out));
        }
        None => {}
    }

    let origin = Origin::resolve(cli.content);
    let content = content::load(&origin, content::today());
    let title = content.as_ref().map_or_else(
        |_| "Skincare Guide".to_owned(),
        |loaded| loaded.guide.title.clone(),
    );
    let config = AppConfig {
        content,
        data_dir,
        today: None,
    };

    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("skincare-guide")
        .with_inner_size([960.0, 720.0])
        .with_min_inner_size([480.0, 360.0]);
    match eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon.png")) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(err) => log::warn!("the window icon cannot be read: {err}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = eframe::run_native(
        "skincare-guide",
        options,
        Box::new(|cc| Ok(Box::new(GuideApp::new(cc, config)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("skincare-guide: {}", window_error_message(&err.to_string()));
            ExitCode::FAILURE
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

fn exit_code(ok: bool) -> ExitCode {
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `skincare-guide export`: writes the plan and says where, or says why not on stderr.
fn export_plan(origin: &Origin, data_dir: PathBuf, format: Format, out: &std::path::Path) -> bool {
    let loaded = match content::load(origin, content::today()) {
        Ok(loaded) => loaded,
        Err(err) => {
            eprintln!("skincare-guide: {err}");
            return false;
        }
    };
    // Only reads: the app may be open on the same data, and export must not move its file.
    let mut store = Store::reader(data_dir);
    let data = store.load();
    if let Some(notice) = &data.notice {
        eprintln!("skincare-guide: {}", notice.message());
    }
    let written = export::export(format, &loaded, &data.progress, jiff::Zoned::now())
        .map_err(|err| err.to_string())
        .and_then(|text| {
            outfile::write_export(out, text.as_bytes()).map_err(|err| err.to_string())
        });
    match written {
        Ok(path) => {
            if let Some(warning) = outfile::extension_warning(format, out) {
                eprintln!("skincare-guide: warning: {warning}");
            }
            let sessions = data.progress.sessions.len();
            println!(
                "wrote {} ({sessions} session{}, content: {})",
                path.display(),
                if sessions == 1 { "" } else { "s" },
                loaded.origin
            );
            true
        }
        Err(reason) => {
            eprintln!("skincare-guide: {reason}");
            false
        }
    }
}
