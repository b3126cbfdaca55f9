//! The eframe app. [`GuideApp`] is made of typed parts: the guide on screen ([`guide`]), the
//! person's data and its file ([`data`]), the screens' own state ([`screens`]), the one open
//! dialog ([`dialogs`]), and the clock. Drawing ([`frame`]) only reads them and queues
//! [`Action`]s; [`action`] applies them in one place; [`logic`] does everything that is not
//! drawing, and runs even while the window is minimized.

mod action;
mod clock;
mod data;
mod dialogs;
mod diary;
mod frame;
mod guide;
mod logic;
mod screens;
mod shortcuts;
pub mod window;

use std::path::PathBuf;

use jiff::civil::Date;

use crate::content::{ContentError, LoadedGuide};
use crate::reminders::daily::DailyReminder;
use crate::ui;
use crate::ui::diary::DiaryScreen;
use crate::user_data::UserData;
use crate::user_data::store::Store;
use crate::user_data::tab::Tab;

pub use action::Action;
pub use dialogs::Modal;

use clock::Clock;
use data::Data;
use guide::GuideState;
use screens::Screens;

/// Everything the app needs to start, decided before the window opens.
pub struct AppConfig {
    /// The loaded guide, or why it could not be loaded.
    pub content: Result<LoadedGuide, ContentError>,

    /// The directory holding the person's data file.
    pub data_dir: PathBuf,

    /// The day the app treats as today; `None` reads the system clock (tests fix it).
    pub today: Option<Date>,
}

/// The Skincare Guide app.
pub struct GuideApp {
    /// The guide on screen, or why it could not be shown, and the watch on its file.
    guide: GuideState,

    /// The person's data as this window holds it, and the file it lives in.
    data: Data,

    /// Each screen's own state: search, forms, the diary screen, the welcome, toasts.
    screens: Screens,

    /// The open dialog, if any: one at a time.
    modal: Option<Modal>,

    /// What "today" is.
    clock: Clock,

    /// The daily reminder's autostart entry and its time while the app is open.
    daily_reminder: DailyReminder,

    /// What the person did this frame, applied after drawing.
    actions: Vec<Action>,

    /// Whether the saved text size and theme were applied on a first frame, in case whoever
    /// created the window set its own after [`GuideApp::new`].
    display_applied: bool,
}

impl GuideApp {
    /// Builds the app over `config`, loading the person's data from its data directory.
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        Self::with_context(&cc.egui_ctx, config)
    }

    /// Builds the app for an egui context without eframe (benchmarks drive it this way).
    pub fn with_context(ctx: &egui::Context, config: AppConfig) -> Self {
        ui::style::setup(ctx);
        egui_extras::install_image_loaders(ctx);
        let AppConfig {
            content,
            data_dir,
            today,
        } = config;
        let clock = Clock::new(today);
        let screens = Screens::new(clock.today(), &data_dir);
        let app = Self {
            guide: GuideState::new(ctx, content),
            data: Data::open(data_dir, {
                let repaint = ctx.clone();
                move || repaint.request_repaint()
            }),
            screens,
            modal: None,
            clock,
            daily_reminder: DailyReminder::new(crate::reminders::autostart::config_dir()),
            actions: Vec::new(),
            display_applied: false,
        };
        app.apply_display(ctx);
        app
    }

    /// Asks "When is your treatment?" first if the person has not used the app before (no
    /// tab opened, nothing planned or ticked). The desktop app does; tests opt in.
    pub fn with_welcome(mut self) -> Self {
        let progress = &self.data.progress;
        let fresh = progress.last_tab.is_none()
            && progress.sessions.is_empty()
            && progress.ticked.is_empty();
        if fresh && self.guide.loaded.is_some() && self.writable() {
            self.screens.welcome = Some(Default::default());
        }
        self
    }

    /// Keeps the autostart entry for daily reminders under `config_dir` instead of the person's
    /// configuration directory (tests use a temporary one).
    pub fn with_autostart_dir(mut self, config_dir: PathBuf) -> Self {
        self.daily_reminder.set_config_dir(Some(config_dir));
        self
    }

    /// Runs the app's clock at `now` (local time) instead of the system's, so that the daily
    /// reminder can be tested; the reminder's notifications go to `notifier`.
    pub fn with_clock_and_notifier(
        mut self,
        now: jiff::civil::DateTime,
        notifier: std::sync::Arc<dyn crate::reminders::notification::Notifier>,
    ) -> Self {
        self.clock = Clock::At(now);
        self.daily_reminder.set_notifier(notifier);
        self
    }

    /// The current search text.
    pub fn search_query(&self) -> &str {
        &self.screens.search.query
    }

    /// Why the last edit of the content file could not be used, if it could not.
    pub fn reload_error(&self) -> Option<&ContentError> {
        self.guide.reload_error.as_ref()
    }

    /// The day the app treats as today.
    pub fn today(&self) -> Date {
        self.clock.today()
    }

    /// The person's data as the app holds it now.
    pub fn progress(&self) -> &UserData {
        &self.data.progress
    }

    /// The data store, so tests can inject write failures.
    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.data.store
    }

    /// The guide on screen, if any.
    pub fn guide(&self) -> Option<&LoadedGuide> {
        self.guide.loaded.as_ref()
    }

    /// The tab on screen.
    pub fn tab(&self) -> Tab {
        self.data.progress.last_tab()
    }

    /// The toasts on screen now.
    pub fn toasts(&self) -> impl Iterator<Item = &str> {
        self.screens.toasts.messages()
    }

    /// Whether the person's data can be changed in this window (see [`Store::read_only`]).
    pub fn writable(&self) -> bool {
        self.data.writable()
    }

    /// The diary's screen, so tests can wait for imports.
    pub fn diary_screen(&self) -> &DiaryScreen {
        &self.screens.diary
    }

    /// How many photo imports are queued or running, so tests can wait for them.
    pub fn imports_running(&self) -> usize {
        self.data.imports.running()
    }

    /// The diary's screen, so benchmarks can open each of its views.
    pub fn diary_screen_mut(&mut self) -> &mut DiaryScreen {
        &mut self.screens.diary
    }

    /// Opens `tab` at the person's request: clears the search and any highlighting.
    pub fn open_tab(&mut self, tab: Tab) {
        self.screens.search.query.clear();
        self.screens.search.mark = Default::default();
        self.screens.welcome = None;
        self.show_tab(tab);
    }

    /// Opens the "Report for my clinic…" dialog.
    pub fn open_report(&mut self) {
        let form = ui::dialogs::report::ReportForm::new(
            self.screens.export_dir.clone(),
            self.data.dir().to_owned(),
            &self.data.progress,
            self.today(),
        );
        self.modal = Some(Modal::Report(form));
    }

    /// Imports the photo file at `path` into the diary, on a background thread: the system file
    /// dialog, a typed path and drag and drop all end here. Its record is saved when the copy is
    /// complete.
    pub fn import_photo(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.apply(ctx, Action::ImportPhoto(path));
    }

    /// Does everything that is not drawing: follows the other window and the content file,
    /// shows the day's reminder, records finished photo imports. eframe calls it through
    /// [`eframe::App::logic`] before every frame, and alone while the window is minimized or
    /// hidden.
    pub fn tick(&mut self, ctx: &egui::Context) {
        self.logic(ctx);
    }

    /// Draws one frame of the whole app into `ui` (the window's root), then applies what the
    /// person did.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.frame_ui(ui);
        let actions = std::mem::take(&mut self.actions);
        if !actions.is_empty() {
            // What the person did shows on the next frame, which nothing else may ask for.
            ui.ctx().request_repaint();
        }
        for action in actions {
            self.apply(ui.ctx(), action);
        }
    }
}

impl eframe::App for GuideApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.tick(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
