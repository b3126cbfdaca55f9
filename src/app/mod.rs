//! The eframe app: owns the content and the person's data, routes between the screens, and draws
//! the frame around them. Each screen owns its state and returns actions; the `app` submodules
//! apply them to the model in one place each.

mod actions;
mod dialogs;
mod diary;
mod follow;
mod shortcuts;
pub mod window;

use std::path::PathBuf;

use egui::Ui;
use jiff::civil::Date;

use crate::content::{self, ContentError, LoadedGuide, Origin};
use crate::reminders::daily::DailyReminder;
use crate::system::watch::ContentWatcher;
use crate::ui;
use crate::ui::checklist::DateForm;
use crate::ui::chrome::header::HeaderAction;
use crate::ui::chrome::toast::Toasts;
use crate::ui::dialogs::welcome::{Welcome, WelcomeAction};
use crate::ui::diary::DiaryScreen;
use crate::ui::pages::search::SearchState;
use crate::ui::style::{palette, space};
use crate::user_data::Progress;
use crate::user_data::settings::ThemeChoice;
use crate::user_data::store::{LoadNotice, Store};
use crate::user_data::tab::Tab;

pub use dialogs::Modal;

/// Everything the app needs to start, decided before the window opens.
pub struct AppConfig {
    /// The loaded guide, or why it could not be loaded.
    pub content: Result<LoadedGuide, ContentError>,

    /// The directory holding the person's data file.
    pub data_dir: PathBuf,

    /// The day the app treats as today; `None` reads the system clock (tests fix it).
    pub today: Option<Date>,
}

/// Below this window height, in points, the header scrolls with the page instead of staying put.
const COMPACT_HEIGHT_POINTS: f32 = 480.0;

/// The Skincare Guide app.
pub struct GuideApp {
    /// The guide being shown; `None` while the content error screen is up.
    guide: Option<LoadedGuide>,

    /// Why the requested content could not be used, if it could not.
    content_error: Option<ContentError>,

    /// The content file on disk, watched for edits; `None` for the built-in guide.
    watched: Option<(Origin, ContentWatcher)>,

    /// Why the last edit of the content file could not be used; the last good guide stays.
    reload_error: Option<ContentError>,

    store: Store,
    progress: Progress,

    /// A problem with the data file the person has not dismissed yet.
    data_notice: Option<LoadNotice>,

    /// Why the last save failed; cleared by the next successful save.
    save_error: Option<String>,

    /// A fixed "today" for tests; `None` reads the clock.
    fixed_today: Option<Date>,

    /// The search field, its results and the highlighting a jump leaves.
    search: SearchState,

    /// The Checklist tab's date form.
    date_form: DateForm,

    /// The Diary tab's own state.
    diary: DiaryScreen,

    /// The open dialog, if any: one at a time.
    modal: Option<Modal>,

    /// Where the export dialog offers to save.
    export_dir: PathBuf,

    /// Messages that go away by themselves.
    toasts: Toasts,

    /// The first-start question, while it is asked.
    welcome: Option<Welcome>,

    /// Whether the saved text size and theme were applied on a first frame, in case whoever
    /// created the window set its own after [`GuideApp::new`].
    display_applied: bool,

    /// The daily reminder's autostart entry and its time while the app is open.
    daily_reminder: DailyReminder,
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
        let export_dir = directories::UserDirs::new()
            .and_then(|dirs| dirs.document_dir().map(PathBuf::from))
            .or_else(|| directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned()))
            .unwrap_or_else(|| data_dir.clone());
        let watched = follow::watch_content(ctx, &content);
        let mut store = Store::open(data_dir);
        let loaded = store.load();
        let (guide, content_error) = match content {
            Ok(guide) => (Some(guide), None),
            Err(err) => {
                log::error!("{err:#}");
                (None, Some(err))
            }
        };
        let app = Self {
            guide,
            content_error,
            watched,
            reload_error: None,
            store,
            progress: loaded.progress,
            data_notice: loaded.notice,
            save_error: None,
            fixed_today: today,
            search: SearchState::default(),
            date_form: DateForm::new(today.unwrap_or_else(content::today)),
            diary: DiaryScreen::new(today.unwrap_or_else(content::today)),
            modal: None,
            export_dir,
            toasts: Toasts::default(),
            welcome: None,
            display_applied: false,
            daily_reminder: DailyReminder::new(crate::reminders::autostart::config_dir()),
        };
        app.apply_display(ctx);
        app
    }

    /// Asks "When is your treatment?" first if the person has not used the app before (no
    /// tab opened, nothing planned or ticked). The desktop app does; tests opt in.
    pub fn with_welcome(mut self) -> Self {
        let progress = &self.progress;
        let fresh = progress.last_tab.is_none()
            && progress.sessions.is_empty()
            && progress.ticked.is_empty();
        if fresh && self.guide.is_some() && self.writable() {
            self.welcome = Some(Welcome::default());
        }
        self
    }

    fn apply_display(&self, ctx: &egui::Context) {
        let display = &self.progress.display;
        ctx.set_zoom_factor(display.zoom_factor());
        ctx.set_theme(match display.theme() {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
    }

    /// The current search text.
    pub fn search_query(&self) -> &str {
        &self.search.query
    }

    /// Why the last edit of the content file could not be used, if it could not.
    pub fn reload_error(&self) -> Option<&ContentError> {
        self.reload_error.as_ref()
    }

    /// The day the app treats as today.
    pub fn today(&self) -> Date {
        self.fixed_today.unwrap_or_else(content::today)
    }

    /// The person's data as the app holds it now.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// The data store, so tests can inject write failures.
    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// The guide on screen, if any.
    pub fn guide(&self) -> Option<&LoadedGuide> {
        self.guide.as_ref()
    }

    /// The tab on screen.
    pub fn tab(&self) -> Tab {
        self.progress.last_tab()
    }

    /// The toasts on screen now.
    pub fn toasts(&self) -> impl Iterator<Item = &str> {
        self.toasts.messages()
    }

    /// Whether the person's data can be changed in this window (see [`Store::read_only`]).
    pub fn writable(&self) -> bool {
        self.store.read_only().is_none()
    }

    /// Writes the person's data now; a failure is shown above the page until a save works.
    /// A read-only window keeps changes of its own view (tab, text size) unsaved.
    fn save(&mut self) {
        if !self.writable() {
            return;
        }
        match self.store.save(&self.progress) {
            Ok(()) => self.save_error = None,
            Err(err) => {
                log::warn!("{err:#}");
                self.save_error = Some(format!("{err:#}"));
            }
        }
    }

    /// Opens `tab` at the person's request: clears the search and any highlighting.
    pub fn open_tab(&mut self, tab: Tab) {
        self.search.query.clear();
        self.search.mark = Default::default();
        self.welcome = None;
        self.show_tab(tab);
    }

    fn show_tab(&mut self, tab: Tab) {
        if self.progress.set_last_tab(tab) {
            self.save();
        }
    }

    /// Opens a search result: its tab, scrolled to it, with the query's words highlighted.
    fn jump(&mut self, target: crate::content::search::Target) {
        self.welcome = None;
        let tab = target.tab;
        self.search.jump(target);
        self.show_tab(tab);
    }

    /// Keeps the autostart entry for daily reminders under `config_dir` instead of the person's
    /// configuration directory (tests use a temporary one).
    pub fn with_autostart_dir(mut self, config_dir: PathBuf) -> Self {
        self.daily_reminder = DailyReminder::new(Some(config_dir));
        self
    }

    fn header_ui(&mut self, ui: &mut Ui) {
        let (title, query) = match &self.guide {
            Some(loaded) => (loaded.guide.title.clone(), Some(&mut self.search.query)),
            None => ("Skincare Guide".to_owned(), None),
        };
        let focus = std::mem::take(&mut self.search.focus);
        match ui::chrome::header::header_ui(ui, &title, query, focus) {
            Some(HeaderAction::Display) => self.modal = Some(Modal::Display),
            Some(HeaderAction::Shortcuts) => self.modal = Some(Modal::Shortcuts),
            Some(HeaderAction::About) => self.modal = Some(Modal::About),
            Some(HeaderAction::ClearSearch) => {
                self.search.query.clear();
                self.search.focus = true;
            }
            Some(HeaderAction::OpenFirstResult) => {
                if let Some(loaded) = &self.guide {
                    self.search.open_first_result(&loaded.guide);
                    ui.ctx().request_repaint();
                }
            }
            None => {}
        }
    }

    /// The section picked in the sidebar or the tab strip, if any. No section looks selected
    /// while search results or the welcome show.
    fn current_section(&self) -> Option<Tab> {
        (!self.search.active() && self.welcome.is_none()).then(|| self.tab())
    }

    fn sidebar_ui(&mut self, ui: &mut Ui) {
        ui.add_space(space::S);
        if let Some(tab) = ui::chrome::nav::sidebar_ui(ui, self.current_section()) {
            self.open_tab(tab);
        }
    }

    fn tab_strip_ui(&mut self, ui: &mut Ui) {
        if let Some(tab) = ui::chrome::nav::tab_bar_ui(ui, self.current_section()) {
            self.open_tab(tab);
        }
        ui.add_space(space::XS);
    }

    /// Which scroll position the body keeps: one per tab, one for search, one for errors.
    fn scroll_id(&self) -> &'static str {
        if self.guide.is_none() {
            "content-error"
        } else if self.welcome.is_some() {
            "welcome"
        } else if self.search.active() {
            "search-results"
        } else {
            self.tab().key()
        }
    }

    /// The body of the window: the content error, the welcome, the search results, or the
    /// open tab under the banners that concern it.
    fn body_ui(&mut self, ui: &mut Ui) {
        if self.guide.is_none() {
            let use_embedded = self
                .content_error
                .as_ref()
                .is_some_and(|err| ui::chrome::content_error::content_error_ui(ui, err));
            if use_embedded {
                self.use_embedded_guide(ui.ctx());
            }
            return;
        }
        if let Some(welcome) = &mut self.welcome {
            match welcome.ui(ui, self.fixed_today.unwrap_or_else(content::today)) {
                Some(WelcomeAction::Plan(date)) => self.welcome_plan(date),
                Some(WelcomeAction::Read) => self.open_tab(Tab::Overview),
                None => {}
            }
            return;
        }
        ui.add_space(space::L);
        self.banners_ui(ui);
        if self.search.active() {
            self.search_results_ui(ui);
            return;
        }
        self.tab_ui(ui);
    }

    /// What the first start's answer does: plans the session and opens the checklist.
    fn welcome_plan(&mut self, date: Date) {
        if self.progress.sessions.is_empty() {
            let id = self.progress.add_session(date);
            self.progress.selected_session = Some(id);
        }
        self.open_tab(Tab::Checklist);
        self.save();
        self.toasts.say("Your treatment date is set");
    }

    fn search_results_ui(&mut self, ui: &mut Ui) {
        let Some(loaded) = &self.guide else {
            return;
        };
        let query = self.search.query.clone();
        let index = self.search.index(&loaded.guide);
        match ui::pages::search::results_ui(ui, index, &query) {
            Some(ui::pages::search::SearchAction::Jump(target)) => self.jump(target),
            Some(ui::pages::search::SearchAction::Suggest(word)) => self.search.query = word,
            None => {}
        }
    }

    /// Draws one frame of the whole app into `ui` (the window's root).
    pub fn show(&mut self, ui: &mut Ui) {
        self.follow_other_window(ui.ctx());
        if let Some(target) = self.search.pending_jump.take() {
            self.jump(target);
        }
        if !std::mem::replace(&mut self.display_applied, true) {
            self.apply_display(ui.ctx());
        }
        let edited = self
            .watched
            .as_ref()
            .is_some_and(|(_, watcher)| watcher.take_change());
        if edited {
            self.reload(ui.ctx());
        }
        self.handle_shortcuts(ui.ctx());
        self.remind_when_due(ui.ctx());
        self.record_imported_photos();
        let scroll_id = self.scroll_id();
        let rect = ui.ctx().content_rect();
        let colours = palette(ui.visuals().dark_mode);
        let chrome = egui::Frame::new()
            .fill(colours.chrome_fill)
            .inner_margin(egui::Margin::symmetric(space::M as i8, 0));
        let wide = rect.width() >= ui::chrome::nav::SIDEBAR_FROM_WIDTH;
        // A short window (large text, or a small screen) cannot spare room for a pinned header:
        // the header and tabs then scroll with the page, so nothing is out of reach.
        if rect.height() < COMPACT_HEIGHT_POINTS {
            egui::CentralPanel::default().show(ui, |ui| {
                ui::reading_column_ui(ui, scroll_id, |ui| {
                    self.header_ui(ui);
                    self.tab_strip_ui(ui);
                    self.body_ui(ui);
                });
            });
        } else {
            egui::Panel::top("header")
                .frame(chrome)
                .show(ui, |ui| self.header_ui(ui));
            if self.guide.is_some() {
                if wide {
                    egui::Panel::left("sidebar")
                        .frame(chrome)
                        .exact_size(ui::chrome::nav::SIDEBAR_WIDTH)
                        .resizable(false)
                        .show(ui, |ui| self.sidebar_ui(ui));
                } else {
                    egui::Panel::top("tab-strip")
                        .frame(chrome)
                        .show(ui, |ui| self.tab_strip_ui(ui));
                }
            }
            egui::CentralPanel::default().show(ui, |ui| {
                ui::reading_column_ui(ui, scroll_id, |ui| self.body_ui(ui));
            });
        }
        self.modal_ui(ui.ctx());
        self.toasts.ui(ui.ctx());
    }
}

impl eframe::App for GuideApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
