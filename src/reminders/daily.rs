//! Runs the daily reminder: the `skincare-guide remind` command (at login, from the autostart
//! entry), and the open app's reminder at the chosen time. Shows at most one notification a day,
//! and none when nothing is due.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use jiff::civil::Date;

use crate::content::Guide;
use crate::reminders::autostart;
use crate::reminders::due;
use crate::reminders::notification::{self, Answer, Notifier, Outcome};
use crate::system::background::{self, Poll, Task};
use crate::user_data::UserData;
use crate::user_data::settings::Reminders;

/// How long `remind` waits for a click before it exits. The notification stays on screen (or in
/// the desktop's notification list); clicking it later does nothing, and nothing lingers.
pub const CLICK_WAIT: Duration = Duration::from_secs(10 * 60);

/// What `remind` did, for its one line of output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reminded {
    /// A notification was shown, with this title.
    Shown(String),

    /// Nothing is due today.
    NothingDue,

    /// A reminder was already shown today.
    AlreadyToday,
}

/// Why today's reminder was not shown, or not recorded.
#[derive(Debug, thiserror::Error)]
pub enum RemindError {
    /// The desktop did not show the notification.
    #[error("{0:#}")]
    Show(notification::NotifyError),

    /// The day could not be recorded, so the reminder might show again today.
    #[error("cannot record the reminder in {}: {source}", path.display())]
    Record {
        /// The file that records the last reminder.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

/// Shows today's reminder unless one was shown today or nothing is due, and records the day.
///
/// Returns what happened and, when shown, the notification to wait on.
pub fn remind_once(
    guide: &Guide,
    progress: &UserData,
    data_dir: &Path,
    today: Date,
    notifier: &dyn Notifier,
) -> Result<(Reminded, Option<Box<dyn Answer>>), RemindError> {
    if due::last_reminded(data_dir) == Some(today) {
        return Ok((Reminded::AlreadyToday, None));
    }
    let Some(reminder) = due::reminder(guide, progress, today) else {
        return Ok((Reminded::NothingDue, None));
    };
    let shown = notifier.show(&reminder).map_err(RemindError::Show)?;
    due::record_reminded(data_dir, today).map_err(|source| RemindError::Record {
        path: due::last_reminder_path(data_dir),
        source,
    })?;
    Ok((Reminded::Shown(reminder.title), Some(shown)))
}

/// Opens the app on its Today panel, as a new process (the `remind` command has no window).
pub fn open_today(data_dir: &Path) -> std::io::Result<()> {
    let exe = std::env::current_exe()?;
    std::process::Command::new(exe)
        .arg("--data-dir")
        .arg(data_dir)
        .args(["--open", "today"])
        .spawn()
        .map(drop)
}

/// The open app's side of daily reminders: the autostart entry, the reminder at the chosen time,
/// and clicks on it. The notification is shown, and its click waited for, in the background:
/// a notification service that never answers never holds up the window.
pub struct DailyReminder {
    /// Shows the notifications.
    notifier: Arc<dyn Notifier>,

    /// Today's reminder while it is being shown and its click waited for.
    showing: Option<Task<()>>,

    /// Where the autostart entry goes; `None` without a home directory.
    config_dir: Option<PathBuf>,

    /// Set by the waiting thread when the person clicks the open app's notification.
    clicked: Arc<AtomicBool>,

    /// When to look again; `None` looks at the next frame. Whatever a look finds (shown, nothing
    /// due, no notification service), the next one is at the chosen time on the next day.
    next_check: Option<jiff::civil::DateTime>,

    /// Why the last change to the autostart entry failed, for the settings dialog.
    error: Option<String>,
}

impl DailyReminder {
    /// Daily reminders with the autostart entry under `config_dir`.
    pub fn new(config_dir: Option<PathBuf>) -> Self {
        Self {
            notifier: Arc::new(notification::Desktop),
            showing: None,
            config_dir,
            clicked: Arc::new(AtomicBool::new(false)),
            next_check: None,
            error: None,
        }
    }

    /// Shows notifications through `notifier` instead of the desktop's (tests use a stand-in).
    pub fn set_notifier(&mut self, notifier: Arc<dyn Notifier>) {
        self.notifier = notifier;
    }

    /// Keeps the autostart entry under `config_dir` (tests use a temporary one).
    pub fn set_config_dir(&mut self, config_dir: Option<PathBuf>) {
        self.config_dir = config_dir;
    }

    /// Writes the autostart entry when reminders are on, removes it when off; a failure is kept
    /// for [`DailyReminder::error`].
    pub fn apply(&mut self, reminders: &Reminders, data_dir: &Path) {
        self.next_check = None;
        let Some(config_dir) = &self.config_dir else {
            self.error = Some("There is no home directory for the login reminder.".to_owned());
            return;
        };
        let outcome = if reminders.daily {
            std::env::current_exe().and_then(|exe| autostart::write(config_dir, &exe, data_dir))
        } else {
            autostart::remove(config_dir).map(|()| PathBuf::new())
        };
        self.error = outcome.err().map(|err| {
            format!(
                "The login reminder could not be changed ({}: {err}).",
                autostart::entry_path(config_dir).display()
            )
        });
    }

    /// Why the last change to the login reminder failed, if it did.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    /// Reminds now if the chosen time has come and no reminder was shown today; returns how long
    /// until the next look is needed (`None` while reminders are off).
    pub fn tick(
        &mut self,
        guide: &Guide,
        progress: &UserData,
        data_dir: &Path,
        now: jiff::civil::DateTime,
        wake: impl FnOnce() + Send + 'static,
    ) -> Option<Duration> {
        let reminders = progress.reminders;
        if !reminders.daily {
            return None;
        }
        if self
            .showing
            .as_ref()
            .is_some_and(|task| task.poll() != Poll::Pending)
        {
            self.showing = None;
        }
        if let Some(next) = self.next_check
            && now < next
        {
            return Some(due::until_next(&reminders, now));
        }
        if self.showing.is_none() {
            self.show_in_background(guide, progress, data_dir, now, wake);
        }
        let until = due::until_next(&reminders, now);
        self.next_check = jiff::SignedDuration::try_from(until)
            .ok()
            .and_then(|duration| now.checked_add(duration).ok());
        Some(until)
    }

    /// Shows today's reminder if it is due and was not shown yet, then waits for a click: all on
    /// a thread of its own, with copies of the guide and the data as they are now.
    fn show_in_background(
        &mut self,
        guide: &Guide,
        progress: &UserData,
        data_dir: &Path,
        now: jiff::civil::DateTime,
        wake: impl FnOnce() + Send + 'static,
    ) {
        let (guide, progress, data_dir) = (guide.clone(), progress.clone(), data_dir.to_owned());
        let notifier = Arc::clone(&self.notifier);
        let clicked = Arc::clone(&self.clicked);
        let spawned = background::spawn("daily-reminder", wake, move || {
            if !due::due_at(&progress.reminders, now, due::last_reminded(&data_dir)) {
                return;
            }
            match remind_once(&guide, &progress, &data_dir, now.date(), notifier.as_ref()) {
                Ok((_, Some(shown))) => {
                    if shown.wait(CLICK_WAIT) == Outcome::Clicked {
                        clicked.store(true, Ordering::Relaxed);
                    }
                }
                Ok((_, None)) => {}
                Err(err) => log::warn!("{err:#}"),
            }
        });
        match spawned {
            Ok(task) => self.showing = Some(task),
            Err(err) => log::warn!("cannot start the daily reminder: {err}"),
        }
    }

    /// Whether the person clicked the notification since the last call.
    pub fn take_click(&self) -> bool {
        self.clicked.swap(false, Ordering::Relaxed)
    }
}
