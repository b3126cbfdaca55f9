//! Parses the command line, sets up logging and the window, and runs.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use skincare_guide::content::{self, Origin};
use skincare_guide::storage::Store;
use skincare_guide::{AppConfig, GuideApp, check};

/// An offline companion for before, during and after a microneedling treatment.
#[derive(Parser)]
#[command(name = "skincare-guide", version, about)]
struct Cli {
    /// Read the guide from this content file instead of ./content.ron or the built-in copy.
    #[arg(long, value_name = "PATH", global = true)]
    content: Option<PathBuf>,

    /// Keep your checklist ticks in this directory instead of the platform's data directory.
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check a content file and print every problem as PATH:LINE:COL: message.
    Check {
        /// The file to check; defaults to ./content.ron, or the built-in guide if there is none.
        path: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let current_dir = std::env::current_dir().unwrap_or_default();

    if let Some(Command::Check { path }) = cli.command {
        let origin = Origin::resolve(path.or(cli.content), &current_dir);
        let report = check::check(&origin, content::today());
        for line in &report.lines {
            println!("{line}");
        }
        return if report.ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }

    let origin = Origin::resolve(cli.content, &current_dir);
    let content = content::load(&origin, content::today());
    let title = content.as_ref().map_or_else(
        |_| "Skincare Guide".to_owned(),
        |loaded| loaded.guide.title.clone(),
    );
    let data_dir = cli
        .data_dir
        .or_else(Store::default_dir)
        .unwrap_or_else(|| current_dir.join("skincare-guide-data"));
    let config = AppConfig { content, data_dir };

    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_app_id("skincare-guide")
            .with_inner_size([960.0, 720.0])
            .with_min_inner_size([480.0, 360.0]),
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
            eprintln!("skincare-guide: cannot open the window: {err}");
            ExitCode::FAILURE
        }
    }
}
