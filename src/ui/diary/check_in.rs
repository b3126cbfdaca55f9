//! The check-in form: one day's ratings, warning signs and note, today by default and any
//! earlier day on request; and the month's self-rating.

use std::collections::BTreeMap;

use egui::{RichText, Ui};
use jiff::ToSpan as _;
use jiff::civil::Date;

use crate::content::{Guide, MAX_RATING, Scale};
use crate::plan;
use crate::text::dates;
use crate::ui::diary::DiaryAction;
use crate::ui::heading_ui;
use crate::ui::style::space;
use crate::user_data::UserData;
use crate::user_data::diary::{CheckIn, day_in_plan};

/// How many recent check-ins the form lists below itself.
const RECENT_ROWS: usize = 14;

/// What the form holds for its day before it is saved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// Rating per scale; `None` until the person sets it.
    pub ratings: BTreeMap<String, Option<u8>>,

    /// The ticked signs.
    pub signs: std::collections::BTreeSet<String>,

    /// The note.
    pub note: String,
}

impl Draft {
    fn from_check_in(check_in: Option<&CheckIn>) -> Self {
        let Some(check_in) = check_in else {
            return Self::default();
        };
        Self {
            ratings: check_in
                .ratings
                .iter()
                .map(|(id, value)| (id.clone(), Some(*value)))
                .collect(),
            signs: check_in.signs.clone(),
            note: check_in.note.clone(),
        }
    }

    fn to_check_in(&self) -> CheckIn {
        CheckIn {
            ratings: self
                .ratings
                .iter()
                .filter_map(|(id, value)| value.map(|value| (id.clone(), value)))
                .collect(),
            signs: self.signs.clone(),
            note: self.note.trim_end().to_owned(),
        }
    }
}

/// The form's state.
pub(super) struct Form {
    /// The day being edited.
    pub(super) day: Date,

    /// What is typed in "Go to day".
    day_text: String,

    /// Why the typed day was not taken.
    day_error: Option<String>,

    /// The edits of [`Self::day`], once the person changed something.
    draft: Option<(Date, Draft)>,

    /// The edits of the month's self-rating.
    monthly: Option<(Date, BTreeMap<String, Option<u8>>)>,
}

impl Form {
    pub(super) fn new(today: Date) -> Self {
        Self {
            day: today,
            day_text: String::new(),
            day_error: None,
            draft: None,
            monthly: None,
        }
    }

    pub(super) fn ui(
        &mut self,
        ui: &mut Ui,
        guide: &Guide,
        progress: &UserData,
        today: Date,
    ) -> Option<DiaryAction> {
        let mut action = None;
        if self.day > today {
            self.day = today;
        }
        self.day_picker_ui(ui, progress, today);
        let day = self.day;
        let stored = progress.diary.check_in(day);
        let draft = match &mut self.draft {
            Some((date, draft)) if *date == day => draft,
            slot => {
                *slot = Some((day, Draft::from_check_in(stored)));
                match slot {
                    Some((_, draft)) => draft,
                    None => return None,
                }
            }
        };

        for scale in &guide.diary.scales {
            rating_ui(
                ui,
                scale,
                draft.ratings.entry(scale.id.clone()).or_default(),
            );
        }
        if !guide.diary.warning_signs.is_empty() {
            ui.add_space(space::GROUP);
            ui.label(RichText::new("Tick any of these you have noticed:").strong());
            for sign in &guide.diary.warning_signs {
                let mut ticked = draft.signs.contains(&sign.id);
                if ui.checkbox(&mut ticked, sign.text.as_str()).changed() {
                    if ticked {
                        draft.signs.insert(sign.id.clone());
                    } else {
                        draft.signs.remove(&sign.id);
                    }
                }
            }
        }
        ui.add_space(space::GROUP);
        let note_label = ui.label("Note");
        ui.add(
            egui::TextEdit::multiline(&mut draft.note)
                .desired_rows(3)
                .desired_width(f32::INFINITY)
                .hint_text("Anything you want to remember about today"),
        )
        .labelled_by(note_label.id);
        let edited = draft.to_check_in();
        let unsaved = Some(&edited) != stored && (stored.is_some() || edited != CheckIn::default());
        ui.horizontal(|ui| {
            let save = ui.add_enabled(unsaved, egui::Button::new("Save check-in"));
            if save.clicked() {
                action = Some(DiaryAction::SetCheckIn(day, draft.to_check_in()));
            }
            if stored.is_some() {
                ui.label(RichText::new(if unsaved { "Unsaved changes" } else { "Saved" }).weak());
            }
        });

        recent_ui(ui, guide, progress, today);
        if let Some(monthly) = self.monthly_ui(ui, guide, progress, today) {
            action = Some(monthly);
        }
        action
    }

    fn day_picker_ui(&mut self, ui: &mut Ui, progress: &UserData, today: Date) {
        let place = day_in_plan(progress, self.day)
            .map_or_else(|| "Before your first session".to_owned(), |p| p.label());
        heading_ui(ui, &format!("{place} · {}", dates::day(self.day, today)), 2);
        ui.horizontal_wrapped(|ui| {
            if ui.button("‹ Earlier day").clicked() {
                self.day = self.day.saturating_sub(1.day());
            }
            if ui
                .add_enabled(self.day < today, egui::Button::new("Later day ›"))
                .clicked()
            {
                self.day = self.day.saturating_add(1.day());
            }
            if ui
                .add_enabled(self.day != today, egui::Button::new("Today"))
                .clicked()
            {
                self.day = today;
            }
            let label = ui.label("Go to day:");
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.day_text)
                        .hint_text("YYYY-MM-DD")
                        .desired_width(130.0),
                )
                .labelled_by(label.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button("Go").clicked() || enter {
                match plan::parse_date_input(&self.day_text) {
                    Ok(day) if day <= today => {
                        self.day = day;
                        self.day_error = None;
                    }
                    Ok(_) => self.day_error = Some("That day has not come yet.".to_owned()),
                    Err(err) => self.day_error = Some(err.to_string()),
                }
            }
        });
        if let Some(err) = &self.day_error {
            ui.label(RichText::new(err).color(ui.visuals().error_fg_color));
        }
    }

    fn monthly_ui(
        &mut self,
        ui: &mut Ui,
        guide: &Guide,
        progress: &UserData,
        today: Date,
    ) -> Option<DiaryAction> {
        if guide.diary.monthly.is_empty() {
            return None;
        }
        let month = today.first_of_month();
        ui.add_space(space::SECTION);
        heading_ui(
            ui,
            &format!("This month's self-rating ({})", dates::month_year(month)),
            2,
        );
        ui.label(
            "Once a month, rate how your skin looks overall, to see whether the course is working.",
        );
        let stored = progress.diary.monthly.get(&month);
        let ratings = match &mut self.monthly {
            Some((date, ratings)) if *date == month => ratings,
            slot => {
                let ratings = stored
                    .map(|stored| {
                        stored
                            .iter()
                            .map(|(id, value)| (id.clone(), Some(*value)))
                            .collect()
                    })
                    .unwrap_or_default();
                *slot = Some((month, ratings));
                match slot {
                    Some((_, ratings)) => ratings,
                    None => return None,
                }
            }
        };
        for scale in &guide.diary.monthly {
            rating_ui(ui, scale, ratings.entry(scale.id.clone()).or_default());
        }
        let chosen: BTreeMap<String, u8> = ratings
            .iter()
            .filter_map(|(id, value)| value.map(|value| (id.clone(), value)))
            .collect();
        let unsaved = Some(&chosen) != stored && !chosen.is_empty();
        ui.add_enabled(unsaved, egui::Button::new("Save monthly rating"))
            .clicked()
            .then_some(DiaryAction::SetMonthly(today, chosen))
    }
}

/// One scale's slider, named for screen readers, with its words at each end. The name goes on
/// its own line, so that a long name never pushes the row past a narrow window.
fn rating_ui(ui: &mut Ui, scale: &Scale, value: &mut Option<u8>) {
    let name = ui.label(RichText::new(scale.name.as_str()).strong());
    ui.horizontal_wrapped(|ui| {
        let mut shown = value.unwrap_or(0);
        let slider = ui
            .add(
                egui::Slider::new(&mut shown, 0..=MAX_RATING)
                    .clamping(egui::SliderClamping::Always),
            )
            .labelled_by(name.id);
        ui.ctx().accesskit_node_builder(slider.id, |node| {
            node.set_label(scale.name.as_str());
        });
        if slider.changed() {
            *value = Some(shown);
        }
        let ends = format!("0 {} … {MAX_RATING} {}", scale.low, scale.high);
        let note = if value.is_some() {
            ends
        } else {
            format!("not rated yet ({ends})")
        };
        ui.label(RichText::new(note).small().weak());
    });
}

/// The latest check-ins, newest first, as short lines.
fn recent_ui(ui: &mut Ui, guide: &Guide, progress: &UserData, today: Date) {
    if progress.diary.check_ins.is_empty() {
        return;
    }
    ui.add_space(space::SECTION);
    heading_ui(ui, "Recent check-ins", 2);
    for (date, check_in) in progress.diary.check_ins.iter().rev().take(RECENT_ROWS) {
        let place = day_in_plan(progress, *date).map_or_else(String::new, |p| p.label());
        let ratings: Vec<String> = guide
            .diary
            .scales
            .iter()
            .filter_map(|scale| {
                let value = check_in.ratings.get(&scale.id)?;
                Some(format!("{} {value}", scale.name))
            })
            .collect();
        let mut line = format!(
            "{}  {place}: {}",
            dates::day(*date, today),
            ratings.join(", ")
        );
        if !check_in.signs.is_empty() {
            line.push_str(&format!(" · {} sign(s) ticked", check_in.signs.len()));
        }
        if !check_in.note.is_empty() {
            line.push_str(" · note");
        }
        ui.label(line);
    }
}
