//! The eframe app: owns the content and the person's data, picks the tab, draws the frame.

use std::path::PathBuf;

use egui::{Key, Modifiers, RichText, Ui};

use crate::content::{self, ChecklistKind, ContentError, LoadedGuide};
use crate::progress::Progress;
use crate::storage::{LoadNotice, Store};
use crate::tab::Tab;
use crate::ui;

/// Everything the app needs to start, decided before the window opens.
pub struct AppConfig {
    /// The loaded guide, or why it could not be loaded.
    pub content: Result<LoadedGuide, ContentError>,

    /// The directory holding the person's data file.
    pub data_dir: PathBuf,
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

    /// The list whose reset is waiting for confirmation.
    confirm_reset: Option<ChecklistKind>,
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
        let AppConfig { content, data_dir } = config;
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
            confirm_reset: None,
        }
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
        let Self {
            guide,
            content_error,
            progress,
            data_notice,
            confirm_reset,
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
                Tab::Checklist => action = ui::checklist::checklist_ui(ui, guide, progress),
                Tab::Sources => ui::sources::sources_ui(ui, guide),
            }
        });

        if dismiss_notice {
            *data_notice = None;
        }
        let ticks_changed = match action {
            Some(ui::checklist::ChecklistAction::SetTicked { id, ticked }) => {
                progress.set_ticked(&id, ticked)
            }
            Some(ui::checklist::ChecklistAction::AskReset(kind)) => {
                *confirm_reset = Some(kind);
                false
            }
            None => false,
        };
        if ticks_changed {
            self.save();
        }
    }

    fn confirm_reset_ui(&mut self, ctx: &egui::Context) {
        let (Some(kind), Some(loaded)) = (self.confirm_reset, &self.guide) else {
            return;
        };
        let list = loaded.guide.checklist(kind);
        let done = self.progress.done_count(list);
        match ui::checklist::confirm_reset_ui(ctx, list, done) {
            Some(true) => {
                self.confirm_reset = None;
                let changed = self.progress.reset(list);
                if changed {
                    self.save();
                }
            }
            Some(false) => self.confirm_reset = None,
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
        self.confirm_reset_ui(ui.ctx());
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
