//! How the app looks and behaves for this person: text size, theme and daily reminders. Plain
//! types, kept in the data file.

use serde::{Deserialize, Serialize};

/// The text sizes Ctrl+plus and Ctrl+minus step through, in percent.
pub const TEXT_SIZE_STEPS_PERCENT: [u16; 13] =
    [50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300];

/// The text size everyone starts with.
pub const DEFAULT_TEXT_SIZE_PERCENT: u16 = 100;

/// Display settings, kept across restarts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Display {
    /// Text size in percent of normal, 50 to 300.
    pub text_size_percent: u16,

    /// The key of the chosen theme (see [`ThemeChoice::key`]).
    pub theme: Option<String>,
}

impl Default for Display {
    fn default() -> Self {
        Self {
            text_size_percent: DEFAULT_TEXT_SIZE_PERCENT,
            theme: None,
        }
    }
}

/// The daily reminder, kept across restarts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reminders {
    /// Whether to remind each day: at login (an autostart entry) and, while the app is open, at
    /// the chosen time.
    pub daily: bool,

    /// The hour of the reminder, 0 to 23, in local time.
    pub hour: u8,

    /// The minute of the reminder, 0 to 59.
    pub minute: u8,
}

impl Default for Reminders {
    fn default() -> Self {
        Self {
            daily: false,
            hour: 9,
            minute: 0,
        }
    }
}

impl Reminders {
    /// The reminder time of day; a hand-edited hour or minute out of range is clamped.
    pub fn time(&self) -> jiff::civil::Time {
        let hour = i8::try_from(self.hour.min(23)).unwrap_or(0);
        let minute = i8::try_from(self.minute.min(59)).unwrap_or(0);
        jiff::civil::Time::new(hour, minute, 0, 0).unwrap_or_default()
    }

    /// "09:00".
    pub fn time_label(&self) -> String {
        self.time().strftime("%H:%M").to_string()
    }
}

/// Light, dark, or whatever the system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,

    /// Dark text on a light background.
    Light,

    /// Light text on a dark background.
    Dark,
}

impl ThemeChoice {
    /// Every choice, in menu order.
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];

    /// The name in the settings dialog.
    pub fn label(self) -> &'static str {
        match self {
            Self::System => "Follow the system",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }

    /// The stable name stored in the data file.
    pub fn key(self) -> &'static str {
        match self {
            Self::System => "system",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }
}

impl Display {
    /// The chosen theme; unknown keys (from a newer version) follow the system.
    pub fn theme(&self) -> ThemeChoice {
        self.theme
            .as_deref()
            .and_then(|key| {
                ThemeChoice::ALL
                    .into_iter()
                    .find(|choice| choice.key() == key)
            })
            .unwrap_or_default()
    }

    /// Chooses a theme. Returns whether anything changed.
    pub fn set_theme(&mut self, choice: ThemeChoice) -> bool {
        let key = Some(choice.key().to_owned());
        let changed = self.theme != key;
        self.theme = key;
        changed
    }

    /// The text size as a zoom factor (1.0 is normal), always within 0.5 to 3.0.
    pub fn zoom_factor(&self) -> f32 {
        f32::from(self.clamped_percent()) / 100.0
    }

    fn clamped_percent(&self) -> u16 {
        let steps = TEXT_SIZE_STEPS_PERCENT;
        self.text_size_percent
            .clamp(steps[0], steps[steps.len() - 1])
    }

    /// One step larger, up to 300%. Returns whether anything changed.
    pub fn larger_text(&mut self) -> bool {
        let current = self.clamped_percent();
        let next = TEXT_SIZE_STEPS_PERCENT
            .into_iter()
            .find(|&step| step > current)
            .unwrap_or(current);
        self.set_text_size(next)
    }

    /// One step smaller, down to 50%. Returns whether anything changed.
    pub fn smaller_text(&mut self) -> bool {
        let current = self.clamped_percent();
        let next = TEXT_SIZE_STEPS_PERCENT
            .into_iter()
            .rev()
            .find(|&step| step < current)
            .unwrap_or(current);
        self.set_text_size(next)
    }

    /// Back to 100%. Returns whether anything changed.
    pub fn reset_text_size(&mut self) -> bool {
        self.set_text_size(DEFAULT_TEXT_SIZE_PERCENT)
    }

    fn set_text_size(&mut self, percent: u16) -> bool {
        let changed = self.text_size_percent != percent;
        self.text_size_percent = percent;
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_steps_stop_at_50_and_300_percent() {
        let mut display = Display::default();
        let mut sizes = vec![display.text_size_percent];
        while display.larger_text() {
            sizes.push(display.text_size_percent);
        }
        assert_eq!(sizes.last(), Some(&300));
        assert_eq!(sizes.len(), 8, "{sizes:?}");
        while display.smaller_text() {}
        assert_eq!(display.text_size_percent, 50);
        assert!(display.reset_text_size());
        assert_eq!(display.zoom_factor(), 1.0);
    }

    #[test]
    fn a_hand_edited_size_is_clamped_and_steps_from_there() {
        let mut display = Display {
            text_size_percent: 1000,
            ..Display::default()
        };
        assert_eq!(display.zoom_factor(), 3.0);
        assert!(display.smaller_text());
        assert_eq!(display.text_size_percent, 250);
        display.text_size_percent = 111;
        assert!(display.larger_text());
        assert_eq!(display.text_size_percent, 125);
    }

    #[test]
    fn reminder_times_out_of_range_are_clamped() {
        let reminders = Reminders {
            daily: true,
            hour: 30,
            minute: 75,
        };
        assert_eq!(reminders.time_label(), "23:59");
        assert_eq!(Reminders::default().time_label(), "09:00");
    }

    #[test]
    fn unknown_theme_keys_follow_the_system() {
        let mut display = Display {
            theme: Some("sepia".to_owned()),
            ..Display::default()
        };
        assert_eq!(display.theme(), ThemeChoice::System);
        assert!(display.set_theme(ThemeChoice::Dark));
        assert!(!display.set_theme(ThemeChoice::Dark));
        assert_eq!(display.theme(), ThemeChoice::Dark);
    }
}
