//! The eframe app: owns the content and the person's data, picks the tab, draws the frame.

use std::path::PathBuf;

use egui::{Key, Modifiers, RichText, Ui};
use jiff::civil::Date;

use crate::content::{self, ChecklistKind, ContentError, LoadedGuide};
use crate::export;
use crate::progress::{Progress, Scope};
use crate::storage::{self, LoadNotice, Store};
use crate::tab::Tab;
use crate::ui;
use crate::ui::checklist::{ChecklistAction, DateForm};
use crate::ui::export_dialog::{ExportAction, ExportForm};

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
}

/// The keys that switch tabs with Ctrl (Cmd on macOS), in tab order.
const TAB_KEYS: [Key; 7] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
];

impl GuideApp {
    /// Builds the app over `config`, loading the person's data from its data directory.
    pub fn new(cc: &eframe::CreationContext<'_>, config: AppConfig) -> Self {
        setup_style(&cc.egui_ctx);
        let AppConfig {
            content,
            data_dir,
            today,
        } = config;
        let export_dir = directories::UserDirs::new()
            .and_then(|dirs| dirs.document_dir().map(PathBuf::from))
            .or_else(|| directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned()))
            .unwrap_or_else(|| data_dir.clone());
        let mut store = Store::new(data_dir);
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

    /// The guide on screen, if any.
    pub fn guide(&self) -> Option<&LoadedGuide> {
        self.guide.as_ref()
    }

    /// The tab on screen.
    pub fn tab(&self) -> Tab {
        self.progress.last_tab()
    }

    /// Writes the person's data now; a failure is shown in the status line until a save works.
    fn save(&mut self) {
        match self.store.save(&self.progress) {
            Ok(()) => self.save_error = None,
            Err(err) => {
                log::warn!("{err:#}");
                self.save_error = Some(format!("{err:#}"));
            }
        }
    }

    fn open_tab(&mut self, tab: Tab) {
        if self.progress.set_last_tab(tab) {
            self.save();
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
            self.open_tab(tab);
        }
    }

    fn use_embedded_guide(&mut self, ctx: &egui::Context) {
        match content::load_embedded(content::today()) {
            Ok(guide) => {
                ctx.send_viewport_cmd(egui::ViewportCommand::Title(guide.guide.title.clone()));
                self.guide = Some(guide);
            }
            Err(err) => log::error!("the built-in guide is invalid: {err:#}"),
        }
    }

    fn top_bar_ui(&mut self, ui: &mut Ui) {
        let Some(guide) = &self.guide else {
            return;
        };
        ui.add_space(6.0);
        ui.label(RichText::new(&guide.guide.title).strong().size(18.0));
        if let Some(tab) = ui::tab_bar_ui(ui, self.tab()) {
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

    fn central_ui(&mut self, ui: &mut Ui) {
        let today = self.today();
        let Self {
            guide,
            content_error,
            progress,
            data_notice,
            date_form,
            ..
        } = self;

        let Some(loaded) = guide else {
            let mut use_embedded = false;
            ui::reading_column_ui(ui, "content-error", |ui| {
                if let Some(err) = content_error {
                    use_embedded = ui::content_error::content_error_ui(ui, err);
                }
            });
            if use_embedded {
                self.use_embedded_guide(ui.ctx());
            }
            return;
        };
        let guide = &loaded.guide;
        let tab = progress.last_tab();
        let mut action = None;
        let mut dismiss_notice = false;

        ui::reading_column_ui(ui, tab.key(), |ui| {
            if let Some(err) = content_error {
                ui::content_error::fallback_banner_ui(ui, err);
            }
            if let Some(notice) = data_notice {
                ui::callout_ui(ui, |ui| {
                    ui.label(notice.message());
                    dismiss_notice = ui.button("Dismiss").clicked();
                });
            }
            match tab {
                Tab::Overview => ui::page::overview_ui(ui, guide),
                Tab::Benefits => ui::page::page_ui(ui, guide, &guide.benefits),
                Tab::Preparation => ui::page::page_ui(ui, guide, &guide.preparation),
                Tab::Aftercare => ui::page::page_ui(ui, guide, &guide.aftercare),
                Tab::Faq => ui::faq::faq_ui(ui, guide),
                Tab::Checklist => {
                    action = ui::checklist::checklist_ui(ui, guide, progress, date_form, today);
                }
                Tab::Sources => ui::sources::sources_ui(ui, guide),
            }
        });

        if dismiss_notice {
            *data_notice = None;
        }
        if let Some(action) = action {
            self.apply(action);
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
            ChecklistAction::AddSession(date) => {
                let id = progress.add_session(date);
                progress.selected_session = Some(id);
                true
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
                let outcome = export::export(format, &loaded.guide, &self.progress, now)
                    .map_err(|err| err.to_string())
                    .and_then(|text| {
                        storage::write_atomically(&path, text.as_bytes())
                            .map_err(|err| format!("{}: {err}", path.display()))
                    })
                    .map(|()| path);
                form.outcome = Some(outcome);
            }
            Some(ExportAction::Close) => self.export_form = None,
            None => {}
        }
    }
}

impl eframe::App for GuideApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.handle_shortcuts(ui.ctx());
        egui::Panel::top("top-bar").show(ui, |ui| self.top_bar_ui(ui));
        egui::Panel::bottom("status-line").show(ui, |ui| self.status_ui(ui));
        egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui));
        self.pending_ui(ui.ctx());
        self.export_ui(ui.ctx());
    }
}

/// Larger text than egui's defaults, for comfortable reading, and a little more room between lines.
fn setup_style(ctx: &egui::Context) {
    use egui::{FontFamily, FontId, TextStyle};
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(24.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(16.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(13.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 8.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
    // egui's default body text is a mid grey; reading long text wants more contrast.
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        style.visuals.widgets.noninteractive.fg_stroke.color = egui::Color32::from_gray(220);
    });
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals.widgets.noninteractive.fg_stroke.color = egui::Color32::from_gray(20);
    });
}
