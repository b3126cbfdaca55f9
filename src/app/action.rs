//! What the person did, as data, and the one place where it changes the app: screens draw and
//! queue an [`Action`]; [`GuideApp::apply`] applies it after the frame is drawn.

use std::path::PathBuf;

use jiff::civil::Date;

use crate::app::dialogs::Pending;
use crate::app::{GuideApp, Modal};
use crate::content::search::Target;
use crate::ui::checklist::ChecklistAction;
use crate::ui::chrome::header::HeaderAction;
use crate::ui::dialogs::about::AboutAction;
use crate::ui::dialogs::display::DisplayAction;
use crate::ui::dialogs::export::{ExportAction, ExportForm};
use crate::ui::dialogs::report::ReportAction;
use crate::ui::dialogs::welcome::WelcomeAction;
use crate::ui::diary::DiaryAction;
use crate::ui::pages::search::SearchAction;
use crate::user_data::settings::{Reminders, ThemeChoice};
use crate::user_data::tab::Tab;

/// Something the person did that changes the app.
#[derive(Debug)]
pub enum Action {
    /// Open a section (sidebar, tab strip, Ctrl+number).
    OpenTab(Tab),

    /// Something in the header.
    Header(HeaderAction),

    /// Something in the search results.
    Search(SearchAction),

    /// The first start's answer.
    Welcome(WelcomeAction),

    /// Something on the Checklist tab.
    Checklist(ChecklistAction),

    /// Something on the Diary tab.
    Diary(DiaryAction),

    /// A change of text size, theme or reminders.
    Display(DisplayAction),

    /// Something in the About dialog.
    About(AboutAction),

    /// Something in the export dialog.
    Export(ExportAction),

    /// Something in the report dialog.
    Report(ReportAction),

    /// The answer to a question before a change that cannot be undone.
    Confirm(Pending, bool),

    /// Open this dialog (unless one is open).
    OpenModal(Modal),

    /// Close the open dialog.
    CloseModal,

    /// Give the search field the keyboard (Ctrl+F).
    FocusSearch,

    /// Escape outside a dialog: clears the search, or else the highlighting a jump left.
    Escape,

    /// Hide the data file's notice.
    DismissDataNotice,

    /// Show the built-in guide in place of one that could not be loaded.
    UseEmbeddedGuide,

    /// Import this photo file into the diary.
    ImportPhoto(PathBuf),
}

impl GuideApp {
    /// Applies `action`, saving when the person's data changed.
    pub(super) fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::OpenTab(tab) => self.open_tab(tab),
            Action::Header(action) => self.apply_header(ctx, action),
            Action::Search(SearchAction::Jump(target)) => self.jump(target),
            Action::Search(SearchAction::Suggest(word)) => self.screens.search.query = word,
            Action::Welcome(WelcomeAction::Plan(date)) => self.welcome_plan(date),
            Action::Welcome(WelcomeAction::Read) => self.open_tab(Tab::Overview),
            Action::Checklist(action) => self.apply_checklist(action),
            Action::Diary(action) => self.apply_diary(action),
            Action::Display(action) => self.change_display(ctx, action),
            Action::About(action) => self.apply_about(action),
            Action::Export(action) => self.apply_export(action),
            Action::Report(action) => self.apply_report(action),
            Action::Confirm(pending, confirmed) => self.confirm(pending, confirmed),
            Action::OpenModal(modal) => {
                if self.modal.is_none() {
                    self.modal = Some(modal);
                }
            }
            Action::CloseModal => self.modal = None,
            Action::FocusSearch => self.screens.search.focus = true,
            Action::Escape => {
                let search = &mut self.screens.search;
                if search.query.is_empty() {
                    search.mark = Default::default();
                } else {
                    search.query.clear();
                }
            }
            Action::DismissDataNotice => self.data.notice = None,
            Action::UseEmbeddedGuide => {
                if let Some(title) = self.guide.use_embedded() {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
                    self.screens.search.forget_index();
                }
            }
            Action::ImportPhoto(path) => self.start_photo_import(path),
        }
    }

    fn apply_header(&mut self, ctx: &egui::Context, action: HeaderAction) {
        match action {
            HeaderAction::Display => self.modal = Some(Modal::Display),
            HeaderAction::Shortcuts => self.modal = Some(Modal::Shortcuts),
            HeaderAction::About => self.modal = Some(Modal::About),
            HeaderAction::ClearSearch => {
                self.screens.search.query.clear();
                self.screens.search.focus = true;
            }
            HeaderAction::OpenFirstResult => {
                if let Some(loaded) = &self.guide.loaded {
                    self.screens.search.open_first_result(&loaded.guide);
                    ctx.request_repaint();
                }
            }
        }
    }

    /// Opens a search result: its tab, scrolled to it, with the query's words highlighted.
    pub(super) fn jump(&mut self, target: Target) {
        self.screens.welcome = None;
        let tab = target.tab;
        self.screens.search.jump(target);
        self.show_tab(tab);
    }

    /// Shows `tab`, remembering it for the next start.
    pub(super) fn show_tab(&mut self, tab: Tab) {
        if self.data.progress.set_last_tab(tab) {
            self.data.save();
        }
    }

    /// What the first start's answer does: plans the session and opens the checklist.
    fn welcome_plan(&mut self, date: Date) {
        let progress = &mut self.data.progress;
        if progress.sessions.is_empty() {
            let id = progress.add_session(date);
            progress.selected_session = Some(id);
        }
        self.open_tab(Tab::Checklist);
        self.data.save();
        self.screens.toasts.say("Your treatment date is set");
    }

    /// Applies what the person did on the Checklist tab.
    fn apply_checklist(&mut self, action: ChecklistAction) {
        let progress = &mut self.data.progress;
        let changed = match action {
            ChecklistAction::SetTicked { scope, id, ticked } => {
                progress.set_ticked(scope, &id, ticked)
            }
            ChecklistAction::AskReset(scope, kind) => {
                self.modal = Some(Modal::Confirm(Pending::ResetList(scope, kind)));
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
                self.data.save_error = Some(format!(
                    "a plan holds at most {} sessions",
                    crate::user_data::MAX_SESSIONS
                ));
                false
            }
            ChecklistAction::MoveSession(id, date) => progress.move_session(id, date),
            ChecklistAction::TickAll { scope, ids } => progress.tick_all(scope, &ids),
            ChecklistAction::AskDeleteSession(id) => {
                self.modal = Some(Modal::Confirm(Pending::DeleteSession(id)));
                false
            }
            ChecklistAction::OpenDiary => {
                self.open_tab(Tab::Diary);
                false
            }
            ChecklistAction::OpenExport => {
                self.modal = Some(Modal::Export(ExportForm::new(
                    self.screens.export_dir.clone(),
                )));
                false
            }
        };
        if changed {
            self.data.save();
        }
    }

    /// Applies a change from the display dialog or the zoom keys; saves it.
    fn change_display(&mut self, ctx: &egui::Context, action: DisplayAction) {
        let display = &mut self.data.progress.display;
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
                self.modal = None;
                false
            }
        };
        if changed {
            self.apply_display(ctx);
            self.data.save();
        }
    }

    /// Sets the saved text size and theme on `ctx`.
    pub(super) fn apply_display(&self, ctx: &egui::Context) {
        let display = &self.data.progress.display;
        ctx.set_zoom_factor(display.zoom_factor());
        ctx.set_theme(match display.theme() {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
    }

    /// Puts the login reminder's autostart entry in place for daily reminders (or removes it),
    /// then saves the choice. A read-only window leaves both to the window that owns the data.
    fn change_reminders(&mut self, reminders: Reminders) {
        if !self.writable() {
            return;
        }
        let data_dir = self.data.dir().to_owned();
        self.daily_reminder.apply(&reminders, &data_dir);
        self.data.progress.reminders = reminders;
        self.data.save();
    }
}
