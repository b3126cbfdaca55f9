//! Shows a reminder as a desktop notification, by the freedesktop notification spec, over the
//! session D-Bus (a unix socket: nothing here touches the network), and waits a while for the
//! person to click it.

use std::collections::HashMap;
use std::sync::mpsc;
use std::time::Duration;

use zbus::blocking::proxy::SignalIterator;
use zbus::blocking::{Connection, Proxy};
use zbus::zvariant::Value;

use crate::reminders::due::Reminder;

/// The app's id: the desktop entry's name and the window's app id.
pub const APP_ID: &str = "skincare-guide";

/// The name the notification is shown under.
const APP_NAME: &str = "Skincare Guide";

/// The action a click on the notification itself invokes.
const DEFAULT_ACTION: &str = "default";

const DESTINATION: &str = "org.freedesktop.Notifications";
const OBJECT_PATH: &str = "/org/freedesktop/Notifications";
const INTERFACE: &str = "org.freedesktop.Notifications";

/// Why a notification could not be shown.
#[derive(Debug, thiserror::Error)]
pub enum NotifyError {
    /// The session bus or the notification service said no.
    #[error("cannot show a desktop notification: {0}")]
    Bus(#[from] zbus::Error),

    /// The notification service took the call and never answered.
    #[error("cannot show a desktop notification: the notification service did not answer within {} seconds", .0.as_secs())]
    NoAnswer(Duration),
}

/// Shows notifications: the desktop's, over D-Bus, or a stand-in in tests.
pub trait Notifier: Send + Sync {
    /// Shows `reminder`; its answer can then be waited for.
    fn show(&self, reminder: &Reminder) -> Result<Box<dyn Answer>, NotifyError>;
}

/// The answer to a shown notification, to wait for.
pub trait Answer: Send {
    /// Waits up to `timeout` for a click or a close, then returns what happened.
    fn wait(self: Box<Self>, timeout: Duration) -> Outcome;
}

/// The desktop's notifications, by the freedesktop notification spec.
#[derive(Clone, Copy, Debug, Default)]
pub struct Desktop;

impl Notifier for Desktop {
    fn show(&self, reminder: &Reminder) -> Result<Box<dyn Answer>, NotifyError> {
        show(reminder).map(|shown| Box::new(shown) as Box<dyn Answer>)
    }
}

impl Answer for Shown {
    fn wait(self: Box<Self>, timeout: Duration) -> Outcome {
        Shown::wait(*self, timeout)
    }
}

/// What the person did with a shown notification.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// They clicked it.
    Clicked,

    /// It was dismissed, or it expired.
    Closed,

    /// Nothing was heard within the wait, or the bus went away.
    NoAnswer,
}

/// A notification on screen, whose answer can be waited for.
pub struct Shown {
    /// The id the notification server gave it.
    pub id: u32,

    signals: SignalIterator<'static>,
}

/// Shows `reminder`, with a default action that opens the app on Today.
pub fn show(reminder: &Reminder) -> Result<Shown, NotifyError> {
    let connection = Connection::session()?;
    let proxy = Proxy::new(&connection, DESTINATION, OBJECT_PATH, INTERFACE)?;
    // Listen before showing, so that an early click is not missed.
    let signals = proxy.receive_all_signals()?;
    let markup = proxy
        .call::<_, _, Vec<String>>("GetCapabilities", &())
        .is_ok_and(|capabilities| capabilities.iter().any(|name| name == "body-markup"));
    let body = if markup {
        escape_markup(&reminder.body())
    } else {
        reminder.body()
    };
    let actions = [DEFAULT_ACTION, "Open Today"];
    let mut hints: HashMap<&str, Value<'_>> = HashMap::new();
    // Lets the desktop group the notification under the app and use its icon.
    hints.insert("desktop-entry", Value::from(APP_ID));
    let expire_timeout_ms: i32 = -1;
    let id: u32 = proxy.call(
        "Notify",
        &(
            APP_NAME,
            0_u32,
            APP_ID,
            reminder.title.as_str(),
            body.as_str(),
            &actions[..],
            hints,
            expire_timeout_ms,
        ),
    )?;
    Ok(Shown { id, signals })
}

impl Shown {
    /// Waits up to `timeout` for a click or a close, then returns what happened.
    pub fn wait(self, timeout: Duration) -> Outcome {
        let Self { id, signals } = self;
        let (sender, receiver) = mpsc::channel();
        // The iterator blocks; a thread lets the wait end at the timeout. It ends with the process.
        std::thread::spawn(move || {
            let outcome = answer(id, signals);
            let _ignored = sender.send(outcome);
        });
        receiver.recv_timeout(timeout).unwrap_or(Outcome::NoAnswer)
    }
}

/// The first answer to notification `id` among the server's signals.
fn answer(id: u32, signals: SignalIterator<'static>) -> Outcome {
    for message in signals {
        let header = message.header();
        let Some(member) = header.member() else {
            continue;
        };
        match member.as_str() {
            "ActionInvoked" => {
                if let Ok((signal_id, action)) = message.body().deserialize::<(u32, String)>()
                    && signal_id == id
                    && action == DEFAULT_ACTION
                {
                    return Outcome::Clicked;
                }
            }
            "NotificationClosed" => {
                if let Ok((signal_id, _reason)) = message.body().deserialize::<(u32, u32)>()
                    && signal_id == id
                {
                    return Outcome::Closed;
                }
            }
            _ => {}
        }
    }
    Outcome::NoAnswer
}

/// Escapes the characters the spec's body markup gives a meaning to.
fn escape_markup(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn body_markup_characters_are_escaped() {
        assert_eq!(
            escape_markup("Sun <SPF 30> & shade"),
            "Sun &lt;SPF 30&gt; &amp; shade"
        );
    }
}
