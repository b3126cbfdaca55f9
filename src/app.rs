//! The eframe app: owns the content and the person's data, picks the tab, draws the frame.

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers, RichText, Ui};
use jiff::civil::Date;

use crate::content::{self, ChecklistKind, ContentError, LoadedGuide, Origin};
use crate::progress::{Progress, Scope};
use crate::remind::DailyReminder;
use crate::search::{SearchIndex, Target};
use crate::settings::{Reminders, ThemeChoice};
use crate::storage::{LoadNotice, ReadOnly, Store};
use crate::tab::Tab;
use crate::ui;
use crate::ui::checklist::{ChecklistAction, DateForm};
use crate::ui::diary::{DiaryAction, DiaryScreen};
use crate::ui::export_dialog::{ExportAction, ExportForm};
use crate::ui::help::DisplayAction;
use crate::ui::search::{Mark, SearchAction};
use crate::watch::ContentWatcher;
use crate::{export, outfile};

/// Everything the app needs to start, decided before the window opens.
pub struct AppConfig {
    /// The loaded guide, or why it could not be loaded.
    pub content: Result<LoadedGuide, ContentError>,

    /// The directory holding the person's data file.
    pub data_dir: PathBuf,

    /// The day the app treats as today; `None` reads the system clock (tests fix it).
    pub today: Option<Date>,
}

/// A change waiting for the person to confirm it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pending {
    /// Untick a whole list.
    ResetList(Scope, ChecklistKind),

    /// Delete a session and its ticks.
    DeleteSession(u64),
}

/// An informational dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dialog {
    /// The keyboard shortcuts.
    Shortcuts,

    /// Text size and theme.
    Display,
}

/// The Skincare Guide app.
pub struct GuideApp {
    /// The guide being shown; `None` while the content error screen is up.
    guide: Option<LoadedGuide>,

    /// Why the requested content could not be used, if it could not.
    content_error: Option<ContentError>,

    store: Store,
    progress: Progress,

    /// A problem with the data file the person has not dismissed yet.
    data_notice: Option<LoadNotice>,

    /// Why the last save failed; cleared by the next successful save.
    save_error: Option<String>,

    /// A change waiting for confirmation.
    pending: Option<Pending>,

    /// The Checklist tab's date form.
    date_form: DateForm,

    /// The export dialog, while open.
    export_form: Option<ExportForm>,

    /// Where the export dialog offers to save.
    export_dir: PathBuf,

    /// A fixed "today" for tests; `None` reads the clock.
    fixed_today: Option<Date>,

    /// What is typed in the search field; results show while it is not blank.
    search_query: String,

    /// The search index of the guide on screen, built at the first search.
    search_index: Option<SearchIndex>,

    /// What the last search jump highlights.
    mark: Mark,

    /// Give the search field the keyboard on the next frame.
    focus_search: bool,

    /// A search result picked with Enter, opened at the start of the next frame: the header is
    /// drawn before the page, and a jump made there would scroll the page of this frame (still
    /// the results) instead of the tab it opens.
    pending_jump: Option<Target>,

    /// The open informational dialog.
    dialog: Option<Dialog>,

    /// Whether the saved text size and theme were applied on a first frame, in case whoever
    /// created the window set its own after [`GuideApp::new`].
    display_applied: bool,

    /// The content file on disk, watched for edits; `None` for the built-in guide.
    watched: Option<(Origin, ContentWatcher)>,

    /// Why the last edit of the content file could not be used; the last good guide stays.
    reload_error: Option<ContentError>,

    /// The daily reminder's autostart entry and its time while the app is open.
    daily_reminder: DailyReminder,

    /// The Diary tab's own state.
    diary: DiaryScreen,
}

/// How often a read-only window looks for the other window's saves and for its closing.
const FOLLOW_INTERVAL: std::time::Duration = std::time::Duration::from_millis(500);

/// Below this window height, in points, the header scrolls with the page instead of staying put.
const COMPACT_HEIGHT_POINTS: f32 = 480.0;

/// The search field's id, for Ctrl+F.
fn search_field_id() -> egui::Id {
    egui::Id::unique("search-field")
}

/// The keys that switch tabs with Ctrl (Cmd on macOS), in tab order.
const TAB_KEYS: [Key; 8] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
];

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
        let watched = watch_content(ctx, &content);
        let mut store = Store::open(data_dir);
        let loaded = store.load();
        let (guide, content_error) = match content {
            Ok(guide) => (Some(guide), None),
            Err(err) => {
                log::error!("{err:#}");
                (None, Some(err))
            }
        };
        Self {
            guide,
            content_error,
            store,
            progress: loaded.progress,
            data_notice: loaded.notice,
            save_error: None,
            pending: None,
            date_form: DateForm::new(today.unwrap_or_else(content::today)),
            export_form: None,
            export_dir,
            fixed_today: today,
            search_query: String::new(),
            search_index: None,
            mark: Mark::default(),
            focus_search: false,
            pending_jump: None,
            dialog: None,
            display_applied: false,
            watched,
            reload_error: None,
            daily_reminder: DailyReminder::new(crate::autostart::config_dir()),
            diary: DiaryScreen::new(today.unwrap_or_else(content::today)),
        }
        .with_display_applied(ctx)
    }

    /// Applies the saved text size and theme to the window.
    fn with_display_applied(self, ctx: &egui::Context) -> Self {
        self.apply_display(ctx);
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
        &self.search_query
    }

    /// Why the last edit of the content file could not be used, if it could not.
    pub fn reload_error(&self) -> Option<&ContentError> {
        self.reload_error.as_ref()
    }

    /// Reads the watched content file again after an edit. A good edit replaces the guide (the
    /// person's ticks, tab and place stay); a broken one keeps the last good guide on screen and
    /// says what is wrong.
    fn reload(&mut self, ctx: &egui::Context) {
        let Some((origin, _)) = &self.watched else {
            return;
        };
        match content::load(origin, self.today()) {
            Ok(loaded) => {
                if self.guide.as_ref().map(|shown| &shown.guide.title) != Some(&loaded.guide.title)
                {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Title(loaded.guide.title.clone()));
                }
                self.guide = Some(loaded);
                self.content_error = None;
                self.reload_error = None;
                self.search_index = None;
            }
            Err(err) => {
                log::warn!("{err:#}");
                let showing_this_file = self
                    .guide
                    .as_ref()
                    .is_some_and(|shown| &shown.origin == origin);
                if showing_this_file {
                    self.reload_error = Some(err);
                } else {
                    self.content_error = Some(err);
                }
            }
        }
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

    /// Whether the person's data can be changed in this window (see [`Store::read_only`]).
    pub fn writable(&self) -> bool {
        self.store.read_only().is_none()
    }

    /// Writes the person's data now; a failure is shown in the status line until a save works.
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

    /// Opens `tab` at the person's request: clears any search highlighting.
    pub fn open_tab(&mut self, tab: Tab) {
        self.mark = Mark::default();
        self.show_tab(tab);
    }

    fn show_tab(&mut self, tab: Tab) {
        if self.progress.set_last_tab(tab) {
            self.save();
        }
    }

    /// Opens a search result: its tab, scrolled to it, with the query's words highlighted.
    fn jump(&mut self, target: Target) {
        self.mark = Mark::jump(target.clone(), &self.search_query);
        self.search_query.clear();
        self.show_tab(target.tab);
    }

    /// The search index, built on first use for the guide on screen.
    fn search_index(&mut self) -> Option<&SearchIndex> {
        let guide = &self.guide.as_ref()?.guide;
        Some(
            self.search_index
                .get_or_insert_with(|| SearchIndex::build(guide)),
        )
    }

    /// Applies a change from the display dialog or the zoom keys; saves it.
    fn change_display(&mut self, ctx: &egui::Context, action: DisplayAction) {
        let display = &mut self.progress.display;
        let changed = match action {
            DisplayAction::LargerText => display.larger_text(),
            DisplayAction::SmallerText => display.smaller_text(),
            DisplayAction::ResetTextSize => display.reset_text_size(),
            DisplayAction::Theme(choice) => display.set_theme(choice),
            DisplayAction::Reminders(reminders) => {
                self.change_reminders(reminders);
                false
            }
            DisplayAction::Close => {
                self.dialog = None;
                false
            }
        };
        if changed {
            self.apply_display(ctx);
            self.save();
        }
    }

    /// Puts the login reminder's autostart entry in place for daily reminders (or removes it),
    /// then saves the choice. A read-only window leaves both to the window that owns the data.
    fn change_reminders(&mut self, reminders: Reminders) {
        if !self.writable() {
            return;
        }
        let data_dir = self.store.path().parent().unwrap_or(Path::new("."));
        self.daily_reminder.apply(&reminders, data_dir);
        self.progress.reminders = reminders;
        self.save();
    }

    /// Keeps the autostart entry for daily reminders under `config_dir` instead of the person's
    /// configuration directory (tests use a temporary one).
    pub fn with_autostart_dir(mut self, config_dir: PathBuf) -> Self {
        self.daily_reminder = DailyReminder::new(Some(config_dir));
        self
    }

    /// While the app is open: shows the daily reminder when its time comes, wakes up for the
    /// next one, and opens Today when the person clicks it. A fixed "today" (tests) has no
    /// clock to remind by.
    fn remind_when_due(&mut self, ctx: &egui::Context) {
        if self.fixed_today.is_some() {
            return;
        }
        if self.daily_reminder.take_click() {
            self.open_tab(Tab::Checklist);
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        }
        let Some(loaded) = &self.guide else {
            return;
        };
        let data_dir = self.store.path().parent().unwrap_or(Path::new("."));
        let now = jiff::Zoned::now().datetime();
        if let Some(until) = self
            .daily_reminder
            .tick(&loaded.guide, &self.progress, data_dir, now)
        {
            ctx.request_repaint_after(until);
        }
    }

    fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        let picked = ctx.input_mut(|input| {
            Tab::ALL
                .into_iter()
                .zip(TAB_KEYS)
                .find(|&(_, key)| input.consume_key(Modifiers::COMMAND, key))
                .map(|(tab, _)| tab)
        });
        if let Some(tab) = picked {
            self.search_query.clear();
            self.open_tab(tab);
        }

        let typing = ctx.egui_wants_keyboard_input();
        let modal_open =
            self.dialog.is_some() || self.pending.is_some() || self.export_form.is_some();
        let (find, help, larger, smaller, reset, escape) = ctx.input_mut(|input| {
            let question_mark = !typing
                && input
                    .events
                    .iter()
                    .any(|event| matches!(event, egui::Event::Text(text) if text == "?"));
            (
                input.consume_key(Modifiers::COMMAND, Key::F),
                input.consume_key(Modifiers::NONE, Key::F1) || question_mark,
                input.consume_key(Modifiers::COMMAND, Key::Plus)
                    || input.consume_key(Modifiers::COMMAND, Key::Equals),
                input.consume_key(Modifiers::COMMAND, Key::Minus),
                input.consume_key(Modifiers::COMMAND, Key::Num0),
                input.key_pressed(Key::Escape),
            )
        });
        if find {
            self.focus_search = true;
        }
        if help && !modal_open {
            self.dialog = Some(Dialog::Shortcuts);
        }
        for (pressed, action) in [
            (larger, DisplayAction::LargerText),
            (smaller, DisplayAction::SmallerText),
            (reset, DisplayAction::ResetTextSize),
        ] {
            if pressed {
                self.change_display(ctx, action);
            }
        }
        if escape && !modal_open {
            if self.search_query.is_empty() {
                self.mark = Mark::default();
            } else {
                self.search_query.clear();
            }
        }
    }

    fn use_embedded_guide(&mut self, ctx: &egui::Context) {
        match content::load_embedded(content::today()) {
            Ok(guide) => {
                ctx.send_viewport_cmd(egui::ViewportCommand::Title(guide.guide.title.clone()));
                self.guide = Some(guide);
                self.search_index = None;
            }
            Err(err) => log::error!("the built-in guide is invalid: {err:#}"),
        }
    }

    fn top_bar_ui(&mut self, ui: &mut Ui) {
        let Some(guide) = &self.guide else {
            return;
        };
        ui.add_space(6.0);
        let title = guide.guide.title.clone();
        let mut jump_to_first = false;
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(title).strong().size(18.0));
            ui.add_space(12.0);
            let search = ui.add(
                egui::TextEdit::singleline(&mut self.search_query)
                    .id(search_field_id())
                    .hint_text("Search (Ctrl+F)")
                    .desired_width(220.0),
            );
            ui.ctx().accesskit_node_builder(search.id, |node| {
                node.set_role(egui::accesskit::Role::SearchInput);
                node.set_label("Search the guide");
            });
            if std::mem::take(&mut self.focus_search) {
                search.request_focus();
            }
            if !self.search_query.is_empty() {
                let clear = ui.small_button("×").on_hover_text("Clear the search (Esc)");
                ui.ctx().accesskit_node_builder(clear.id, |node| {
                    node.set_label("Clear the search");
                });
                if clear.clicked() {
                    self.search_query.clear();
                    self.focus_search = true;
                }
            }
            jump_to_first = search.lost_focus() && ui.input(|input| input.key_pressed(Key::Enter));
            if ui.button("Display…").clicked() {
                self.dialog = Some(Dialog::Display);
            }
            if ui.button("Shortcuts").on_hover_text("F1").clicked() {
                self.dialog = Some(Dialog::Shortcuts);
            }
        });
        if jump_to_first && !self.search_query.trim().is_empty() {
            let query = self.search_query.clone();
            let first = self.search_index().and_then(|index| {
                index
                    .search(&query)
                    .first()
                    .map(|hit| hit.entry.target.clone())
            });
            if let Some(target) = first {
                self.pending_jump = Some(target);
                ui.ctx().request_repaint();
            }
        }
        let searching = !self.search_query.trim().is_empty();
        if let Some(tab) = ui::tab_bar_ui(ui, (!searching).then(|| self.tab())) {
            self.search_query.clear();
            self.open_tab(tab);
        }
        ui.add_space(2.0);
    }

    fn status_ui(&mut self, ui: &mut Ui) {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 12.0;
            if let Some(guide) = &self.guide {
                ui.label(RichText::new(format!("Content: {}", guide.origin)).small());
            } else if let Some(err) = &self.content_error {
                ui.label(RichText::new(format!("Content: {} (has problems)", err.origin())).small());
            }
            match &self.save_error {
                Some(reason) => {
                    ui.label(
                        RichText::new(format!(
                            "Changes can't be saved: {reason}. The app tries again on your next change."
                        ))
                        .small()
                        .color(ui.visuals().error_fg_color),
                    );
                }
                None => {
                    ui.label(
                        RichText::new(format!("Your ticks: {}", self.store.path().display()))
                            .small(),
                    );
                }
            }
        });
    }

    /// Which scroll position the body keeps: one per tab, one for search, one for errors.
    fn scroll_id(&self) -> &'static str {
        if self.guide.is_none() {
            "content-error"
        } else if !self.search_query.trim().is_empty() {
            "search-results"
        } else {
            self.tab().key()
        }
    }

    /// The body of the window: the content error, the search results, or the open tab.
    fn body_ui(&mut self, ui: &mut Ui) {
        let today = self.today();
        if self.guide.is_none() {
            let use_embedded = self
                .content_error
                .as_ref()
                .is_some_and(|err| ui::content_error::content_error_ui(ui, err));
            if use_embedded {
                self.use_embedded_guide(ui.ctx());
            }
            return;
        }
        if !self.search_query.trim().is_empty() {
            self.search_results_ui(ui);
            return;
        }
        let read_only = self.store.read_only().cloned();
        let Self {
            guide,
            content_error,
            progress,
            data_notice,
            date_form,
            mark,
            reload_error,
            ..
        } = self;
        let Some(loaded) = guide else {
            return;
        };
        let guide = &loaded.guide;
        let origin = &loaded.origin;
        let tab = progress.last_tab();
        let mut action = None;
        let mut diary_action = None;
        let mut dismiss_notice = false;

        if let Some(err) = reload_error {
            ui::content_error::reload_banner_ui(ui, err);
        } else if let Some(err) = content_error {
            ui::content_error::fallback_banner_ui(ui, err);
        }
        if !origin.is_embedded() {
            ui::callout_ui(ui, |ui| {
                ui.label(RichText::new("This is not the built-in guide").strong());
                ui.label(format!(
                    "What you read here comes from the file {origin}, not from the guide that comes with Skincare Guide, and may say something different. Rely on it only if you know who wrote it."
                ));
            });
        }
        if let Some(read_only) = &read_only {
            ui::callout_ui(ui, |ui| {
                ui.label(RichText::new("Read-only").strong());
                ui.label(read_only.message());
            });
        }
        if let Some(notice) = data_notice {
            ui::callout_ui(ui, |ui| {
                ui.label(notice.message());
                dismiss_notice = ui.button("Dismiss").clicked();
            });
        }
        match tab {
            Tab::Overview => ui::page::overview_ui(ui, guide, origin, mark),
            Tab::Benefits => ui::page::page_ui(ui, guide, origin, &guide.benefits, tab, mark),
            Tab::Preparation => {
                ui::page::page_ui(ui, guide, origin, &guide.preparation, tab, mark);
            }
            Tab::Aftercare => ui::page::page_ui(ui, guide, origin, &guide.aftercare, tab, mark),
            Tab::Faq => ui::faq::faq_ui(ui, guide, mark),
            Tab::Checklist => {
                // A read-only window shows the checklist as it is, greyed, with nothing to press.
                action = ui
                    .add_enabled_ui(read_only.is_none(), |ui| {
                        ui::checklist::checklist_ui(ui, guide, progress, date_form, today, mark)
                    })
                    .inner;
            }
            Tab::Diary => {
                let data_dir = self.store.path().parent().unwrap_or(Path::new("."));
                let writable = read_only.is_none();
                diary_action = self
                    .diary
                    .ui(ui, guide, progress, data_dir, today, writable);
            }
            Tab::Sources => ui::sources::sources_ui(ui, guide, mark),
        }

        if dismiss_notice {
            *data_notice = None;
        }
        if let Some(action) = action {
            self.apply(action);
        }
        if let Some(action) = diary_action {
            self.apply_diary(ui.ctx(), action);
        }
    }

    /// Imports the photo file at `path` into the diary, on a background thread: the system file
    /// dialog and drag and drop both end here. Its record is saved when the copy is complete.
    pub fn import_photo(&mut self, ctx: &egui::Context, path: PathBuf) {
        if !self.writable() {
            return;
        }
        let id = self.progress.diary.take_photo_id();
        let day = self.today();
        // The id counter is saved first, so that a later photo never takes this photo's name.
        self.save();
        let data_dir = self
            .store
            .path()
            .parent()
            .unwrap_or(Path::new("."))
            .to_owned();
        self.diary.start_import(ctx, path, &data_dir, id, day);
    }

    /// The diary's screen, so tests can wait for imports.
    pub fn diary_screen(&self) -> &DiaryScreen {
        &self.diary
    }

    /// The diary's screen, so benchmarks can open each of its views.
    pub fn diary_screen_mut(&mut self) -> &mut DiaryScreen {
        &mut self.diary
    }

    /// Saves the records of photos whose import has ended.
    fn record_imported_photos(&mut self) {
        let records = self.diary.finished_imports();
        if records.is_empty() {
            return;
        }
        for record in records {
            self.progress.diary.add_photo(record);
        }
        self.save();
    }

    /// Applies what the person did in the diary, saving when the data changed.
    fn apply_diary(&mut self, ctx: &egui::Context, action: DiaryAction) {
        let diary = &mut self.progress.diary;
        let changed = match action {
            DiaryAction::SetCheckIn(date, check_in) => diary.set_check_in(date, check_in),
            DiaryAction::SetMonthly(date, ratings) => diary.set_monthly(date, ratings),
            DiaryAction::ImportPhoto(path) => {
                self.import_photo(ctx, path);
                false
            }
            DiaryAction::DeletePhoto(id) => {
                // The record goes first: a kill in between leaves a file without a record, which
                // the photos view reports, never a record without its file.
                if diary.remove_photo(id).is_some() {
                    self.save();
                    let data_dir = self.store.path().parent().unwrap_or(Path::new("."));
                    let dir = crate::diary::photos::photos_dir(data_dir);
                    if let Err(err) = crate::diary::photos::delete_files(&dir, id) {
                        self.diary.report(format!(
                            "The photo was removed from the diary, but its file could not be deleted from {}: {err}",
                            dir.display()
                        ));
                    }
                    self.diary.forget_photo(id);
                }
                false
            }
        };
        if changed {
            self.save();
        }
    }

    fn search_results_ui(&mut self, ui: &mut Ui) {
        let query = self.search_query.clone();
        let Some(index) = self.search_index() else {
            return;
        };
        let action = ui::search::results_ui(ui, index, &query);
        match action {
            Some(SearchAction::Jump(target)) => self.jump(target),
            Some(SearchAction::Suggest(word)) => self.search_query = word,
            None => {}
        }
    }

    fn dialog_ui(&mut self, ctx: &egui::Context) {
        match self.dialog {
            Some(Dialog::Shortcuts) if ui::help::shortcuts_ui(ctx) => self.dialog = None,
            Some(Dialog::Shortcuts) => {}
            Some(Dialog::Display) => {
                let reminders = &self.progress.reminders;
                let error = self.daily_reminder.error();
                if let Some(action) =
                    ui::help::display_ui(ctx, &self.progress.display, reminders, error)
                {
                    self.change_display(ctx, action);
                }
            }
            None => {}
        }
    }

    /// Applies what the person did on the Checklist tab, saving when the data changed.
    fn apply(&mut self, action: ChecklistAction) {
        let progress = &mut self.progress;
        let changed = match action {
            ChecklistAction::SetTicked { scope, id, ticked } => {
                progress.set_ticked(scope, &id, ticked)
            }
            ChecklistAction::AskReset(scope, kind) => {
                self.pending = Some(Pending::ResetList(scope, kind));
                false
            }
            ChecklistAction::SelectSession(id) => {
                let changed = progress.selected_session != Some(id);
                progress.selected_session = Some(id);
                changed
            }
            ChecklistAction::AddSession(date) if progress.can_add_session() => {
                let id = progress.add_session(date);
                progress.selected_session = Some(id);
                true
            }
            ChecklistAction::AddSession(_) => {
                self.save_error = Some(format!(
                    "a plan holds at most {} sessions",
                    crate::progress::MAX_SESSIONS
                ));
                false
            }
            ChecklistAction::MoveSession(id, date) => progress.move_session(id, date),
            ChecklistAction::AskDeleteSession(id) => {
                self.pending = Some(Pending::DeleteSession(id));
                false
            }
            ChecklistAction::OpenExport => {
                self.export_form = Some(ExportForm::new(self.export_dir.clone()));
                false
            }
            ChecklistAction::OpenDiary => {
                self.open_tab(Tab::Diary);
                false
            }
        };
        if changed {
            self.save();
        }
    }

    fn pending_ui(&mut self, ctx: &egui::Context) {
        let (Some(pending), Some(loaded)) = (self.pending, &self.guide) else {
            return;
        };
        let today = self.today();
        let (title, body, confirm) = match pending {
            Pending::ResetList(scope, kind) => {
                let list = loaded.guide.checklist(kind);
                let (title, body) =
                    ui::checklist::reset_question(list, self.progress.done_count(scope, list));
                (title, body, "Untick all")
            }
            Pending::DeleteSession(id) => {
                let number = self.progress.session_number(id).unwrap_or(1);
                let date = self
                    .progress
                    .session(id)
                    .map(|session| crate::plan::format_day(session.date, today))
                    .unwrap_or_default();
                (
                    format!("Delete session {number}?"),
                    format!(
                        "Session {number} on {date} and its ticks will be removed from your plan. It cannot be undone."
                    ),
                    "Delete session",
                )
            }
        };
        let Some(confirmed) = ui::checklist::confirm_ui(ctx, &title, &body, confirm) else {
            return;
        };
        self.pending = None;
        if !confirmed {
            return;
        }
        let changed = match pending {
            Pending::ResetList(scope, kind) => {
                self.progress.reset(scope, loaded.guide.checklist(kind))
            }
            Pending::DeleteSession(id) => self.progress.delete_session(id),
        };
        if changed {
            self.save();
        }
    }

    fn export_ui(&mut self, ctx: &egui::Context) {
        let (Some(form), Some(loaded)) = (&mut self.export_form, &self.guide) else {
            return;
        };
        match ui::export_dialog::export_dialog_ui(ctx, form) {
            Some(ExportAction::Export { format, path }) => {
                let now = match self.fixed_today {
                    Some(today) => today
                        .to_zoned(jiff::tz::TimeZone::UTC)
                        .unwrap_or_else(|_| jiff::Zoned::now()),
                    None => jiff::Zoned::now(),
                };
                let outcome = export::export(format, loaded, &self.progress, now)
                    .map_err(|err| err.to_string())
                    .and_then(|text| {
                        let mut protected = vec![(self.store.path(), "your saved progress")];
                        if let Origin::File(content) = &loaded.origin {
                            protected.push((content.as_path(), "the content file"));
                        }
                        outfile::write_export(&path, format, text.as_bytes(), &protected)
                            .map_err(|err| err.to_string())
                    });
                form.outcome = Some(outcome);
            }
            Some(ExportAction::Close) => self.export_form = None,
            None => {}
        }
    }

    /// In a window that follows another one: takes over when the other window closes, and
    /// otherwise shows what the other window saved. This window's tab and display stay its own.
    fn follow_other_window(&mut self, ctx: &egui::Context) {
        if self.store.read_only() != Some(&ReadOnly::OtherWindow) {
            return;
        }
        let took_over = self.store.try_take_over();
        if took_over || self.store.changed_on_disk() {
            let loaded = self.store.load();
            let mut progress = loaded.progress;
            progress.last_tab = self.progress.last_tab.take();
            progress.display = self.progress.display.clone();
            self.progress = progress;
            if loaded.notice.is_some() {
                self.data_notice = loaded.notice;
            }
        }
        if self.store.read_only() == Some(&ReadOnly::OtherWindow) {
            ctx.request_repaint_after(FOLLOW_INTERVAL);
        }
    }

    /// Draws one frame of the whole app into `ui` (the window's root).
    pub fn show(&mut self, ui: &mut Ui) {
        self.follow_other_window(ui.ctx());
        if let Some(target) = self.pending_jump.take() {
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
        // A short window (large text, or a small screen) cannot spare room for a pinned header:
        // the header and status line then scroll with the page, so nothing is out of reach.
        if ui.ctx().content_rect().height() < COMPACT_HEIGHT_POINTS {
            egui::CentralPanel::default().show(ui, |ui| {
                ui::reading_column_ui(ui, scroll_id, |ui| {
                    self.top_bar_ui(ui);
                    ui.separator();
                    self.body_ui(ui);
                    ui.separator();
                    self.status_ui(ui);
                });
            });
        } else {
            egui::Panel::top("top-bar").show(ui, |ui| self.top_bar_ui(ui));
            egui::Panel::bottom("status-line").show(ui, |ui| self.status_ui(ui));
            egui::CentralPanel::default().show(ui, |ui| {
                ui::reading_column_ui(ui, scroll_id, |ui| self.body_ui(ui));
            });
        }
        self.pending_ui(ui.ctx());
        self.export_ui(ui.ctx());
        self.dialog_ui(ui.ctx());
    }
}

impl eframe::App for GuideApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

/// Starts watching the content file, if the guide comes from one (or failed to), so that saved
/// edits show at once. A watch that cannot start is logged: the app works without it.
fn watch_content(
    ctx: &egui::Context,
    content: &Result<LoadedGuide, ContentError>,
) -> Option<(Origin, ContentWatcher)> {
    let origin = match content {
        Ok(loaded) => loaded.origin.clone(),
        Err(err) => err.origin(),
    };
    let Origin::File(path) = &origin else {
        return None;
    };
    let repaint = ctx.clone();
    match ContentWatcher::start(path, move || repaint.request_repaint()) {
        Ok(watcher) => Some((origin, watcher)),
        Err(err) => {
            log::warn!("{}: cannot watch for edits: {err}", path.display());
            None
        }
    }
}
