//! `skincare-guide remind`: today's reminder at most once a day, from the login entry.

use std::path::Path;
use std::time::Duration;

use super::{CommandError, print_line, warn};
use crate::content::{self, Origin};
use crate::reminders::daily::{self, RemindError, Reminded};
use crate::reminders::notification::{Desktop, NotifyError, Outcome};
use crate::system::background::{self, Poll};
use crate::user_data::store::Store;

/// How long the notification service has to take the notification: one that accepts the call
/// and never answers must not keep the command waiting for ever.
const SHOW_WAIT: Duration = Duration::from_secs(25);

/// Shows today's reminder at most once a day, waits a while for a click and then opens the app
/// on Today. Says what it did on standard output.
pub(super) fn run(origin: &Origin, data_dir: &Path) -> Result<(), CommandError> {
    let loaded = content::load(origin, content::today())?;
    // Only reads: a window may own the data, and a file that cannot be read is left as it is.
    let data = Store::reader(data_dir).load();
    if let Some(notice) = &data.notice {
        warn(&notice.message());
    }
    let today = content::today();
    let (guide, progress, dir) = (loaded.guide, data.progress, data_dir.to_owned());
    let task = background::spawn(
        "remind",
        || {},
        move || daily::remind_once(&guide, &progress, &dir, today, &Desktop),
    )
    .map_err(CommandError::Thread)?;
    let (reminded, shown) = match task.wait(SHOW_WAIT) {
        Poll::Ready(outcome) => outcome.map_err(CommandError::Remind)?,
        Poll::Pending | Poll::Lost => {
            return Err(CommandError::Remind(RemindError::Show(
                NotifyError::NoAnswer(SHOW_WAIT),
            )));
        }
    };
    match reminded {
        Reminded::Shown(title) => {
            print_line(&format!("reminded: {title}"));
            if let Some(shown) = shown
                && shown.wait(daily::CLICK_WAIT) == Outcome::Clicked
            {
                print_line("opening the app on Today");
                daily::open_today(data_dir).map_err(CommandError::OpenApp)?;
            }
        }
        Reminded::NothingDue => print_line("nothing is due today"),
        Reminded::AlreadyToday => print_line("already reminded today"),
    }
    Ok(())
}
