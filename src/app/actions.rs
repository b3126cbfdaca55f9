//! The open tab and the banners above it, and what the person's actions on them change.

use std::path::Path;

use egui::{RichText, Ui};

use crate::app::{GuideApp, Modal, dialogs::Pending};
use crate::content;
use crate::reminders::daily::DailyReminder;
use crate::ui;
use crate::ui::checklist::ChecklistAction;
use crate::ui::dialogs::display::DisplayAction;
use crate::ui::dialogs::export::ExportForm;
use crate::ui::style::{Tone, size, strong};
use crate::user_data::settings::Reminders;
use crate::user_data::tab::Tab;

impl GuideApp {
    /// The callouts that concern the whole window: a content problem, another guide, a
    /// read-only window, a data file problem, a failed save.
    pub(super) fn banners_ui(&mut self, ui: &mut Ui) {
        let Some(loaded) = &self.guide else {
            return;
        };
        let origin = &loaded.origin;
        if let Some(err) = &self.reload_error {
            ui::chrome::content_error::reload_banner_ui(ui, err);
        } else if let Some(err) = &self.content_error {
            ui::chrome::content_error::fallback_banner_ui(ui, err);
        }
        if !origin.is_embedded() {
            ui::callout_ui(ui, Tone::Warning, |ui| {
                ui.label(strong("This is not the built-in guide", size::BODY));
                ui.add(egui::Label::new(format!(
                    "What you read here comes from the file {origin}, not from the guide that comes with Skincare Guide, and may say something different. Rely on it only if you know who wrote it."
                )).wrap());
            });
        }
        if let Some(read_only) = self.store.read_only() {
            ui::callout_ui(ui, Tone::Info, |ui| {
                ui.label(strong("Read-only", size::BODY));
                ui.add(egui::Label::new(read_only.message()).wrap());
            });
        }
        let mut dismiss = false;
        if let Some(notice) = &self.data_notice {
            ui::callout_ui(ui, Tone::Warning, |ui| {
                ui.add(egui::Label::new(notice.message()).wrap());
                dismiss = ui.button("Dismiss").clicked();
            });
        }
        if dismiss {
            self.data_notice = None;
        }
        if let Some(reason) = &self.save_error {
            ui::callout_ui(ui, Tone::Urgent, |ui| {
                ui.add(
                    egui::Label::new(RichText::new(format!(
                        "Changes can't be saved: {reason}. The app tries again on your next change."
                    )))
                    .wrap(),
                );
            });
        }
    }

    /// The open tab.
    pub(super) fn tab_ui(&mut self, ui: &mut Ui) {
        let today = self.today();
        let writable = self.writable();
        let Self {
            guide,
            progress,
            date_form,
            search,
            ..
        } = self;
        let Some(loaded) = guide else {
            return;
        };
        let guide = &loaded.guide;
        let origin = &loaded.origin;
        let mark = &mut search.mark;
        let tab = progress.last_tab();
        let mut action = None;
        let mut diary_action = None;
        let dates = ui::checklist::timeline::TimelineDates::new(guide, progress, today);
        match tab {
            Tab::Overview => ui::pages::overview_ui(ui, guide, origin, dates, mark),
            Tab::Benefits => {
                ui::pages::page_ui(ui, guide, origin, &guide.benefits, tab, dates, mark);
            }
            Tab::Preparation => {
                ui::pages::page_ui(ui, guide, origin, &guide.preparation, tab, dates, mark);
            }
            Tab::Aftercare => {
                ui::pages::page_ui(ui, guide, origin, &guide.aftercare, tab, dates, mark);
            }
            Tab::Faq => ui::pages::faq::faq_ui(ui, guide, mark),
            Tab::Checklist => {
                // A read-only window shows the checklist as it is, greyed, with nothing to press.
                action = ui
                    .add_enabled_ui(writable, |ui| {
                        ui::checklist::checklist_ui(ui, guide, progress, date_form, today, mark)
                    })
                    .inner;
            }
            Tab::Diary => {
                let data_dir = self.store.path().parent().unwrap_or(Path::new("."));
                diary_action = self
                    .diary
                    .ui(ui, guide, progress, data_dir, today, writable);
            }
            Tab::Sources => ui::pages::sources::sources_ui(ui, guide, mark),
        }
        if let Some(action) = action {
            self.apply(action);
        }
        if let Some(action) = diary_action {
            self.apply_diary(ui.ctx(), action);
        }
    }

    /// Applies what the person did on the Checklist tab, saving when the data changed.
    pub(super) fn apply(&mut self, action: ChecklistAction) {
        let progress = &mut self.progress;
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
                self.save_error = Some(format!(
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
                self.modal = Some(Modal::Export(ExportForm::new(self.export_dir.clone())));
                false
            }
        };
        if changed {
            self.save();
        }
    }

    /// Replaces a guide that could not be loaded with the built-in one.
    pub(super) fn use_embedded_guide(&mut self, ctx: &egui::Context) {
        match content::load_embedded(content::today()) {
            Ok(guide) => {
                ctx.send_viewport_cmd(egui::ViewportCommand::Title(guide.guide.title.clone()));
                self.guide = Some(guide);
                self.search.forget_index();
            }
            Err(err) => log::error!("the built-in guide is invalid: {err:#}"),
        }
    }

    /// Applies a change from the display dialog or the zoom keys; saves it.
    pub(super) fn change_display(&mut self, ctx: &egui::Context, action: DisplayAction) {
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
                self.modal = None;
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
        let data_dir = self.data_dir().to_owned();
        self.daily_reminder.apply(&reminders, &data_dir);
        self.progress.reminders = reminders;
        self.save();
    }

    /// The folder holding the person's data file.
    pub(super) fn data_dir(&self) -> &Path {
        self.store.path().parent().unwrap_or(Path::new("."))
    }

    /// While the app is open: shows the daily reminder when its time comes, wakes up for the
    /// next one, and opens Today when the person clicks it. A fixed "today" (tests) has no
    /// clock to remind by.
    pub(super) fn remind_when_due(&mut self, ctx: &egui::Context) {
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
        let data_dir = self.data_dir().to_owned();
        let now = jiff::Zoned::now().datetime();
        let reminder: &mut DailyReminder = &mut self.daily_reminder;
        if let Some(until) = reminder.tick(&loaded.guide, &self.progress, &data_dir, now) {
            ctx.request_repaint_after(until);
        }
    }
}
