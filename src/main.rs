//! Parses the command line, sets up logging and the window, and runs.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use skincare_guide::content::{self, Origin};
use skincare_guide::export::{self, Format};
use skincare_guide::notification::Outcome;
use skincare_guide::remind::{self, Reminded};
use skincare_guide::report::{self, Paper};
use skincare_guide::storage::Store;
use skincare_guide::tab::Tab;
use skincare_guide::{AppConfig, GuideApp, check};
use skincare_guide::{fsread, outfile};

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

    /// Open the window on this part of the app (`today`: the Today panel on the Checklist tab).
    #[arg(long, value_enum, value_name = "PLACE")]
    open: Option<OpenAt>,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, ValueEnum)]
enum OpenAt {
    /// The Today panel, at the top of the Checklist tab.
    Today,
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

        /// Also list, day by day, which checklist rules and tasks apply.
        #[arg(long)]
        days: bool,
    },

    /// Export your treatment plan as a calendar file or a printable checklist.
    Export {
        /// `ics` for calendar apps, `md` for a printable Markdown checklist, `csv` for the
        /// diary's check-ins.
        #[arg(long, value_enum)]
        format: ExportFormat,

        /// The file to write, or `-` for standard output.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },

    /// Make a PDF report for your clinic: sessions, warnings, check-in charts, steps and notes.
    Report {
        /// The PDF file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,

        /// The first day to cover (YYYY-MM-DD); without it, the first day anything was recorded.
        #[arg(long, value_name = "DATE")]
        from: Option<jiff::civil::Date>,

        /// The last day to cover (YYYY-MM-DD); without it, today.
        #[arg(long, value_name = "DATE")]
        to: Option<jiff::civil::Date>,

        /// A name to print at the top of the report (it is not saved anywhere).
        #[arg(long)]
        name: Option<String>,

        /// The paper size; without it, the one your locale uses.
        #[arg(long, value_enum)]
        paper: Option<PaperSize>,

        /// Add the diary's before/after photo pair (the first photo and the latest).
        #[arg(long)]
        photos: bool,
    },

    /// Show one desktop notification with what is due today, unless nothing is or one was shown
    /// today already; clicking it opens the app on Today.
    Remind,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// An iCalendar file with one all-day event per step per session.
    Ics,
    /// A printable Markdown checklist with dates.
    Md,
    /// The diary's check-ins, a row per day, for a spreadsheet.
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum PaperSize {
    /// ISO A4.
    A4,
    /// US Letter.
    Letter,
}

fn main() -> ExitCode {
    // Only errors by default: warnings from the graphics stack at every start mean nothing to the
    // person. RUST_LOG=warn (or info, debug) shows more.
    let started = std::time::Instant::now();
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
            days,
        }) => {
            let origin = Origin::resolve(path.or(cli.content));
            let report = check::check(&origin, content::today(), deny_warnings);
            for line in &report.lines {
                println!("{line}");
            }
            if days {
                for line in content::day_overlap::days_report(&origin, content::today()) {
                    println!("{}", check::printable(&line));
                }
            }
            return exit_code(report.ok);
        }
        Some(Command::Export { format, out }) => {
            let origin = Origin::resolve(cli.content);
            let format = match format {
                ExportFormat::Ics => Format::Calendar,
                ExportFormat::Md => Format::Markdown,
                ExportFormat::Csv => Format::Csv,
            };
            return exit_code(export_plan(&origin, data_dir, format, &out));
        }
        Some(Command::Report {
            out,
            from,
            to,
            name,
            paper,
            photos,
        }) => {
            let origin = Origin::resolve(cli.content);
            let paper = match paper {
                Some(PaperSize::A4) => Paper::A4,
                Some(PaperSize::Letter) => Paper::Letter,
                None => Paper::from_locale(),
            };
            let mut options = report::Options::new(content::today(), paper);
            options.from = from;
            options.to = to;
            options.name = name;
            return exit_code(make_report(&origin, &data_dir, options, photos, &out));
        }
        Some(Command::Remind) => {
            let origin = Origin::resolve(cli.content);
            return exit_code(remind(&origin, &data_dir));
        }
        None => {}
    }

    let origin = Origin::resolve(cli.content);
    // The guide is read and checked while the window is being made: neither waits for the other.
    let loader = {
        let origin = origin.clone();
        std::thread::Builder::new()
            .name("load-guide".into())
            .spawn(move || content::load(&origin, content::today()))
    };

    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Skincare Guide")
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
        Box::new(move |cc| {
            log::info!("start-up: window created after {:?}", started.elapsed());
            let content = loader
                .ok()
                .and_then(|handle| handle.join().ok())
                .unwrap_or_else(|| content::load(&origin, content::today()));
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
            let app = open_at(GuideApp::new(cc, config).with_welcome(), cli.open);
            log::info!("start-up: app built after {:?}", started.elapsed());
            Ok(Box::new(StartupTimer {
                app,
                started: Some(started),
            }))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("skincare-guide: {}", window_error_message(&err.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// The app, saying (at `RUST_LOG=info`) when its first frame was drawn, for start-up work.
struct StartupTimer {
    app: GuideApp,
    started: Option<std::time::Instant>,
}

impl eframe::App for StartupTimer {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let frame_start = std::time::Instant::now();
        self.app.show(ui);
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
    // Paths and messages may carry anything a file name can: never raw control characters.
    let say =
        |text: String| eprintln!("skincare-guide: {}", content::escape_controls(&text, false));
    if !data_dir.is_dir() {
        say(format!(
            "no saved data in {}: the folder does not exist (check --data-dir)",
            data_dir.display()
        ));
        return false;
    }
    let Some((store, data)) = read_data(&data_dir) else {
        return false;
    };
    if !store.path().exists() {
        say(format!(
            "no saved plan in {}: exporting the checklist without dates",
            data_dir.display()
        ));
    }
    let text = match export::export(format, &loaded, &data.progress, jiff::Zoned::now()) {
        Ok(text) => text,
        Err(err) => {
            say(err.to_string());
            return false;
        }
    };
    let sessions = data.progress.sessions.len();
    write_out(
        out,
        format,
        text.as_bytes(),
        store.path(),
        &loaded.origin,
        |path| {
            format!(
                "wrote {} ({sessions} session{}, content: {})",
                path.display(),
                if sessions == 1 { "" } else { "s" },
                loaded.origin
            )
        },
    )
}

/// Writes an export's `bytes` to `out` (standard output for `-`), never over the data file or
/// the content file, and prints `summary` of the path written; or says why not on stderr.
fn write_out(
    out: &std::path::Path,
    format: Format,
    bytes: &[u8],
    data_file: &std::path::Path,
    origin: &Origin,
    summary: impl FnOnce(&std::path::Path) -> String,
) -> bool {
    let say =
        |text: String| eprintln!("skincare-guide: {}", content::escape_controls(&text, false));
    if out.as_os_str() == "-" {
        use std::io::Write as _;
        return std::io::stdout().write_all(bytes).is_ok();
    }
    match outfile::write_export(out, format, bytes, &outfile::protected(data_file, origin)) {
        Ok(path) => {
            if let Some(warning) = outfile::extension_warning(format, out) {
                say(format!("warning: {warning}"));
            }
            println!("{}", content::escape_controls(&summary(&path), false));
            true
        }
        Err(err) => {
            say(err.to_string());
            false
        }
    }
}

/// The saved data in `data_dir`, only read: the app may be open on it, and a command must not
/// move its file. `None`, having said why on stderr, when it cannot be read: an export or report
/// of empty data in place of data that could not be read would mislead.
fn read_data(data_dir: &std::path::Path) -> Option<(Store, skincare_guide::storage::Loaded)> {
    let mut store = Store::reader(data_dir);
    let data = store.load();
    if let Some(notice) = &data.notice {
        eprintln!(
            "skincare-guide: {}",
            content::escape_controls(&notice.message(), false)
        );
        return None;
    }
    Some((store, data))
}

/// `skincare-guide report`: writes the clinic report and says where, or says why not on stderr.
fn make_report(
    origin: &Origin,
    data_dir: &std::path::Path,
    mut options: report::Options,
    photos: bool,
    out: &std::path::Path,
) -> bool {
    let say =
        |text: String| eprintln!("skincare-guide: {}", content::escape_controls(&text, false));
    let loaded = match content::load(origin, content::today()) {
        Ok(loaded) => loaded,
        Err(err) => {
            eprintln!("skincare-guide: {err}");
            return false;
        }
    };
    let Some((store, data)) = read_data(data_dir) else {
        return false;
    };
    if !store.path().exists() {
        say(format!(
            "no saved diary in {}: nothing to report (check --data-dir)",
            data_dir.display()
        ));
        return false;
    }
    if photos {
        options.photos = data.progress.diary.default_comparison(&data.progress);
        if options.photos.is_none() {
            say("--photos: the diary needs at least two photos; making the report without".into());
        }
    }
    let built = match report::build(&loaded, &data.progress, data_dir, &options) {
        Ok(built) => built,
        Err(err) => {
            say(err.to_string());
            return false;
        }
    };
    write_out(
        out,
        Format::Pdf,
        &built.bytes,
        store.path(),
        &loaded.origin,
        |path| {
            format!(
                "wrote {} ({}, {})",
                path.display(),
                built.summary(),
                fsread::human_size(built.bytes.len() as u64)
            )
        },
    )
}

/// The app, opened where `--open` asked.
fn open_at(mut app: GuideApp, place: Option<OpenAt>) -> GuideApp {
    if let Some(OpenAt::Today) = place {
        app.open_tab(Tab::Checklist);
    }
    app
}

/// `skincare-guide remind`: shows today's reminder at most once a day, waits a while for a click
/// and then opens the app on Today. Says what it did on stdout, or why not on stderr.
fn remind(origin: &Origin, data_dir: &std::path::Path) -> bool {
    let loaded = match content::load(origin, content::today()) {
        Ok(loaded) => loaded,
        Err(err) => {
            eprintln!("skincare-guide: {err}");
            return false;
        }
    };
    // Only reads: a window may own the data, and a file that cannot be read is left as it is.
    let data = Store::reader(data_dir).load();
    if let Some(notice) = &data.notice {
        eprintln!("skincare-guide: {}", notice.message());
    }
    let today = content::today();
    match remind::remind_once(&loaded.guide, &data.progress, data_dir, today) {
        Ok((Reminded::Shown(title), shown)) => {
            println!("reminded: {title}");
            if let Some(shown) = shown
                && shown.wait(remind::CLICK_WAIT) == Outcome::Clicked
            {
                println!("opening the app on Today");
                if let Err(err) = remind::open_today(data_dir) {
                    eprintln!("skincare-guide: cannot open the app: {err}");
                    return false;
                }
            }
            true
        }
        Ok((Reminded::NothingDue, _)) => {
            println!("nothing is due today");
            true
        }
        Ok((Reminded::AlreadyToday, _)) => {
            println!("already reminded today");
            true
        }
        Err(reason) => {
            eprintln!("skincare-guide: {reason}");
            false
        }
    }
}
