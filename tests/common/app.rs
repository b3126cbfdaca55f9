//! The whole app in a headless window (egui_kittest), and what a person does in it: open a tab,
//! click, type, and wait for work on other threads.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use jiff::civil::Date;
use skincare_guide::content::{self, ContentError, LoadedGuide};
use skincare_guide::user_data::tab::Tab;
use skincare_guide::{AppConfig, GuideApp};

use super::TODAY;

/// How the app is started: over a data folder, on [`TODAY`], with the built-in guide, in a
/// 900×700 window, unless told otherwise.
pub struct App {
    data_dir: PathBuf,
    today: Date,
    content: Option<Result<LoadedGuide, ContentError>>,
    size: egui::Vec2,
    welcome: bool,
    autostart_dir: Option<PathBuf>,
    wgpu: bool,
}

impl App {
    /// The app over the data folder `data_dir` (created on the first save if it is not there).
    pub fn over(data_dir: &Path) -> Self {
        Self {
            data_dir: data_dir.to_owned(),
            today: TODAY,
            content: None,
            size: egui::vec2(900.0, 700.0),
            welcome: false,
            autostart_dir: None,
            wgpu: false,
        }
    }

    /// Runs on `today` instead of [`TODAY`] (the built-in guide is loaded as of that day too).
    pub fn today(mut self, today: Date) -> Self {
        self.today = today;
        self
    }

    /// Shows `content` (a guide from a file, or the error loading it) instead of the built-in one.
    pub fn content(mut self, content: Result<LoadedGuide, ContentError>) -> Self {
        self.content = Some(content);
        self
    }

    /// A `width`×`height` window, in points.
    pub fn size(mut self, width: f32, height: f32) -> Self {
        self.size = egui::vec2(width, height);
        self
    }

    /// Shows the first start's welcome unless the data folder says it was answered.
    pub fn welcome(mut self) -> Self {
        self.welcome = true;
        self
    }

    /// Writes the daily reminder's autostart entry under `dir` instead of the user's config.
    pub fn autostart_dir(mut self, dir: &Path) -> Self {
        self.autostart_dir = Some(dir.to_owned());
        self
    }

    /// Renders with wgpu, for snapshots.
    pub fn wgpu(mut self) -> Self {
        self.wgpu = true;
        self
    }

    /// Starts the app and runs it until it is idle.
    pub fn build(self) -> Harness<'static, GuideApp> {
        let Self {
            data_dir,
            today,
            content,
            size,
            welcome,
            autostart_dir,
            wgpu,
        } = self;
        let config = AppConfig {
            content: content.unwrap_or_else(|| content::load_embedded(today)),
            data_dir,
            today: Some(today),
        };
        let mut builder = Harness::builder()
            // Pictures decode on a background thread; allow it time on a busy machine.
            .with_max_steps(40)
            .with_size(size);
        if wgpu {
            builder = builder.wgpu();
        }
        let mut harness = builder.build_eframe(move |cc| {
            let mut app = GuideApp::new(cc, config);
            if welcome {
                app = app.with_welcome();
            }
            if let Some(dir) = autostart_dir {
                app = app.with_autostart_dir(dir);
            }
            app
        });
        harness.run();
        harness
    }
}

/// The app over `data_dir` as it starts by default: see [`App`].
pub fn app_over(data_dir: &Path) -> Harness<'static, GuideApp> {
    App::over(data_dir).build()
}

/// Is there a node whose label or value contains `text`? A no-break space on screen reads as
/// a space, as it does to a person; a no-break space in `text` must be one on screen too.
pub fn shows_text<State>(harness: &Harness<'_, State>, text: &str) -> bool {
    let has = |words: String| words.contains(text) || words.replace('\u{a0}', " ").contains(text);
    harness
        .query_all_by(|node| node.label().is_some_and(has) || node.value().is_some_and(has))
        .next()
        .is_some()
}

/// Opens `tab` by clicking it.
pub fn open_tab(harness: &mut Harness<'_, GuideApp>, tab: Tab) {
    harness
        .get_by_role_and_label(Role::Tab, tab.label())
        .click();
    harness.run();
}

/// Scrolls the widget into view, as a person would, then clicks it.
pub fn click_in_view(harness: &mut Harness<'_, GuideApp>, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
}

/// Types `text` into the text field named `label` (one line, or else several).
pub fn type_into(harness: &mut Harness<'_, GuideApp>, label: &str, text: &str) {
    let role = if harness
        .query_by_role_and_label(Role::TextInput, label)
        .is_some()
    {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    };
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

/// Replaces the text of the one-line field named `label` with `text`.
pub fn replace_text(harness: &mut Harness<'_, GuideApp>, label: &str, text: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    harness.run();
}

/// Runs frames until `done` holds, for work on other threads; fails the test if that takes
/// longer than `within`, naming `what` it waited for.
pub fn run_until<'a>(
    harness: &mut Harness<'a, GuideApp>,
    within: Duration,
    what: &str,
    done: impl Fn(&Harness<'a, GuideApp>) -> bool,
) {
    let started = Instant::now();
    while !done(harness) {
        assert!(
            started.elapsed() < within,
            "waited {within:?} for {what}, in vain"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.run();
    }
    harness.run();
}
