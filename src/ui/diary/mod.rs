//! The Diary tab: daily check-ins by session and day, monthly self-ratings, charts over the usual
//! course, photos and their comparison, and the care card when a rule says healing looks wrong.
//!
//! [`DiaryScreen`] owns the tab's own state (the day being edited, the open view, imports in
//! flight, decoded photos) and returns [`DiaryAction`]s; the app applies them to the data and
//! saves.

mod charts;
mod check_in;
mod photos;
mod textures;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use egui::{RichText, Ui};
use jiff::civil::Date;

use crate::content::{Guide, Urgency};
use crate::ui::heading_ui;
use crate::ui::pages::search::Mark;
use crate::ui::style::{Tone, space};
use crate::ui::widgets::care_card::care_card_ui;
use crate::ui::widgets::evidence::Explained;
use crate::user_data::UserData;
use crate::user_data::diary::photos::{Finished, PhotoError};
use crate::user_data::diary::rules::{self, Warning};
use crate::user_data::diary::{CheckIn, PhotoRecord};

pub use check_in::Draft;
pub use photos::{PAGE_SIZE, delete_question as delete_photo_question};

/// What the person did in the diary, for the app to apply and save.
#[derive(Clone, Debug, PartialEq)]
pub enum DiaryAction {
    /// Store (or, when empty, remove) the check-in of a day.
    SetCheckIn(Date, CheckIn),

    /// Store the monthly self-ratings of the month of a day.
    SetMonthly(Date, BTreeMap<String, u8>),

    /// Import the photo file at this path (the app gives it an id, then calls
    /// [`DiaryScreen::start_import`]).
    ImportPhoto(PathBuf),

    /// "Delete…" was pressed under a photo; the app asks for confirmation, then deletes its
    /// record and its files.
    AskDeletePhoto(u64),

    /// Open the "Report for my clinic…" dialog.
    OpenReport,
}

/// The part of the diary on show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// The day's check-in and the monthly self-rating.
    #[default]
    CheckIn,

    /// The charts, or their tables.
    Charts,

    /// The photos and their import.
    Photos,

    /// Two photos side by side, or wiped one over the other.
    Compare,
}

impl View {
    /// Every view, in the order of the switcher.
    pub const ALL: [Self; 4] = [Self::CheckIn, Self::Charts, Self::Photos, Self::Compare];

    fn label(self) -> &'static str {
        match self {
            Self::CheckIn => "Check-in",
            Self::Charts => "Charts",
            Self::Photos => "Photos",
            Self::Compare => "Compare photos",
        }
    }
}

/// The Diary tab's own state.
pub struct DiaryScreen {
    /// The open view.
    pub view: View,

    /// The day the check-in form edits, and what it holds so far.
    check_in: check_in::Form,

    /// The charts' choices.
    charts: charts::ChartState,

    /// The photos view and the compare view.
    photos: photos::PhotoState,

    /// Decoded photos.
    textures: textures::Textures,

    /// What the last imports said, until dismissed.
    messages: Vec<String>,

    /// Files dropped onto the window and not yet handed to the app, one per frame.
    dropped: Vec<PathBuf>,
}

impl DiaryScreen {
    /// A diary screen that edits `today` first.
    pub fn new(today: Date) -> Self {
        Self {
            view: View::default(),
            check_in: check_in::Form::new(today),
            charts: charts::ChartState::default(),
            photos: photos::PhotoState::default(),
            textures: textures::Textures::default(),
            messages: Vec::new(),
            dropped: Vec::new(),
        }
    }

    /// The day the check-in form edits.
    pub fn day(&self) -> Date {
        self.check_in.day
    }

    /// Notes that an import started: the photos view looks again for files it does not know.
    pub fn import_started(&mut self) {
        self.photos.unknown = None;
    }

    /// The records of `finished` imports, for the app to save. Any failure is kept to show on the
    /// Photos view.
    pub fn imports_finished(&mut self, finished: Vec<Finished>) -> Vec<PhotoRecord> {
        let mut records = Vec::new();
        for finished in finished {
            match finished.result {
                Ok(record) => records.push(record),
                Err(err) => self.messages.push(import_failure(&err)),
            }
        }
        if !records.is_empty() {
            self.photos.unknown = None;
        }
        records
    }

    /// Says why something about photos failed (a delete whose files could not be removed).
    pub fn report(&mut self, message: String) {
        self.messages.push(message);
    }

    /// Forgets a deleted photo's pictures and any comparison that used it.
    pub fn forget_photo(&mut self, id: u64) {
        self.textures.forget(id);
        self.photos.forget(id);
    }

    /// How many photo pictures were decoded so far.
    pub fn decoded_pictures(&self) -> usize {
        self.textures.decoded_count()
    }

    /// Draws the tab. `writable` is false in a read-only window: the data shows, nothing changes.
    /// `imports_running` photos are still being imported.
    #[expect(
        clippy::too_many_arguments,
        reason = "the tab's inputs, each read-only, named at the one call"
    )]
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        guide: &Guide,
        progress: &UserData,
        data_dir: &Path,
        today: Date,
        writable: bool,
        imports_running: usize,
    ) -> Option<DiaryAction> {
        let mut action = self.take_dropped(ui, writable);
        heading_ui(ui, "Recovery diary", 1);
        ui.label(&guide.diary.intro);
        ui.add_space(space::GROUP);
        action = self.view_bar_ui(ui).or(action);
        ui.separator();
        // The whole care card on the check-in; elsewhere a short reminder, so that the chart or
        // the photos stay in view.
        let warnings = rules::active_warnings(&guide.diary, progress, today);
        if self.view == View::CheckIn {
            warnings_ui(ui, guide, &warnings);
        } else {
            warnings_reminder_ui(ui, &warnings);
        }
        let Self {
            view,
            check_in,
            charts,
            photos,
            textures,
            messages,
            dropped: _,
        } = self;
        let inner = ui
            .add_enabled_ui(
                writable || matches!(view, View::Charts | View::Compare),
                |ui| match view {
                    View::CheckIn => check_in.ui(ui, guide, progress, today),
                    View::Charts => {
                        charts.ui(ui, guide, progress);
                        None
                    }
                    View::Photos => photos.photos_ui(
                        ui,
                        guide,
                        progress,
                        data_dir,
                        textures,
                        messages,
                        imports_running,
                    ),
                    View::Compare => {
                        photos.compare_ui(ui, progress, data_dir, textures);
                        None
                    }
                },
            )
            .inner;
        action.or(inner)
    }

    /// Files dropped onto the window while the diary is open (and writable) are imported, one
    /// a frame, with the photos in view.
    fn take_dropped(&mut self, ui: &Ui, writable: bool) -> Option<DiaryAction> {
        if !writable {
            return None;
        }
        ui.input(|input| {
            self.dropped.extend(
                input
                    .raw
                    .dropped_files
                    .iter()
                    .map(|file| file.path().to_owned()),
            );
        });
        if self.dropped.is_empty() {
            return None;
        }
        self.view = View::Photos;
        let action = Some(DiaryAction::ImportPhoto(self.dropped.remove(0)));
        if !self.dropped.is_empty() {
            ui.ctx().request_repaint();
        }
        action
    }

    /// The views to pick from, and "Report for my clinic…".
    fn view_bar_ui(&mut self, ui: &mut Ui) -> Option<DiaryAction> {
        let mut action = None;
        ui.horizontal_wrapped(|ui| {
            for view in View::ALL {
                ui.selectable_value(&mut self.view, view, view.label());
            }
            ui.add_space(space::L);
            if ui
                .button("Report for my clinic…")
                .on_hover_text("A PDF of your sessions, warnings, ratings, steps and notes")
                .clicked()
            {
                action = Some(DiaryAction::OpenReport);
            }
        });
        action
    }
}

/// A short reminder of the active warnings, in the tone of the most urgent, for the views
/// other than the check-in. Draws nothing when there are none.
fn warnings_reminder_ui(ui: &mut Ui, warnings: &[Warning]) {
    if warnings.is_empty() {
        return;
    }
    let tone = if warnings.iter().any(|w| w.urgency == Urgency::Emergency) {
        Tone::Emergency
    } else if warnings.iter().any(|w| w.urgency == Urgency::SameDay) {
        Tone::Urgent
    } else {
        Tone::Info
    };
    crate::ui::callout_ui(ui, tone, |ui| {
        let mut urgencies: Vec<Urgency> = warnings.iter().map(|w| w.urgency).collect();
        urgencies.dedup();
        for urgency in urgencies {
            ui.label(RichText::new(urgency.heading()).strong());
            for warning in warnings.iter().filter(|w| w.urgency == urgency) {
                ui.label(warning.reason.as_str());
            }
        }
        ui.label("The Check-in view shows whom to contact.");
    });
    ui.add_space(space::GROUP);
}

/// The words for a failed import.
fn import_failure(err: &PhotoError) -> String {
    format!("The photo was not added: {err:#}")
}

/// The warnings, most urgent first: for each urgency, what the person recorded, then the guide's
/// care card saying whom to contact and how soon. Draws nothing when there are none.
pub fn warnings_ui(ui: &mut Ui, guide: &Guide, warnings: &[Warning]) {
    if warnings.is_empty() {
        return;
    }
    heading_ui(ui, "Your diary suggests getting advice", 2);
    ui.label(
        "This is not a diagnosis: it compares what you recorded with the signs in this guide.",
    );
    let mut urgencies: Vec<Urgency> = warnings.iter().map(|w| w.urgency).collect();
    urgencies.dedup();
    for urgency in urgencies {
        ui.add_space(space::XS);
        for warning in warnings.iter().filter(|w| w.urgency == urgency) {
            ui.label(RichText::new(&warning.reason).strong());
        }
        if let Some(card) = guide.care_card(urgency) {
            care_card_ui(ui, guide, card, &Mark::default(), &mut Explained::new());
        } else {
            ui.label(urgency.heading());
        }
    }
    ui.add_space(space::S);
}

/// The Today panel's part of the diary: "Today's check-in" while one is due, and any warning.
/// Returns true when the person asks to open the diary.
pub fn today_ui(ui: &mut Ui, guide: &Guide, progress: &UserData, today: Date) -> bool {
    let mut open = false;
    if rules::check_in_due(&guide.diary, progress, today) {
        let place = crate::user_data::diary::day_in_plan(progress, today);
        ui.add_space(space::XS);
        heading_ui(ui, "Today's check-in", 3);
        ui.horizontal_wrapped(|ui| {
            if let Some(place) = place {
                ui.label(format!("{}: how is your skin today?", place.label()));
            }
            open = ui.button("Open the diary").clicked();
        });
    }
    let warnings = rules::active_warnings(&guide.diary, progress, today);
    warnings_ui(ui, guide, &warnings);
    open
}
