//! The first start: one question, "When is your treatment?", then the right place to begin.

use egui::{RichText, Ui};
use jiff::civil::Date;

use crate::plan::parse_date_input;
use crate::ui::dialogs::{ButtonKind, button};
use crate::ui::heading_ui;
use crate::ui::style::{self, card_frame, size, space};

/// The answers to "When is your treatment?".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Answer {
    /// A treatment is booked.
    #[default]
    Booked,
    /// The treatment has happened.
    AlreadyHad,
    /// No treatment: reading to learn.
    JustReading,
}

/// The welcome's state between frames.
#[derive(Clone, Debug, Default)]
pub struct Welcome {
    answer: Answer,
    date: String,
    error: Option<String>,
}

/// Where the person goes from the welcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WelcomeAction {
    /// Plan a treatment on this day and open the checklist.
    Plan(Date),
    /// Open the guide at its start.
    Read,
}

impl Welcome {
    /// The welcome, as a card in the middle of the window. `today` checks the dates given.
    pub fn ui(&mut self, ui: &mut Ui, today: Date) -> Option<WelcomeAction> {
        let mut action = None;
        let width = ui.available_width().min(520.0);
        ui.add_space(((ui.available_height() - 420.0) / 2.0).clamp(space::L, 120.0));
        ui.vertical_centered(|ui| {
            ui.set_max_width(width);
            card_frame(ui.visuals()).show(ui, |ui| {
                ui.set_width(width - 2.0 * space::L);
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    heading_ui(ui, "Welcome", 1);
                    ui.add(
                        egui::Label::new(
                            "This guide helps you prepare for microneedling, look after your skin \
                         afterwards, and know when to get help. Everything stays on this computer.",
                        )
                        .wrap(),
                    );
                    ui.add_space(space::S);
                    ui.label(style::strong("When is your treatment?", size::SUBHEADING));
                    for (answer, label) in [
                        (Answer::Booked, "I have a date for it"),
                        (Answer::AlreadyHad, "I have already had it"),
                        (Answer::JustReading, "I am just reading"),
                    ] {
                        if ui.radio(self.answer == answer, label).clicked() {
                            self.answer = answer;
                            self.error = None;
                        }
                    }
                    if self.answer != Answer::JustReading {
                        action = self.date_ui(ui, today);
                    }
                    ui.add_space(space::S);
                    let continue_button = button(ui, "Continue", ButtonKind::Suggested);
                    if ui.add(continue_button).clicked() {
                        action = self.answer(today);
                    }
                });
            });
        });
        action
    }

    fn date_ui(&mut self, ui: &mut Ui, today: Date) -> Option<WelcomeAction> {
        let mut action = None;
        ui.horizontal(|ui| {
            let label = ui.label(match self.answer {
                Answer::AlreadyHad => "On:",
                _ => "Date:",
            });
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.date)
                        .hint_text("YYYY-MM-DD")
                        .desired_width(140.0),
                )
                .labelled_by(label.id);
            if field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
                action = self.answer(today);
            }
            let typed = parse_date_input(&self.date).ok();
            let name = match self.answer {
                Answer::AlreadyHad => "treatment day",
                _ => "appointment date",
            };
            if let Some(day) = crate::ui::widgets::calendar::calendar_button_ui(
                ui, "welcome", typed, today, today, name,
            ) {
                self.date = day.to_string();
                self.error = None;
            }
        });
        if let Some(error) = &self.error {
            ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
        }
        action
    }

    /// What "Continue" does with the answer, or why it cannot.
    fn answer(&mut self, today: Date) -> Option<WelcomeAction> {
        if self.answer == Answer::JustReading {
            return Some(WelcomeAction::Read);
        }
        match parse_date_input(&self.date) {
            Ok(date) if self.answer == Answer::AlreadyHad && date > today => {
                self.error =
                    Some("That day is still to come: choose “I have a date for it”.".into());
                None
            }
            Ok(date) => Some(WelcomeAction::Plan(date)),
            Err(reason) => {
                self.error = Some(reason.to_string());
                None
            }
        }
    }
}
