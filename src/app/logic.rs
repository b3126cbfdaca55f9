//! Everything the app does each frame that is not drawing. eframe calls it before every frame,
//! and alone while the window is minimized or hidden, so a minimized window still follows the
//! other window, takes over when it closes, reloads an edited guide, shows the day's reminder
//! and records finished photo imports.

use crate::app::GuideApp;
use crate::app::data::FOLLOW_INTERVAL;
use crate::reminders::daily::DailyReminder;
use crate::user_data::tab::Tab;

impl GuideApp {
    pub(super) fn logic(&mut self, ctx: &egui::Context) {
        if self.data.follow_other_window() {
            ctx.request_repaint_after(FOLLOW_INTERVAL);
        }
        if let Some(target) = self.screens.search.pending_jump.take() {
            self.jump(target);
        }
        if !std::mem::replace(&mut self.display_applied, true) {
            self.apply_display(ctx);
        }
        if self.guide.edited() {
            let retitled = self.guide.reload(self.today());
            if let Some(title) = retitled {
                ctx.send_viewport_cmd(egui::ViewportCommand::Title(title));
            }
            self.screens.search.forget_index();
        }
        self.remind_when_due(ctx);
        self.record_imported_photos();
    }

    /// Shows the daily reminder when its time comes, wakes up for the next one, and opens Today
    /// when the person clicks it. A fixed "today" (tests) has no clock to remind by.
    fn remind_when_due(&mut self, ctx: &egui::Context) {
        let Some(now) = self.clock.local_now() else {
            return;
        };
        if self.daily_reminder.take_click() {
            self.open_tab(Tab::Checklist);
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
        }
        let Some(loaded) = &self.guide.loaded else {
            return;
        };
        let data_dir = self.data.dir().to_owned();
        let repaint = ctx.clone();
        let wake = move || repaint.request_repaint();
        let reminder: &mut DailyReminder = &mut self.daily_reminder;
        if let Some(until) = reminder.tick(&loaded.guide, &self.data.progress, &data_dir, now, wake)
        {
            ctx.request_repaint_after(until);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::app::{AppConfig, GuideApp};
    use crate::content;

    const TODAY: jiff::civil::Date = jiff::civil::date(2026, 11, 25);

    fn app_over(data_dir: &std::path::Path) -> (egui::Context, GuideApp) {
        let ctx = egui::Context::default();
        let config = AppConfig {
            content: content::load_embedded(TODAY),
            data_dir: data_dir.to_owned(),
            today: Some(TODAY),
        };
        let app = GuideApp::with_context(&ctx, config);
        (ctx, app)
    }

    #[test]
    fn a_minimized_read_only_window_takes_over_when_the_other_closes() {
        let dir = tempfile::tempdir().unwrap();
        let (_, first) = app_over(dir.path());
        let (ctx, mut second) = app_over(dir.path());
        assert!(first.writable());
        assert!(!second.writable());
        drop(first);
        // Only the logic runs, as eframe does for a minimized window: no frame is drawn.
        for _ in 0..40 {
            second.tick(&ctx);
            if second.writable() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        assert!(second.writable(), "the minimized window took over");
    }

    #[test]
    fn a_minimized_read_only_window_follows_the_other_windows_saves() {
        let dir = tempfile::tempdir().unwrap();
        let (ctx, mut first) = app_over(dir.path());
        let (other_ctx, mut second) = app_over(dir.path());
        let id = first.guide().unwrap().guide.before_checklist.items[0]
            .id
            .clone();
        first.apply(
            &ctx,
            crate::app::Action::Checklist(crate::ui::checklist::ChecklistAction::SetTicked {
                scope: crate::user_data::Scope::Unscheduled,
                id: id.clone(),
                ticked: true,
            }),
        );
        for _ in 0..40 {
            second.tick(&other_ctx);
            if second
                .progress()
                .is_ticked(crate::user_data::Scope::Unscheduled, &id)
            {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        assert!(
            second
                .progress()
                .is_ticked(crate::user_data::Scope::Unscheduled, &id),
            "the minimized window shows the other window's tick"
        );
    }

    /// A notification service that records what it was asked to show; nobody clicks.
    struct Recording(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

    struct NoClick;

    impl crate::reminders::notification::Answer for NoClick {
        fn wait(
            self: Box<Self>,
            _timeout: std::time::Duration,
        ) -> crate::reminders::notification::Outcome {
            crate::reminders::notification::Outcome::Closed
        }
    }

    impl crate::reminders::notification::Notifier for Recording {
        fn show(
            &self,
            reminder: &crate::reminders::due::Reminder,
        ) -> Result<
            Box<dyn crate::reminders::notification::Answer>,
            crate::reminders::notification::NotifyError,
        > {
            self.0.lock().unwrap().push(reminder.title.clone());
            Ok(Box::new(NoClick))
        }
    }

    #[test]
    fn a_minimized_window_shows_the_days_reminder_once() {
        use crate::app::Action;
        use crate::ui::dialogs::display::DisplayAction;
        use crate::ui::dialogs::welcome::WelcomeAction;
        use crate::user_data::settings::Reminders;

        let dir = tempfile::tempdir().unwrap();
        let config = tempfile::tempdir().unwrap();
        let shown = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (ctx, app) = app_over(dir.path());
        let mut app = app
            .with_autostart_dir(config.path().to_owned())
            .with_clock_and_notifier(
                TODAY.at(10, 0, 0, 0),
                std::sync::Arc::new(Recording(std::sync::Arc::clone(&shown))),
            );
        // A session today, and a reminder each day at 09:00: it is due.
        app.apply(&ctx, Action::Welcome(WelcomeAction::Plan(TODAY)));
        app.apply(
            &ctx,
            Action::Display(DisplayAction::Reminders(Reminders {
                daily: true,
                hour: 9,
                minute: 0,
            })),
        );
        // Only the logic runs, as eframe does for a minimized window: no frame is drawn.
        for _ in 0..200 {
            app.tick(&ctx);
            if !shown.lock().unwrap().is_empty() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        for _ in 0..20 {
            app.tick(&ctx);
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let titles = shown.lock().unwrap().clone();
        assert_eq!(titles.len(), 1, "shown once: {titles:?}");
    }
}
